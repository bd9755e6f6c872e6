"""The selected post's details beside the calendar: when, where, state, the text."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.services.plan.rows import PlanEntry
from smmdesk_gui.ui.calendar.models import needs_photo, state_label
from smmdesk_gui.ui.calendars import format_date_long
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import icon
from smmdesk_gui.ui.publishing.target_actions import PublishingActions


class DetailsPanel(QFrame):
    """The selected post: when, where, its state, the text; "Edit" opens it in the composer;
    "See why" / "Retry" when it failed."""

    edit_requested = Signal(int)  # post id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDetails")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        self.edit_button = QPushButton(icon("fa6s.pen-to-square"), self.tr("Edit"), self)
        self.edit_button.setObjectName("planEdit")
        self.edit_button.setToolTip(self.tr("Open this post in Compose (or double-click it)"))
        self.edit_button.clicked.connect(
            lambda: self.edit_requested.emit(self.entry.post_id) if self.entry else None
        )
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.publishing = PublishingActions(ctx, self)  # "See why" / "Retry" for failed posts
        layout.addWidget(self.publishing)
        self.entry: PlanEntry | None = None
        self.clear()

    def clear(self) -> None:
        self.entry = None
        self.edit_button.setVisible(False)
        self.publishing.show_entry(None)
        self.heading.setText(self.tr("No post selected"))
        self.body.setText(
            self.tr(
                "Click a post to see it here. Drag it to another day to move it; "
                "hold Ctrl while dropping to copy it."
            )
        )

    def show_entry(self, entry: PlanEntry) -> None:
        self.entry = entry
        self.edit_button.setVisible(True)
        self.publishing.show_entry(entry)
        locale = QLocale()
        when = (
            format_date_long(entry.day, locale)
            + " · "
            + locale.toString(
                QTime(entry.local.hour, entry.local.minute), QLocale.FormatType.ShortFormat
            )
        )
        self.heading.setText(when)
        accounts = ", ".join(
            f"{PLATFORMS[p].name if p in PLATFORMS else p} @{h} ({state_label(s)})"
            for p, h, s in zip(entry.platforms, entry.handles, entry.states, strict=True)
        )
        rubric = entry.rubric_name or self.tr("No rubric")
        text = f"{accounts}\n{rubric}\n\n{entry.snippet}"
        missing = ", ".join(needs_photo(entry))
        if missing:
            # An idea dropped on a day without the photo its platform needs stays a draft there.
            text = arg(self.tr("Needs a photo for %1: open it and add one."), missing) + "\n" + text
        self.body.setText(text)
