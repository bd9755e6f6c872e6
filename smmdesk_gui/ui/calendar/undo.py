"""Plan changes on a ``QUndoStack``: each service command returns its own inverse."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from smmdesk_gui.ui.calendar.models import counted
from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # SQLAlchemy: not before the Plan's first paint
    from smmdesk_gui.services.plan.commands import PlanCommand
    from smmdesk_gui.store.db import Store

_LABELS = (  # the services' command labels, marked for lupdate (shown as "Undo Move post")
    QT_TRANSLATE_NOOP("PlanUndo", "Move post"),
    QT_TRANSLATE_NOOP("PlanUndo", "Move posts"),
    QT_TRANSLATE_NOOP("PlanUndo", "Back to ideas"),
    QT_TRANSLATE_NOOP("PlanUndo", "Schedule idea"),
    QT_TRANSLATE_NOOP("PlanUndo", "Schedule ideas"),
    QT_TRANSLATE_NOOP("PlanUndo", "Add to queue"),
    QT_TRANSLATE_NOOP("PlanUndo", "Duplicate post"),
    QT_TRANSLATE_NOOP("PlanUndo", "Duplicate posts"),
    QT_TRANSLATE_NOOP("PlanUndo", "Delete post"),
    QT_TRANSLATE_NOOP("PlanUndo", "Delete posts"),
    QT_TRANSLATE_NOOP("PlanUndo", "Import CSV"),
    QT_TRANSLATE_NOOP("PlanUndo", "Post now"),
)
_SHIFT = re.compile(r"Shift by (-?\d+) days?")


def label_text(label: str) -> str:
    """A command's label in the user's language ("Shift by -3 days" → "Move 3 days earlier")."""
    shift = _SHIFT.fullmatch(label)
    if shift:
        days = int(shift.group(1))
        text = (
            QCoreApplication.translate("PlanUndo", "Move %n day(s) earlier", "", -days)
            if days < 0
            else QCoreApplication.translate("PlanUndo", "Move %n day(s) later", "", days)
        )
        return counted(text, abs(days))
    return QCoreApplication.translate("PlanUndo", label)


class PlanUndoCommand(QUndoCommand):
    """Wraps a ``PlanCommand``: redo applies it, undo applies the inverse it returned.

    ``already_applied`` is for changes made before the push (a CSV import): the first redo is
    skipped and undo applies ``inverse``.
    """

    def __init__(
        self,
        store: Store,
        command: PlanCommand,
        on_change: Callable[[], None],
        *,
        already_applied: PlanCommand | None = None,
    ) -> None:
        super().__init__(label_text(command.label))
        self._store = store
        self._command: PlanCommand = command
        self._inverse: PlanCommand | None = already_applied
        self._skip_first = already_applied is not None
        self._on_change = on_change
        self.error: Exception | None = None

    def redo(self) -> None:
        if self._skip_first:
            self._skip_first = False
            return
        try:
            self._inverse = self._command.apply(self._store)
        except Exception as exc:  # the PlanError text is shown by the page; the stack stays sane
            self.error = exc
            self.setObsolete(True)
        self._on_change()

    def undo(self) -> None:
        if self._inverse is None:
            return
        self._command = self._inverse.apply(self._store)
        self._on_change()
