"""The translation files: every finished translation keeps its source's placeholders, and the
languages listed as complete have no unfinished message.

A dropped ``%1`` shows the user a sentence without its number; an added ``{name}`` shows the raw
braces; a missing HTML tag breaks a link. Qt's lrelease accepts all of these silently.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from smmdesk_gui.ui.i18n import TRANSLATIONS_DIR

# Languages whose translation is finished: an unfinished message there is a failure.
COMPLETE_LANGUAGES: tuple[str, ...] = ("ru", "fa", "ar")

# How many plural forms Qt's lrelease expects per language (Qt's numerus rules: Persian has one
# form, like Japanese; Arabic six: 0, 1, 2, 3-10, 11-99, 100+).
NUMERUS_FORMS = {"ar": 6, "en": 2, "fa": 1, "fil": 2, "nl": 2, "ru": 3}

# Qt's %1..%9 and %n, Python-style {name} fields, and HTML tags (by name, open or close).
PLACEHOLDER = re.compile(r"%[1-9n]|\{[A-Za-z_]\w*\}|</?[A-Za-z][A-Za-z0-9]*")

TS_FILES = sorted(TRANSLATIONS_DIR.glob("smmdesk_*.ts"))


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # the translation, or one text per plural form

    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def language(ts: Path) -> str:
    return ts.stem.removeprefix("smmdesk_")


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    name, message.findtext("source") or "", numerus, kind != "unfinished", forms
                )
            )
    return found


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def test_there_are_translation_files() -> None:
    assert {language(ts) for ts in TS_FILES} >= set(COMPLETE_LANGUAGES)


@pytest.mark.parametrize("ts", TS_FILES, ids=language)
def test_finished_translations_keep_the_placeholders(ts: Path) -> None:
    problems = []
    for m in messages(ts):
        if not m.finished:
            continue
        wanted = placeholders(m.source)
        for i, form in enumerate(m.forms):
            label = f"{m.where()} (form {i + 1})" if m.numerus else m.where()
            if not form.strip():
                problems.append(f"{label}: empty translation")
            elif placeholders(form) != wanted:
                got, want = sorted(placeholders(form).elements()), sorted(wanted.elements())
                problems.append(f"{label}: placeholders {got}, source has {want}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=language)
def test_plural_messages_have_the_languages_number_of_forms(ts: Path) -> None:
    expected = NUMERUS_FORMS.get(language(ts))
    if expected is None:
        pytest.fail(f"add the number of plural forms of {language(ts)!r} to NUMERUS_FORMS")
    wrong = [
        f"{m.where()}: {len(m.forms)} forms"
        for m in messages(ts)
        if m.numerus and len(m.forms) != expected
    ]
    assert not wrong, f"{language(ts)} needs {expected} forms:\n" + "\n".join(wrong)


@pytest.mark.parametrize("lang", COMPLETE_LANGUAGES)
def test_complete_languages_have_no_unfinished_message(lang: str) -> None:
    unfinished = [
        m.where() for m in messages(TRANSLATIONS_DIR / f"smmdesk_{lang}.ts") if not m.finished
    ]
    assert not unfinished, f"{len(unfinished)} unfinished in {lang}:\n" + "\n".join(unfinished)


@pytest.mark.parametrize("lang", COMPLETE_LANGUAGES)
def test_the_compiled_file_matches_the_translations(lang: str) -> None:
    """The app loads the .qm, not the .ts: a .qm not compiled again after an edit ships the old
    text (pyside6-lrelease smmdesk_<lang>.ts -qm smmdesk_<lang>.qm)."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS_DIR / f"smmdesk_{lang}.qm"))
    stale = []
    for m in messages(TRANSLATIONS_DIR / f"smmdesk_{lang}.ts"):
        if m.finished and not m.numerus:
            shipped = translator.translate(m.context, m.source)
            if shipped != m.forms[0]:
                stale.append(f"{m.where()}: .qm has {shipped!r}")
    assert not stale, "\n".join(stale)


def test_the_check_catches_a_dropped_placeholder(tmp_path: Path) -> None:
    """The parser and pattern see what a translator gets wrong (guards the guard)."""
    ts = tmp_path / "smmdesk_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="xx">\n'
        "<context><name>C</name>\n"
        "<message><source>Saved %1 posts to {path}.</source>"
        "<translation>Saved posts.</translation></message>\n"
        '<message><source>If not, &lt;a href="{url}"&gt;click&lt;/a&gt;.</source>'
        '<translation>Sinon, &lt;a href="{url}"&gt;cliquez&lt;/a&gt;.</translation></message>\n'
        '<message numerus="yes"><source>%n post(s)</source><translation>'
        "<numerusform>one post</numerusform><numerusform>%n posts</numerusform>"
        "</translation></message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    found = messages(ts)
    assert placeholders(found[0].source) != placeholders(found[0].forms[0])
    assert placeholders(found[1].source) == placeholders(found[1].forms[0])
    assert [placeholders(f) == placeholders(found[2].source) for f in found[2].forms] == [
        False,
        True,
    ]
