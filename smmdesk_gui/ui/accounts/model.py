"""The accounts as a table model: platform, account, status, last checked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.services.accounts import AccountInfo
from smmdesk_gui.services.tokens import expires_soon
from smmdesk_gui.ui.formatting import format_date, format_datetime
from smmdesk_gui.ui.i18n import arg, bidi
from smmdesk_gui.ui.icons import icon, platform_icon
from smmdesk_gui.ui.problem_words import worded

COL_PLATFORM, COL_ACCOUNT, COL_STATE, COL_CHECKED = range(4)
Index = QModelIndex | QPersistentModelIndex


class AccountsModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AccountsModel", "Platform"),
        QT_TRANSLATE_NOOP("AccountsModel", "Account"),
        QT_TRANSLATE_NOOP("AccountsModel", "Status"),
        QT_TRANSLATE_NOOP("AccountsModel", "Last checked"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AccountInfo] = []
        self.tz: dt.tzinfo = dt.UTC
        self.now = dt.datetime.now(dt.UTC)

    def set_accounts(
        self, rows: list[AccountInfo], tz: dt.tzinfo, now: dt.datetime | None = None
    ) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.tz = tz
        self.now = now or dt.datetime.now(dt.UTC)
        self.endResetModel()

    def expiring(self, a: AccountInfo) -> bool:
        """Its login stops working within a week and SMM Desk could not renew it."""
        return a.state == "ok" and expires_soon(a.token_expires_at, self.now)

    def account(self, row: int) -> AccountInfo | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("AccountsModel", str(self.HEADERS[section]))
        return None

    def state_text(self, a: AccountInfo) -> str:
        if a.state == "needs_reconnect":
            return self.tr("Needs reconnecting")
        if a.state == "disabled":
            return self.tr("Disconnected")
        if self.expiring(a) and a.token_expires_at is not None:
            day = format_date(a.token_expires_at.astimezone(self.tz).date())
            return arg(self.tr("Reconnect by %1"), day)
        if a.assisted:
            return self.tr("Reminders (you post)")
        return self.tr("Connected")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        a = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_PLATFORM:
                return PLATFORMS[a.platform].name if a.platform in PLATFORMS else a.platform
            if col == COL_ACCOUNT:
                # name and handle each in its own direction: "@shop" keeps its "@" in front
                if a.display_name and a.display_name != a.handle:
                    return f"{bidi(a.display_name)} ({bidi(a.handle)})"
                return bidi(a.handle)
            if col == COL_STATE:
                return self.state_text(a)
            if col == COL_CHECKED:
                return format_datetime(a.last_checked_at, self.tz) if a.last_checked_at else "—"
        if role == Qt.ItemDataRole.DecorationRole:
            if col == COL_PLATFORM:
                return platform_icon(a.platform)
            if col == COL_STATE:
                if self.expiring(a):
                    return icon("fa6s.clock", "#b26a00")
                if a.state == "ok":
                    return icon("fa6s.circle-check", "#2e7d32")
                return icon("fa6s.triangle-exclamation", "#c62828")
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATE and a.state_message:
            return worded(a.state_problem, a.state_message)
        return None
