"""The Accounts screen: the connected accounts, and connect / test / reconnect / remove."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.services.accounts import AccountInfo, AccountService
from smmdesk_gui.ui.accounts.model import (
    COL_ACCOUNT,
    COL_CHECKED,
    COL_PLATFORM,
    COL_STATE,
    AccountsModel,
)
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.empty_state import EmptyState
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import icon
from smmdesk_gui.ui.problem_words import worded, words


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountsPage", text)


def _vk_with_user_token(service: AccountService, rows: list[AccountInfo]) -> set[int]:
    """The VK accounts whose user token is kept (a keyring read each: run on a worker)."""
    from smmdesk_gui.credentials import CredentialError

    found = set()
    for a in rows:
        if a.platform != "vk" or a.assisted:
            continue
        try:
            if service.has_user_token(a.id):
                found.add(a.id)
        except CredentialError:
            # a locked keyring: offering "Allow photos" again does no harm
            continue
    return found


class AccountsPage(QWidget):
    """Connect, test, reconnect and remove accounts. Network work runs via ``ctx.tasks``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from smmdesk_gui.services.accounts import AccountService

        self.ctx = ctx
        self.service = AccountService(ctx.store)
        self.model = AccountsModel(self)
        self.dialog: QWidget | None = None
        self._confirm_remove: int | None = None

        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel(self.tr("Accounts"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        header.addWidget(title)
        header.addStretch(1)
        self.connect_button = QPushButton(icon("fa6s.plus"), self.tr("Connect an account"))
        # a lambda, not the method: clicked(bool) would arrive as its ``account`` (issue 12)
        self.connect_button.clicked.connect(lambda: self.open_connect())
        header.addWidget(self.connect_button)
        outer.addLayout(header)

        self.stack = QStackedWidget()
        self.empty = EmptyState(
            "fa6s.user-group",
            self.tr("Connect an account"),
            self.tr(
                "Connect Bluesky, Mastodon or Telegram and SMM Desk posts for you at the planned "
                "time. Add Instagram and the others to get a reminder with everything ready."
            ),
            self.tr("Connect an account"),
            lambda: self.open_connect(),
        )
        self.stack.addWidget(self.empty)
        listing = QWidget()
        lv = QVBoxLayout(listing)
        lv.setContentsMargins(0, 0, 0, 0)
        # "Reconnect soon": a login that stops working within a week (or stopped), with the
        # date and the way out; hidden while every login is fine.
        self.expiry_box = QWidget()
        self.expiry_box.setObjectName("reconnectSoon")
        eb = QHBoxLayout(self.expiry_box)
        eb.setContentsMargins(0, 0, 0, 4)
        self.expiry_icon = QLabel()
        self.expiry_icon.setPixmap(icon("fa6s.clock", "#b26a00").pixmap(20, 20))
        eb.addWidget(self.expiry_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.expiry_text = QLabel()
        self.expiry_text.setWordWrap(True)
        eb.addWidget(self.expiry_text, 1)
        self.expiry_button = QPushButton(icon("fa6s.key"), self.tr("Reconnect…"))
        self.expiry_button.clicked.connect(lambda: self.reconnect_expiring())
        eb.addWidget(self.expiry_button, 0, Qt.AlignmentFlag.AlignTop)
        self.expiry_box.hide()
        self.expiring_account: AccountInfo | None = None
        lv.addWidget(self.expiry_box)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_ACCOUNT, QHeaderView.ResizeMode.Stretch
        )
        for col in (COL_PLATFORM, COL_STATE, COL_CHECKED):
            self.table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.test_selected())
        lv.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.test_button = QPushButton(icon("fa6s.plug-circle-check"), self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_selected)
        self.reconnect_button = QPushButton(icon("fa6s.key"), self.tr("Reconnect…"))
        self.reconnect_button.clicked.connect(self.reconnect_selected)
        self.remove_button = QPushButton(icon("fa6s.trash-can"), self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        # VK: shown for a community without a user token (its posts with photos are assisted)
        self.photos_button = QPushButton(icon("fa6s.image"), self.tr("Allow photos…"))
        self.photos_button.setToolTip(
            self.tr("Add a user token so SMM Desk can post VK posts with photos by itself")
        )
        self.photos_button.clicked.connect(lambda: self.allow_photos())
        #: VK accounts whose user token is in the keyring (read with the list, off the GUI thread)
        self._vk_photos: set[int] = set()
        # Instagram and Threads fetch photos from the owner's bucket (Settings > Photo hosting).
        self.hosting_button = QPushButton(icon("fa6s.image"), self.tr("Photo hosting…"))
        self.hosting_button.setObjectName("photoHosting")
        self.hosting_button.clicked.connect(lambda: self.open_photo_hosting())
        for b in (
            self.test_button,
            self.reconnect_button,
            self.photos_button,
            self.hosting_button,
            self.remove_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        lv.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("accountsMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lv.addWidget(self.message)
        # SMM Desk's English sentence, with the platform's own words, as the platform wrote
        # them: behind "Details" when the message above is worded in the owner's language
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setVisible(False)
        details_row = QHBoxLayout()
        details_row.addWidget(self.details_button)
        details_row.addStretch(1)
        lv.addLayout(details_row)
        self.details = QLabel()
        self.details.setObjectName("accountsDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)
        self.details_button.toggled.connect(self.details.setVisible)
        lv.addWidget(self.details)
        self.stack.addWidget(listing)
        outer.addWidget(self.stack, 1)
        self._update_buttons()
        self.reload()

    # -- data ---------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.reload()

    def focus_account(self, account_id: int, *, reconnect: bool = False) -> None:
        """Select an account (a notice was clicked); optionally open its reconnect dialog."""

        def then() -> None:
            a = self.selected()
            if a is None or a.id != account_id:
                return
            if a.state_message or a.state_problem is not None:
                self.say_problem(a.state_problem, a.state_message)
            if reconnect and not a.assisted:
                self.open_connect(a)

        self.reload(select_id=account_id, then=then)

    def reload(self, select_id: int | None = None, then: Callable[[], None] | None = None) -> None:
        from smmdesk_gui.services.workspace import workspace_zone

        service, store = self.service, self.ctx.store

        def job() -> tuple[list, dt.tzinfo, set[int]]:
            rows = service.list_accounts()
            return rows, workspace_zone(store), _vk_with_user_token(service, rows)

        def done(result: tuple[list, dt.tzinfo, set[int]]) -> None:
            rows, tz, vk_photos = result
            self._vk_photos = vk_photos
            self.model.set_accounts(rows, tz)
            self.stack.setCurrentIndex(1 if rows else 0)
            self._show_expiring(rows, tz)
            if select_id is not None:
                for i, a in enumerate(rows):
                    if a.id == select_id:
                        self._select_row(i)
            self._update_buttons()
            if then is not None:
                then()

        self.ctx.tasks.run(job, done, self._show_error)

    def _select_row(self, row: int) -> None:
        # not QTableView.selectRow: right to left it looks for the row's first column at the
        # viewport's edge, finds none, and selects nothing (fa, ar)
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)

    def selected(self):  # type: ignore[no-untyped-def]
        rows = self.table.selectionModel().selectedRows()
        return self.model.account(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        a = self.selected()
        if self._confirm_remove is not None and (a is None or a.id != self._confirm_remove):
            self._confirm_remove = None
            self.remove_button.setText(self.tr("Remove"))
        self.test_button.setEnabled(a is not None and not a.assisted)
        # Instagram is assisted but keeps a token that expires: it can be reconnected.
        self.reconnect_button.setEnabled(
            a is not None and (not a.assisted or a.token_expires_at is not None)
        )
        self.remove_button.setEnabled(a is not None)
        self.photos_button.setVisible(
            a is not None and a.platform == "vk" and not a.assisted and a.id not in self._vk_photos
        )
        self.hosting_button.setVisible(a is not None and a.platform in ("instagram", "threads"))

    def open_photo_hosting(self) -> None:
        from smmdesk_gui.ui.settings.photo_hosting import PhotoHostingDialog

        PhotoHostingDialog(self.ctx, self).exec()
        self.reload(select_id=a.id if (a := self.selected()) is not None else None)

    def _show_expiring(self, rows: list[AccountInfo], tz: dt.tzinfo) -> None:
        """The banner: the login that stops working first, its date, and Reconnect."""
        from smmdesk_gui.domain.platforms import PLATFORMS
        from smmdesk_gui.services.tokens import expires_soon
        from smmdesk_gui.ui.formatting import format_date
        from smmdesk_gui.ui.i18n import arg

        now = self.model.now
        soon = sorted(
            (a for a in rows if a.state != "disabled" and expires_soon(a.token_expires_at, now)),
            key=lambda a: (a.token_expires_at, a.id),
        )
        self.expiring_account = soon[0] if soon else None
        if not soon or soon[0].token_expires_at is None:
            self.expiry_box.hide()
            return
        first = soon[0]
        assert first.token_expires_at is not None
        name = PLATFORMS[first.platform].name if first.platform in PLATFORMS else first.platform
        day = format_date(first.token_expires_at.astimezone(tz).date(), long=True)
        if first.token_expires_at <= now:
            text = arg(
                self.tr(
                    "The %1 login of %2 stopped working on %3. Reconnect it: its posts wait "
                    "until you do."
                ),
                name,
                first.handle,
                day,
            )
        else:
            text = arg(
                self.tr(
                    "The %1 login of %2 stops working on %3 and SMM Desk could not renew it by "
                    "itself. Reconnect it before then, or its posts will wait."
                ),
                name,
                first.handle,
                day,
            )
        if len(soon) > 1:
            text += " " + self.tr("%n more account(s) need the same.", "", len(soon) - 1)
        self.expiry_text.setText(text)
        self.expiry_box.show()

    def reconnect_expiring(self) -> None:
        """The banner's Reconnect: the reconnect dialog of the login that expires first."""
        if self.expiring_account is not None:
            self.open_connect(self.expiring_account)

    def say(self, text: str, details: str = "") -> None:
        """Show ``text``; ``details`` (when it says more) behind the "Details" button."""
        self.message.setText(text)
        more = bool(details) and details != text
        self.details.setText(details if more else "")
        self.details_button.setChecked(False)
        self.details_button.setVisible(more)
        self.details.setVisible(False)

    def say_problem(self, problem: Problem | None, english: str) -> None:
        """A service's message: worded in the owner's language, its English behind Details."""
        self.say(worded(problem, english), english)

    def _show_error(self, exc: BaseException) -> None:
        from smmdesk_gui.credentials import CredentialError
        from smmdesk_gui.services.accounts import AccountError

        if isinstance(exc, AccountError):
            self.say_problem(exc.problem, str(exc))
        elif isinstance(exc, CredentialError):
            self.say_problem(Problem("keyring_failed", reason=str(exc)), str(exc))
        else:
            self.say(
                arg(
                    self.tr("Something went wrong (%1). Try again; details are in the log."),
                    type(exc).__name__,
                )
            )

    # -- actions ------------------------------------------------------------------------------

    def open_connect(self, account: AccountInfo | None = None) -> None:
        """The connect dialog, or the reconnect dialog of ``account``.

        Never connect a signal with arguments (``clicked(bool)``) straight to this method: the
        argument would arrive as ``account``.
        """
        from smmdesk_gui.ui.accounts.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.ctx, self.service, account, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._connected(dialog))
        self.dialog = dialog
        dialog.open()

    def _connected(self, dialog) -> None:  # type: ignore[no-untyped-def]
        info = dialog.result_info
        if info is None:
            return
        if info.assisted:
            self.say(
                arg(
                    self.tr("%1 added. SMM Desk will remind you when its posts are due."),
                    info.handle,
                )
            )
        else:
            self.say(arg(self.tr("%1 is connected and works."), info.handle))
        self.reload(select_id=info.id)
        # the status bar and the Plan (its account filter, its welcome) follow at once
        self.ctx.navigator.announce_plan_changed()

    def allow_photos(self) -> None:
        """VK: ask for an administrator's user token, so posts with photos go out by themselves."""
        from smmdesk_gui.ui.accounts.vk_photos import AllowPhotosDialog

        a = self.selected()
        if a is None or a.platform != "vk":
            return
        dialog = AllowPhotosDialog(self.ctx, self.service, a, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._photos_allowed(a, dialog.token_owner or ""))
        self.dialog = dialog
        dialog.open()

    def _photos_allowed(self, account: AccountInfo, owner: str) -> None:
        self.say(
            arg(
                self.tr(
                    "Photos allowed for %1 (with the token of %2): SMM Desk now posts its VK "
                    "posts with photos by itself."
                ),
                account.handle,
                owner,
            )
        )
        self.reload(select_id=account.id)

    def reconnect_selected(self) -> None:
        a = self.selected()
        if a is not None:
            self.open_connect(a)

    def test_selected(self) -> None:
        a = self.selected()
        if a is None or a.assisted:
            return
        self.say(arg(self.tr("Testing %1…"), a.handle))
        self.test_button.setEnabled(False)
        service = self.service

        def done(info) -> None:  # type: ignore[no-untyped-def]
            if info.state == "ok":
                self.say(arg(self.tr("%1 works."), info.handle))
            else:
                self.say_problem(info.state_problem, info.state_message)
            self.reload(select_id=info.id)

        def failed(exc: BaseException) -> None:
            self._show_error(exc)
            self._update_buttons()

        self.ctx.tasks.run(lambda: service.check(a.id), done, failed)

    def remove_selected(self) -> None:
        a = self.selected()
        if a is None:
            return
        if self._confirm_remove != a.id:  # removing deletes the saved login: ask once more
            self._confirm_remove = a.id
            self.remove_button.setText(self.tr("Yes, remove"))
            self.say(
                arg(
                    self.tr(
                        "Remove %1? Its saved login is deleted; posts already sent stay in your "
                        'plan. Click "Yes, remove" to go ahead.'
                    ),
                    a.handle,
                )
            )
            return
        self._confirm_remove = None
        self.remove_button.setText(self.tr("Remove"))
        service = self.service

        def done(removed: Problem) -> None:
            self.say(words(removed))
            self.reload()
            self.ctx.navigator.announce_plan_changed()

        self.ctx.tasks.run(lambda: service.remove(a.id), done, self._show_error)
