"""Headline cards: a figure, its change against the previous period, and its definition."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.services.stats.kpis import PlatformFigures
from smmdesk_gui.services.stats.report import HeadlineRow
from smmdesk_gui.ui.formatting import elide_words
from smmdesk_gui.ui.i18n import arg, bidi
from smmdesk_gui.ui.report import labels as lbl
from smmdesk_gui.ui.report.labels import Stats


class KpiCard(QFrame):
    """One headline figure. The tooltip holds the KPI's definition (and what went in)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"kpi_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        self.title = QLabel(lbl.label(key))
        self.title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # A title ~40% longer than the English (Russian, Dutch) wraps instead of being clipped.
        self.title.setWordWrap(True)
        self.value = QLabel("…")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.change = QLabel("")
        self.change.setWordWrap(True)
        for w in (self.title, self.value, self.change):
            layout.addWidget(w)
        self.setToolTip(lbl.definition(key))

    def show_row(self, row: HeadlineRow, extra: str = "") -> None:
        self.value.setText(bidi(lbl.fmt_value(row.value, row.unit, row.currency)))
        change = lbl.fmt_change(row)
        text = (
            arg(Stats.tr("%1 vs previous period"), change)
            if change
            else Stats.tr("no comparison yet")
        )
        self.change.setText(f"{extra}\n{text}" if extra else text)
        colour = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        ch = row.change.value
        if ch is not None and ch != 0:
            colour = "#2e7d32" if ch > 0 else "#c62828"
        self.change.setStyleSheet(f"color: {colour}")
        self.setToolTip(lbl.definition(row.key, row.inputs))

    def show_text(self, value: str, detail: str, tooltip: str, elide: bool = False) -> None:
        """Show a free text; ``elide`` keeps ``detail`` to two lines, cut at a word with "…"."""
        self.value.setText(value)
        self._detail = detail if elide else ""
        self.change.setText(self._fit(detail) if elide else detail)
        self.change.setStyleSheet("")
        self.setToolTip(tooltip)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    _detail = ""

    def _fit(self, text: str) -> str:
        width = max(self.change.width(), self.minimumWidth() - 24)
        return elide_words(text, self.change.fontMetrics(), width, lines=2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._detail:
            self.change.setText(self._fit(self._detail))


class PlatformTable(QFrame):
    """Reach and engagement per platform in the period: one row per platform."""

    HEADERS = ("platform", "posts", "reach", "interactions", "er_reach")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("platform_split")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.title = QLabel(f"<b>{Stats.tr('By platform')}</b>")
        self.title.setToolTip(
            Stats.tr("Reach and engagement of each platform's posts in the period.")
        )
        layout.addWidget(self.title)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels(
            [
                Stats.tr("Platform"),
                lbl.label("posts"),
                lbl.label("reach"),
                lbl.label("interactions"),
                lbl.label("er_reach"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table)
        self.note = QLabel("")
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.note)

    def show_platforms(self, rows: Sequence[PlatformFigures]) -> None:
        from smmdesk_gui.ui.icons import platform_icon

        self.table.setRowCount(len(rows))
        for r, f in enumerate(rows):
            cells = (
                lbl.platform_name(f.platform),
                lbl.count(f.posts),
                lbl.fmt_value(f.reach, "count"),
                lbl.fmt_value(f.interactions, "count"),
                lbl.fmt_value(f.er_reach.value, "percent"),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setIcon(platform_icon(f.platform))
                else:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(
            header
            + max(len(rows), 1) * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.note.setText("" if rows else lbl.not_enough())
