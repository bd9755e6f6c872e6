"""One account's version of the post: follows the main text, or has its own words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.domain.links import apply_utm, find_urls
from smmdesk_gui.services.compose.checks import AccountInfo
from smmdesk_gui.ui.composer.widgets import PostEditor, setup_date_time_edit
from smmdesk_gui.ui.icons import icon


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
            self.tr(
                "Adds utm_source={source}, utm_medium=social and utm_campaign to every link in "
                "this version, so your website statistics show where visitors came from."
            ).format(source=account.platform)
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
            self.banner.setText(self.tr("Own version for {name}.").format(name=name))
            self.toggle.setText(self.tr("Use the main text again"))
            self.editor.setReadOnly(False)
        else:
            self.banner.setText(
                self.tr("Follows the main text. Change it here to adapt it for {name}.").format(
                    name=name
                )
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
