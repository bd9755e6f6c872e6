"""The first run: what the Plan screen shows in an empty workspace (issue 12, item 11).

Instead of an empty calendar, three ways in, each one click: connect an account, look around in
the demo (a second window, started exactly as ``smmdesk --demo``), or import a spreadsheet. The
owner can also skip to the empty plan; the welcome goes away for good once the workspace has an
account or an idea.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QProcess, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import LANGUAGES, arg
from smmdesk_gui.ui.icons import icon

DEMO_COMMAND_SHOWN = "smmdesk --demo"  # what the owner types to open the demo later


def demo_command() -> tuple[str, list[str]]:
    """How to start this app on the demo workspace, the way ``smmdesk --demo`` does: the
    frozen app's own executable, or this Python with the package; in the UI's language."""
    if getattr(sys, "frozen", False):
        program, args = sys.executable, ["--demo"]
    else:
        program, args = sys.executable, ["-m", "smmdesk_gui", "--demo"]
    language = QLocale().name().split("_")[0]
    if language in LANGUAGES:
        args += ["--lang", language]
    return program, args


def start_detached(program: str, args: list[str]) -> bool:
    """Start ``program`` on its own (it outlives this app); whether it started."""
    result = QProcess.startDetached(program, args)  # PySide6: (started, pid)
    return bool(result[0] if isinstance(result, tuple) else result)


class Welcome(QWidget):
    """Three ways into an empty workspace, and a way past them."""

    connected = Signal(object)  # services.accounts.AccountInfo of the account just connected
    import_requested = Signal()
    skip_requested = Signal()

    #: Starts a detached process (tests record the command instead of starting a second app).
    start_detached = staticmethod(start_detached)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planWelcome")
        self.ctx = ctx
        self.dialog: QWidget | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        title = QLabel(self.tr("Welcome to SMM Desk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        intro = QLabel(
            self.tr(
                "Plan your posts for every platform in one calendar, and SMM Desk posts them on "
                "time or reminds you. Start in one of three ways:"
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(intro)
        outer.addSpacing(12)

        cards = QHBoxLayout()
        cards.setSpacing(16)
        cards.addStretch(1)
        self.connect_button = self._card(
            cards,
            "fa6s.user-plus",
            self.tr("Connect an account"),
            self.tr(
                "Bluesky, Mastodon and Telegram get your posts at the planned time. For "
                "Instagram and the others SMM Desk reminds you, with the text and photos ready."
            ),
            self.tr("Connect an account"),
        )
        self.demo_button = self._card(
            cards,
            "fa6s.store",
            self.tr("Look around in the demo"),
            arg(
                self.tr(
                    "A made-up bakery with three accounts, a month of posts and their figures. "
                    "It opens in a second window and never touches your own plan. Later, "
                    "start it with: %1"
                ),
                DEMO_COMMAND_SHOWN,
            ),
            self.tr("Open the demo"),
        )
        self.import_button = self._card(
            cards,
            "fa6s.file-csv",
            self.tr("Import a spreadsheet"),
            self.tr(
                "Already plan in Excel or Google Sheets? Save it as CSV (date, accounts, text) "
                "and bring the posts in: you see every row before anything is imported."
            ),
            self.tr("Import a spreadsheet…"),
        )
        cards.addStretch(1)
        outer.addLayout(cards)
        self.status = QLabel()
        self.status.setObjectName("welcomeStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        outer.addWidget(self.status)
        outer.addSpacing(8)
        self.skip_button = QPushButton(self.tr("Or start with an empty plan"))
        self.skip_button.setFlat(True)
        self.skip_button.setCursor(Qt.CursorShape.PointingHandCursor)
        outer.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        # lambdas: clicked(bool) must not reach a slot as an argument (issue 12)
        self.connect_button.clicked.connect(lambda: self.open_connect())
        self.demo_button.clicked.connect(lambda: self.open_demo())
        self.import_button.clicked.connect(lambda: self.import_requested.emit())
        self.skip_button.clicked.connect(lambda: self.skip_requested.emit())

    def _card(
        self, row: QHBoxLayout, icon_name: str, heading: str, text: str, action: str
    ) -> QPushButton:
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        # one height for the three (the row's), their buttons on one line at the bottom
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        card.setMaximumWidth(300)
        box = QVBoxLayout(card)
        pic = QLabel(card)
        pic.setPixmap(icon(icon_name).pixmap(40, 40))
        pic.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(pic)
        head = QLabel(heading, card)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(head)
        body = QLabel(text, card)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setMinimumHeight(body.heightForWidth(260))
        box.addWidget(body, 1)
        button = QPushButton(action, card)
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        row.addWidget(card)
        return button

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def open_connect(self) -> None:
        """The same connect dialog as the Accounts screen's."""
        from smmdesk_gui.services.accounts import AccountService
        from smmdesk_gui.ui.accounts.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.ctx, AccountService(self.ctx.store), None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._connected(dialog))
        self.dialog = dialog
        dialog.open()

    def _connected(self, dialog: QWidget) -> None:
        info = getattr(dialog, "result_info", None)
        if info is not None:
            self.connected.emit(info)

    def open_demo(self) -> bool:
        """Start the demo workspace in a second window (its own process and data folder)."""
        program, args = demo_command()
        started = bool(self.start_detached(program, args))
        if started:
            self.say(
                self.tr(
                    "The demo is opening in a second window. Close it when you are done; "
                    "nothing in it reaches your own plan."
                )
            )
        else:
            self.say(
                arg(
                    self.tr("The demo could not be started from here. Start it with: %1"),
                    DEMO_COMMAND_SHOWN,
                )
            )
        return started
