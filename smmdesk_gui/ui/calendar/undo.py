"""Plan changes on a ``QUndoStack``: each service command returns its own inverse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from smmdesk_gui.services.plan_commands import PlanCommand
from smmdesk_gui.store.db import Store


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
        super().__init__(command.label)
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
