"""Import a stats file: pick it, pick what kind of export it is, see every row, then import."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
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
    StatsImportError,
    apply_import,
    preview_import,
)
from smmdesk_gui.services.stats.mappings import all_mappings
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.report import labels as lbl
from smmdesk_gui.ui.report.labels import Stats

Index = QModelIndex | QPersistentModelIndex
COL_LINE, COL_STATUS, COL_WHAT = range(3)


class PreviewModel(QAbstractTableModel):
    """One row per file row: line, what happens to it, its figures or its problem."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return len(self.preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = (Stats.tr("Line"), Stats.tr("What happens"), Stats.tr("Figures or problem"))
            return names[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.preview is None or not index.isValid():
            return None
        row = self.preview.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_LINE:
                return str(row.line)
            if col == COL_STATUS:
                return {
                    "new": Stats.tr("new post, imported") if row.is_new_post
                    else Stats.tr("imported"),
                    "duplicate": Stats.tr("already imported"),
                    "problem": Stats.tr("skipped"),
                }[row.status]
            if row.status == "problem":
                return row.problem
            figures = ", ".join(f"{lbl.part(k)} {lbl.fmt_value(v, 'count')}"
                                for k, v in row.figures.items())
            return f"{row.text[:40]} · {figures}" if row.text else figures
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "problem":
            return QColor("#c62828")
        return None


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    progress = Signal(int, int)


class ImportDialog(QDialog):
    """Reading and importing run off the GUI thread with a progress bar; while they run, the
    dialog's Cancel stops them (a stopped import stores nothing) instead of closing."""

    imported = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(Stats.tr("Import a stats file"))
        self.resize(760, 520)
        self.preview: ImportPreview | None = None
        self._stop: threading.Event | None = None  # set while reading or importing
        self._job = 0  # a newer preview makes an older answer stale
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)
        layout = QVBoxLayout(self)
        intro = QLabel(Stats.tr(
            "Download the stats file from the platform (for Instagram and Facebook: Meta "
            "Business Suite › Insights › Content › Export; for X: Analytics › Export data; "
            "for VK: Statistics › Export), then choose it here. Nothing is stored until you "
            "press Import."))
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
        for account_id, text in kpis.account_choices(ctx.store):
            self.account.addItem(text, account_id)
        form.addRow(Stats.tr("Account"), self.account)
        layout.addLayout(form)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(Stats.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.rejected.connect(self.cancel)
        self.import_button.clicked.connect(self.run_import)
        layout.addWidget(self.buttons)
        self.file.editingFinished.connect(self.run_preview)
        self.mapping.currentIndexChanged.connect(self.run_preview)
        self.account.currentIndexChanged.connect(self.run_preview)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, Stats.tr("Choose the stats file"), "",
                                              Stats.tr("CSV files (*.csv *.txt)"))
        if path:
            self.file.setText(path)
            self.run_preview()

    @property
    def busy(self) -> bool:
        return self._stop is not None

    def cancel(self) -> None:
        """Cancel: stop the reading or the import when one runs, else close the dialog."""
        if self._stop is not None:
            self._stop.set()
            self.summary.setText(Stats.tr("Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        """Closing the dialog (Esc, the window's X) stops a running reading or import too."""
        if self._stop is not None:
            self._stop.set()
        super().reject()

    def _begin(self, text: str) -> tuple[threading.Event, int]:
        if self._stop is not None:
            self._stop.set()  # a newer preview replaces the running one
        self._job += 1
        self._stop = threading.Event()
        self.summary.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        return self._stop, self._job

    def _end(self, job: int) -> bool:
        """True when ``job`` is the latest one (its answer counts)."""
        if job != self._job:
            return False
        self._stop = None
        self.progress.hide()
        return True

    def _current(self, job: int, then: Callable[[Any], None]) -> Callable[[Any], None]:
        """A callback that runs ``then`` only for the latest job (older answers are stale)."""

        def callback(value: Any) -> None:
            if self._end(job):
                then(value)

        return callback

    def _progress(self, done: int, total: int) -> None:
        if self._stop is not None and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def run_preview(self) -> None:
        text = self.file.text().strip()
        self.import_button.setEnabled(False)
        if not text:
            return
        store, path = self.ctx.store, Path(text)
        mapping = all_mappings(store)[str(self.mapping.currentData())]
        account_id = self.account.currentData()
        stop, job = self._begin(Stats.tr("Reading the file…"))
        emit = self._relay.progress.emit
        self.ctx.tasks.run(
            lambda: preview_import(store, path, mapping, account_id,
                                   should_stop=stop.is_set, progress=emit),
            self._current(job, self._previewed),
            self._current(job, self._failed))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportStoppedError) and self.preview is not None:
            self.summary.setText(str(exc))  # a stopped import: the preview stays
            self.import_button.setEnabled(self.preview.count("new") > 0)
            return
        self.model.set_preview(None)
        self.preview = None
        if isinstance(exc, StatsImportError):
            self.summary.setText(str(exc))
        else:
            from smmdesk_gui.errors import describe_exception

            self.summary.setText(describe_exception(exc)[1])

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        new, dup, bad = (preview.count(s) for s in ("new", "duplicate", "problem"))
        self.summary.setText(
            Stats.tr("For %1: %2 rows to import, %3 already imported, %4 with a problem "
                   "(they are skipped).")
            .replace("%1", preview.account_label).replace("%2", str(new))
            .replace("%3", str(dup)).replace("%4", str(bad)))
        self.import_button.setEnabled(new > 0)

    def run_import(self) -> None:
        if self.preview is None or self.busy:
            return
        store, preview = self.ctx.store, self.preview
        self.import_button.setEnabled(False)
        stop, job = self._begin(Stats.tr("Importing…"))
        emit = self._relay.progress.emit
        self.ctx.tasks.run(
            lambda: apply_import(store, preview, should_stop=stop.is_set, progress=emit),
            self._current(job, self._done),
            self._current(job, self._failed))

    def _done(self, result: ImportResult) -> None:
        self.summary.setText(
            Stats.tr("Imported %1 figures; %2 posts were new to SMM Desk.")
            .replace("%1", str(result.snapshots_added)).replace("%2", str(result.posts_created)))
        self.imported.emit()
        self.accept()
