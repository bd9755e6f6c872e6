"""The ideas backlog: posts without a date, sortable, filtered with the calendar, draggable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.services.plan.rows import IdeaEntry
from smmdesk_gui.ui.calendar.models import IdeasModel, PostIdRole
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import icon

SORTS = ("updated", "created", "title", "rubric")


class BacklogPanel(QWidget):
    """Title with the count, a sort choice, the list, and "Add to queue"."""

    changed = Signal()  # the sort changed: reload
    queue_requested = Signal(list)  # post ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IdeasModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Ideas"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title, 1)
        self.sort = QComboBox(self)
        self.sort.setObjectName("ideas-sort")
        names = {
            "updated": self.tr("Recently edited"),
            "created": self.tr("Newest"),
            "title": self.tr("A–Z"),
            "rubric": self.tr("By rubric"),
        }
        for key in SORTS:
            self.sort.addItem(names[key], key)
        self.sort.currentIndexChanged.connect(lambda _i: self.changed.emit())
        head.addWidget(self.sort)
        layout.addLayout(head)
        self.hint = QLabel(
            self.tr("Posts without a date. Drag one onto a day, or put it in the queue.")
        )
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QListView(self)
        self.list.setObjectName("ideas-list")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        # Re-wrap the titles when the panel gets narrower or wider (else rows keep the height
        # of the first layout and long titles are cut off).
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        # A scroll bar that comes and goes changes the width after the titles were wrapped.
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.list, 1)
        self.queue_button = QPushButton(icon("fa6s.clock"), self.tr("Add to queue"))
        self.queue_button.setToolTip(
            self.tr("Put the selected ideas into each account's next free posting time")
        )
        self.queue_button.clicked.connect(self._queue)
        layout.addWidget(self.queue_button)

    def sort_key(self) -> str:
        return str(self.sort.currentData() or "updated")

    def set_ideas(self, ideas: list[IdeaEntry]) -> None:
        self.model.set_ideas(ideas)
        self.title.setText(arg(self.tr("Ideas (%1)"), len(ideas)))
        self.queue_button.setEnabled(bool(ideas))

    def selected_ids(self) -> list[int]:
        return [int(i.data(PostIdRole)) for i in self.list.selectionModel().selectedIndexes()]

    def _queue(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.queue_requested.emit(ids)
