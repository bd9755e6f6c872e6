"""The Plan screen's action row: undo / redo, what to do with the selected posts, and the tools.

Left: undo, redo, how many posts are selected, "by [N] days" with *Earlier* / *Later* /
*Duplicate* (a copy N days later), *Back to ideas* and *Delete*. Right: *Import CSV…*, *Export…*,
*Set up* (rubrics, posting times) and the *Ideas* panel switch.

Both halves are ``QToolBar``s: when the window is narrow the buttons drop their text (icons with
tooltips) and whatever still does not fit goes into the toolbar's » menu, so nothing is clipped.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from smmdesk_gui.ui.calendar.models import counted
from smmdesk_gui.ui.i18n import arg, ui_is_rtl
from smmdesk_gui.ui.icons import icon

MAX_DAYS = 365
_TEXT = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
_ICON = Qt.ToolButtonStyle.ToolButtonIconOnly


class PlanActionsBar(QWidget):
    """Emits what the user asked for; the page turns it into undoable commands."""

    shift_requested = Signal(int)  # days, negative: earlier
    duplicate_requested = Signal(int)  # copies this many days later
    unschedule_requested = Signal()
    delete_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()
    rubrics_requested = Signal()
    times_requested = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = QToolBar(self)
        self.left.setObjectName("plan-actions")
        self.right = QToolBar(self)
        self.right.setObjectName("plan-tools")
        for bar in (self.left, self.right):
            bar.setIconSize(QSize(16, 16))
            bar.setToolButtonStyle(_TEXT)
            bar.setMovable(False)
            bar.setFloatable(False)
        self.right.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.left, 1)
        row.addWidget(self.right, 0)

        self.undo_action = undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.setIcon(icon("fa6s.rotate-left"))
        self.redo_action = undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.redo_action.setIcon(icon("fa6s.rotate-right"))
        for action in (self.undo_action, self.redo_action):
            self.left.addAction(action)
        self._icons_only_undo()
        self.left.addSeparator()

        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("plan-selection")
        self.selection_label.setContentsMargins(4, 0, 4, 0)
        self.left.addWidget(self.selection_label)
        self.days = QSpinBox(self)
        self.days.setObjectName("plan-days")
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(7)
        self.days.setAccelerated(True)
        self.days.setToolTip(
            self.tr("How many days Earlier, Later and Duplicate move or copy the selected posts")
        )
        self.days.valueChanged.connect(self._days_changed)
        self._days_changed(self.days.value())
        self.left.addWidget(self.days)
        # icon() turns these round in a right-to-left UI (earlier points right there), and so
        # do their keys: Alt with the arrow the button points to
        back, ahead = ("Right", "Left") if ui_is_rtl() else ("Left", "Right")
        self.earlier_action = self._action(self.tr("Earlier"), "fa6s.backward", f"Alt+{back}")
        self.earlier_action.triggered.connect(lambda: self.shift_requested.emit(-self.days.value()))
        self.later_action = self._action(self.tr("Later"), "fa6s.forward", f"Alt+{ahead}")
        self.later_action.triggered.connect(lambda: self.shift_requested.emit(self.days.value()))
        self.duplicate_action = self._action(self.tr("Duplicate"), "fa6s.clone", "Ctrl+D")
        self.duplicate_action.triggered.connect(
            lambda: self.duplicate_requested.emit(self.days.value())
        )
        self.unschedule_action = self._action(self.tr("Back to ideas"), "fa6s.lightbulb", None)
        self.unschedule_action.setToolTip(
            self.tr("Take the selected posts off the calendar; they stay in your ideas")
        )
        self.unschedule_action.triggered.connect(self.unschedule_requested)
        self.delete_action = self._action(self.tr("Delete"), "fa6s.trash-can", None)
        self.delete_action.setToolTip(self.tr("Delete the selected posts (Delete)"))
        self.delete_action.triggered.connect(self.delete_requested)
        for action in (
            self.earlier_action,
            self.later_action,
            self.duplicate_action,
            self.unschedule_action,
            self.delete_action,
        ):
            self.left.addAction(action)
        self._update_tooltips()

        self.import_action = QAction(icon("fa6s.file-import"), self.tr("Import CSV…"), self)
        self.import_action.setToolTip(self.tr("Import posts from a spreadsheet (CSV)"))
        self.import_action.triggered.connect(self.import_requested)
        self.export_action = QAction(icon("fa6s.file-export"), self.tr("Export…"), self)
        self.export_action.setToolTip(self.tr("Save the plan as a CSV or a calendar (.ics) file"))
        self.export_action.triggered.connect(self.export_requested)
        self.rubrics_action = QAction(icon("fa6s.tags"), self.tr("Rubrics…"), self)
        self.rubrics_action.triggered.connect(self.rubrics_requested)
        self.times_action = QAction(icon("fa6s.clock"), self.tr("Posting times…"), self)
        self.times_action.triggered.connect(self.times_requested)
        self.setup_menu = QMenu(self)
        self.setup_menu.addAction(self.rubrics_action)
        self.setup_menu.addAction(self.times_action)
        self.setup_button = QToolButton(self)
        self.setup_button.setObjectName("plan-setup")
        self.setup_button.setText(self.tr("Set up"))
        self.setup_button.setIcon(icon("fa6s.sliders"))
        self.setup_button.setToolTip(self.tr("Rubrics and posting times"))
        self.setup_button.setMenu(self.setup_menu)
        self.setup_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setup_button.setToolButtonStyle(_TEXT)
        self.ideas_action = QAction(icon("fa6s.lightbulb"), self.tr("Ideas"), self)
        self.ideas_action.setCheckable(True)
        self.ideas_action.setToolTip(self.tr("Show or hide the ideas and the post details"))
        self.right.addAction(self.import_action)
        self.right.addAction(self.export_action)
        self.right.addWidget(self.setup_button)
        self.right.addAction(self.ideas_action)
        self._full_width = 0
        self.set_selected(0)

    def _action(self, text: str, icon_name: str, shortcut: str | None) -> QAction:
        action = QAction(icon(icon_name), text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    def shortcut_actions(self) -> list[QAction]:
        """Actions whose shortcuts must work anywhere on the page (the page adds them)."""
        return [
            self.undo_action,
            self.redo_action,
            self.earlier_action,
            self.later_action,
            self.duplicate_action,
        ]

    def selection_actions(self) -> list[QAction]:
        return [
            self.earlier_action,
            self.later_action,
            self.duplicate_action,
            self.unschedule_action,
            self.delete_action,
        ]

    def set_selected(self, count: int) -> None:
        self.selection_label.setText(
            counted(self.tr("%n selected", "", count), count)
            if count
            else self.tr("No post selected")
        )
        self.selection_label.setToolTip(
            self.tr("Click a post to select it; Ctrl-click to select several")
        )
        for action in self.selection_actions():
            action.setEnabled(count > 0)

    def _days_changed(self, value: int) -> None:
        self.days.setPrefix(self.tr("by "))
        self.days.setSuffix(counted(self.tr(" day(s)", "", value), value))
        self._update_tooltips()

    def _update_tooltips(self) -> None:
        if not hasattr(self, "delete_action"):
            return
        n = self.days.value()
        # the arrow of each key as the button points (earlier is on the right in right-to-left)
        back, ahead = ("Alt+→", "Alt+←") if ui_is_rtl() else ("Alt+←", "Alt+→")
        self.earlier_action.setToolTip(
            arg(
                counted(
                    self.tr(
                        "Move the selected posts %n day(s) earlier, same time of day (%1)", "", n
                    ),
                    n,
                ),
                back,
            )
        )
        self.later_action.setToolTip(
            arg(
                counted(
                    self.tr(
                        "Move the selected posts %n day(s) later, same time of day (%1)", "", n
                    ),
                    n,
                ),
                ahead,
            )
        )
        self.duplicate_action.setToolTip(
            counted(self.tr("Copy the selected posts %n day(s) later (Ctrl+D)", "", n), n)
        )

    # -- narrow windows: icons only ------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._full_width:
            self._full_width = self.left.sizeHint().width() + self.right.sizeHint().width() + 8
        style = _TEXT if event.size().width() >= self._full_width else _ICON
        if self.left.toolButtonStyle() != style:
            for bar in (self.left, self.right):
                bar.setToolButtonStyle(style)
            self.setup_button.setToolButtonStyle(style)
            self._icons_only_undo()

    def _icons_only_undo(self) -> None:
        """Undo / redo are icons always (their text names the change; the tooltip shows it)."""
        for action in (self.undo_action, self.redo_action):
            button = self.left.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(_ICON)
