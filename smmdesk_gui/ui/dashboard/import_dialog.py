"""Import a stats file: pick it, pick what kind of export it is, see every row, then import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.services.stats import kpis
from smmdesk_gui.services.stats.csv_import import (
    ImportPreview,
    ImportResult,
    ImportStoppedError,
    PreviewRow,
    StatsImportError,
    apply_import,
    preview_import,
)
from smmdesk_gui.services.stats.mappings import all_mappings
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.formatting import format_number
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.problem_words import words
from smmdesk_gui.ui.report import labels as lbl
from smmdesk_gui.ui.report.labels import Stats
from smmdesk_gui.ui.tasks import TaskControl
from smmdesk_gui.ui.widgets.csv_preview import CsvPreviewModel, PreviewColumn

COL_LINE, COL_STATUS, COL_WHAT = range(3)


def _status(row: PreviewRow) -> str:
    return {
        "new": Stats.tr("new post, imported") if row.is_new_post else Stats.tr("imported"),
        "duplicate": Stats.tr("already imported"),
        "problem": Stats.tr("skipped"),
    }[row.status]


def _what(row: PreviewRow) -> str:
    if row.status == "problem":
        return " ".join(map(words, row.problems))  # each a sentence of its own
    figures = ", ".join(
        f"{lbl.part(k)} {lbl.fmt_value(v, 'count')}" for k, v in row.figures.items()
    )
    return f"{row.text[:40]} · {figures}" if row.text else figures


def stats_preview_model(parent: QObject | None = None) -> CsvPreviewModel[PreviewRow]:
    """One row per file row: line, what happens to it, its figures or its problem."""
    columns = [
        PreviewColumn(lambda: Stats.tr("Line"), lambda row: format_number(row.line, grouped=False)),
        PreviewColumn(lambda: Stats.tr("What happens"), _status),
        PreviewColumn(lambda: Stats.tr("Figures or problem"), _what),
    ]
    return CsvPreviewModel(columns, lambda row: row.status == "problem", None, parent)


class ImportDialog(QDialog):
    """Reading and importing run off the GUI thread with a progress bar; while they run, the
    dialog's Cancel stops them (a stopped import stores nothing) instead of closing."""

    imported = Signal()
    progressed = Signal(int, int)  # rows done, rows in all (of the running reading or import)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(Stats.tr("Import a stats file"))
        self.resize(760, 520)
        self.preview: ImportPreview | None = None
        # the running reading or import; a newer preview replaces it (its answer is stale)
        self._task: TaskControl | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            Stats.tr(
                "Download the stats file from the platform (for Instagram and Facebook: Meta "
                "Business Suite › Insights › Content › Export; for X: Analytics › Export data; "
                "for VK: Statistics › Export), then choose it here. Nothing is stored until you "
                "press Import."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setPlaceholderText(Stats.tr("The .csv file"))
        browse = QPushButton(Stats.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        form.addRow(Stats.tr("File"), file_row)
        self.mapping = QComboBox()
        for m in sorted(all_mappings(ctx.store).values(), key=lambda m: (not m.builtin, m.label)):
            self.mapping.addItem(m.label, m.name)
        form.addRow(Stats.tr("Kind of file"), self.mapping)
        self.account = QComboBox()
        self.account.addItem(Stats.tr("The only account of that platform"), None)
        for pick in kpis.account_picks(ctx.store):
            self.account.addItem(lbl.account_text(pick.platform, pick.handle), pick.id)
        form.addRow(Stats.tr("Account"), self.account)
        layout.addLayout(form)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.model = stats_preview_model(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            Stats.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.rejected.connect(self.cancel)
        self.import_button.clicked.connect(self.run_import)
        layout.addWidget(self.buttons)
        self.file.editingFinished.connect(self.run_preview)
        self.mapping.currentIndexChanged.connect(self.run_preview)
        self.account.currentIndexChanged.connect(self.run_preview)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, Stats.tr("Choose the stats file"), "", Stats.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.file.setText(path)
            self.run_preview()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def cancel(self) -> None:
        """Cancel: stop the reading or the import when one runs, else close the dialog."""
        if self._task is not None:
            self._task.cancel()
            self.summary.setText(Stats.tr("Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        """Closing the dialog (Esc, the window's X) stops a running reading or import too."""
        if self._task is not None:
            self._task.cancel()
        super().reject()

    def _begin(self, text: str) -> TaskControl:
        if self._task is not None:
            self._task.cancel()  # a newer preview replaces the running one
        # made before the work starts, so that Cancel reaches it from the first row on
        self._task = task = TaskControl()
        self.summary.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        return task

    def _start(
        self, task: TaskControl, work: Callable[[TaskControl], Any], then: Callable[[Any], None]
    ) -> None:
        """Run ``work`` through the one thread helper; only the latest task's answers count."""

        def current(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def deliver(value: Any) -> None:
                if task is self._task:
                    self._task = None
                    self.progress.hide()
                    callback(value)

            return deliver

        def progress(done: int, total: int, _text: str) -> None:
            if task is self._task:
                self._progress(done, total)

        self.ctx.tasks.start(work, current(then), current(self._failed), progress, control=task)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.progressed.emit(done, total)

    def run_preview(self) -> None:
        text = self.file.text().strip()
        self.import_button.setEnabled(False)
        if not text:
            return
        store, path = self.ctx.store, Path(text)
        mapping = all_mappings(store)[str(self.mapping.currentData())]
        account_id = self.account.currentData()
        task = self._begin(Stats.tr("Reading the file…"))
        self._start(
            task,
            lambda control: preview_import(
                store,
                path,
                mapping,
                account_id,
                should_stop=lambda: control.cancelled,
                progress=control.report,
            ),
            self._previewed,
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportStoppedError) and self.preview is not None:
            self.summary.setText(words(exc.problem))  # a stopped import: the preview stays
            self.import_button.setEnabled(self.preview.count("new") > 0)
            return
        self.model.set_rows([])
        self.preview = None
        if isinstance(exc, StatsImportError):
            self.summary.setText(words(exc.problem))
        else:
            from smmdesk_gui.errors import describe_exception

            self.summary.setText(describe_exception(exc)[1])

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        new, dup, bad = (preview.count(s) for s in ("new", "duplicate", "problem"))
        self.summary.setText(
            arg(
                Stats.tr("For %1: %2, %3 already imported, %4 with a problem (they are skipped)."),
                lbl.account_text(preview.platform, preview.handle),
                Stats.tr("%n rows to import", "", new),
                QLocale().toString(dup),
                QLocale().toString(bad),
            )
        )
        self.import_button.setEnabled(new > 0)

    def run_import(self) -> None:
        if self.preview is None or self.busy:
            return
        store, preview = self.ctx.store, self.preview
        self.import_button.setEnabled(False)
        task = self._begin(Stats.tr("Importing…"))
        self._start(
            task,
            lambda control: apply_import(
                store, preview, should_stop=lambda: control.cancelled, progress=control.report
            ),
            self._done,
        )

    def _done(self, result: ImportResult) -> None:
        self.summary.setText(
            arg(
                Stats.tr("%1; %2"),
                Stats.tr("Imported %n figures", "", result.snapshots_added),
                Stats.tr("%n posts were new to SMM Desk.", "", result.posts_created),
            )
        )
        self.imported.emit()
        self.accept()
