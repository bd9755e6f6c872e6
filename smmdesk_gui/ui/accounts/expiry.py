"""The status bar's "reconnect soon": a login that stops working within a week, and its date.

Hidden while every login is fine. A click opens the account's reconnect dialog on the Accounts
screen (through the navigator). The query runs through ``ctx.tasks``, never on the GUI thread.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton, QWidget

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.formatting import format_date
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import icon


class ReconnectSoonButton(QPushButton):
    """ "Reconnect Threads (corner.bakery) by 12 March": shown only when a login expires soon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconnectSoon")
        self.setFlat(True)
        self.setIcon(icon("fa6s.clock", "#b26a00"))
        self.account_id: int | None = None
        self.ctx: AppContext | None = None
        self.clicked.connect(lambda: self.open_account())
        self.hide()

    def refresh(self, ctx: AppContext) -> None:
        """Look again (off the GUI thread) for logins that stop working soon."""
        from smmdesk_gui.services.tokens import expiring_tokens
        from smmdesk_gui.services.workspace import workspace_zone

        self.ctx = ctx
        store = ctx.store

        def job() -> tuple[list, dt.tzinfo]:
            return expiring_tokens(store, dt.datetime.now(dt.UTC)), workspace_zone(store)

        ctx.tasks.run(job, self.show_expiring, lambda _exc: None)

    def show_expiring(self, result: tuple[list, dt.tzinfo]) -> None:
        """Show the soonest of ``ExpiringToken``s (or hide when there is none)."""
        found, tz = result
        if not found:
            self.account_id = None
            self.hide()
            return
        first = found[0]
        self.account_id = first.account_id
        name = PLATFORMS[first.platform].name if first.platform in PLATFORMS else first.platform
        day = format_date(first.expires_at.astimezone(tz).date())
        if first.expired:
            self.setText(arg(self.tr("Reconnect %1 (%2): its login expired"), name, first.handle))
        else:
            self.setText(arg(self.tr("Reconnect %1 (%2) by %3"), name, first.handle, day))
        tip = self.tr("SMM Desk could not renew this login by itself. Click to reconnect it.")
        if len(found) > 1:
            tip += " " + self.tr("%n more account(s) need the same.", "", len(found) - 1)
        self.setToolTip(tip)
        self.show()

    def open_account(self) -> None:
        """The Accounts screen with the reconnect dialog of the login that expires first."""
        if self.ctx is not None and self.account_id is not None:
            self.ctx.navigator.show_account(self.account_id, reconnect=True)
