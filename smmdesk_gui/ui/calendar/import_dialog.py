"""CSV import with a preview (every row and its problems, nothing written until all is fine), and
export of a range of days to CSV or an .ics calendar file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.services.plan.csv_import import (
    CsvImportError,
    RowPreview,
    import_posts,
    preview_import,
)
from smmdesk_gui.services.user_zone import user_zone
from smmdesk_gui.ui.calendar.models import own_direction, pydate, qdate
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP, arg

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PROBLEM = QColor("#d64545")
PREVIEW_CHARS = 160  # a row of the preview shows this much of a long text


class PreviewModel(QAbstractTableModel):
    """The rows of a CSV file as they will be created, each with its problems."""

    COLUMNS = (  # marked for lupdate; translated where shown
        QT_TRANSLATE_NOOP("PreviewModel", "Row"),
        QT_TRANSLATE_NOOP("PreviewModel", "When"),
        QT_TRANSLATE_NOOP("PreviewModel", "Accounts"),
        QT_TRANSLATE_NOOP("PreviewModel", "Text"),
        QT_TRANSLATE_NOOP("PreviewModel", "Rubric"),
        QT_TRANSLATE_NOOP("PreviewModel", "Problems"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RowPreview] = []
        self.file_problems: list[str] = []

    def set_rows(self, rows: list[RowPreview], file_problems: list[str]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.file_problems = file_problems
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.tr(self.COLUMNS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if (
            role == Qt.ItemDataRole.DisplayRole
            and col in (1, 3, 5)
            and QGuiApplication.isRightToLeft()
        ):
            return own_direction(str(self._text(r, col, role)))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(r, col, role)
        if role == Qt.ItemDataRole.ForegroundRole and col == 5 and r.problems:
            return QBrush(PROBLEM)
        return None

    def _text(self, r: RowPreview, col: int, role: int) -> str | None:
        if col == 0:
            return str(r.row)
        if col == 1:
            if r.local:
                return r.local
            if r.problems:  # maybe the date is what's wrong: don't call it an idea
                return "—"
            return self.tr("next free slot") if r.queue else self.tr("idea (no date)")
        if col == 2:
            return ", ".join(r.accounts)
        if col == 3:
            if role == Qt.ItemDataRole.ToolTipRole:
                return r.text
            flat = " ".join(r.text.split())  # the whole text is in the tooltip
            return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"
        if col == 4:
            if r.new_rubric:
                return self.tr("%1 (new)").replace("%1", r.rubric)
            return r.rubric
        if col == 5:
            return "\n".join(r.problems) if r.problems else self.tr("OK")
        return None


class ImportDialog(QDialog):
    """Choose a CSV file, read the preview, import when every row is fine."""

    imported = Signal(list)  # new post ids
    # (rows checked, rows), emitted from the worker while a long file is checked (issue 15, 13)
    rows_checked = Signal(int, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import posts from a spreadsheet"))
        self.resize(900, 520)
        self.path: Path | None = None
        self.model = PreviewModel(self)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A CSV file with the columns scheduled_at, accounts, text, media and rubric. "
                "Nothing is imported until every row is fine."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose)
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.setToolTip(
            self.tr("Read the file again after you fixed and saved it in your spreadsheet")
        )
        self.recheck_button.setEnabled(False)
        self.recheck_button.clicked.connect(self.refresh)
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)
        row.addWidget(self.recheck_button)
        layout.addLayout(row)
        self.queue_box = QCheckBox(
            self.tr("Rows without a date go into the queue (otherwise they become ideas)")
        )
        self.queue_box.toggled.connect(lambda _on: self.refresh())
        self.problems_only = QCheckBox(self.tr("Show only the rows with a problem"))
        self.problems_only.setObjectName("import-problems-only")
        self.problems_only.toggled.connect(lambda _on: self._filter_rows())
        options = QHBoxLayout()
        options.addWidget(self.queue_box)
        options.addStretch(1)
        options.addWidget(self.problems_only)
        layout.addLayout(options)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.rows_checked.connect(self._on_rows_checked)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.import_button.setEnabled(False)
        if path is not None:
            self.set_path(path)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CSV file"), str(Path.home()), self.tr("CSV files (*.csv)")
        )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        self.path = path
        self.file_edit.setText(str(path))
        self.recheck_button.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        if self.path is None:
            return
        path, queue, store = self.path, self.queue_box.isChecked(), self.ctx.store
        progress = self.rows_checked.emit

        def work() -> tuple[list[RowPreview], list[str]]:
            with store.session_scope() as session:
                try:
                    preview = preview_import(
                        session,
                        path,
                        user_zone(session),
                        dt.datetime.now(dt.UTC),
                        queue=queue,
                        progress=progress,
                    )
                except CsvImportError as exc:
                    return [], exc.messages
                return preview.rows, preview.file_problems

        self.ctx.tasks.run(work, on_done=self._show, on_error=lambda e: self._show(([], [str(e)])))

    def _on_rows_checked(self, done: int, total: int) -> None:
        if done < total:
            self.status.setText(
                arg(self.tr("Checking the rows: %1 of %2…"), f"{done:,}", f"{total:,}")
            )

    def _show(self, result: tuple[list[RowPreview], list[str]]) -> None:
        rows, file_problems = result
        self.model.set_rows(rows, file_problems)
        bad = [r for r in rows if r.problems]
        # With problems in a long file, show those rows first-hand (the box shows all again).
        self.problems_only.blockSignals(True)
        self.problems_only.setChecked(bool(bad) and len(bad) < len(rows))
        self.problems_only.setEnabled(bool(bad))
        self.problems_only.blockSignals(False)
        self._filter_rows()
        if file_problems:
            self.status.setText("\n".join(file_problems))
        elif bad:
            self.status.setText(
                self.tr(
                    "%1 of %2 rows have a problem (in red). Fix them in your spreadsheet, save, "
                    "and press Check again. Nothing has been imported."
                )
                .replace("%1", str(len(bad)))
                .replace("%2", str(len(rows)))
            )
        elif rows:
            self.status.setText(
                self.tr("%1 rows are ready to import.").replace("%1", str(len(rows)))
            )
        else:
            self.status.setText(self.tr("The file has no rows to import."))
        self.import_button.setEnabled(bool(rows) and not bad and not file_problems)

    def _filter_rows(self) -> None:
        only = self.problems_only.isChecked()
        for i, r in enumerate(self.model.rows):
            self.table.setRowHidden(i, only and not r.problems)
        self.table.resizeRowsToContents()

    def do_import(self) -> None:
        if self.path is None:
            return
        with self.ctx.store.session_scope() as session:
            zone = user_zone(session)
        try:
            preview = import_posts(
                self.ctx.store,
                self.ctx.paths,
                self.path,
                zone,
                dt.datetime.now(dt.UTC),
                queue=self.queue_box.isChecked(),
            )
        except CsvImportError as exc:
            self.status.setText("\n".join(exc.messages))
            self.import_button.setEnabled(False)
            return
        self.imported.emit(list(preview.post_ids))
        self.accept()


class ExportDialog(QDialog):
    """Export a range of days as CSV (for a spreadsheet) or .ics (for a calendar app)."""

    def __init__(
        self, ctx: AppContext, first: dt.date, last: dt.date, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Export the plan"))
        form = QFormLayout(self)
        self.first = QDateEdit(qdate(first), self)
        self.last = QDateEdit(qdate(last), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Spreadsheet (CSV)"), "csv")
        self.kind.addItem(self.tr("Calendar file (.ics)"), "ics")
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow(self.tr("Format"), self.kind)
        hint = QLabel(
            self.tr(
                "Both days are included. A CSV opens in a spreadsheet and can be imported again; "
                "an .ics file opens in Google Calendar, Apple Calendar, Outlook or Thunderbird."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form.addRow(self.status)
        buttons = QDialogButtonBox(self)
        save = buttons.addButton(self.tr("Save as…"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self._save_as)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save_as(self) -> None:
        kind = str(self.kind.currentData())
        suffix = ".csv" if kind == "csv" else ".ics"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the plan"),
            str(Path.home() / f"content-plan{suffix}"),
            f"*{suffix}",
        )
        if name:
            self.export_to(Path(name), kind)

    def export_to(self, path: Path, kind: str) -> int:
        from smmdesk_gui.domain.slots import local_to_utc
        from smmdesk_gui.services.plan.export import collect, export_csv, export_ics

        first, last = pydate(self.first.date()), pydate(self.last.date())
        if last < first:
            first, last = last, first
        with self.ctx.store.session_scope() as session:
            zone = user_zone(session)
            start = local_to_utc(dt.datetime.combine(first, dt.time()), zone)
            end = local_to_utc(dt.datetime.combine(last + dt.timedelta(days=1), dt.time()), zone)
            rows = collect(session, self.ctx.paths, start, end)
        try:
            n = export_csv(rows, path, zone) if kind == "csv" else export_ics(rows, path)
        except OSError as exc:
            self.status.setText(
                self.tr("Could not save %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
            return 0
        self.status.setText(
            self.tr("Saved %1 posts to %2.").replace("%1", str(n)).replace("%2", str(path))
        )
        return n
