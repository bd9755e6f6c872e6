"""The Compose screen's panels: the per-account preview and the schedule box.

The photo strip is in ``media_strip.py``.
"""

from __future__ import annotations

import datetime as dt
import html
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import (
    QImage,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFrame,
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
from smmdesk_gui.domain.text_rules import CountResult, Severity, preview_parts
from smmdesk_gui.services.compose.checks import AccountCheck, AccountInfo, MediaInfo, posted_size
from smmdesk_gui.ui.composer.widgets import setup_date_time_edit
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import icon

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


class PreviewPanel(QFrame):
    """How the post looks on the selected account: its image shape and its text as cut there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("previewHeader")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        layout.addWidget(self.header)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._shown_key: int | None = None
        layout.addWidget(self.image)
        self.image_caption = QLabel()
        self.image_caption.setObjectName("previewImageCaption")
        self.image_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_caption.setWordWrap(True)
        self.image_caption.setEnabled(False)
        self.image_caption.setVisible(False)
        layout.addWidget(self.image_caption)
        self.text = QLabel()
        self.text.setObjectName("previewText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        layout.addWidget(self.note)

    def caption(self, account: AccountInfo, first: MediaInfo | None, photos: int) -> str:
        """What the preview picture is: which photo, and the size ``account``'s platform gets.

        Args:
            account: the account previewed.
            first: the post's first photo (the one shown), if its facts are known.
            photos: how many photos the post has.
        """
        size = ""
        if first is not None and first.width > 0 and first.height > 0:
            (w, h), _kept = posted_size(account.platform, first.width, first.height)
            size = arg(self.tr("%1 gets it as %2 × %3 pixels."), account.info.name, w, h)
        if photos == 1:
            return size
        return f"{arg(self.tr('Photo 1 of %1.'), photos)} {size}".strip()

    def show_empty(self) -> None:
        self.header.setText(self.tr("Preview"))
        self._show_image(None, "")
        self.text.setText(self.tr("Choose an account above to see how the post will look there."))
        self.note.clear()

    def show_preview(
        self,
        account: AccountInfo,
        text: str,
        result: CountResult,
        image: QImage | None,
        caption: str = "",
    ) -> None:
        """The account's text as the platform cuts it; ``image`` is the first photo as the
        platform gets it (None: no photo, or not ready yet); ``caption`` says what it is."""
        self.header.setText(account.label)
        parts = preview_parts(text, result)
        shown_end = len(parts.shown)
        folded_end = shown_end + len(parts.folded)
        self.text.setText(text_html(text, shown_end, folded_end, self.tr("more")))
        notes = []
        if parts.folded:
            notes.append(self.tr("The feed shows the start; the rest sits behind “more”."))
        if parts.cut:
            notes.append(arg(self.tr("The red part does not fit on %1."), account.info.name))
        self.note.setText(" ".join(notes))
        self._show_image(image, caption)

    def _show_image(self, image: QImage | None, caption: str) -> None:
        """``image`` is already shaped for the platform (``preview_images``): only scale it."""
        self.image_caption.setText(caption)
        self.image_caption.setVisible(bool(caption))
        if image is None or image.isNull():
            self._shown_key = None
            self.image.clear()
            self.image.setVisible(False)
            return
        self.image.setVisible(True)
        if image.cacheKey() == self._shown_key:
            return  # the same picture: no rescale on every keystroke
        self._shown_key = image.cacheKey()
        pix = QPixmap.fromImage(image).scaled(
            PREVIEW_BOX,
            PREVIEW_BOX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.image.setPixmap(pix)


class SchedulePanel(QWidget):
    """The problems list, then when to post, then the button (blocked while problems remain)."""

    schedule_clicked = Signal()

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

    def show_done(self, accounts: int) -> None:
        """Say where the post went, for how many accounts, as the time choice was."""
        if self.next_slot.isChecked():
            message = self.tr("Added to the queue of %n account(s).", "", accounts)
        elif self.now.isChecked():
            message = self.tr("Sent to the queue for %n account(s): it goes out now.", "", accounts)
        else:
            message = self.tr("Scheduled for %n account(s).", "", accounts)
        self.status.setText(message)

    def _label(self) -> None:
        if self.now.isChecked():
            self.button.setText(self.tr("Post now"))
        elif self.next_slot.isChecked():
            self.button.setText(self.tr("Add to queue"))
        else:
            self.button.setText(self.tr("Schedule"))

    def set_default_time(self, tz: ZoneInfo, now: dt.datetime) -> None:
        local = (now + dt.timedelta(hours=1)).astimezone(tz)
        qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, 0))
        self.when.setDateTime(qdt)

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
                    label = problem.message
                elif check.account.label in problem.message:
                    label = problem.message  # it names the account already
                else:
                    label = arg(self.tr("%1: %2"), check.account.label, problem.message)
                blocking += error
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                    # each message in its own direction (an English message keeps its full stop
                    # at the end in a right-to-left window): a first-strong isolate
                    label = f"\u2068{label}\u2069"
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
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def qdatetime_to_utc(value: QDateTime, tz: ZoneInfo) -> dt.datetime:
    """A wall-clock date and time in ``tz`` as an aware UTC instant."""
    d, t = value.date(), value.time()
    local = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)
    return local.astimezone(dt.UTC)
