"""CSV import with a preview (every row and its problems, nothing written until all is fine), and
export of a range of days to CSV or an .ics calendar file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
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

from smmdesk_gui.services.plan.csv_file import RowProblem
from smmdesk_gui.services.plan.csv_import import (
    CsvImportError,
    RowPreview,
    import_posts,
    preview_import,
)
from smmdesk_gui.services.workspace import workspace_zone
from smmdesk_gui.ui.calendar.models import own_direction, pydate, qdate
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.formatting import format_datetime, format_number
from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP, arg
from smmdesk_gui.ui.problem_words import error_words, row_words, words
from smmdesk_gui.ui.widgets.csv_preview import CsvPreviewModel, PreviewColumn

PREVIEW_CHARS = 160  # a row of the preview shows this much of a long text


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreviewModel", text)


PREVIEW_HEADERS = (  # marked for lupdate; translated where shown
    QT_TRANSLATE_NOOP("PreviewModel", "Row"),
    QT_TRANSLATE_NOOP("PreviewModel", "When"),
    QT_TRANSLATE_NOOP("PreviewModel", "Accounts"),
    QT_TRANSLATE_NOOP("PreviewModel", "Text"),
    QT_TRANSLATE_NOOP("PreviewModel", "Rubric"),
    QT_TRANSLATE_NOOP("PreviewModel", "Problems"),
)
COL_PROBLEMS = 5


def _when(r: RowPreview, tz: dt.tzinfo) -> str:
    if r.scheduled_at is not None:  # the locale's short date and time, in the UI's calendar
        return format_datetime(r.scheduled_at, tz)
    if r.problems:  # maybe the date is what's wrong: don't call it an idea
        return "—"
    if r.queue:
        return QCoreApplication.translate("PreviewModel", "next free slot")
    return QCoreApplication.translate("PreviewModel", "idea (no date)")


def _flat_text(r: RowPreview) -> str:
    flat = " ".join(r.text.split())  # the whole text is in the tooltip
    return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"


def _rubric(r: RowPreview) -> str:
    if r.new_rubric:
        return arg(QCoreApplication.translate("PreviewModel", "%1 (new)"), r.rubric)
    return r.rubric


def _problems(r: RowPreview) -> str:
    if not r.problems:
        return QCoreApplication.translate("PreviewModel", "OK")
    return "\n".join(map(words, r.problems))


def _said(problems: list[RowProblem]) -> list[str]:
    return [row_words(p.row, p.problem) for p in problems]


def plan_preview_model(tz: dt.tzinfo, parent: QObject | None = None) -> CsvPreviewModel[RowPreview]:
    """The rows of a CSV file as they will be created (their times in ``tz``, the workspace's
    zone), each with its problems."""
    texts: tuple[Callable[[RowPreview], str], ...] = (
        lambda r: format_number(r.row, grouped=False),
        partial(_when, tz=tz),
        lambda r: ", ".join(r.accounts),
        _flat_text,
        _rubric,
        _problems,
    )
    columns = [
        PreviewColumn(
            header=partial(_tr, header),
            text=text,
            tooltip=(lambda r: r.text) if i == 3 else None,
            isolate=own_direction if i in (1, 3, COL_PROBLEMS) else None,
        )
        for i, (header, text) in enumerate(zip(PREVIEW_HEADERS, texts, strict=True))
    ]
    return CsvPreviewModel(columns, lambda r: bool(r.problems), COL_PROBLEMS, parent)


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
        self.model = plan_preview_model(workspace_zone(ctx.store), self)
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

        def work() -> tuple[list[RowPreview], list[RowProblem]]:
            try:
                preview = preview_import(
                    store,
                    path,
                    workspace_zone(store),
                    dt.datetime.now(dt.UTC),
                    queue=queue,
                    progress=progress,
                )
            except CsvImportError as exc:
                return [], exc.problems
            return preview.rows, preview.file_problems

        # worded back on the GUI thread, in the window's language
        self.ctx.tasks.run(
            work,
            on_done=lambda result: self._show((result[0], _said(result[1]))),
            on_error=lambda e: self._show(([], [error_words(e)])),
        )

    def _on_rows_checked(self, done: int, total: int) -> None:
        if done < total:
            self.status.setText(
                arg(
                    self.tr("Checking the rows: %1 of %2…"),
                    format_number(done),
                    format_number(total),
                )
            )

    def _show(self, result: tuple[list[RowPreview], list[str]]) -> None:
        rows, file_problems = result
        self.model.set_rows(rows)
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
                arg(
                    self.tr(
                        "%1 of %2 rows have a problem (in red). Fix them in your spreadsheet, "
                        "save, and press Check again. Nothing has been imported."
                    ),
                    format_number(len(bad)),
                    format_number(len(rows)),
                )
            )
        elif rows:
            self.status.setText(
                arg(self.tr("%1 rows are ready to import."), format_number(len(rows)))
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
        try:
            preview = import_posts(
                self.ctx.store,
                self.ctx.paths,
                self.path,
                workspace_zone(self.ctx.store),
                dt.datetime.now(dt.UTC),
                queue=self.queue_box.isChecked(),
            )
        except CsvImportError as exc:
            self.status.setText("\n".join(_said(exc.problems)))
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
        from smmdesk_gui.services.plan.export import export_days

        first, last = pydate(self.first.date()), pydate(self.last.date())
        if last < first:
            first, last = last, first
        try:
            n = export_days(self.ctx.store, self.ctx.paths, first, last, path, kind)
        except OSError as exc:
            self.status.setText(
                arg(self.tr("Could not save %1: %2"), path, exc.strerror or str(exc))
            )
            return 0
        self.status.setText(arg(self.tr("Saved %1 posts to %2."), n, path))
        return n
