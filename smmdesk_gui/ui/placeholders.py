"""First-run screens, shown until a feature's own screen is in place: its purpose, how to start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.empty_state import EmptyState


def _tr(text: str) -> str:
    return QCoreApplication.translate("Screens", text)


class _EmptyPage(QWidget):
    ICON = "fa6s.circle-info"
    TITLE = ""
    TEXT = ""
    ACTION = ""
    GOES_TO = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.empty = EmptyState(
            self.ICON,
            _tr(self.TITLE),
            _tr(self.TEXT),
            _tr(self.ACTION) if self.ACTION else "",
            self._go if self.GOES_TO else None,
        )
        layout.addWidget(self.empty)

    def _go(self) -> None:
        window = self.window()
        navigate = getattr(window, "navigate", None)
        if navigate is not None:
            navigate(self.GOES_TO)


class PlanEmpty(_EmptyPage):
    ICON = "fa6s.calendar-days"
    TITLE = "Your content plan"
    TEXT = "Plan a month of posts at a glance: which days, which accounts, which kind of post."
    ACTION = "Write your first post"
    GOES_TO = "compose"


class ComposeEmpty(_EmptyPage):
    ICON = "fa6s.pen-to-square"
    TITLE = "Write once, post everywhere"
    TEXT = "Write a post for all your accounts; SMM Desk counts each platform's limits for you."
    ACTION = "Connect an account"
    GOES_TO = "accounts"


class DashboardEmpty(_EmptyPage):
    ICON = "fa6s.chart-line"
    TITLE = "See what works"
    TEXT = "Followers, reach and engagement appear here once your posts are out."
    ACTION = "Plan your posts"
    GOES_TO = "plan"


class MediaEmpty(_EmptyPage):
    ICON = "fa6s.images"
    TITLE = "Your photo library"
    TEXT = "Add product photos once; SMM Desk crops and resizes them for every platform."


class AccountsEmpty(_EmptyPage):
    ICON = "fa6s.user-group"
    TITLE = "Connect an account"
    TEXT = (
        "Connect Bluesky, Mastodon or Telegram to publish; add Instagram and others for reminders."
    )
