"""The rubric mix of the visible month against the targets, as one stacked bar."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QWidget

from smmdesk_gui.services.plan.rows import MixRow
from smmdesk_gui.ui.formatting import format_number, format_percent
from smmdesk_gui.ui.i18n import arg


class MixBar(QWidget):
    """Actual shares as coloured segments; each rubric's target as a tick above the bar.

    The tooltip and accessible text carry the figures in words ("Product 40% (target 35%)").
    A workspace without rubrics gets a line saying what rubrics are, and a button to add one,
    in place of an empty bar.
    """

    add_rubric_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MixRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.hint = QWidget(self)
        row = QHBoxLayout(self.hint)
        row.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(
            self.tr(
                "No rubrics yet: rubrics are the kinds of post you make (products, tips, "
                "offers…), and this bar shows their mix against your targets."
            ),
            self.hint,
        )
        self.hint_label.setObjectName("mixHint")
        self.hint_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a rubric…"), self.hint)
        self.add_button.clicked.connect(lambda: self.add_rubric_requested.emit())
        row.addWidget(self.hint_label, 1)
        row.addWidget(self.add_button)
        self.hint.hide()

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(400, max(fm.height() * 2 + 10, self.hint.sizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.hint.setGeometry(self.rect())

    def has_rubrics(self) -> bool:
        return any(r.rubric_id is not None for r in self.rows)

    def set_rows(self, rows: list[MixRow]) -> None:
        self.rows = rows
        self.hint.setVisible(not self.has_rubrics())
        total = sum(r.count for r in rows)
        parts = []
        for r in rows:
            name = r.name or self.tr("No rubric")
            if r.rubric_id is None:
                parts.append(f"{name}: {format_percent(r.actual_share)}")
            else:
                parts.append(
                    arg(
                        self.tr("%1: %2 (target %3)"),
                        name,
                        format_percent(r.actual_share),
                        format_percent(r.target_share),
                    )
                )
        summary = (
            self.tr("Rubric mix of %n post(s): ", "", total).replace("%n", format_number(total))
            + "; ".join(parts)
            if total
            else self.tr("No posts in this month yet: the mix shows once you plan some.")
        )
        self.setToolTip(summary)
        self.setAccessibleDescription(summary)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.hint.isVisible():
            return  # the words and the button say it: no bar without rubrics
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = QFontMetrics(self.font())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        bar = QRectF(2, fm.height() + 4, self.width() - 4, self.height() - fm.height() - 6)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(bar, 3, 3)
        total = sum(r.count for r in self.rows)
        x = 0.0
        for r in self.rows:
            if not total or not r.count:
                continue
            w = bar.width() * r.count / total
            left = bar.left() + (bar.width() - x - w if rtl else x)
            seg = QRectF(left, bar.top(), w, bar.height())
            painter.fillRect(seg.adjusted(0.5, 0.5, -0.5, -0.5), QColor(r.colour or "#999999"))
            # The name and share when they fit, else the share alone (the tooltip has it all).
            share = format_percent(r.actual_share)
            for label in (f"{r.name or self.tr('No rubric')} {share}", share):
                if fm.horizontalAdvance(label) + 8 < w:
                    painter.setPen(
                        QColor("#ffffff")
                        if QColor(r.colour or "#999").lightness() < 150
                        else QColor("#000000")
                    )
                    painter.drawText(seg, int(Qt.AlignmentFlag.AlignCenter), label)
                    break
            x += w
        # Targets: a notch where each rubric's cumulative target ends (above the bar, so it never
        # crosses a label), and the target share centred over its stretch, skipped if it would
        # run into the previous one.
        acc = 0.0
        drawn: list[QRect] = []
        for r in self.rows:
            if r.rubric_id is None or r.target_share <= 0:
                continue
            start = acc
            acc += r.target_share
            mid = (start + acc) / 2
            pos = bar.left() + bar.width() * ((1 - mid) if rtl else mid)
            end = bar.left() + bar.width() * ((1 - acc) if rtl else acc)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Text), 1))
            if 0.001 < acc < 0.999:
                painter.drawLine(int(end), int(bar.top() - 4), int(end), int(bar.top() + 3))
            text = arg(self.tr("%1 target"), format_percent(r.target_share))
            if fm.horizontalAdvance(text) + 6 > bar.width() * r.target_share:
                text = format_percent(r.target_share)
            tw = fm.horizontalAdvance(text)
            rect = QRect(int(pos - tw / 2), 0, tw + 2, fm.height())
            rect.moveLeft(max(0, min(rect.left(), self.width() - rect.width())))
            if any(rect.adjusted(-3, 0, 3, 0).intersects(other) for other in drawn):
                continue
            drawn.append(rect)
            painter.setPen(QColor(r.colour))
            painter.drawText(
                rect,
                int(QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignCenter)),
                text,
            )
        painter.end()
