"""A friendly empty state: one sentence of what a screen is for and one button to start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from smmdesk_gui.ui.icons import icon


class EmptyState(QWidget):
    """Icon, headline, one sentence and (optionally) one action button, centred."""

    def __init__(
        self,
        icon_name: str,
        title: str,
        text: str,
        action_text: str = "",
        on_action: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        pic = QLabel()
        pic.setPixmap(icon(icon_name).pixmap(64, 64))
        pic.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(pic)
        self.title = QLabel(title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(460)
        # a word-wrapped label in a box layout gets one line's height unless told otherwise
        self.text.setMinimumHeight(self.text.heightForWidth(460))
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        self.button: QPushButton | None = None
        if action_text:
            self.button = QPushButton(action_text)
            self.button.setDefault(True)
            if on_action is not None:
                action = on_action  # called without the click's ``checked`` (issue 12)
                self.button.clicked.connect(lambda: action())
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
