"""UI language: loads SMM Desk's .qm and Qt's own translations, and sets the layout direction.

Qt's ``qtbase_<lang>.qm`` also makes Qt flip the layout right-to-left for Persian and Arabic
(as Picard's ``i18n/qt.py`` does); we set the direction explicitly as well, so it holds even where
Qt's own catalogue is missing.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
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


class _LocaleDigitCounts(QTranslator):
    """Counts in the locale's digits: ``tr("%n posts", "", n)`` gives "۳ پست", not "3 پست".

    Qt writes ``%n`` in ASCII digits and only ``%Ln`` in the locale's; the sources and the
    translators' files say ``%n``. Installed last (asked first), this translator answers only
    for counts: the translation the others give (or the source text), with ``%n`` read as
    ``%Ln``; Qt then fills it in. Used where the locale's digits are not ASCII (fa, ar).
    """

    def __init__(self, others: list[QTranslator], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._others = others

    def translate(  # None is a null QString to Qt
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "%n" not in source:
            return None  # not a count: a null string, so Qt asks the other translators
        text = ""
        for other in reversed(self._others):  # the last installed is asked first, as Qt does
            text = other.translate(context, source, disambiguation, n) or ""
            if text:
                break
        return (text or source).replace("%Ln", "%n").replace("%n", "%Ln")

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
    if QLocale().zeroDigit() != "0":
        counts = _LocaleDigitCounts(list(_installed), app)
        app.installTranslator(counts)
        _installed.append(counts)
    direction = (
        Qt.LayoutDirection.RightToLeft if code in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)
    return code


_PLACEHOLDER = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """Fill Qt's ``%1`` .. ``%9`` in a translated ``text``, in one pass, like ``QString::arg``.

    The one idiom for translated strings with values (``%n`` goes through ``tr(text, "", n)``):
    translators may reorder the placeholders, and a value that itself holds ``%2`` is not filled
    again. A placeholder without a value stays as written.
    """

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, text)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Mark ``text`` for translation in ``context`` without translating it yet (typed for mypy)."""
    return text
