"""The day-grid view (month and week): selecting posts, dragging them, dropping on a day.

A click selects the post under the pointer (Ctrl-click adds to the selection); dragging moves the
selected posts to the day they are dropped on, keeping their time of day; holding Ctrl while
dropping copies them instead. Ideas from the backlog can be dropped on a day too. Arrow keys move
between days (QTableView's own navigation). A click on "+N more" (or Enter on a day whose posts
do not all fit) opens the day; a double-click beside the posts starts a new post on that day; a
right-click on a post (or the menu key) asks for its menu.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from smmdesk_gui.services.plan.rows import PlanEntry
from smmdesk_gui.ui.calendar.delegate import DayCellDelegate, EntryKey, entry_key
from smmdesk_gui.ui.calendar.models import (
    ENTRY_MIME,
    IDEA_MIME,
    DateRole,
    DayGridModel,
    EntriesRole,
    entries_mime,
    read_entries_mime,
    read_idea_mime,
)


class DayGridView(QTableView):
    """Month (6 weeks) or week (1 row) of days; emits what the user did with posts."""

    entries_dropped = Signal(list, QDate, bool)  # [{"post_id", "target_ids"}], day, copy
    ideas_dropped = Signal(list, QDate)  # post ids, day
    # Week view (hour grid): the same, at a minute of the day.
    entries_dropped_at = Signal(list, QDate, int, bool)
    ideas_dropped_at = Signal(list, QDate, int)
    entry_activated = Signal(object)  # PlanEntry (double-click / Enter)
    selection_changed_entries = Signal()
    delete_requested = Signal()
    day_opened = Signal(QDate)  # "+N more": show every post of that day
    new_post_requested = Signal(QDate, object)  # day, minute of the day (None: a day cell)
    entry_menu_requested = Signal(object, QPoint)  # PlanEntry, global position

    def __init__(self, model: DayGridModel, detailed: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = model
        self.setModel(model)
        self.cell_delegate = DayCellDelegate(self, detailed=detailed)
        self.setItemDelegate(self.cell_delegate)
        self.selected: dict[EntryKey, PlanEntry] = {}
        self.cell_delegate.selected = self.selected.keys()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.setAcceptDrops(True)
        self.setDragEnabled(False)  # we start drags ourselves, per post, not per cell
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self._press_pos: QPoint | None = None
        self._press_entry: PlanEntry | None = None
        self.setMouseTracking(False)

    # -- selection of posts --------------------------------------------------------------------
    def _option_for(self, index: QModelIndex) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        option.direction = self.layoutDirection()
        return option

    def entry_at(self, pos: QPoint) -> PlanEntry | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        return self.cell_delegate.entry_at(self._option_for(index), index, pos)

    def select_entries(self, entries: list[PlanEntry], add: bool = False) -> None:
        if not add:
            self.selected.clear()
        for entry in entries:
            self.selected[entry_key(entry)] = entry
        self.cell_delegate.selected = self.selected.keys()
        self.viewport().update()
        self.selection_changed_entries.emit()

    def toggle_entry(self, entry: PlanEntry) -> None:
        key = entry_key(entry)
        if key in self.selected:
            del self.selected[key]
        else:
            self.selected[key] = entry
        self.viewport().update()
        self.selection_changed_entries.emit()

    def selected_entries(self) -> list[PlanEntry]:
        return list(self.selected.values())

    def refresh_selection(self) -> None:
        """Keep the selection on posts still shown after a reload: by post and time, and a post
        that moved (Earlier / Later, a drop) stays selected at its new time, so the next step
        (again Later, Duplicate) applies to it too."""
        entries = self.grid.all_entries()
        current = {entry_key(e): e for e in entries}
        kept = {k: current[k] for k in self.selected if k in current}
        moved = {k[0] for k in self.selected if k not in current}
        kept.update({entry_key(e): e for e in entries if e.post_id in moved})
        self.selected.clear()
        self.selected.update(kept)
        self.cell_delegate.selected = self.selected.keys()
        self.viewport().update()

    # -- mouse ---------------------------------------------------------------------------------
    def more_at(self, pos: QPoint) -> QDate | None:
        """The day whose "+N more" is under ``pos``."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        rect = self.cell_delegate.more_rect(self._option_for(index), index)
        return index.data(DateRole) if rect is not None and rect.contains(pos) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.RightButton:
            entry = self.entry_at(pos)
            if entry is not None and entry_key(entry) not in self.selected:
                self.select_entries([entry])
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        more = self.more_at(pos)
        if more is not None:
            self._press_entry = None
            self._press_pos = None
            self.day_opened.emit(more)
            return
        entry = self.entry_at(pos)
        self._press_pos = pos
        self._press_entry = entry
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if entry is None:
            if not ctrl and self.selected:
                self.select_entries([])
        elif ctrl:
            self.toggle_entry(entry)
        elif entry_key(entry) not in self.selected:
            self.select_entries([entry])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (
            self._press_entry is not None
            and self._press_pos is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - self._press_pos).manhattanLength()
            >= QApplication.startDragDistance()
        ):
            self._start_drag()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press_entry = None
        self._press_pos = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        entry = self.entry_at(pos)
        if entry is not None:
            self.entry_activated.emit(entry)
            return
        index = self.indexAt(pos)
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and self.more_at(pos) is None
        ):
            self.new_post_requested.emit(index.data(DateRole), self.drop_minute(index, pos))
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The post's menu: under the pointer, or (menu key) the selected post's."""
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            entry = self.entry_at(event.pos())
        else:
            chosen = self.selected_entries()
            entry = chosen[0] if chosen else None
        if entry is None:
            event.ignore()
            return
        self.entry_menu_requested.emit(entry, event.globalPos())
        event.accept()

    def _start_drag(self) -> None:
        entries = self.selected_entries() or ([self._press_entry] if self._press_entry else [])
        self._press_entry = None
        if not entries:
            return
        drag = QDrag(self)
        drag.setMimeData(entries_mime(entries))
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)

    # -- keyboard ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected:
            self.delete_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            entries = index.data(EntriesRole) or []
            if index.isValid() and self.cell_delegate.hidden_count(self._option_for(index), index):
                self.day_opened.emit(index.data(DateRole))  # not all shown: the whole day
                return
            if entries:
                self.entry_activated.emit(entries[0])
                return
        if event.key() == Qt.Key.Key_Space:
            entries = self.currentIndex().data(EntriesRole) or []
            if entries:
                self.select_entries(entries)
                return
        super().keyPressEvent(event)

    # -- drop ----------------------------------------------------------------------------------
    def drop_minute(self, index: QModelIndex, pos: QPoint) -> int | None:
        """The minute of the day a drop at ``pos`` means; None: keep the time (a day cell)."""
        return None

    def _accepts(self, event: Any) -> bool:
        mime = event.mimeData()
        return bool(mime.hasFormat(ENTRY_MIME) or mime.hasFormat(IDEA_MIME))

    @staticmethod
    def _wants_copy(event: Any) -> bool:
        """Ctrl held while dropping duplicates; so does the platform's copy gesture (Option on a
        Mac), which proposes a copy with a modifier held. Without any modifier it is a move, even
        where the platform proposes a copy by default (no drag manager, e.g. offscreen)."""
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier:
            return True
        return bool(
            event.proposedAction() == Qt.DropAction.CopyAction
            and mods != Qt.KeyboardModifier.NoModifier
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._accepts(event) or not self.indexAt(event.position().toPoint()).isValid():
            event.ignore()
            return
        copy = self._wants_copy(event) and event.mimeData().hasFormat(ENTRY_MIME)
        event.setDropAction(Qt.DropAction.CopyAction if copy else Qt.DropAction.MoveAction)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if not index.isValid() or not self._accepts(event):
            event.ignore()
            return
        day: QDate = index.data(DateRole)
        minute = self.drop_minute(index, event.position().toPoint())
        mime = event.mimeData()
        if mime.hasFormat(IDEA_MIME):
            if minute is None:
                self.ideas_dropped.emit(read_idea_mime(mime), day)
            else:
                self.ideas_dropped_at.emit(read_idea_mime(mime), day, minute)
            event.setDropAction(Qt.DropAction.MoveAction)
        else:
            copy = self._wants_copy(event)
            if minute is None:
                self.entries_dropped.emit(read_entries_mime(mime), day, copy)
            else:
                self.entries_dropped_at.emit(read_entries_mime(mime), day, minute, copy)
            event.setDropAction(Qt.DropAction.CopyAction if copy else Qt.DropAction.MoveAction)
        event.accept()
        self.setCurrentIndex(index)
