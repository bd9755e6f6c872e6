"""Two small editors reached from the Plan screen: rubrics (with target shares) and each
account's weekly posting times (the queue)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.slots import WeeklySlot
from smmdesk_gui.services.plan.posting_times import list_posting_times, set_posting_times
from smmdesk_gui.services.plan.queries import PlanError
from smmdesk_gui.services.plan.rubrics import (
    RubricInfo,
    create_rubric,
    delete_rubric,
    list_rubrics,
    update_rubric,
)
from smmdesk_gui.store.db import Store
from smmdesk_gui.ui.calendar.slot_words import SlotTextError, parse_slots_text, slots_text
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import platform_icon


def _swatch_icon(colour: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon, QPixmap

    pix = QPixmap(14, 14)
    pix.fill(QColor(colour))
    return QIcon(pix)


class RubricsDialog(QDialog):
    """The list of rubrics; the selected one is edited below (name, colour, target share)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Rubrics"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Rubrics are the kinds of post you make (product, tips, behind the scenes…). "
                "The target share is how much of your plan each should take."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.colour_button = QPushButton(self)
        self.colour_button.clicked.connect(self._pick_colour)
        self.share = QDoubleSpinBox(self)
        self.share.setRange(0, 100)
        self.share.setDecimals(0)
        self.share.setSuffix(" %")
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Colour"), self.colour_button)
        form.addRow(self.tr("Target share"), self.share)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for b in (self.add_button, self.save_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.list.currentRowChanged.connect(self._show)
        self.colour = "#7f8c8d"
        self.rubrics: list[RubricInfo] = []
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self.rubrics = list_rubrics(self.ctx.store)
        self.list.blockSignals(True)
        self.list.clear()
        for r in self.rubrics:
            item = QListWidgetItem(_swatch_icon(r.colour), f"{r.name} — {r.target_share:.0%}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i, r in enumerate(self.rubrics) if r.id == select_id), 0)
        if self.rubrics:
            self.list.setCurrentRow(row)
            self._show(row)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.rubrics):
            return
        r = self.rubrics[row]
        self.name.setText(r.name)
        self._set_colour(r.colour)
        self.share.setValue(round(r.target_share * 100))
        self.message.clear()

    def _set_colour(self, colour: str) -> None:
        self.colour = colour
        self.colour_button.setIcon(_swatch_icon(colour))
        self.colour_button.setText(colour)

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Rubric colour"))
        if chosen.isValid():
            self._set_colour(chosen.name())

    def _run(self, action: Callable[[Store], RubricInfo | None]) -> None:
        try:
            result = action(self.ctx.store)
        except PlanError as exc:
            self.message.setText(str(exc))
            return
        self.refresh(result.id if result is not None else None)

    def add(self) -> None:
        name, colour, share = self.name.text(), self.colour, self.share.value() / 100
        taken = {r.name.casefold() for r in self.rubrics}
        if name.casefold() in taken:
            name = self.tr("New rubric")
            share = 0.0
        self._run(lambda s: create_rubric(s, name, colour, share))

    def save(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.rubrics):
            return
        rid = self.rubrics[row].id
        name, colour, share = self.name.text(), self.colour, self.share.value() / 100
        self._run(lambda s: update_rubric(s, rid, name=name, colour=colour, target_share=share))

    def delete(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.rubrics):
            rid = self.rubrics[row].id
            self._run(lambda s: delete_rubric(s, rid))


class PostingTimesDialog(QDialog):
    """One line per account: its weekly posting times, e.g. "Tue 12:30, Sat 10:00"."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Posting times"))
        layout = QVBoxLayout(self)
        # The example in the owner's language: it is also the form the times are read in.
        self.example = slots_text(
            [WeeklySlot(1, 12 * 60 + 30), WeeklySlot(3, 12 * 60 + 30), WeeklySlot(5, 10 * 60)]
        )
        intro = QLabel(
            arg(
                self.tr(
                    "When each account posts, every week, in your local time. “Add to queue” "
                    "uses the next free one. Example: %1"
                ),
                self.example,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.edits: dict[int, QLineEdit] = {}
        for a in list_posting_times(ctx.store):
            edit = QLineEdit(slots_text(a.slots), self)
            edit.setPlaceholderText(self.tr("no posting times"))
            name = PLATFORMS[a.platform].name if a.platform in PLATFORMS else a.platform
            label = QLabel(f"{name} @{a.handle}")
            label.setToolTip(name)
            icon_label = QLabel()
            icon_label.setPixmap(platform_icon(a.platform).pixmap(16, 16))
            holder = QWidget(self)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(icon_label)
            row.addWidget(label, 1)
            form.addRow(holder, edit)
            self.edits[a.account_id] = edit
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> bool:
        try:
            parsed = {aid: parse_slots_text(edit.text()) for aid, edit in self.edits.items()}
        except SlotTextError as exc:
            self.message.setText(
                arg(
                    self.tr("“%1” is not a day and a time. Write posting times like “%2”."),
                    exc.part,
                    self.example,
                )
            )
            return False
        set_posting_times(self.ctx.store, parsed)
        self.accept()
        return True
