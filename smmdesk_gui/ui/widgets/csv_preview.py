"""The one table model for previewing a CSV file before it is imported.

Both imports show one row per file row, in columns their dialog describes (the Plan's posts,
the Dashboard's stats files), with the rows that have a problem in red; the dialogs own the
texts (and so their translation contexts), this model owns the Qt model contract.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PROBLEM = QColor("#c62828")  # red that still reads as text on white (5.6:1)

RowT = TypeVar("RowT")


@dataclass(frozen=True)
class PreviewColumn(Generic[RowT]):
    """One column: its title and what a row shows in it.

    Attributes:
        header: The translated title, asked for each time it is shown (the language may change).
        text: What a row shows.
        tooltip: A row's tooltip (None: the same as ``text``).
        isolate: Applied to ``text`` in a right-to-left UI, for free text that must keep its
            own direction (e.g. English in a Persian UI); None: shown as it is.
    """

    header: Callable[[], str]
    text: Callable[[RowT], str]
    tooltip: Callable[[RowT], str] | None = None
    isolate: Callable[[str], str] | None = None


class CsvPreviewModel(QAbstractTableModel, Generic[RowT]):
    """The rows of a file as they will be imported, read-only."""

    def __init__(
        self,
        columns: Sequence[PreviewColumn[RowT]],
        has_problem: Callable[[RowT], bool],
        problem_column: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        """A model showing ``columns``.

        Args:
            columns: What each column shows.
            has_problem: Whether a row is painted as a problem.
            problem_column: Only this column is painted red; None: the whole row.
            parent: The Qt parent.
        """
        super().__init__(parent)
        self.columns = tuple(columns)
        self.has_problem = has_problem
        self.problem_column = problem_column
        self.rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.rows)
            or not 0 <= index.column() < len(self.columns)
        ):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.text(row)
            if column.isolate is not None and QGuiApplication.isRightToLeft():
                return column.isolate(text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return (column.tooltip or column.text)(row)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and self.problem_column in (None, index.column())
            and self.has_problem(row)
        ):
            return QBrush(PROBLEM)
        return None
