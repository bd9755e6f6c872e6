"""UI language: loads SMM Desk's .qm and Qt's own translations, and sets the layout direction.

Qt's ``qtbase_<lang>.qm`` also makes Qt flip the layout right-to-left for Persian and Arabic
(as Picard's ``i18n/qt.py`` does); we set the direction explicitly as well, so it holds even where
Qt's own catalogue is missing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

# code -> name in its own language
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "fa": "فارسی",
    "ar": "العربية",
    "nl": "Nederlands",
    "fil": "Filipino",
}
RTL_LANGUAGES = frozenset({"fa", "ar"})

_installed: list[QTranslator] = []


RLM = "\u200f"  # RIGHT-TO-LEFT MARK: invisible, a strong right-to-left letter
_LEADING_TAGS = re.compile(r"^(\s*(?:<[^>]+>\s*)*)")


def starts_right_to_left(text: str) -> str:
    """``text`` made to read as a right-to-left paragraph: an RLM in front when the paragraph
    would otherwise take its direction from a Latin word or a value at its start.

    Qt gives a paragraph the direction of its first strong letter, so a Persian sentence that
    opens with "SMM Desk", «Create app» or ``%1`` was laid out left-to-right: its full stop and
    clauses landed on the wrong side. A text with no right-to-left letter at all (a brand name)
    is left as it is; in rich text the mark goes after the opening tags, so Qt still sees a tag
    first.
    """
    first_strong = ""
    has_rtl = False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "%" and i + 1 < len(text) and (text[i + 1].isdigit() or text[i + 1] in "nL"):
            first_strong = first_strong or "value"
            i += 2
            continue
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            has_rtl = True
            first_strong = first_strong or "rtl"
        elif kind == "L" and not first_strong:
            first_strong = "ltr"
        if has_rtl and first_strong:
            break
        i += 1
    if not has_rtl or first_strong == "rtl":
        return text
    lead = _LEADING_TAGS.match(text)
    at = lead.end() if lead else 0
    return text[:at] + RLM + text[at:]


class _LocaleTexts(QTranslator):
    """The right-to-left and locale-digit touches on what the other translators give.

    Installed last (asked first), it asks the others itself and answers with their translation:

    * counts in the locale's digits: Qt writes ``%n`` in ASCII digits and only ``%Ln`` in the
      locale's; the sources and the translators' files say ``%n``, so here ``%n`` is read as
      ``%Ln`` (fa, ar: "۳ پست", not "3 پست");
    * in a right-to-left language, a sentence opening with a Latin word or a value starts with
      an RLM (:func:`starts_right_to_left`).

    A text nobody translated gets a null string, so Qt shows the source as before.
    """

    def __init__(
        self, others: list[QTranslator], parent: QCoreApplication, *, digits: bool, rtl: bool
    ) -> None:
        super().__init__(parent)
        self._others = others
        self._digits = digits
        self._rtl = rtl

    def translate(  # None is a null QString to Qt
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        count = self._digits and n >= 0 and "%n" in source
        if not count and not self._rtl:
            return None  # nothing to touch: a null string, so Qt asks the other translators
        text = ""
        for other in reversed(self._others):  # the last installed is asked first, as Qt does
            text = other.translate(context, source, disambiguation, n) or ""
            if text:
                break
        if not text and not count:
            return None
        text = text or source
        if count:
            text = text.replace("%Ln", "%n").replace("%n", "%Ln")
        return starts_right_to_left(text) if self._rtl else text

    def isEmpty(self) -> bool:  # noqa: N802  (Qt's name)
        return False


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def language_in_use() -> str:
    """The code of the language the UI is shown in (the one ``apply_language`` set)."""
    name = QLocale().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def apply_language(app: QApplication, code: str) -> str:
    """Install translators for ``code`` (falls back to English) and set direction and locale."""
    if code not in LANGUAGES:
        code = "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English has a catalogue too: only its plural forms ("%n post(s)" -> "1 post", "2 posts").
    # It goes in first for every language: Qt asks the last installed translator first, so a
    # text the language has not translated yet still reads "2 posts", never "2 post(s)".
    for name in dict.fromkeys(("en", code)):
        own = QTranslator(app)
        if own.load(str(TRANSLATIONS_DIR / f"smmdesk_{name}.qm")):
            app.installTranslator(own)
            _installed.append(own)
    if code != "en":
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(code))
    digits, rtl = QLocale().zeroDigit() != "0", code in RTL_LANGUAGES
    if digits or rtl:
        touches = _LocaleTexts(list(_installed), app, digits=digits, rtl=rtl)
        app.installTranslator(touches)
        _installed.append(touches)
    direction = (
        Qt.LayoutDirection.RightToLeft if code in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)
    return code


_PLACEHOLDER = re.compile(r"%([1-9])")
_HANDLE_PLACEHOLDER = re.compile(r"(@?)%([1-9])")

FSI = "\u2068"  # FIRST STRONG ISOLATE: the value takes its own direction from its first letter
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE: ends it
# Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, ... and their presentation
# forms): a value holding one needs isolating even in a left-to-right UI.
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def ui_is_rtl() -> bool:
    """Whether the UI reads right to left (Persian, Arabic): the application's layout direction."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolate(value: object) -> str:
    """``value`` as text wrapped in FSI … PDI, so it keeps its own direction inside other text.

    The one helper for bidi isolation: a handle ``@shop``, a URL, a signed number or a time put
    into a Persian or Arabic sentence (or joined with others by " · ") stays in one piece, and
    the punctuation around it lands where the reader expects. The two marks are invisible (zero
    width in Qt's text engine). Empty text and text already isolated are returned as they are.
    """
    text = str(value)
    if not text or (text.startswith(FSI) and text.endswith(PDI)):
        return text
    return f"{FSI}{text}{PDI}"


