"""Two small editors reached from the Plan screen: rubrics (with target shares) and each
account's weekly posting times (the queue), picked on a week grid."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.slots import WeeklySlot
from smmdesk_gui.services.plan.posting_times import (
    list_posting_times,
    set_posting_times,
)
from smmdesk_gui.services.plan.rows import PlanError
from smmdesk_gui.services.plan.rubrics import (
    RubricInfo,
    create_rubric,
    delete_rubric,
    list_rubrics,
    update_rubric,
)
from smmdesk_gui.store.db import Store
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.formatting import format_percent, percent_suffix
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import platform_icon
from smmdesk_gui.ui.problem_words import error_words


def _swatch_icon(colour: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon, QPixmap

    pix = QPixmap(14, 14)
    pix.fill(QColor(colour))
    return QIcon(pix)


class RubricsDialog(QDialog):
    """The list of rubrics; the selected one is edited below (name, colour, target share)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Rubrics"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Rubrics are the kinds of post you make (product, tips, behind the scenes…). "
                "The target share is how much of your plan each should take."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.colour_button = QPushButton(self)
        self.colour_button.clicked.connect(self._pick_colour)
        self.share = QDoubleSpinBox(self)
        self.share.setRange(0, 100)
        self.share.setDecimals(0)
        self.share.setSuffix(percent_suffix())
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Colour"), self.colour_button)
        form.addRow(self.tr("Target share"), self.share)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for b in (self.add_button, self.save_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.list.currentRowChanged.connect(self._show)
        self.colour = "#7f8c8d"
        self.rubrics: list[RubricInfo] = []
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self.rubrics = list_rubrics(self.ctx.store)
        self.list.blockSignals(True)
        self.list.clear()
        for r in self.rubrics:
            share = format_percent(r.target_share)
            item = QListWidgetItem(_swatch_icon(r.colour), f"{r.name} — {share}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i, r in enumerate(self.rubrics) if r.id == select_id), 0)
        if self.rubrics:
            self.list.setCurrentRow(row)
            self._show(row)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.rubrics):
            return
        r = self.rubrics[row]
        self.name.setText(r.name)
        self._set_colour(r.colour)
        self.share.setValue(round(r.target_share * 100))
        self.message.clear()

    def _set_colour(self, colour: str) -> None:
        self.colour = colour
        self.colour_button.setIcon(_swatch_icon(colour))
        self.colour_button.setText(colour)

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Rubric colour"))
        if chosen.isValid():
            self._set_colour(chosen.name())

    def _run(self, action: Callable[[Store], RubricInfo | None]) -> None:
        try:
            result = action(self.ctx.store)
        except PlanError as exc:
            self.message.setText(error_words(exc))
            return
        self.refresh(result.id if result is not None else None)

    def add(self) -> None:
        name, colour, share = self.name.text(), self.colour, self.share.value() / 100
        taken = {r.name.casefold() for r in self.rubrics}
        if name.casefold() in taken:
            name = self.tr("New rubric")
            share = 0.0
        self._run(lambda s: create_rubric(s, name, colour, share))

    def save(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.rubrics):
            return
        rid = self.rubrics[row].id
        name, colour, share = self.name.text(), self.colour, self.share.value() / 100
        self._run(lambda s: update_rubric(s, rid, name=name, colour=colour, target_share=share))

    def delete(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.rubrics):
            rid = self.rubrics[row].id
            self._run(lambda s: delete_rubric(s, rid))


HALF_HOURS = 48
ROW_H = 14


def slot_label(slot: WeeklySlot) -> str:
    """ "Tue 12:30" with the locale's weekday name and short time."""
    from smmdesk_gui.ui.formatting import format_clock

    day = QLocale().dayName(slot.weekday + 1, QLocale.FormatType.ShortFormat)
    return f"{day} {format_clock(slot.minute_of_day // 60, slot.minute_of_day % 60)}"


class WeekGrid(QWidget):
    """Seven days across, the day's half hours down: a click toggles a posting time.

    Keyboard: the arrows move the outlined cell, Space toggles it. A time the owner set
    elsewhere at another minute (12:15) shows in its half hour's cell and is removed by
    toggling that cell.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots: set[WeeklySlot] = set()
        self.focus_cell: tuple[int, int] = (0, 18)  # Monday 9:00
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Posting times of the week"))

    # --- geometry ------------------------------------------------------------------------

    def _label_w(self) -> int:
        fm = self.fontMetrics()
        return max(fm.horizontalAdvance(format_clock_hour(h)) for h in range(24)) + 10

    def _head_h(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(self._label_w() + 7 * 72, self._head_h() + HALF_HOURS * ROW_H + 1)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._label_w() + 7 * 40, self.sizeHint().height())

    def _col_w(self) -> float:
        return (self.width() - self._label_w()) / 7

    def cell_rect(self, day: int, half: int) -> QRectF:
        """Where the cell of ``day`` (Monday = 0) and half hour ``half`` (0..47) is drawn."""
        w = self._col_w()
        x = self._label_w() + day * w
        if self.isRightToLeft():
            x = self.width() - x - w
        return QRectF(x, self._head_h() + half * ROW_H, w, ROW_H)

    def _top(self) -> int:
        """Where the visible part starts: the day names stay there while the hours scroll."""
        return max(0, -self.y())

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        if y < self._top() + self._head_h():
            return None  # on the day names
        if self.isRightToLeft():
            x = self.width() - x
        day = int((x - self._label_w()) // self._col_w())
        half = int((y - self._head_h()) // ROW_H)
        if x < self._label_w() or not (0 <= day < 7 and 0 <= half < HALF_HOURS):
            return None
        return day, half

    # --- state ---------------------------------------------------------------------------

    def set_slots(self, slots: set[WeeklySlot]) -> None:
        self.slots = set(slots)
        self.update()

    def in_cell(self, day: int, half: int) -> list[WeeklySlot]:
        return [s for s in self.slots if s.weekday == day and s.minute_of_day // 30 == half]

    def toggle(self, day: int, half: int) -> None:
        there = self.in_cell(day, half)
        if there:
            self.slots.difference_update(there)
        else:
            self.slots.add(WeeklySlot(day, half * 30))
        self.focus_cell = (day, half)
        self.update()
        self.changed.emit()

    # --- events --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().x(), event.position().y())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.toggle(*cell)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        day, half = self.focus_cell
        key = event.key()
        step = -1 if self.isRightToLeft() else 1
        moves = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in moves:
            dx, dy = moves[Qt.Key(key)]
            self.focus_cell = (min(max(day + dx, 0), 6), min(max(half + dy, 0), HALF_HOURS - 1))
            self.update()
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle(day, half)
            return
        super().keyPressEvent(event)

    def event(self, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.ToolTip:
            assert isinstance(ev, QHelpEvent)
            cell = self.cell_at(ev.pos().x(), ev.pos().y())
            if cell is not None:
                there = self.in_cell(*cell)
                slot = there[0] if there else WeeklySlot(cell[0], cell[1] * 30)
                QToolTip.showText(ev.globalPos(), slot_label(slot), self)
                return True
        return super().event(ev)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        ink = pal.color(QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        accent = pal.color(QPalette.ColorRole.Highlight)
        line = QColor(ink)
        line.setAlphaF(0.12)
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        fm = self.fontMetrics()
        label_w = self._label_w()
        for half in range(HALF_HOURS):
            for day in range(7):
                rect = self.cell_rect(day, half).adjusted(1, 1, -1, 0)
                if self.in_cell(day, half):
                    p.fillRect(rect, accent)
                elif half % 2 == 0:
                    shade = QColor(ink)
                    shade.setAlphaF(0.03)
                    p.fillRect(rect, shade)
            if half % 2 == 0:
                y = self._head_h() + half * ROW_H
                p.setPen(line)
                p.drawLine(QPointF(0, y), QPointF(self.width(), y))
                p.setPen(muted)
                left = self.width() - label_w if self.isRightToLeft() else 0
                p.drawText(
                    QRectF(left + 2, y, label_w - 6, fm.height()),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing,
                    format_clock_hour(half // 2),
                )
        if self.hasFocus():
            pen = QPen(ink, 1, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawRect(self.cell_rect(*self.focus_cell).adjusted(1, 1, -2, -1))
        # the day names, drawn last at the top of what is visible (a sticky header)
        top = self._top()
        p.fillRect(QRectF(0, top, self.width(), self._head_h()), pal.color(QPalette.ColorRole.Base))
        p.setPen(line)
        p.drawLine(QPointF(0, top + self._head_h()), QPointF(self.width(), top + self._head_h()))
        p.setPen(ink)
        for day in range(7):
            head = self.cell_rect(day, 0)
            head.moveTop(top)
            head.setHeight(self._head_h())
            name = QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)
            p.drawText(head, Qt.AlignmentFlag.AlignCenter, name)
        p.end()


def format_clock_hour(hour: int) -> str:
    from smmdesk_gui.ui.formatting import format_clock

    return format_clock(hour)


class PostingTimesDialog(QDialog):
    """Each account's weekly posting times, picked on a week grid (no typing)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Posting times"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "When each account posts, every week, in your local time. Click a half hour "
                "to add or remove a posting time. “Add to queue” uses the next free one."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Account")))
        self.account = QComboBox(self)
        self.account.setObjectName("posting_account")
        self.slots: dict[int, set[WeeklySlot]] = {}
        for a in list_posting_times(ctx.store):
            name = PLATFORMS[a.platform].name if a.platform in PLATFORMS else a.platform
            self.account.addItem(platform_icon(a.platform), f"{name} @{a.handle}", a.account_id)
            self.slots[a.account_id] = set(a.slots)
        top.addWidget(self.account, 1)
        self.copy_button = QPushButton(self.tr("Use for all accounts"))
        self.copy_button.setToolTip(
            self.tr("Give every account the same posting times as this one")
        )
        top.addWidget(self.copy_button)
        layout.addLayout(top)
        self.grid = WeekGrid(self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.grid)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(340)
        layout.addWidget(scroll, 1)
        self.grid_scroll = scroll
        # Qt scrolls the painted pixels; the sticky day names must be painted again
        scroll.verticalScrollBar().valueChanged.connect(lambda _v: self.grid.update())
        self.summary = QLabel(self)
        self.summary.setObjectName("posting_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.account.currentIndexChanged.connect(self._show_account)
        self.grid.changed.connect(self._grid_changed)
        self.copy_button.clicked.connect(self._copy_to_all)
        self.account.setEnabled(bool(self.slots))
        self.grid.setEnabled(bool(self.slots))
        self.copy_button.setEnabled(len(self.slots) > 1)
        self.resize(720, 560)
        self._show_account()
        # Start the view at 7:00: the night is rarely a posting time.
        scroll.verticalScrollBar().setValue(self.grid._head_h() + 14 * ROW_H)

    def account_id(self) -> int | None:
        data = self.account.currentData()
        return int(data) if data is not None else None

    def _show_account(self, _index: int = 0) -> None:
        aid = self.account_id()
        self.grid.set_slots(self.slots.get(aid, set()) if aid is not None else set())
        self._say()

    def _grid_changed(self) -> None:
        aid = self.account_id()
        if aid is not None:
            self.slots[aid] = set(self.grid.slots)
        self._say()

    def _say(self) -> None:
        slots = sorted(self.grid.slots)
        if not self.slots:
            self.summary.setText(
                self.tr("Connect an account first: posting times belong to an account.")
            )
        elif not slots:
            self.summary.setText(self.tr("No posting times yet for this account."))
        else:
            self.summary.setText(
                arg(
                    self.tr("%1: %2"),
                    self.tr("%n posting times a week", "", len(slots)),
                    ", ".join(slot_label(s) for s in slots),
                )
            )

    def _copy_to_all(self) -> None:
        chosen = set(self.grid.slots)
        for aid in self.slots:
            self.slots[aid] = set(chosen)
        self.message.clear()
        self.summary.setText(
            self.summary.text() + "\n" + self.tr("Every account now has these posting times.")
        )

    def save(self) -> bool:
        try:
            set_posting_times(self.ctx.store, self.slots)
        except PlanError as exc:
            self.message.setText(error_words(exc))
            return False
        self.accept()
        return True
