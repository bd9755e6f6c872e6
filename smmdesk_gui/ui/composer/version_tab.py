"""One account's version of the post (follows the main text, or has its own words), and the
tab widget that holds the main text and one such tab per chosen account."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.domain.links import apply_utm, find_urls
from smmdesk_gui.services.compose.checks import AccountInfo
from smmdesk_gui.ui.composer.panels import qdatetime_to_utc, wall_time
from smmdesk_gui.ui.composer.widgets import PostEditor, setup_date_time_edit
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import icon, platform_icon


class VersionTab(QWidget):
    """The tab of one account: a banner (following / own version), the editor, links and time."""

    changed = Signal()

    def __init__(self, account: AccountInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self._master = ""
        self.own = False
        layout = QVBoxLayout(self)
        banner = QHBoxLayout()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        banner.addWidget(self.banner, 1)
        self.toggle = QPushButton()
        self.toggle.clicked.connect(self._toggle)
        banner.addWidget(self.toggle)
        layout.addLayout(banner)
        self.editor = PostEditor(self)
        self.editor.setObjectName(f"editor-{account.id}")
        self.editor.textChanged.connect(self._edited)
        layout.addWidget(self.editor, 1)

        links = QHBoxLayout()
        self.campaign = QLineEdit(self)
        self.campaign.setPlaceholderText(self.tr("Campaign name, e.g. spring sale"))
        self.utm = QPushButton(icon("fa6s.link"), self.tr("Add tracking to links"))
        self.utm.setToolTip(
            arg(
                self.tr(
                    "Adds utm_source=%1, utm_medium=social and utm_campaign to every link in "
                    "this version, so your website statistics show where visitors came from."
                ),
                account.platform,
            )
        )
        self.utm.clicked.connect(self.add_utm)
        links.addWidget(self.campaign, 1)
        links.addWidget(self.utm)
        layout.addLayout(links)

        timing = QHBoxLayout()
        self.own_time = QCheckBox(self.tr("Different time for this account"))
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        setup_date_time_edit(self.when)
        self.when.setEnabled(False)
        self.own_time.toggled.connect(self.when.setEnabled)
        self.own_time.toggled.connect(lambda _on: self.changed.emit())
        self.when.dateTimeChanged.connect(lambda _v: self.changed.emit())
        timing.addWidget(self.own_time)
        timing.addWidget(self.when, 1)
        layout.addLayout(timing)
        self._show_state()

    # --- state ------------------------------------------------------------------------------
    def override(self) -> str | None:
        return self.editor.toPlainText() if self.own else None

    def text(self) -> str:
        return self.editor.toPlainText() if self.own else self._master

    def set_override(self, text: str | None) -> None:
        self.own = text is not None
        self._set_text(text if text is not None else self._master)
        self._show_state()

    def set_own_time(self, at: dt.datetime | None, tz: ZoneInfo) -> None:
        """Show the account's own time (None: it goes with the post), without a change signal."""
        self.own_time.blockSignals(True)
        self.own_time.setChecked(at is not None)
        self.when.setEnabled(at is not None)
        self.own_time.blockSignals(False)
        if at is not None:
            self.when.blockSignals(True)
            self.when.setDateTime(wall_time(at, tz))
            self.when.blockSignals(False)

    def own_instant(self, tz: ZoneInfo) -> dt.datetime | None:
        """The account's own time in UTC, or None when it goes with the post."""
        return qdatetime_to_utc(self.when.dateTime(), tz) if self.own_time.isChecked() else None

    def set_master(self, text: str) -> None:
        """The main text changed: a following version shows it (without touching undo)."""
        self._master = text
        if not self.own and self.editor.toPlainText() != text:
            self._set_text(text)
            self.utm.setEnabled(bool(find_urls(text)))

    def _set_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)

    def _show_state(self) -> None:
        name = self.account.info.name
        if self.own:
            self.banner.setText(arg(self.tr("Own version for %1."), name))
            self.toggle.setText(self.tr("Use the main text again"))
            self.editor.setReadOnly(False)
        else:
            self.banner.setText(
                arg(self.tr("Follows the main text. Change it here to adapt it for %1."), name)
            )
            self.toggle.setText(self.tr("Write a separate version"))
            self.editor.setReadOnly(True)
        self.utm.setEnabled(bool(find_urls(self.text())))

    def _toggle(self) -> None:
        if self.own:
            self.own = False
            self._set_text(self._master)
        else:
            self.own = True
            self.editor.setFocus()
        self._show_state()
        self.changed.emit()

    def _edited(self) -> None:
        if self.own:
            self.utm.setEnabled(bool(find_urls(self.editor.toPlainText())))
            self.changed.emit()

    def add_utm(self) -> None:
        """Tag this version's links; a following version becomes its own to hold them."""
        tagged = apply_utm(self.text(), self.account.platform, self.campaign.text())
        if not self.own:
            self.own = True
            self._show_state()
        cursor = self.editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(tagged)  # one undoable step
        self.changed.emit()


