"""The pseudo-locale walk: every screen of the main window and every dialog one click away,
read the way a person reads them, with :class:`~tests.fakes.pseudo.PseudoTranslator` installed.

Used by the unit check (every visible text went through tr and fits) and the integration check
(every string looked up is one lupdate extracts). What is not ours to translate is allowed here
as data, each with its reason.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET  # noqa: N817
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

import smmdesk_gui.ui
from smmdesk_gui.ui.i18n import LANGUAGES
from smmdesk_gui.ui.rail import RAIL
from tests.fakes.journeys import alive, button_text, click, describe
from tests.fakes.pseudo import CLOSE, OPEN, PseudoTranslator, pseudo

# Numbers and dates are written for a Dutch owner: a day or month name Qt did not write (the
# English "Mon" of a format string) then shows as untranslated.
LOCALE = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
_FORMATS = (
    QLocale.FormatType.LongFormat,
    QLocale.FormatType.ShortFormat,
    QLocale.FormatType.NarrowFormat,
)
_MONTHS = " ".join(
    name
    for m in range(1, 13)
    for f in _FORMATS
    for name in (LOCALE.monthName(m, f), LOCALE.standaloneMonthName(m, f))
)
_DAYS = " ".join(
    name
    for d in range(1, 8)
    for f in _FORMATS
    for name in (LOCALE.dayName(d, f), LOCALE.standaloneDayName(d, f))
)

# Words that are right not to be translated, as data: (words, reason).
ALLOWED_WORDS: tuple[tuple[str, str], ...] = (
    (
        f"{_MONTHS} {_DAYS} {LOCALE.amText()} {LOCALE.pmText()}",
        "dates and times written by QLocale (Dutch here: the test's locale)",
    ),
    (
        "Bluesky Facebook Instagram LinkedIn Mastodon Pinterest Telegram Threads TikTok VK X "
        "YouTube Meta Business Suite bluesky instagram telegram mastodon vk",
        "brand names: platforms are called the same in every language",
    ),
    (" ".join(LANGUAGES.values()), "each language's name in itself, in the language menu"),
    ("https bsky social yourshop jpg png", "example address and file types, as typed"),
    ("s eu central amazonaws com", "example storage address (Photo hosting), as typed"),
    ("EUR USD Europe Amsterdam Etc UTC", "ISO currency codes and IANA time zone names, as stored"),
    (
        "Netherlands",
        "a country's name in the time-zone list: Qt's locale data has them in English "
        "only (QLocale.territoryToString)",
    ),
)

# Views whose items are data, by object name: (name, reason).
DATA_VIEWS: dict[str, str] = {
    "components": "About: the third-party components' names and SPDX licence ids",
}

# Sentences a service writes: another engineer turns them into codes the UI words (i13-codes).
SERVICE_PROBLEMS: dict[str, str] = {
    "Instagram allows 5 hashtags; this has 6. Remove 1.": "service problem: i13-codes",
    "Enter the account's handle or name.": "service problem: i13-codes",
    "Give the rubric a name, e.g. “Useful tips”.": "service problem: i13-codes",
    # the demo seeder stores it as the account's state message, as a service would
    "Demo account: nothing is sent from the demo workspace.": "service problem: i13-codes",
    "Facebook Page posts (Meta Business Suite export)": "service label: i13-codes",
    "Instagram posts (Meta Business Suite export)": "service label: i13-codes",
    "VK community statistics (daily export)": "service label: i13-codes",
    "X posts (X analytics export)": "service label: i13-codes",
}

# The owner's own words, read from the demo workspace's database: (table, column).
OWNER_DATA: tuple[tuple[str, str], ...] = (
    ("account", "handle"),
    ("account", "display_name"),
    ("account", "base_url"),
    ("account", "channel"),
    ("rubric", "name"),
    ("rubric", "description"),
    ("post", "title"),
    ("post", "text"),
    ("post", "notes"),
    ("post_target", "text_override"),
    ("media_asset", "original_name"),
    ("media_asset", "alt_text"),
    ("snippet", "name"),
    ("snippet", "body"),
    ("ad_spend", "campaign"),
)

# Buttons never clicked, by their (pseudo-translated) text: those that leave the app.
EXCLUDED = {pseudo("Quit")}

OS_DOORS: tuple[tuple[Any, str, Any], ...] = (
    (QFileDialog, "getOpenFileName", lambda *a, **k: ("", "")),
    (QFileDialog, "getOpenFileNames", lambda *a, **k: ([], "")),
    (QFileDialog, "getSaveFileName", lambda *a, **k: ("", "")),
    (QFileDialog, "getExistingDirectory", lambda *a, **k: ""),
    (QColorDialog, "getColor", lambda *a, **k: QColor()),
    (QInputDialog, "getText", lambda *a, **k: ("", False)),
    (QDesktopServices, "openUrl", lambda *a, **k: True),
)

MAX_CLICKS_PER_CONTAINER = 80
_TAG = re.compile(r"<[^>]*>")
_MARKED = re.compile(r"⟦[^⟦⟧]*⟧")
_UNCLOSED = re.compile(r"⟦.*$")
_HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")
_WORD = re.compile(r"[^\W\d_]+")
_ENTITY = re.compile(r"&[a-zA-Z]+;|&#\d+;")


def _plain(text: str) -> str:
    """The text as read: without HTML tags, entities and the ``&`` of mnemonics."""
    if "<" in text and ">" in text:
        text = _ENTITY.sub(" ", _TAG.sub(" ", text))
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


@dataclass
class Reading:
    """What the walk read: untranslated texts and cut-off texts, each with where it was."""

    path: list[str] = field(default_factory=list)
    untranslated: dict[str, str] = field(default_factory=dict)  # text -> where
    cut: dict[str, str] = field(default_factory=dict)  # "widget: text" -> where
    texts: int = 0
    dialogs: set[str] = field(default_factory=set)

    def where(self) -> str:
        return " > ".join(self.path)

    data_words: set[str] = field(default_factory=set)

    def text(self, text: str, what: str) -> None:
        plain = _plain(text)
        if not plain:
            return
        self.texts += 1
        if plain in SERVICE_PROBLEMS:
            return
        # What went through tr is marked; what is left must be numbers or the owner's words.
        rest, before = plain, ""
        while rest != before:  # inside out: a translated value inside a translated sentence
            before, rest = rest, _MARKED.sub(" ", rest)
        rest = _UNCLOSED.sub(" ", rest)
        rest = _HEX.sub(" ", rest)
        for match in _WORD.finditer(rest):
            word = match.group(0)
            if word in self.data_words or word.lower() in self.data_words:
                continue
            after = rest[match.end() :].lstrip()
            cut_short = after == "" or after.startswith(("…", "—"))
            if cut_short and any(d.startswith(word) for d in self.data_words):
                continue  # an owner's text cut short to fit a list
            self.untranslated.setdefault(plain, f"{what} @ {self.where()}")
            return

    def cut_off(self, widget: QWidget, text: str, why: str) -> None:
        key = describe(widget) if isinstance(widget, QAbstractButton) else type(widget).__name__
        self.cut.setdefault(f"{key}: {_plain(text)!r} ({why})", self.where())


def _elided(text: str) -> bool:
    """A marked text cut short: it opens with ``⟦`` and lost its ``⟧``."""
    plain = _plain(text)
    return OPEN in plain and CLOSE not in plain[plain.index(OPEN) :]


def read(root: QWidget, reading: Reading) -> None:
    """Read every visible text in ``root`` (a screen or a dialog) into ``reading``."""
    QApplication.processEvents()  # the layouts a click asked for, before widths are measured
    reading.text(root.windowTitle(), "window title")
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not (alive(w) and w.isVisible()):
            continue
        if w.toolTip():
            reading.text(w.toolTip(), f"tooltip of {type(w).__name__}")
        if isinstance(w, QLabel):
            _read_label(w, reading)
        elif isinstance(w, QAbstractButton):
            _read_button(w, reading)
        elif isinstance(w, QGroupBox):
            reading.text(w.title(), "group box title")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                reading.text(w.tabText(i), "tab")
                if w.tabToolTip(i):
                    reading.text(w.tabToolTip(i), "tab tooltip")
        elif isinstance(w, QHeaderView):
            model = w.model()
            if model is None:
                continue
            for i in range(w.count()):
                if w.isSectionHidden(i):
                    continue
                value = model.headerData(i, w.orientation(), Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    reading.text(value, "column header")
        elif isinstance(w, QComboBox):
            if w.isEditable():
                continue
            for i in range(w.count()):
                reading.text(w.itemText(i), "combo item")
        elif isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            reading.text(w.placeholderText(), "placeholder")
            if isinstance(w, QLineEdit) and not w.isReadOnly():
                reading.text(w.text(), "text field")  # a value the app wrote there
        elif isinstance(w, QAbstractItemView) and w.objectName() not in DATA_VIEWS:
            _read_items(w, reading)


def _read_items(view: QAbstractItemView, reading: Reading) -> None:
    """The first rows of a list or table, as shown (DisplayRole)."""
    model = view.model()
    if model is None:
        return
    for row in range(40):
        for col in range(12):  # a list model's columnCount is private: ask hasIndex instead
            if not model.hasIndex(row, col):
                continue
            index = model.index(row, col)
            if view.isIndexHidden(index):
                continue
            value = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                reading.text(value, f"item of {type(view).__name__}")
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                reading.text(tip, f"item tooltip of {type(view).__name__}")


def _settle() -> None:
    """Let every posted layout request run: a text set by a timer (the composer's counters, on a
    busy machine) asks its parents' layouts for room, nested layouts one pass at a time."""
    for _ in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _read_label(label: QLabel, reading: Reading, settled: bool = False) -> None:
    text = label.text()
    if not text:
        return
    if not settled:
        reading.text(text, "label")
    if _elided(text):
        reading.cut_off(label, text, "elided")
        return
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and bool(_TAG.search(text))
    )
    room = label.contentsRect().width() - 2 * label.margin()
    if label.wordWrap() or rich:
        if label.wordWrap() and label.heightForWidth(label.width()) > label.height() + 2:
            reading.cut_off(label, text, "wrapped text taller than the label")
        return
    widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    if widest > room + 1 and not settled:
        _settle()  # measured before its layout ran? measure again once the layouts are done
        if alive(label) and label.isVisible():
            _read_label(label, reading, settled=True)
        return
    if widest > room + 1:
        reading.cut_off(label, text, f"needs {widest}px, has {room}px")


