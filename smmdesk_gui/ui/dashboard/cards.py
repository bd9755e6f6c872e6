"""Headline cards: a figure, its change against the previous period, and its definition."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from smmdesk_gui.services.stats.report import HeadlineRow
from smmdesk_gui.ui.i18n import arg
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
        self.value.setText(lbl.fmt_value(row.value, row.unit, row.currency))
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

    def show_text(self, value: str, detail: str, tooltip: str) -> None:
        self.value.setText(value)
        self.change.setText(detail)
        self.change.setStyleSheet("")
        self.setToolTip(tooltip)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
