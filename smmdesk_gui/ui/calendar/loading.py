"""Loading the Plan screen's visible range on a worker, and its fast first load.

The page's first load (at start-up, the owner's first sight of the app) is read with plain
``sqlite3`` (``services.plan.first_view``): neither SQLAlchemy's import nor the ORM's first
queries stand between the start and the painted plan. Once that plan is painted, the same range
is read again through the store, on a worker, and shown only if it differs (it never should:
the tests compare both reads), so nothing flickers. A workspace the fast read does not apply to
(one to migrate, a read error) is read through the store at once. Every later load goes through
the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from smmdesk_gui.services.plan.rows import PlanView
from smmdesk_gui.ui.calendar.models import pydate

if TYPE_CHECKING:
    from smmdesk_gui.ui.calendar.page import PlanPage

log = logging.getLogger(__name__)


class _AfterPaint(QObject):
    """Calls ``callback`` from the event loop after ``widget``'s next paint, once."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)
        widget.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.callback)  # parented: gone with the page
        return False


def reload(page: PlanPage, with_ideas: bool, *, fast: bool = False) -> None:
    """Load the visible range (and mix, and the backlog when ``with_ideas``) on a worker and
    apply it on the GUI thread; ``fast``: read it without the ORM when the workspace allows."""
    page._generation += 1
    generation = page._generation
    first, last = (pydate(d) for d in page.visible_bounds())
    mix = tuple(pydate(d) for d in page.range.period_bounds())
    mix_range = (mix[0], mix[1])
    flt = page.current_filter()
    sort = page.backlog.sort_key()
    store = page.ctx.store

    def from_store() -> PlanView:  # in the user's zone, read in the same unit of work
        from smmdesk_gui.services.plan.view import load_view

        return load_view(store, first, last, None, flt, sort, mix_range, with_ideas=with_ideas)

    def work() -> tuple[PlanView, bool]:
        if fast:
            from smmdesk_gui.services.plan.first_view import read_view

            try:
                view = read_view(
                    store.database, first, last, flt, sort, mix_range, with_ideas=with_ideas
                )
            except Exception:  # a bug here must not cost the owner the plan: the store reads it
                log.exception("the Plan's fast first read failed; reading through the store")
                view = None
            if view is not None:
                return view, True
        return from_store(), False

    def checked(view: PlanView) -> None:
        if generation != page._generation or view == page.view:
            return
        log.warning("the Plan's fast first read differed from the store's; showing the store's")
        page._apply(view, generation)

    def check() -> None:
        if generation == page._generation:  # nothing newer asked for meanwhile
            page.ctx.tasks.run(from_store, on_done=checked, on_error=page._load_failed)

    def done(result: tuple[PlanView, bool]) -> None:
        view, was_fast = result
        page._apply(view, generation)
        if was_fast and generation == page._generation:
            _AfterPaint(page, check)

    page.ctx.tasks.run(work, on_done=done, on_error=page._load_failed)
