"""The composer's snippet buttons: saved hashtag sets and templates, inserted at the cursor.

Each button opens a menu filled when it opens (the sets may have changed meanwhile). A hashtag
set that holds more tags than a chosen account's platform allows is marked, with the platforms
named in its tooltip. Saving a set or a template is a short write on the GUI thread: a busy
database says so in the status line and loses nothing (the text is still in the editor).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QMenu, QToolButton, QWidget

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.services.compose import drafts
from smmdesk_gui.services.compose.checks import hashtag_set_fit
from smmdesk_gui.store.db import DatabaseBusyError
from smmdesk_gui.ui.composer.widgets import PostEditor
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.db_busy import busy_message
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import icon

HASHTAGS = "hashtags"
TEMPLATE = "template"


class SnippetBar(QWidget):
    """ "Hashtag sets" and "Templates": menus of saved snippets, and saving new ones.

    Args:
        ctx: the workspace (its store).
        editor: the editor the owner is looking at now (the main text or an own version).
        platforms: the platform ids of the accounts chosen now.
        parent: the widget holding the bar.

    Signals:
        status(str): a message for the owner's status line.
    """

    status = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        editor: Callable[[], PostEditor],
        platforms: Callable[[], set[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._editor = editor
        self._platforms = platforms
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.hashtags_button, self.hashtags_menu = self._button(
            self.tr("Hashtag sets"), "fa6s.hashtag", HASHTAGS
        )
        self.templates_button, self.templates_menu = self._button(
            self.tr("Templates"), "fa6s.signature", TEMPLATE
        )
        row.addWidget(self.hashtags_button)
        row.addWidget(self.templates_button)
        row.addStretch(1)

    def _button(self, text: str, icon_name: str, kind: str) -> tuple[QToolButton, QMenu]:
        button = QToolButton(self)
        button.setText(text)
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.aboutToShow.connect(lambda: self.fill_menu(kind))
        button.setMenu(menu)
        return button, menu

    def fill_menu(self, kind: str) -> None:
        """Fill the menu of ``kind`` ("hashtags" or "template") with the saved snippets."""
        menu = self.hashtags_menu if kind == HASHTAGS else self.templates_menu
        menu.clear()
        menu.setToolTipsVisible(True)
        chosen = self._platforms()
        for snippet in drafts.list_snippets(self.ctx.store, kind):
            label, tip = snippet.name, snippet.body
            if kind == HASHTAGS:
                label, tip = self._hashtag_label(snippet, chosen)
            action = menu.addAction(label)
            action.setToolTip(tip)
            action.triggered.connect(lambda _=False, body=snippet.body: self.insert(body))
        if menu.isEmpty():
            menu.addAction(self.tr("Nothing saved yet")).setEnabled(False)
        menu.addSeparator()
        if kind == HASHTAGS:
            menu.addAction(self.tr("Save this post's hashtags as a set…"), self.save_hashtags)
        else:
            menu.addAction(self.tr("Save the selected text as a template…"), self.save_template)

    def _hashtag_label(self, snippet: drafts.SnippetInfo, chosen: set[str]) -> tuple[str, str]:
        """The set's menu entry: its name and size, marked when a chosen platform allows fewer."""
        fit = hashtag_set_fit(snippet.body)
        n = next(iter(fit.values()))[0] if fit else 0
        label = arg(self.tr("%1 · %2 hashtags"), snippet.name, n)
        tip = snippet.body
        too_many = sorted(
            PLATFORMS[pid].name
            for pid, (have, most) in fit.items()
            if pid in chosen and most is not None and have > most
        )
        if too_many:
            label += " ⚠"
            tip += "\n" + arg(self.tr("More hashtags than %1 allow(s)."), ", ".join(too_many))
        return label, tip

    def insert(self, body: str) -> None:
        """Insert at the cursor of the visible editor, as one undoable step."""
        editor = self._editor()
        text = editor.toPlainText()
        cursor = editor.textCursor()
        # Qt's cursor counts UTF-16 units; Python's str counts code points (emoji differ).
        units = text.encode("utf-16-le")[: 2 * cursor.position()]
        pos = len(units.decode("utf-16-le", "ignore"))
        new_text, end = drafts.insert_snippet(text, body, pos)
        cursor.insertText(new_text[pos:end])
        editor.setTextCursor(cursor)

    def save_hashtags(self) -> None:
        """Ask for a name and keep the visible editor's hashtags as a set."""
        from smmdesk_gui.domain.text_rules import _HASHTAG  # the same rule the counter uses

        tags = " ".join(m.group() for m in _HASHTAG.finditer(self._editor().toPlainText()))
        if not tags:
            self.status.emit(self.tr("This post has no hashtags to save."))
            return
        name, ok = QInputDialog.getText(self, self.tr("Save hashtag set"), self.tr("Name:"))
        if ok and name.strip():
            self.save_snippet(HASHTAGS, name, tags)

    def save_template(self) -> None:
        """Ask for a name and keep the selected text as a template."""
        body = self._editor().textCursor().selectedText().replace("\u2029", "\n")
        if not body.strip():
            self.status.emit(self.tr("Select the text to keep as a template first."))
            return
        name, ok = QInputDialog.getText(self, self.tr("Save template"), self.tr("Name:"))
        if ok and name.strip():
            self.save_snippet(TEMPLATE, name, body)

    def save_snippet(self, kind: str, name: str, body: str) -> bool:
        """Store the snippet (a short write); a busy database says so and stores nothing.

        Returns:
            True when it was saved.
        """
        try:
            drafts.save_snippet(self.ctx.store, kind, name, body)
        except DatabaseBusyError:
            self.status.emit(busy_message())
            return False
        return True