def needs_isolating(value: object) -> bool:
    """Whether ``value`` put into UI text must be isolated: always in a right-to-left UI; in a
    left-to-right one only when it holds right-to-left letters (a Persian account name)."""
    return ui_is_rtl() or bool(_RTL_LETTER.search(str(value)))


def bidi(value: object) -> str:
    """``value`` isolated where :func:`needs_isolating` says so, else unchanged (plain English
    text stays byte for byte what it was)."""
    return isolate(value) if needs_isolating(value) else str(value)


def list_separator() -> str:
    """What separates the phrases of one line: " · ", but "، " (the Arabic comma) where the
    locale's zero is itself a dot (Arabic ``٠``, Persian ``۰``): there "فشل ١ · ١ بانتظارك" reads
    as the number 101."""
    return "، " if QLocale().zeroDigit() in ("\u0660", "\u06f0") else " · "


def join_parts(parts: Iterable[object], separator: str | None = None) -> str:
    """Phrases joined by ``separator`` (:func:`list_separator` by default) for one line (the
    status bar, a tooltip), each isolated as needed, so a number ending one phrase never runs
    into the next."""
    sep = list_separator() if separator is None else separator
    return sep.join(bidi(p) for p in parts)


_SIGNED_NUMBER = re.compile(r"[+\-\u2212\u00b1]\s?\d[\d.,\u066b\u066c]*(?:\s?[%\u066a])?")


def isolate_signed(text: str) -> str:
    """``text`` with each signed number ("+2", "−14.2 %") isolated as :func:`bidi` says, so a
    right-to-left line shows "+2", never "2+" (the sign is neutral and would drift to the
    other end of the number). For counts Qt fills in itself (``tr("+%n more", "", n)``)."""
    return _SIGNED_NUMBER.sub(lambda m: bidi(m.group()), text)


def arg(text: str, *values: object) -> str:
    """Fill Qt's ``%1`` .. ``%9`` in a translated ``text``, in one pass, like ``QString::arg``.

    The one idiom for translated strings with values (``%n`` goes through ``tr(text, "", n)``):
    translators may reorder the placeholders, and a value that itself holds ``%2`` is not filled
    again. A placeholder without a value stays as written. Each value is isolated (FSI … PDI)
    as :func:`bidi` says: in a right-to-left UI always, so "@shop", "+12 %" or "12:30" keep
    their order in a Persian sentence. Text that is not for the screen (a file name) uses
    :func:`arg_plain`.
    """

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(2)) - 1
        if index >= len(values):
            return match.group(0)
        # "@%1" is a handle: its "@" goes inside the isolate, else it lands after the name
        return bidi(match.group(1) + _digits(values[index]))

    return _HANDLE_PLACEHOLDER.sub(fill, text)


def _digits(value: object) -> str:
    """A whole number in the locale's digits where they are not ASCII ("Ideas (۹)"), without
    group separators (a count, a limit, a year); anything else as ``str`` gives it. English
    and the other Latin-digit languages keep ``str`` exactly."""
    if isinstance(value, int) and not isinstance(value, bool):
        locale = QLocale()
        if locale.zeroDigit() != "0":
            locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
            return locale.toString(value)
    return str(value)


def arg_plain(text: str, *values: object) -> str:
    """:func:`arg` without isolation, for text that is stored rather than shown (a file name)."""
    return _fill(text, [str(v) for v in values])


def _fill(text: str, values: list[str]) -> str:
    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, text)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Mark ``text`` for translation in ``context`` without translating it yet (typed for mypy)."""
    return text
