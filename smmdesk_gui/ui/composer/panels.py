"""The Compose screen's panels: the per-account preview and the schedule box.

The photo strip is in ``media_strip.py``.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.domain.bidi import paragraph_directions
from smmdesk_gui.domain.text_rules import Severity
from smmdesk_gui.services.compose.checks import AccountCheck
from smmdesk_gui.ui.composer.widgets import setup_date_time_edit, wall_clock
from smmdesk_gui.ui.formatting import format_datetime
from smmdesk_gui.ui.i18n import arg, isolate, join_parts
from smmdesk_gui.ui.icons import icon
from smmdesk_gui.ui.problem_words import account_label, words

PREVIEW_BOX = 300  # the preview picture's largest side on screen
POST_WIDE = frozenset({"alt_text_missing"})  # about the post, not one account


def text_html(text: str, shown_end: int, folded_end: int, more: str) -> str:
    """``text`` as rich text: the shown part plain, the folded part grey behind ``more``, the part
    past the limit struck out in red. Each paragraph keeps its own direction."""
    out: list[str] = []
    pos = 0
    for line, direction in zip(text.split("\n"), paragraph_directions(text), strict=True):
        start, end = pos, pos + len(line)
        pieces: list[str] = []
        if start < shown_end:
            pieces.append(html.escape(text[start : min(end, shown_end)]))
        fa, fb = max(start, shown_end), min(end, folded_end)
        if fa < fb:
            if fa == shown_end:
                pieces.append(f"<b>… {html.escape(more)}</b> ")
            pieces.append(f'<span style="color:#8a8a8a;">{html.escape(text[fa:fb])}</span>')
        ca = max(start, folded_end)
        if ca < end:
            style = "color:#d93025;text-decoration:line-through;"
            pieces.append(f'<span style="{style}">{html.escape(text[ca:end])}</span>')
        body = "".join(pieces) or "&nbsp;"
        out.append(f'<p dir="{direction}" style="margin:0">{body}</p>')
        pos = end + 1
    return "".join(out)


class SchedulePanel(QWidget):
    """The problems list, then when to post, then the button (blocked while problems remain)."""

    schedule_clicked = Signal()
    calendar_requested = Signal(object)  # a datetime.date: "Show in calendar"
    best_time_clicked = Signal()  # "Use it" in the best-time hint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.problems_title = QLabel()
        layout.addWidget(self.problems_title)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(150)
        layout.addWidget(self.problems)
        row = QHBoxLayout()
        self.now = QRadioButton(self.tr("Post now"))
        self.next_slot = QRadioButton(self.tr("Next free slot"))
        self.next_slot.setToolTip(
            self.tr("Each account's next free posting time from its queue (Plan screen)")
        )
        self.at = QRadioButton(self.tr("At"))
        self.at.setChecked(True)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        setup_date_time_edit(self.when)
        self.at.toggled.connect(self.when.setEnabled)
        row.addWidget(self.now)
        row.addWidget(self.next_slot)
        row.addWidget(self.at)
        row.addWidget(self.when, 1)
        layout.addLayout(row)
        hint = QHBoxLayout()
        self.best_time = QLabel(self)
        self.best_time.setObjectName("bestTime")
        self.best_time.setWordWrap(True)
        self.best_time.setToolTip(
            self.tr("From the engagement of your own published posts (Dashboard).")
        )
        self.use_best_time = QPushButton(icon("fa6s.clock"), self.tr("Use this time"), self)
        self.use_best_time.setObjectName("useBestTime")
        self.use_best_time.setFlat(True)
        self.use_best_time.clicked.connect(self.best_time_clicked)
        hint.addWidget(self.best_time, 1)
        hint.addWidget(self.use_best_time)
        self.best_time.setVisible(False)
        self.use_best_time.setVisible(False)
        layout.addLayout(hint)
        self.button = QPushButton(icon("fa6s.calendar-check"), self.tr("Schedule"))
        self.button.setObjectName("scheduleButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.schedule_clicked)
        self.now.toggled.connect(self._label)
        self.next_slot.toggled.connect(self._label)
        layout.addWidget(self.button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        # After scheduling: the post's day on the Plan screen (the notice says where it went).
        self.done_day: dt.date | None = None
        self.calendar_button = QPushButton(icon("fa6s.calendar-days"), self.tr("Show in calendar"))
        self.calendar_button.setObjectName("showInCalendar")
        self.calendar_button.setVisible(False)
        self.calendar_button.clicked.connect(
            lambda: self.calendar_requested.emit(self.done_day) if self.done_day else None
        )
        layout.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_no_free_time(self, accounts: list[str]) -> None:
        """Say which accounts have no free posting time in their queue."""
        self.status.setText(
            arg(
                self.tr(
                    "No free posting time for %1: add posting times on the Plan "
                    "screen, or pick a date and time."
                ),
                ", ".join(accounts),
            )
        )

    def show_done(
        self,
        accounts: int,
        by_hand: Sequence[tuple[str, dt.datetime | None]] = (),
        tz: ZoneInfo | None = None,
        day: dt.date | None = None,
    ) -> None:
        """Say where the post went, for how many accounts, as the time choice was.

        Args:
            accounts: how many accounts the post was scheduled for.
            by_hand: the accounts posted by hand (assisted: no API), each with its time (UTC;
                None: now). SMM Desk only reminds the owner for these, so they are never
                promised to "go out".
            tz: the workspace's zone, for those times.
            day: the (local) day of the post, for "Show in calendar"; None hides the button.
        """
        automatic = accounts - len(by_hand)
        parts = []
        if self.next_slot.isChecked():
            parts.append(self.tr("Added to the queue of %n account(s).", "", accounts))
        elif self.now.isChecked():
            if automatic:
                parts.append(
                    self.tr("Sent to the queue for %n account(s): it goes out now.", "", automatic)
                )
        else:
            parts.append(self.tr("Scheduled for %n account(s).", "", accounts))
        for label, at in by_hand:
            if at is None or tz is None or self.now.isChecked():
                parts.append(
                    arg(
                        self.tr("%1: ready to post now; SMM Desk shows you the text and photos."),
                        label,
                    )
                )
            else:
                parts.append(
                    arg(
                        self.tr("%1: ready to post at %2; SMM Desk will remind you then."),
                        label,
                        format_datetime(at, tz),
                    )
                )
        self.status.setText(join_parts(parts, " "))
        self.done_day = day
        self.calendar_button.setVisible(day is not None)

    def _label(self) -> None:
        if self.now.isChecked():
            self.button.setText(self.tr("Post now"))
        elif self.next_slot.isChecked():
            self.button.setText(self.tr("Add to queue"))
        else:
            self.button.setText(self.tr("Schedule"))

    def set_default_time(self, tz: ZoneInfo, now: dt.datetime) -> None:
        local = (now + dt.timedelta(hours=1)).astimezone(tz)
        day = QDate(local.year, local.month, local.day)
        self.when.setDateTime(wall_clock(day, QTime(local.hour, 0)))

    def show_best_time(self, weekday: int | None, hour: int = 0) -> None:
        """The hint beside the time: when the owner's own posts did best (``weekday`` Monday = 0;
        None: not enough data yet, no hint)."""
        shown = weekday is not None
        self.best_time.setVisible(shown)
        self.use_best_time.setVisible(shown)
        if weekday is None:
            self.best_time.clear()
            return
        locale = QLocale()
        when = arg(
            self.tr("%1 %2"),
            locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat),
            locale.toString(QTime(hour, 0), QLocale.FormatType.ShortFormat),
        )
        # the day and time in their own direction inside the sentence (a Persian day name in a
        # sentence not translated yet showed the time first)
        self.best_time.setText(arg(self.tr("Your posts do best on %1."), isolate(when)))

    def show_time(self, at: dt.datetime, tz: ZoneInfo) -> None:
        """A reopened post's time: "At" ``at``, in the workspace's zone."""
        self.at.setChecked(True)
        self.when.setDateTime(wall_time(at, tz))

    def chosen(self, tz: ZoneInfo) -> dt.datetime | None:
        """The chosen instant in UTC; None for "post now" and "next free slot"."""
        if self.now.isChecked() or self.next_slot.isChecked():
            return None
        return qdatetime_to_utc(self.when.dateTime(), tz)

    def show_empty_post(self) -> None:
        """Nothing written yet: a calm hint instead of an "empty" error for every account."""
        self.problems.clear()
        self.problems.setVisible(False)
        self.problems_title.setText(self.tr("Write your post above, then schedule it here."))
        self.button.setEnabled(False)

    def show_checks(self, checks: list[AccountCheck], any_account: bool) -> None:
        self.problems.clear()
        blocking = 0
        seen_post_wide: set[str] = set()
        for check in checks:
            for problem in check.problems:
                error = problem.severity is Severity.ERROR
                if problem.code in POST_WIDE:
                    if problem.code in seen_post_wide:
                        continue  # the same photo reminder for every account: say it once
                    seen_post_wide.add(problem.code)
                    label = words(problem)
                elif "handle" in problem.values:
                    label = words(problem)  # it names the account already
                else:
                    who = account_label(check.account.platform, check.account.handle)
                    label = arg(self.tr("%1: %2"), who, words(problem))
                blocking += error
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                    # each message in its own direction (an English message keeps its full stop
                    # at the end in a right-to-left window): a first-strong isolate
                    label = isolate(label)
                item = QListWidgetItem(
                    icon("fa6s.circle-exclamation", "#d93025" if error else "#b06000"), label
                )
                self.problems.addItem(item)
        if not any_account:
            self.problems_title.setText(self.tr("Choose at least one account above."))
        elif blocking:
            self.problems_title.setText(
                self.tr("Fix these before scheduling, or remove the account from the post:")
            )
        elif self.problems.count():
            self.problems_title.setText(self.tr("Ready. Worth a look:"))
        else:
            self.problems_title.setText(self.tr("Ready to schedule: no problems found."))
        self.problems.setVisible(self.problems.count() > 0)
        self.button.setEnabled(any_account and blocking == 0)


def wall_time(at: dt.datetime, tz: ZoneInfo) -> QDateTime:
    """``at`` as the wall clock in the workspace's zone, as the time fields show it and
    ``qdatetime_to_utc`` reads it back.

    A QDateTime carrying the offset would be converted by the field to the computer's zone, and
    the post moved by the difference between the two zones.
    """
    local = at.astimezone(tz)
    return wall_clock(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def qdatetime_to_utc(value: QDateTime, tz: ZoneInfo) -> dt.datetime:
    """A wall-clock date and time in ``tz`` as an aware UTC instant."""
    d, t = value.date(), value.time()
    local = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)
    return local.astimezone(dt.UTC)
