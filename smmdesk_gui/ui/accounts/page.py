"""The Accounts screen: the connected accounts, and connect / test / reconnect / remove."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
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

from smmdesk_gui.services.accounts import AccountInfo
from smmdesk_gui.ui.accounts.model import (
    COL_ACCOUNT,
    COL_CHECKED,
    COL_PLATFORM,
    COL_STATE,
    AccountsModel,
)
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.empty_state import EmptyState
from smmdesk_gui.ui.icons import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountsPage", text)


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
        # Instagram and Threads fetch photos from the owner's bucket (Settings > Photo hosting).
        self.hosting_button = QPushButton(icon("fa6s.image"), self.tr("Photo hosting…"))
        self.hosting_button.setObjectName("photoHosting")
        self.hosting_button.clicked.connect(self.open_photo_hosting)
        for b in (self.test_button, self.reconnect_button, self.remove_button, self.hosting_button):
            row.addWidget(b)
        row.addStretch(1)
        lv.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("accountsMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lv.addWidget(self.message)
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
            if a.state_message:
                self.say(a.state_message)
            if reconnect and not a.assisted:
                self.open_connect(a)

        self.reload(select_id=account_id, then=then)

    def reload(self, select_id: int | None = None, then: Callable[[], None] | None = None) -> None:
        from smmdesk_gui.services.workspace import workspace_zone

        service, store = self.service, self.ctx.store

        def job() -> tuple[list, dt.tzinfo]:
            return service.list_accounts(), workspace_zone(store)

        def done(result: tuple[list, dt.tzinfo]) -> None:
            rows, tz = result
            self.model.set_accounts(rows, tz)
            self.stack.setCurrentIndex(1 if rows else 0)
            if select_id is not None:
                for i, a in enumerate(rows):
                    if a.id == select_id:
                        self.table.selectRow(i)
            self._update_buttons()
            if then is not None:
                then()

        self.ctx.tasks.run(job, done, self._show_error)

    def selected(self):  # type: ignore[no-untyped-def]
        rows = self.table.selectionModel().selectedRows()
        return self.model.account(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        a = self.selected()
        if self._confirm_remove is not None and (a is None or a.id != self._confirm_remove):
            self._confirm_remove = None
            self.remove_button.setText(self.tr("Remove"))
        self.test_button.setEnabled(a is not None and not a.assisted)
        self.reconnect_button.setEnabled(a is not None and not a.assisted)
        self.remove_button.setEnabled(a is not None)
        self.hosting_button.setVisible(a is not None and a.platform in ("instagram", "threads"))

    def open_photo_hosting(self) -> None:
        from smmdesk_gui.ui.settings.photo_hosting import PhotoHostingDialog

        PhotoHostingDialog(self.ctx, self).exec()
        self.reload(select_id=a.id if (a := self.selected()) is not None else None)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def _show_error(self, exc: BaseException) -> None:
        from smmdesk_gui.credentials import CredentialError
        from smmdesk_gui.services.accounts import AccountError

        if isinstance(exc, AccountError | CredentialError):
            self.say(str(exc))
        else:
            self.say(
                self.tr("Something went wrong ({name}). Try again; details are in the log.").format(
                    name=type(exc).__name__
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
                self.tr("{handle} added. SMM Desk will remind you when its posts are due.").format(
                    handle=info.handle
                )
            )
        else:
            self.say(self.tr("{handle} is connected and works.").format(handle=info.handle))
        self.reload(select_id=info.id)
        # the status bar and the Plan (its account filter, its welcome) follow at once
        self.ctx.navigator.announce_plan_changed()

    def reconnect_selected(self) -> None:
        a = self.selected()
        if a is not None:
            self.open_connect(a)

    def test_selected(self) -> None:
        a = self.selected()
        if a is None or a.assisted:
            return
        self.say(self.tr("Testing {handle}…").format(handle=a.handle))
        self.test_button.setEnabled(False)
        service = self.service

        def done(info) -> None:  # type: ignore[no-untyped-def]
            if info.state == "ok":
                self.say(self.tr("{handle} works.").format(handle=info.handle))
            else:
                self.say(info.state_message)
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
                self.tr(
                    "Remove {handle}? Its saved login is deleted; posts already sent stay in your "
                    'plan. Click "Yes, remove" to go ahead.'
                ).format(handle=a.handle)
            )
            return
        self._confirm_remove = None
        self.remove_button.setText(self.tr("Remove"))
        service = self.service

        def done(message: str) -> None:
            self.say(message)
            self.reload()
            self.ctx.navigator.announce_plan_changed()

        self.ctx.tasks.run(lambda: service.remove(a.id), done, self._show_error)
