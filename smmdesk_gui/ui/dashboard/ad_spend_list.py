"""Ad spend entries: the list (newest first), add another, delete a wrong one."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.services.stats import kpis
from smmdesk_gui.services.stats.entry import AdSpendEntry, ad_spend_entries, delete_ad_spend
from smmdesk_gui.ui.calendars import format_date
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.icons import icon
from smmdesk_gui.ui.report import labels as lbl
from smmdesk_gui.ui.report.labels import Stats

COLUMNS = 5  # date, platform, campaign, amount, account


class AdSpendListDialog(QDialog):
    """Every ad spend entry; changing one is: delete it and add it again."""

    changed = Signal()  # an entry was added or deleted: the figures moved
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[AdSpendEntry] = []
        self.picks = kpis.account_picks(ctx.store)
        self.accounts = {a.id: lbl.account_text(a.platform, a.handle) for a in self.picks}
        self.setWindowTitle(Stats.tr("Ad spend"))
        self.resize(680, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            Stats.tr(
                "Money spent on ads, one line per day and campaign. It is used for cost per click, "
                "per thousand views, per lead and per new follower."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                Stats.tr("Date"),
                Stats.tr("Platform"),
                Stats.tr("Campaign"),
                Stats.tr("Amount"),
                Stats.tr("Account"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(Stats.tr("No ad spend entered yet."))
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("fa6s.plus"), Stats.tr("Add…"))
        self.delete_button = QPushButton(icon("fa6s.trash-can"), Stats.tr("Delete"))
        self.delete_button.setEnabled(False)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self._add)
        self.delete_button.clicked.connect(self.ask_delete)
        self.table.itemSelectionChanged.connect(
            lambda: self.delete_button.setEnabled(bool(self.selected_ids()))
        )
        self.reload()

    def reload(self) -> None:
        store = self.ctx.store
        self.ctx.tasks.run(lambda: ad_spend_entries(store), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from smmdesk_gui.errors import describe_exception

        self.empty.setText(describe_exception(exc)[1])
        self.empty.show()

    def _show(self, entries: list[AdSpendEntry]) -> None:
        self.entries = sorted(entries, key=lambda e: (e.spent_on, e.id), reverse=True)
        locale = QLocale()
        self.table.setRowCount(len(self.entries))
        for r, e in enumerate(self.entries):
            platform = PLATFORMS[e.platform].name if e.platform in PLATFORMS else e.platform
            cells = (
                format_date(e.spent_on, locale),
                platform,
                e.campaign,
                lbl.fmt_value(e.amount, "money", e.currency),
                self.accounts.get(e.account_id, "") if e.account_id is not None else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not self.entries)
        self.delete_button.setEnabled(bool(self.selected_ids()))
        self.loaded.emit()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.entries[r].id for r in rows if r < len(self.entries)]

    def ask_delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            Stats.tr("Delete ad spend"),
            Stats.tr(
                "Delete %n ad spend entries? The costs per click and per follower are "
                "computed again without them.",
                "",
                len(ids),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(ids)

    def delete(self, ids: list[int]) -> None:
        store = self.ctx.store

        def work() -> int:
            return sum(1 for i in ids if delete_ad_spend(store, i))

        self.ctx.tasks.run(work, self._deleted, self._failed)

    def _deleted(self, _count: int) -> None:
        self._changed()

    def _changed(self) -> None:
        self.changed.emit()
        self.reload()

    def _add(self) -> None:
        from smmdesk_gui.ui.dashboard.entry_dialogs import AdSpendDialog

        dialog = AdSpendDialog(self.ctx, self.picks, self)
        dialog.saved.connect(self._changed)
        dialog.open()
