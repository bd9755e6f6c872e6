"""The composer's autosave: a trailing throttle over short writes, retried when the database is
busy, and the note of which post is open (so a start after a kill reopens it).

The draft is saved at most ``AUTOSAVE_MS`` after a change while typing (a trailing throttle, so
a steady typist is saved every second, not only when they pause), when the screen is left and
when the window closes; a kill loses at most that last second. A write that finds the database
busy (a long import holds the lock, docs/architecture.md) gives up after about a second, keeps
the draft in memory, says so and tries again ``RETRY_MS`` later.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from superqt.utils import QSignalThrottler

from smmdesk_gui.services.compose import drafts, photos
from smmdesk_gui.store.db import DatabaseBusyError
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.db_busy import busy_message
from smmdesk_gui.ui.i18n import arg

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1000  # at most this much typing is lost when the app is killed
# A busy retry blocks the GUI for up to the busy timeout (1 s): not every second, or a long
# import would make typing stutter half the time.
RETRY_MS = 3000
# When the window closes there is no later retry: waiting (about a second per try) beats
# losing the draft, up to the wait the workers and the CLI accept (10 s).
CLOSE_TRIES = 10


class Autosaver(QObject):
    """Writes the composer's draft after changes; remembers the open post.

    Args:
        ctx: the workspace (its store and paths).
        current_draft: the draft as the editors show it now.
        parent: the owning page.

    Signals:
        saved(object): the post's id after a successful save (it is new after the first save).
        status(str): a message for the owner ("" clears the last one this object showed).
    """

    saved = Signal(object)
    status = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        current_draft: Callable[[], drafts.Draft],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._current_draft = current_draft
        self.dirty = False
        self.saves = 0
        self.pending_alt: dict[int, str] = {}
        self.open_post: int | None = None  # as last written to the store
        self._open_unsaved = False  # remember_open failed (busy): write it with the next save
        self._showing_problem = False
        self.busy = False  # the last save found the database busy; a retry is due
        self.throttle = QSignalThrottler(QSignalThrottler.EmissionPolicy.Trailing, self)
        self.throttle.setTimeout(AUTOSAVE_MS)
        self.throttle.triggered.connect(self.save)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.save)

    def changed(self) -> None:
        """Something in the draft changed: save it soon."""
        self.dirty = True
        self.throttle.throttle()

    def alt_changed(self, asset_id: int, text: str) -> None:
        """A photo's description changed: written with the next save."""
        self.pending_alt[asset_id] = text
        self.changed()

    def mark_clean(self) -> None:
        """What the editors show is what the store holds (a draft just opened, a fresh post)."""
        self.dirty = False

    def cancel(self) -> None:
        """No save is due any more (the window closes and saves at once instead)."""
        self.throttle.cancel()
        self.retry.stop()

    def save_before_close(self, tries: int = CLOSE_TRIES) -> bool:
        """The window closes: save now, and keep trying while the database is busy.

        Returns:
            True when the store holds what the editors show.
        """
        self.cancel()
        for _ in range(max(1, tries)):
            if self.save() or not self.busy:
                break
        self.retry.stop()
        return not self.dirty

    def remember_open(self, post_id: int | None) -> None:
        """Note ``post_id`` as the post the composer has open; a busy database defers it."""
        if post_id == self.open_post and not self._open_unsaved:
            return
        self.open_post = post_id
        try:
            drafts.remember_open(self.ctx.store, post_id)
        except DatabaseBusyError:
            # Not worth a message: the next save writes it; only a kill before then loses it.
            log.info("database busy: the open post is noted with the next save")
            self._open_unsaved = True
        else:
            self._open_unsaved = False

    def save(self) -> bool:
        """Write the draft now if anything changed (a short transaction).

        Returns:
            True when the store holds what the editors show.
        """
        self.retry.stop()
        if not self.dirty:
            return True
        draft = self._current_draft()
        if draft.post_id is None and not draft.text.strip() and not draft.media:
            return True  # nothing worth keeping yet
        try:
            for asset_id, alt in list(self.pending_alt.items()):
                photos.set_alt_text(self.ctx.store, self.ctx.paths, asset_id, alt)
                del self.pending_alt[asset_id]
            result = drafts.save_draft(self.ctx.store, draft)
        except DatabaseBusyError:
            log.warning("autosave: the database is busy; trying again in %d ms", RETRY_MS)
            self.busy = True
            self._problem(busy_message())
            self.retry.start()
            return False
        except Exception as exc:  # a full disk, say: say so, keep the text in the editor
            log.error("autosave failed", exc_info=exc)
            self.busy = False
            self._problem(
                arg(self.tr("Could not save the draft (%1). Your text is still here."), exc)
            )
            return False
        self.dirty = False
        self.busy = False
        self.saves += 1
        if self._showing_problem:
            self._showing_problem = False
            self.status.emit("")
        # The post exists now, under this id, whatever happens to the note below: the next
        # save must update it, not make a second one.
        self.saved.emit(result.post_id)
        self.remember_open(result.post_id)
        return True

    def _problem(self, message: str) -> None:
        self._showing_problem = True
        self.status.emit(message)
