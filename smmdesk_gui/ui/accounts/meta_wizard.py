"""The guided setup for Meta's platforms (Facebook Page, Instagram, Threads), in plain words.

Meta lets a program post only through an app the owner makes at developers.facebook.com. This
wizard takes an owner who has never seen that site through it, one short step per page: create
the app with the right use case, add the permissions, add themselves as a tester where Meta asks
for it, make the token, paste it here, and a check against the platform (on a worker, through
``ctx.tasks``) that ends with "Connected as ...", and what SMM Desk will then do.

Every step follows Meta's documentation as it reads today (the section is named next to each
step below); the wording of buttons on Meta's site ("Create app", "Customize the ... use case")
is Meta's own, so the owner finds it on the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.services.accounts import AccountError, AccountInfo, AccountService
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP, arg
from smmdesk_gui.ui.icons import platform_icon
from smmdesk_gui.ui.problem_words import error_words

#: The platforms this wizard sets up (the connect dialog opens it for these).
META_PLATFORMS = ("facebook", "instagram", "threads")

CONTEXT = "MetaWizard"

DEVELOPERS = "https://developers.facebook.com/"
#: "A Meta app (developers.facebook.com/apps)": threads/get-started, "Before you start".
MY_APPS = "https://developers.facebook.com/apps/"
#: pages-api/create-an-app: "Meta's Graph API Explorer allows you to ... get access tokens".
EXPLORER = "https://developers.facebook.com/tools/explorer/"
#: The Access Token Debugger (Meta's tool; its "Extend Access Token" button is not described
#: in Meta's reference docs, only on the tool's page itself).
DEBUGGER = "https://developers.facebook.com/tools/debug/accesstoken/"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Step:
    """One page of instructions: a title, a short paragraph, a web page to open, things to copy."""

    title: str
    text: str
    url: str = ""
    url_label: str = ""
    copy: tuple[str, ...] = ()
    #: A paragraph before ``text`` (translated on its own: the same one on every intro).
    lead: str = ""


_INTRO_APP = QT_TRANSLATE_NOOP(
    "MetaWizard",
    "Meta lets programs like SMM Desk in only through an app of your own, made at "
    "developers.facebook.com. It is free and takes about ten minutes. You have a role on your "
    "own app, so you may use it for your own account without Meta's review.",
)
_OPEN_DEVELOPERS = QT_TRANSLATE_NOOP("MetaWizard", "Open developers.facebook.com")
_OPEN_MY_APPS = QT_TRANSLATE_NOOP("MetaWizard", "Open My Apps")

# The steps per platform. Sources (developers.facebook.com/docs/...):
# facebook: pages-api/create-an-app ("Manage everything on your Page" use case and its
#   permissions), pages-api/getting-started (pages_show_list, pages_manage_posts, ...),
#   facebook-login/guides/access-tokens/get-long-lived (short-lived tokens last hours, long-lived
#   about 60 days); the Debugger's "Extend Access Token" is the tool's own button.
# instagram: instagram-platform/instagram-api-with-instagram-login/get-started ("select
#   Business", "Instagram > API setup with Instagram business login", "Generate token next to the
#   Instagram account"), development/create-an-app/instagram-use-case ("Customize the Manage
#   messaging and content on Instagram use case"), instagram-api-with-instagram-login (the
#   instagram_business_* permission names; no Facebook Page needed).
# threads: threads/get-started (the "Access the Threads API" use case, threads_basic,
#   threads_content_publish, "Threads testers can grant your app these permissions at any time"),
#   development/create-an-app/threads-use-case (Use cases > Customize > Add; Settings).
STEPS: dict[str, tuple[Step, ...]] = {
    "facebook": (
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Before you start"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                "You need your Facebook login and a Facebook Page you manage. Log in at "
                "developers.facebook.com; the first time, Meta asks you to register as a "
                "developer (free).",
            ),
            DEVELOPERS,
            _OPEN_DEVELOPERS,
            lead=_INTRO_APP,
        ),
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Create the app"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                'Click "Create app". Type a name (the name of your shop will do) and your email. '
                'When Meta asks what the app is for, choose the use case "Manage everything on '
                'your Page". If Meta asks for an app type instead, choose Business and add the '
                'product "Facebook Login for Business".',
            ),
            MY_APPS,
            _OPEN_MY_APPS,
        ),
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Choose the permissions"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                'On the Dashboard of your app, click "Customize the Manage everything on your Page '
                'use case", then click Add next to each of these permissions (some are there '
                "already):",
            ),
            MY_APPS,
            _OPEN_MY_APPS,
            # read_insights: the Page's numbers (insights/get-started lists these three plus it)
            ("pages_show_list", "pages_read_engagement", "pages_manage_posts", "read_insights"),
        ),
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Make a token"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                'Open the Graph API Explorer. Under "Meta App" choose your app, under "User or '
                'Page" choose "Get User Access Token", and add the permissions of the last '
                'step. Click "Generate Access Token", log in and allow your Page. Then copy '
                "the token (the long text in the Access Token box).",
            ),
            EXPLORER,
            QT_TRANSLATE_NOOP("MetaWizard", "Open the Graph API Explorer"),
        ),
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Make the token last"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                "A token from the Explorer stops working after about an hour. Open the Access "
                'Token Debugger, paste the token, click "Debug", then "Extend Access Token" at '
                "the bottom, and copy the new token. It works for about 60 days; SMM Desk asks "
                "your Page for its own token with it each time it posts.",
            ),
            DEBUGGER,
            QT_TRANSLATE_NOOP("MetaWizard", "Open the Access Token Debugger"),
        ),
    ),
    "instagram": (
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Before you start"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                "You need an Instagram professional account (Business or Creator); no Facebook "
                "Page is needed. Instagram fetches the photos of a post from a web address, so "
                "unless photo hosting is set up, SMM Desk prepares your Instagram posts and "
                "reminds you to post them (assisted). You may skip the setup: leave the token "
                "empty at the end.",
            ),
            DEVELOPERS,
            _OPEN_DEVELOPERS,
            lead=_INTRO_APP,
        ),
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Create the app"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                'Click "Create app". Type a name (the name of your shop will do) and your email. '
                'Choose the use case "Manage messaging and content on Instagram". If Meta asks '
                "for an app type, choose Business.",
            ),
            MY_APPS,
            _OPEN_MY_APPS,
        ),
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Set up Instagram login"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                'On the Dashboard of your app, click "Customize the Manage messaging and '
                'content on Instagram use case" and choose "API setup with Instagram login". '
                "It adds the permissions SMM Desk needs:",
            ),
            MY_APPS,
            _OPEN_MY_APPS,
            ("instagram_business_basic", "instagram_business_content_publish"),
        ),
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Make a token"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                'In the menu on the left, click Instagram > "API setup with Instagram business '
                'login". Click "Generate token" next to your Instagram account (if it is not '
                'listed, click "Add account" first), log in to Instagram and copy the token.',
            ),
            MY_APPS,
            _OPEN_MY_APPS,
        ),
    ),
    "threads": (
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Before you start"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                "You need your Threads profile and your Facebook login for "
                "developers.facebook.com; the first time, Meta asks you to register as a "
                "developer (free).",
            ),
            DEVELOPERS,
            _OPEN_DEVELOPERS,
            lead=_INTRO_APP,
        ),
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Create the app"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                'Click "Create app". Type a name (the name of your shop will do) and your '
                'email, and choose the use case "Access the Threads API".',
            ),
            MY_APPS,
            _OPEN_MY_APPS,
        ),
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Choose the permissions"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                'On the Dashboard of your app, click "Customize the Access the Threads API use '
                'case" and click Add next to threads_content_publish and '
                "threads_manage_insights (threads_basic is there already):",
            ),
            MY_APPS,
            _OPEN_MY_APPS,
            # threads_manage_insights: the numbers (threads/get-started, "Authorization")
            ("threads_basic", "threads_content_publish", "threads_manage_insights"),
        ),
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Add yourself as a tester"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                "Until Meta reviews an app, only its testers may use it. In your app, open App "
                'roles > Roles, click "Add People", choose "Threads Tester" and type your '
                "Threads username. Then accept the invitation in Threads: Settings > Account > "
                "Website permissions > Invites.",
            ),
            MY_APPS,
            _OPEN_MY_APPS,
        ),
        Step(
            QT_TRANSLATE_NOOP("MetaWizard", "Make a token"),
            QT_TRANSLATE_NOOP(
                "MetaWizard",
                'Back in "Customize the Access the Threads API use case", open Settings. Under '
                '"User Token Generator", click "Generate access token" next to your profile, '
                "allow it, and copy the token.",
            ),
            MY_APPS,
            _OPEN_MY_APPS,
        ),
    ),
}

# What the owner types on the paste page: (name label, example, hint, token label).
PASTE: dict[str, tuple[str, str, str, str]] = {
    "facebook": (
        QT_TRANSLATE_NOOP("MetaWizard", "Page ID"),
        "1234567890",
        QT_TRANSLATE_NOOP(
            "MetaWizard",
            "Your Page ID is a number: on your Page, open About > Page transparency.",
        ),
        QT_TRANSLATE_NOOP("MetaWizard", "Token"),
    ),
    "instagram": (
        QT_TRANSLATE_NOOP("MetaWizard", "Instagram username"),
        "yourshop",
        QT_TRANSLATE_NOOP(
            "MetaWizard",
            "Leave the token empty to skip the setup: SMM Desk then only reminds you to post.",
        ),
        QT_TRANSLATE_NOOP("MetaWizard", "Token (optional)"),
    ),
    "threads": (
        QT_TRANSLATE_NOOP("MetaWizard", "Threads username"),
        "yourshop",
        "",
        QT_TRANSLATE_NOOP("MetaWizard", "Token"),
    ),
}

# What SMM Desk does once connected (shown under "Connected as ...").
AFTER: dict[str, str] = {
    "facebook": QT_TRANSLATE_NOOP(
        "MetaWizard",
        "From now on SMM Desk posts your Facebook posts at the planned time by itself: text, "
        "links and up to 10 photos.",
    ),
    "instagram": QT_TRANSLATE_NOOP(
        "MetaWizard",
        "SMM Desk keeps the token and checks the account with it. Instagram fetches photos from "
        "a web address, so until photo hosting is set up your Instagram posts stay assisted: "
        "SMM Desk prepares each one and reminds you to post it.",
    ),
    "threads": QT_TRANSLATE_NOOP(
        "MetaWizard",
        "From now on SMM Desk posts your Threads posts at the planned time by itself (text up "
        "to 500 characters). Threads fetches photos from a web address, so a post with photos "
        "stays assisted: SMM Desk reminds you to post it.",
    ),
}
AFTER_NO_TOKEN = QT_TRANSLATE_NOOP(
    "MetaWizard",
    "SMM Desk prepares your Instagram posts and reminds you when they are due. Run this setup "
    "again (Reconnect) when you want SMM Desk to check the account too.",
)


class StepPage(QWizardPage):
    """One instruction: a paragraph, a button that opens the page it is about, names to copy."""

    def __init__(self, wizard: MetaWizard, step: Step, number: int, total: int) -> None:
        super().__init__()
        self.step = step
        self.setTitle(arg(self.tr("Step %1 of %2: %3"), number, total, _tr(step.title)))
        layout = QVBoxLayout(self)
        text = _tr(step.text)
        if step.lead:
            text = _tr(step.lead) + "\n\n" + text
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self.copy_buttons: dict[str, QPushButton] = {}
        if step.copy:
            mono = QFont("monospace")
            mono.setStyleHint(QFont.StyleHint.Monospace)
            grid = QGridLayout()
            grid.setColumnStretch(2, 1)
            for i, name in enumerate(step.copy):
                # a permission's name is Meta's word, typed as is in every language
                label = QLabel(name)
                label.setFont(mono)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                button = QPushButton(self.tr("Copy"))
                button.setToolTip(arg(self.tr("Copy %1"), name))
                button.clicked.connect(lambda _c=False, n=name: self._copy(n))
                grid.addWidget(label, i, 0)
                grid.addWidget(button, i, 1)
                self.copy_buttons[name] = button
            layout.addLayout(grid)
        self.open_button: QPushButton | None = None
        if step.url:
            row = QHBoxLayout()
            self.open_button = QPushButton(_tr(step.url_label))
            self.open_button.clicked.connect(lambda: wizard.open_url(QUrl(step.url)))
            row.addWidget(self.open_button)
            row.addStretch(1)
            layout.addSpacing(8)
            layout.addLayout(row)
        self.copied = QLabel()
        layout.addWidget(self.copied)
        layout.addStretch(1)

    def _copy(self, name: str) -> None:
        QGuiApplication.clipboard().setText(name)
        self.copied.setText(arg(self.tr("Copied: %1"), name))


class PastePage(QWizardPage):
    """The name (Page ID or username) and the token, pasted from Meta's site."""

    def __init__(self, wizard: MetaWizard) -> None:
        super().__init__()
        platform = wizard.platform
        name_label, example, hint, token_label = PASTE[platform]
        self.optional_token = platform == "instagram"
        self.setTitle(self.tr("Paste the token here"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "SMM Desk keeps the token in your computer's password store, never in its data "
                "file. The next page checks it with the platform."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.handle = QLineEdit()
        self.handle.setPlaceholderText(example)
        self.handle.setObjectName("wizardHandle")
        form.addRow(_tr(name_label), self.handle)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setObjectName("wizardToken")
        self.token.setPlaceholderText(self.tr("Paste the token"))
        form.addRow(_tr(token_label), self.token)
        layout.addLayout(form)
        if hint:
            note = QLabel(_tr(hint))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addStretch(1)
        if wizard.account is not None:
            self.handle.setText(wizard.account.handle)
            self.handle.setReadOnly(True)
        for field in (self.handle, self.token):
            field.textChanged.connect(lambda _t: self.completeChanged.emit())

    def initializePage(self) -> None:  # noqa: N802  (Qt's name)
        (self.token if self.handle.text() else self.handle).setFocus()

    def isComplete(self) -> bool:  # noqa: N802  (Qt's name)
        if not self.handle.text().strip():
            return False
        return self.optional_token or bool(self.token.text().strip())


class CheckPage(QWizardPage):
    """Asks the platform whether the token works (on a worker) and says what happens next."""

    def __init__(self, wizard: MetaWizard) -> None:
        super().__init__()
        self.meta = wizard
        self.setTitle(self.tr("Checking the connection"))
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("wizardStatus")
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        layout.addWidget(self.status)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("wizardError")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        self.after = QLabel()
        self.after.setWordWrap(True)
        self.after.setObjectName("wizardAfter")
        self.after.hide()
        layout.addWidget(self.after)
        layout.addStretch(1)
        self.busy = False
        #: The values the account was connected with; a second visit with the same values
        #: shows the result again instead of connecting twice.
        self._connected_with: tuple[str, str] | None = None

    def initializePage(self) -> None:  # noqa: N802  (Qt's name)
        paste = self.meta.paste
        handle, token = paste.handle.text().strip(), paste.token.text().strip()
        if self.meta.result_info is not None and self._connected_with == (handle, token):
            self._show_connected(self.meta.result_info, bool(token))
            return
        self.error.hide()
        self.after.hide()
        name = PLATFORMS[self.meta.platform].name
        self.status.setText(
            arg(self.tr("Asking %1 whether the token works…"), name)
            if token
            else self.tr("Adding the account…")
        )
        self.busy = True
        self.completeChanged.emit()
        meta = self.meta

        def done(info: AccountInfo) -> None:
            if not shiboken6.isValid(self):  # closed while the platform answered
                return
            self.busy = False
            meta.result_info = info
            self._connected_with = (handle, token)
            self._show_connected(info, bool(token))

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.busy = False
            self.status.setText(self.tr("Not connected yet"))
            self.error.setText(meta.plain_error(exc))
            self.error.show()
            self.completeChanged.emit()

        meta.ctx.tasks.run(lambda: meta.connect_account(handle, token), done, failed)

    def _show_connected(self, info: AccountInfo, with_token: bool) -> None:
        if with_token:
            self.status.setText(arg(self.tr("Connected as %1"), info.display_name or info.handle))
            self.after.setText(_tr(AFTER[self.meta.platform]))
        else:
            self.status.setText(arg(self.tr("%1 added"), info.handle))
            self.after.setText(_tr(AFTER_NO_TOKEN))
        self.after.show()
        self.error.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802  (Qt's name)
        return not self.busy and self.meta.result_info is not None


class MetaWizard(QWizard):
    """The guided setup of one Meta platform; ``result_info`` is the account once connected.

    ``server`` points the connector at another address (tests: the local fake Graph API), as
    the connect dialog's server field (and the CLI's ``--server``) does. Given ``account``, the
    wizard reconnects it with the new token instead of adding one.
    """

    #: Opens a web address in the browser (tests record it instead).
    open_url: Callable[[QUrl], bool] = staticmethod(QDesktopServices.openUrl)

    def __init__(
        self,
        ctx: AppContext,
        service: AccountService,
        platform: str,
        server: str | None = None,
        account: AccountInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if platform not in META_PLATFORMS:
            raise ValueError(f"no guided setup for {platform}")
        self.ctx = ctx
        self.service = service
        self.platform = platform
        self.server = server
        self.account = account
        self.result_info: AccountInfo | None = None
        name = PLATFORMS[platform].name
        self.setWindowTitle(arg(self.tr("Set up %1"), name))
        self.setWindowIcon(platform_icon(platform))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Our own words on the buttons: they are translated with the rest of SMM Desk.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Done"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setMinimumSize(560, 420)
        steps = STEPS[platform]
        total = len(steps) + 2
        self.step_pages = [StepPage(self, step, i + 1, total) for i, step in enumerate(steps)]
        for page in self.step_pages:
            self.addPage(page)
        self.paste = PastePage(self)
        self.paste.setTitle(arg(self.tr("Step %1 of %2: %3"), total - 1, total, self.paste.title()))
        self.addPage(self.paste)
        self.check = CheckPage(self)
        self.check.setTitle(arg(self.tr("Step %1 of %2: %3"), total, total, self.check.title()))
        self.addPage(self.check)

    def connect_account(self, handle: str, token: str) -> AccountInfo:
        """Connect (or reconnect) the account; runs on a worker thread.

        Once connected here, a new token (the owner went Back and pasted another) reconnects
        the same account instead of adding it twice.
        """
        known = self.account or self.result_info
        if known is not None:
            if not token:
                raise AccountError("Paste the token first.")
            return self.service.reconnect(known.id, token)
        return self.service.add(self.platform, handle, token or None, server=self.server)

    def plain_error(self, exc: BaseException) -> str:
        from smmdesk_gui.connectors.base import ConnectorError, ErrorKind
        from smmdesk_gui.credentials import CredentialError

        # The service words a refused token for an account already connected ("the saved
        # token ... reconnect"); here nothing is saved yet. Its ConnectorError stays the
        # exception's context (``raise ... from None`` only hides it from tracebacks).
        cause = exc.__context__
        if (
            isinstance(exc, AccountError)
            and isinstance(cause, ConnectorError)
            and cause.kind is ErrorKind.AUTH_EXPIRED
        ):
            return arg(
                self.tr(
                    "%1 did not accept this token. Click Back and paste it again (all of it); "
                    "if it still fails, make a new token as the steps explain."
                ),
                PLATFORMS[self.platform].name,
            )
        if isinstance(exc, AccountError | CredentialError):
            return arg(
                self.tr("%1\n\nClick Back to change the token, or follow the steps again."),
                error_words(exc),
            )
        return arg(
            self.tr("Connecting failed unexpectedly (%1). Try again; details are in the log."),
            type(exc).__name__,
        )
