"""The period picker: last 7 / 30 / 90 days, this month, last month, or custom days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from smmdesk_gui.services.stats.period import Period
from smmdesk_gui.ui.calendars import follow_ui_calendar, is_whole_month, month_bounds
from smmdesk_gui.ui.report.labels import Stats

CHOICES = ("7", "30", "90", "month", "last_month", "custom")


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def previous_period(period: Period) -> Period:
    """The period to compare ``period`` with: the month before a whole month of the UI's
    calendar (Shahrivar before Mehr, 31 days before 30), else as many days just before."""
    if is_whole_month(period.first, period.last):
        return Period(*month_bounds(period.first, back=1))
    return period.previous()


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setObjectName("period")
        for key, text in zip(
            CHOICES,
            (
                Stats.tr("Last 7 days"),
                Stats.tr("Last 30 days"),
                Stats.tr("Last 90 days"),
                Stats.tr("This month"),
                Stats.tr("Last month"),
                Stats.tr("Custom…"),
            ),
            strict=True,
        ):
            self.combo.addItem(text, key)
        self.combo.setCurrentIndex(1)
        self.combo.setToolTip(Stats.tr("Every figure is compared with the period just before."))
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            follow_ui_calendar(edit)
        self.first.setDate(_qdate(today - dt.timedelta(days=29)))
        self.last.setDate(_qdate(today))
        self.dash = QLabel("–")
        layout.addWidget(self.combo)
        for w in (self.first, self.dash, self.last):
            layout.addWidget(w)
            w.setVisible(False)
        self.combo.currentIndexChanged.connect(self._choice_changed)
        self.first.dateChanged.connect(self._custom_changed)
        self.last.dateChanged.connect(self._custom_changed)

    def key(self) -> str:
        return str(self.combo.currentData())

    def set_key(self, key: str) -> None:
        i = self.combo.findData(key)
        if i >= 0:
            self.combo.setCurrentIndex(i)

    def period(self) -> Period:
        key = self.key()
        if key in ("7", "30", "90"):
            return Period.last_days(int(key), self.today)
        # months of the UI's calendar: a Persian owner's "this month" is the Jalali month
        if key == "month":
            return Period(month_bounds(self.today)[0], self.today)
        if key == "last_month":
            return Period(*month_bounds(self.today, back=1))
        a, b = _pydate(self.first.date()), _pydate(self.last.date())
        return Period(min(a, b), max(a, b))

    def _choice_changed(self) -> None:
        custom = self.key() == "custom"
        for w in (self.first, self.dash, self.last):
            w.setVisible(custom)
        self.changed.emit()

    def _custom_changed(self) -> None:
        if self.key() == "custom":
            self.changed.emit()