class VersionTabs(QTabWidget):
    """The main text's tab first, then one ``VersionTab`` per chosen account, in account order.

    Args:
        post_time: the post's time as the schedule box shows it now (a new tab starts there,
            and so does ticking "Different time").
        parent: the parent widget.

    Signals:
        version_changed(): an account's own version or own time changed.
        shown_changed(): another tab is in view (not while the tabs are being rebuilt).
    """

    version_changed = Signal()
    shown_changed = Signal()

    def __init__(self, post_time: Callable[[], QDateTime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self._post_time = post_time
        self.by_account: dict[int, VersionTab] = {}
        self._syncing = False
        self.currentChanged.connect(self._current_changed)

    def add_master(self, widget: QWidget, tab_icon: QIcon, title: str) -> None:
        self.addTab(widget, tab_icon, title)

    def sync(
        self,
        accounts: list[AccountInfo],
        overrides: dict[int, str | None],
        master_text: str,
    ) -> None:
        """Show a tab for each of ``accounts`` (in that order), with ``overrides`` as own words.

        Tabs of accounts left out go, with their own words and times.
        """
        wanted = [a.id for a in accounts]
        # Removing a tab before the current one changes the current tab, which recounts: not
        # while the tabs and the selection disagree (an account left out crashed the recount).
        self._syncing = True
        try:
            for aid in list(self.by_account):
                if aid not in wanted:
                    self._remove(aid)
            for position, account in enumerate(accounts, start=1):
                if account.id not in self.by_account:
                    self._add(account, position, master_text)
                self.by_account[account.id].set_override(overrides.get(account.id))
        finally:
            self._syncing = False

    def _add(self, account: AccountInfo, position: int, master_text: str) -> None:
        tab = VersionTab(account)
        tab.set_master(master_text)
        tab.changed.connect(self.version_changed)
        tab.when.setDateTime(self._post_time())
        # ticking "Different time" starts from the post's time as it is now, not as it was
        tab.own_time.toggled.connect(
            lambda on, t=tab: t.when.setDateTime(self._post_time()) if on else None
        )
        self.by_account[account.id] = tab
        self.insertTab(position, tab, platform_icon(account.platform), account.handle)

    def _remove(self, aid: int) -> None:
        tab = self.by_account.pop(aid)
        self.removeTab(self.indexOf(tab))
        tab.deleteLater()

    def _current_changed(self, _index: int) -> None:
        if not self._syncing:
            self.shown_changed.emit()

    def set_master_text(self, text: str) -> None:
        """The main text changed: the tabs that follow it show the new words."""
        for tab in self.by_account.values():
            tab.set_master(text)

    def show_account(self, aid: int) -> None:
        tab = self.by_account.get(aid)
        if tab is not None:
            self.setCurrentWidget(tab)

    def shown_account(self) -> int | None:
        """The account whose tab is in view; None on the main text's tab."""
        widget = self.currentWidget()
        return widget.account.id if isinstance(widget, VersionTab) else None

    def own_editor(self) -> PostEditor | None:
        """The editor in view when it holds an account's own words, else None."""
        widget = self.currentWidget()
        return widget.editor if isinstance(widget, VersionTab) and widget.own else None
