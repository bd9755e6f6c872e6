"""Figures by hand: a post's reach, likes, comments, shares, saves, clicks; and ad spend."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.services.stats.entry import (
    MANUAL_POST_METRICS,
    EntryError,
    add_ad_spend,
    latest_post_figures,
    record_post_figures,
)
from smmdesk_gui.services.stats.kpis import AccountPick, PostFigures
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.formatting import format_datetime
from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP
from smmdesk_gui.ui.problem_words import error_words
from smmdesk_gui.ui.report.labels import Stats, account_text

EMPTY = -1  # a spin box at -1 shows "—": the figure is not known


def _count_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(EMPTY, 2_000_000_000)
    box.setSpecialValueText("—")
    box.setValue(EMPTY)
    box.setGroupSeparatorShown(True)
    return box


FIGURE_LABELS = {
    "reach": QT_TRANSLATE_NOOP("Stats", "Reach"),
    "likes": QT_TRANSLATE_NOOP("Stats", "Likes"),
    "comments": QT_TRANSLATE_NOOP("Stats", "Comments"),
    "shares": QT_TRANSLATE_NOOP("Stats", "Shares"),
    "saves": QT_TRANSLATE_NOOP("Stats", "Saves"),
    "clicks": QT_TRANSLATE_NOOP("Stats", "Link clicks"),
}


class PostFiguresDialog(QDialog):
    """Pick a published post and type in its figures (for platforms SMM Desk cannot read)."""

    saved = Signal()

    def __init__(
        self, ctx: AppContext, posts: Sequence[PostFigures], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(Stats.tr("Enter a post's figures"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            Stats.tr(
                "Copy the figures from the platform's app. Leave a figure at "
                "“—” if the platform does not show it. Earlier figures are kept."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.post = QComboBox()
        from smmdesk_gui.services.workspace import workspace_zone

        ctx_zone = workspace_zone(ctx.store)
        for p in sorted(posts, key=lambda p: p.published_at, reverse=True):
            when = format_datetime(p.published_at, ctx_zone)
            name = PLATFORMS[p.platform].name if p.platform in PLATFORMS else p.platform
            self.post.addItem(f"{when} · {name} · {p.title[:50]}", p.target_id)
        form.addRow(Stats.tr("Post"), self.post)
        self.boxes = {name: _count_box() for name in MANUAL_POST_METRICS}
        for name, box in self.boxes.items():
            form.addRow(Stats.tr(FIGURE_LABELS[name]), box)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #c62828")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.post.currentIndexChanged.connect(self._prefill)
        self._prefill()

    def _prefill(self) -> None:
        target_id = self.post.currentData()
        known = latest_post_figures(self.ctx.store, int(target_id)) if target_id else {}
        self._known = known
        for name, box in self.boxes.items():
            box.setValue(int(known[name]) if name in known else EMPTY)

    def save(self) -> None:
        target_id = self.post.currentData()
        if target_id is None:
            self.reject()
            return
        changed = {
            name: float(box.value())
            for name, box in self.boxes.items()
            if box.value() != EMPTY and self._known.get(name) != float(box.value())
        }
        try:
            if changed:
                record_post_figures(self.ctx.store, int(target_id), changed)
        except EntryError as exc:
            self.error.setText(error_words(exc))
            return
        self.saved.emit()
        self.accept()


class AdSpendDialog(QDialog):
    """Add money spent on ads on one day, with what the ad manager reported."""

    saved = Signal()

    def __init__(
        self, ctx: AppContext, accounts: Sequence[AccountPick], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(Stats.tr("Add ad spend"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            Stats.tr(
                "Enter what a boosted post or an ad cost, as the ad manager shows "
                "it. Impressions, clicks and leads are optional; with them the "
                "Dashboard shows CPM, CPC and CPL."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        today = dt.date.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        form.addRow(Stats.tr("Day"), self.day)
        self.account = QComboBox()
        self.account.addItem(Stats.tr("No particular account"), None)
        self._platforms = {a.id: a.platform for a in accounts}
        for a in accounts:
            self.account.addItem(account_text(a.platform, a.handle), a.id)
        form.addRow(Stats.tr("Account"), self.account)
        self.platform = QComboBox()
        for key, platform in PLATFORMS.items():
            self.platform.addItem(platform.name, key)
        form.addRow(Stats.tr("Platform"), self.platform)
        self.campaign = QLineEdit()
        self.campaign.setPlaceholderText(Stats.tr("e.g. Weekend boost"))
        form.addRow(Stats.tr("Campaign"), self.campaign)
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 10_000_000)
        self.amount.setDecimals(2)
        form.addRow(Stats.tr("Amount"), self.amount)
        self.currency = QLineEdit("EUR")
        self.currency.setMaxLength(3)
        self.currency.setInputMask(">AAA")
        form.addRow(Stats.tr("Currency"), self.currency)
        self.impressions, self.clicks, self.leads = _count_box(), _count_box(), _count_box()
        form.addRow(Stats.tr("Ad impressions"), self.impressions)
        form.addRow(Stats.tr("Ad clicks"), self.clicks)
        form.addRow(Stats.tr("Leads"), self.leads)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #c62828")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.account.currentIndexChanged.connect(self._follow_account)

    def _follow_account(self) -> None:
        platform = self._platforms.get(self.account.currentData())
        i = self.platform.findData(platform) if platform is not None else -1
        if i >= 0:
            self.platform.setCurrentIndex(i)

    def save(self) -> None:
        q = self.day.date()

        def opt(box: QSpinBox) -> int | None:
            return None if box.value() == EMPTY else box.value()

        try:
            add_ad_spend(
                self.ctx.store,
                dt.date(q.year(), q.month(), q.day()),
                str(self.platform.currentData()),
                self.amount.value(),
                self.currency.text(),
                self.campaign.text(),
                account_id=self.account.currentData(),
                impressions=opt(self.impressions),
                clicks=opt(self.clicks),
                leads=opt(self.leads),
            )
        except EntryError as exc:
            self.error.setText(error_words(exc))
            return
        self.saved.emit()
        self.accept()