def _read_button(button: QAbstractButton, reading: Reading, settled: bool = False) -> None:
    text = button.text()
    if not text:
        return
    if not settled:
        reading.text(text, "button")
    if _elided(text):
        reading.cut_off(button, text, "elided")
        return
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return
    if isinstance(button, (QPushButton, QToolButton, QCheckBox, QRadioButton)):
        need = button.sizeHint().width()
        if need > button.width() + 1 and not settled:
            _settle()  # as for labels: measure again once the layouts are done
            if alive(button) and button.isVisible():
                _read_button(button, reading, settled=True)
            return
        if need > button.width() + 1:
            reading.cut_off(button, text, f"needs {need}px, has {button.width()}px")


def _top_levels() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def _close(widget: QWidget) -> None:
    if not alive(widget):
        return
    if isinstance(widget, QDialog):
        widget.done(QDialog.DialogCode.Rejected)
    else:
        widget.close()
    QApplication.processEvents()


class Walker:
    """Clicks every button of a screen; reads the screen after each click, and every dialog or
    menu a click opens (dialogs one level deep: their own buttons are clicked and read too)."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading

    def press_all(self, container: QWidget, depth: int) -> None:
        done: set[tuple[str, ...]] = set()
        for _ in range(MAX_CLICKS_PER_CONTAINER):
            if not alive(container) or not container.isVisible():
                return
            seen: dict[tuple[str, ...], int] = {}
            todo = []
            for b in container.findChildren(QAbstractButton):
                if not (b.isVisible() and b.isEnabled()) or b.window() is not container.window():
                    continue
                sig = (type(b).__name__, b.objectName(), button_text(b), b.toolTip())
                n = seen.get(sig, 0)
                seen[sig] = n + 1
                key = (*sig, str(n))
                if key not in done and button_text(b) not in EXCLUDED:
                    todo.append((b, key))
            if not todo:
                return
            button, key = todo[0]
            done.add(key)
            self.press(button, container, depth)

    def press(self, target: QAbstractButton | QAction, container: QWidget, depth: int) -> None:
        name = describe(target) if isinstance(target, QWidget) else f"menu {target.text()!r}"
        self.reading.path.append(name)
        before = _top_levels()
        menus: list[QAction] = []
        handled: list[QWidget] = []
        active = [True]

        def poll() -> None:
            if not active[0]:
                return
            popup = QApplication.activePopupWidget()
            if isinstance(popup, QMenu):
                for action in popup.actions():
                    if not action.isSeparator() and action.isVisible():
                        self.reading.text(action.text(), "menu item")
                        if depth == 0 and action.isEnabled() and action.menu() is None:
                            menus.append(action)
                popup.close()
            else:
                modal = QApplication.activeModalWidget()
                if modal is not None and id(modal) not in before and modal not in handled:
                    self.handle(modal, depth, handled)
            QTimer.singleShot(20, poll)

        try:
            QTimer.singleShot(0, poll)
            if isinstance(target, QWidget):
                if not (alive(target) and target.isVisible() and target.isEnabled()):
                    return
                click(target)
            else:
                target.trigger()
                QApplication.processEvents()
            active[0] = False
            for widget in QApplication.topLevelWidgets():
                if id(widget) not in before and widget.isVisible() and widget not in handled:
                    self.handle(widget, depth, handled)
            if alive(container) and container.isVisible():
                read(container, self.reading)
            for action in dict.fromkeys(menus):
                self.press(action, container, depth + 1)
        finally:
            active[0] = False
            self.reading.path.pop()

    def handle(self, widget: QWidget, depth: int, handled: list[QWidget]) -> None:
        handled.append(widget)
        if isinstance(widget, QMenu):
            for action in widget.actions():
                if not action.isSeparator():
                    self.reading.text(action.text(), "menu item")
            widget.close()
            return
        self.reading.dialogs.add(_plain(widget.windowTitle()))
        self.reading.path.append(f"dialog {widget.windowTitle()!r}")
        try:
            read(widget, self.reading)
            if depth == 0 and isinstance(widget, QDialog):
                self.press_all(widget, depth + 1)
        finally:
            self.reading.path.pop()
        _close(widget)


def extracted(tmp_path: Path) -> set[tuple[str, str]]:
    """What ``pyside6-lupdate`` finds in the UI's sources (as scripts/update-translations.sh
    runs it), read from a fresh .ts in ``tmp_path``: the translators only ever see these."""
    root = Path(smmdesk_gui.ui.__file__).parent
    sources = sorted(str(p) for p in root.rglob("*.py")) + [str(root.parent / "app.py")]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ts = tmp_path / "extracted.ts"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(ts)], check=True, timeout=120)
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


def qt_own(asked: set[tuple[str, str]]) -> set[tuple[str, str]]:  # noqa: N802
    """Qt's own lookups (its dialogs' buttons, the line edit's menu): qtbase's catalogue."""
    return {(c, s) for c, s in asked if re.match(r"Q[A-Z]", c)}


def _owner_words(ctx: Any) -> set[str]:
    """Every word the owner typed into the demo workspace, and the allowed words."""
    words: set[str] = set()
    with sqlite3.connect(ctx.paths.database) as db:
        for table, column in OWNER_DATA:
            for (value,) in db.execute(f"SELECT {column} FROM {table}"):  # noqa: S608 — data
                words.update(_WORD.findall(value or ""))
    for folder in (ctx.paths.home, ctx.paths.backups, ctx.paths.log_file.parent):
        words.update(_WORD.findall(str(folder)))  # folders shown in Settings
    for text, _why in ALLOWED_WORDS:
        words.update(text.split())
    return words


def _first_item(view: QAbstractItemView) -> Any:
    model = view.model()
    if model is None:
        return None
    for row in range(50):
        for col in range(8):
            if not model.hasIndex(row, col):
                continue
            index = model.index(row, col)
            if index.flags() & Qt.ItemFlag.ItemIsSelectable and view.visualRect(index).isValid():
                return index
    return None


def pseudo_app(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[PseudoTranslator]:
    """The pseudo translation installed on the app, the Dutch locale for numbers and dates,
    and what leaves the process answered instead (for a fixture: ``yield from``)."""
    for owner, name, replacement in OS_DOORS:
        monkeypatch.setattr(owner, name, staticmethod(replacement))
    from smmdesk_gui.ui.calendar import welcome

    monkeypatch.setattr(welcome.Welcome, "start_detached", staticmethod(lambda *a: True))
    from smmdesk_gui.services.publish import os_schedule

    # the OS's scheduler (systemctl, launchctl, schtasks): answered "done", never run
    monkeypatch.setattr(os_schedule, "_run", lambda cmd: 0)
    translator = PseudoTranslator(qapp)
    assert qapp.installTranslator(translator)
    previous = QLocale()
    QLocale.setDefault(LOCALE)
    yield translator
    qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def walk_every_screen(window: Any, ctx: Any) -> Reading:
    """Visit every rail screen, click its buttons, open what they open, select each list's
    first item; read everything shown on the way."""
    reading = Reading(data_words=_owner_words(ctx))
    walker = Walker(reading)
    read(window, reading)
    for key, *_ in RAIL:
        reading.path.append(f"screen {key}")
        try:
            click(window.rail.buttons[key])
            screen = window.stack.currentWidget()
            read(window, reading)
            walker.press_all(screen, 0)
            for view in screen.findChildren(QAbstractItemView):
                if not (alive(view) and view.isVisible()):
                    continue
                index = _first_item(view)
                if index is None:
                    continue
                reading.path.append(f"first item of {type(view).__name__}")
                try:
                    view.setCurrentIndex(index)
                    view.clicked.emit(index)
                    QApplication.processEvents()
                    if alive(screen) and screen.isVisible():
                        read(screen, reading)
                finally:
                    reading.path.pop()
        finally:
            reading.path.pop()
    return reading
