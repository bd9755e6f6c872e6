"""The Plan screen's tools: CSV import and export, rubrics, posting times (each a dialog).

The page keeps one of each open at a time (``import_dialog``, ...); what they change comes back
to the page as an undo step (an import) or a reload (rubrics, posting times).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from smmdesk_gui.ui.calendar.models import pydate

if TYPE_CHECKING:
    from smmdesk_gui.ui.calendar.import_dialog import ExportDialog, ImportDialog
    from smmdesk_gui.ui.calendar.page import PlanPage
    from smmdesk_gui.ui.calendar.settings_dialogs import PostingTimesDialog, RubricsDialog


class PlanTools(QObject):
    """Opens the Plan screen's dialogs (imported lazily: the screen's first paint needs none)."""

    def __init__(self, page: PlanPage) -> None:
        super().__init__(page)
        self.page = page
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.rubrics_dialog: RubricsDialog | None = None
        self.times_dialog: PostingTimesDialog | None = None

    def open_import(self, path: Path | None = None) -> None:
        """The CSV import, with ``path`` already read when given."""
        from smmdesk_gui.ui.calendar.import_dialog import ImportDialog

        dialog = ImportDialog(self.page.ctx, self.page, path=path)
        dialog.imported.connect(self.page.changes.imported)
        dialog.open()
        self.import_dialog = dialog

    def open_export(self) -> None:
        """Export, preset to the month in view."""
        from smmdesk_gui.ui.calendar.import_dialog import ExportDialog

        first, last = (pydate(d) for d in self.page.range.month_bounds())
        dialog = ExportDialog(self.page.ctx, first, last, self.page)
        dialog.open()
        self.export_dialog = dialog

    def open_rubrics(self) -> None:
        from smmdesk_gui.ui.calendar.settings_dialogs import RubricsDialog

        dialog = RubricsDialog(self.page.ctx, self.page)
        dialog.finished.connect(self._reload)
        dialog.open()
        self.rubrics_dialog = dialog

    def open_posting_times(self) -> None:
        from smmdesk_gui.ui.calendar.settings_dialogs import PostingTimesDialog

        dialog = PostingTimesDialog(self.page.ctx, self.page)
        dialog.finished.connect(self._reload)
        dialog.open()
        self.times_dialog = dialog

    def _reload(self, _result: int) -> None:
        self.page.reload()
