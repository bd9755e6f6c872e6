"""The Compose screen's photo strip: the post's photos in order, their descriptions (alt text).

Photos are added by the button, dropped from the desktop or pasted; they reorder by drag.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeyEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.services.compose.photos import IMAGE_SUFFIXES
from smmdesk_gui.ui.i18n import arg, bidi
from smmdesk_gui.ui.icons import icon

THUMB = 96
ALT_SHOWN = 14  # characters of a photo's description shown under its thumbnail


class _ThumbList(QListWidget):
    """Icon list that reorders by drag and takes photo files dropped from the desktop."""

    files_dropped = Signal(list)
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListWidget.Movement.Snap)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setSpacing(4)
        self.setFixedHeight(THUMB + 44)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.mimeData().hasUrls():
            files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            files = [f for f in files if f.suffix.lower() in IMAGE_SUFFIXES]
            event.acceptProposedAction()
            if files:
                self.files_dropped.emit(files)
            return
        super().dropEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class MediaStrip(QWidget):
    """The post's photos in order: add, drop, drag to reorder, remove, describe (alt text)."""

    add_requested = Signal()
    files_dropped = Signal(list)  # list[Path]
    changed = Signal()  # order or removal
    alt_changed = Signal(int, str)  # asset id, description

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("Photos"))
        top.addWidget(self.title)
        top.addStretch(1)
        self.add_button = QPushButton(icon("fa6s.image"), self.tr("Add photos…"))
        self.add_button.clicked.connect(self.add_requested)
        top.addWidget(self.add_button)
        self.remove_button = QPushButton(icon("fa6s.trash-can"), self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        top.addWidget(self.remove_button)
        layout.addLayout(top)
        self.list = _ThumbList(self)
        self.list.files_dropped.connect(self.files_dropped)
        self.list.delete_pressed.connect(self.remove_selected)
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.list.currentItemChanged.connect(lambda *_: self._show_alt())
        layout.addWidget(self.list)
        self.hint = QLabel(self.tr("Drop photos here, or use Add photos…"))
        self.hint.setEnabled(False)
        layout.addWidget(self.hint)
        self.alt = QLineEdit(self)
        self.alt.setPlaceholderText(
            self.tr("Describe the selected photo for people who cannot see it (alt text)")
        )
        self.alt.textEdited.connect(self._alt_edited)
        layout.addWidget(self.alt)
        self._alt_text: dict[int, str] = {}
        self._refresh_state()

    def asset_ids(self) -> list[int]:
        return [
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        ]

    def alt_texts(self) -> dict[int, str]:
        return dict(self._alt_text)

    def set_items(self, items: list[tuple[int, str, str]]) -> None:
        """``(asset id, name, alt text)`` in order."""
        self.list.clear()
        self._alt_text.clear()
        for asset_id, name, alt in items:
            self.add_item(asset_id, name, alt)
        self._refresh_state()

    def add_item(self, asset_id: int, name: str, alt: str) -> None:
        item = QListWidgetItem(icon("fa6s.image"), "")
        item.setData(Qt.ItemDataRole.UserRole, asset_id)
        item.setData(Qt.ItemDataRole.UserRole + 1, name)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.list.addItem(item)
        self._alt_text[asset_id] = alt
        self._decorate(item)
        self._refresh_state()

    def set_thumbnail(self, asset_id: int, image: QImage) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == asset_id:
                item.setIcon(QIcon(QPixmap.fromImage(image)))

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        item = self.list.takeItem(row)
        self._alt_text.pop(int(item.data(Qt.ItemDataRole.UserRole)), None)
        self._refresh_state()
        self.changed.emit()

    def _decorate(self, item: QListWidgetItem) -> None:
        asset_id = int(item.data(Qt.ItemDataRole.UserRole))
        name = str(item.data(Qt.ItemDataRole.UserRole + 1))
        if self._alt_text.get(asset_id, "").strip():
            # the start of the description under the photo (an empty label looked like a bar)
            alt = " ".join(self._alt_text[asset_id].split())
            shown = alt if len(alt) <= ALT_SHOWN else alt[: ALT_SHOWN - 1].rstrip() + "…"
            # isolated: an English description's "…" stays at its end (the right) in RTL
            item.setText(bidi(shown))
            item.setToolTip(name + "\n" + self._alt_text[asset_id])
        else:
            item.setText(self.tr("⚠ no description"))
            item.setToolTip(
                arg(
                    self.tr("%1: add a description so people who cannot see it know what it shows"),
                    name,
                )
            )

    def _show_alt(self) -> None:
        item = self.list.currentItem()
        self.alt.setEnabled(item is not None)
        if item is not None:
            self.alt.setText(self._alt_text.get(int(item.data(Qt.ItemDataRole.UserRole)), ""))

    def _alt_edited(self, text: str) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        asset_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._alt_text[asset_id] = text
        self._decorate(item)
        self.alt_changed.emit(asset_id, text)

    def _refresh_state(self) -> None:
        has = self.list.count() > 0
        self.remove_button.setEnabled(has)
        self.hint.setVisible(not has)
        self.alt.setVisible(has)
        if has and self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self._show_alt()
