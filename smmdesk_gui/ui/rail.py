"""The navigation rail: a narrow column of icon + label buttons, one per screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QButtonGroup, QFrame, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP

# key, icon, label (translated at use), shortcut
RAIL: tuple[tuple[str, str, str, str], ...] = (
    ("plan", "fa6s.calendar-days", QT_TRANSLATE_NOOP("MainWindow", "Plan"), "Ctrl+1"),
    ("compose", "fa6s.pen-to-square", QT_TRANSLATE_NOOP("MainWindow", "Compose"), "Ctrl+N"),
    ("dashboard", "fa6s.chart-line", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "Ctrl+3"),
    ("media", "fa6s.images", QT_TRANSLATE_NOOP("MainWindow", "Media"), "Ctrl+4"),
    ("accounts", "fa6s.user-group", QT_TRANSLATE_NOOP("MainWindow", "Accounts"), "Ctrl+5"),
    ("settings", "fa6s.gear", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "Ctrl+,"),
)


def _blank_icon() -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class NavigationRail(QFrame):
    """A narrow column of icon + label buttons; exactly one is checked."""

    selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NavigationRail")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 8)
        layout.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        for key, _icon_name, label, _shortcut in RAIL:
            button = QToolButton(self)
            button.setObjectName(f"rail-{key}")
            button.setText(QCoreApplication.translate("MainWindow", label))
            button.setIcon(_blank_icon())  # real icons after the first paint: load_icons()
            button.setIconSize(QSize(24, 24))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setMinimumWidth(84)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=key: self.selected.emit(k))
            self.group.addButton(button)
            self.buttons[key] = button
            if key == "settings":
                layout.addStretch(1)
            layout.addWidget(button)

    def load_icons(self) -> None:
        """Set the rail's icons (qtawesome costs ~0.1 s to load: not before the first paint)."""
        from smmdesk_gui.ui.icons import icon

        names = {key: icon_name for key, icon_name, _label, _shortcut in RAIL}
        for key, button in self.buttons.items():
            button.setIcon(icon(names[key]))

    def set_current(self, key: str) -> None:
        button = self.buttons.get(key)
        if button is not None:
            button.setChecked(True)
