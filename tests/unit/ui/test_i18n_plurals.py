"""Plural forms come from Qt's catalogues: English has its own, and is the fallback."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from smmdesk_gui.ui.i18n import apply_language


def _t(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, "", n)


def test_english_says_one_post_and_two_posts(qapp: Any) -> None:
    apply_language(qapp, "en")
    assert _t("MainWindow", "%n post(s) scheduled today", 1) == "1 post scheduled today"
    assert _t("MainWindow", "%n post(s) scheduled today", 2) == "2 posts scheduled today"
    assert _t("MainWindow", "%n need(s) you", 1) == "1 needs you"
    assert _t("MainWindow", "%n need(s) you", 3) == "3 need you"
    assert _t("Stats", "%n days", 1) == "1 day"
    assert _t("PostingTimesDialog", "%n posting times a week", 1) == "1 posting time a week"
    assert _t("PlanUndo", "Move %n day(s) later", 1) == "Move 1 day later"  # added by hand


def test_an_untranslated_plural_falls_back_to_english_forms(qapp: Any) -> None:
    """Every shipped language is complete, so the gap is made here: Persian's own catalogue is
    taken out, and its plural messages then fall back to the English forms, never "(s)"."""
    from smmdesk_gui.ui import i18n

    try:
        apply_language(qapp, "fa")
        own = [t for t in i18n._installed if t.filePath().endswith("smmdesk_fa.qm")]
        assert own, "the Persian catalogue was loaded"
        for translator in own:
            qapp.removeTranslator(translator)
        for translator in i18n._installed:  # the locale-digits wrapper asks the others itself
            if isinstance(translator, i18n._LocaleTexts):
                translator._others = [o for o in translator._others if o not in own]
        text = _t("PostingTimesDialog", "%n posting times a week", 1)
        assert "(s)" not in text and text.endswith("posting time a week")
    finally:
        apply_language(qapp, "en")
