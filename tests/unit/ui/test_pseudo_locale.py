"""The pseudo-locale check: with every translated string marked ``⟦..⟧`` and ~40% longer, walk
every screen of the demo and every dialog one click away, and read what a person would read.

Two faults are found this way. Text with letters but no ``⟦`` never went through ``tr`` (an
f-string, a ``.format``, an English word from the domain), so no owner will ever read it in their
language. Text that does not fit its widget (a label or a button narrower than its text, a text
cut short with "…") is what a longer language does to a layout made for English.

What is not ours to translate is allowed as data below, each with its reason: the owner's own
words (post texts, account names, file names), numbers and dates Qt's locale writes, brand names.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6

import smmdesk_gui.ui
from tests.fakes.journeys import open_window
from tests.fakes.pseudo import PseudoTranslator, pseudo
from tests.fakes.pseudo_walk import Reading, pseudo_app, read, walk_every_screen


@pytest.fixture
def pseudo_locale(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[PseudoTranslator]:
    yield from pseudo_app(qapp, monkeypatch)


def test_pseudo_translation_marks_lengthens_and_keeps_placeholders() -> None:
    assert pseudo("Save") == "⟦Sáávéé⟧"
    assert pseudo("%n posts on %1") == "⟦%n póósts óón %1⟧"
    assert pseudo("<b>Done</b> &amp; %L1") == "⟦<b>Dóónéé</b> &amp; %L1⟧"
    assert pseudo("") == ""
    english = "Schedule this post for the best time of the week"
    assert len(pseudo(english)) >= 1.3 * len(english)


def test_pseudo_translator_reaches_tr(qapp: Any, pseudo_locale: PseudoTranslator) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("X", "Open") == "⟦ÓÓpéén⟧"
    assert QCoreApplication.translate("X", "%n posts", "", 3) == "⟦3 póósts⟧"


@pytest.mark.parametrize("workspace", ["empty", "demo"])
def test_every_visible_text_is_translated_and_fits(
    workspace: str, ctx: Any, qtbot: Any, pseudo_locale: PseudoTranslator
) -> None:
    window = open_window(ctx, qtbot, demo=workspace == "demo")
    reading = walk_every_screen(window, ctx)
    assert shiboken6.isValid(window)
    report = [f"{text!r}  <- {where}" for text, where in sorted(reading.untranslated.items())]
    cut = [f"{what}  <- {where}" for what, where in sorted(reading.cut.items())]
    assert reading.texts > (300 if workspace == "demo" else 100), reading.texts
    assert not report and not cut, (
        f"{len(report)} untranslated:\n"
        + "\n".join(report)
        + f"\n\n{len(cut)} cut off:\n"
        + "\n".join(cut)
    )


def test_the_walk_sees_a_text_cut_off_after_its_layout_ran(qtbot: Any) -> None:
    """The walk measures again once the layouts have run (a timer may set a text just before),
    and what is still too narrow then is reported."""
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    label, button = QLabel("short"), QPushButton("Go")
    label.setFixedWidth(60)
    button.setFixedWidth(50)
    grows = QLabel("ok")  # no fixed width: its layout makes room once it runs
    for w in (label, button, grows):
        row.addWidget(w)
    box.show()
    qtbot.waitExposed(box)
    for w in (label, button, grows):
        w.setText("⟦a text far too long for sixty pixels⟧")  # layouts not run yet
    reading = Reading()
    read(box, reading)
    cut = sorted(reading.cut)
    assert len(cut) == 2, cut
    assert any("QLabel" in c for c in cut) and any("QPushButton" in c for c in cut), cut


# ``.format`` on a translated text: the merger's translators see "{handle}" where Qt's tools and
# the glossary expect "%1", and a count needs Qt's numerus. Known ones left, with the reason.
FORMAT_ON_TR_KNOWN: dict[str, str] = {}


def _format_on_tr(tree: ast.AST) -> list[int]:
    """Lines where ``tr(...).format(...)`` / ``translate(...).format(...)`` is called."""
    lines = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        inner = node.func.value
        if node.func.attr != "format" or not isinstance(inner, ast.Call):
            continue
        name = (
            inner.func.attr
            if isinstance(inner.func, ast.Attribute)
            else (inner.func.id if isinstance(inner.func, ast.Name) else "")
        )
        if name in ("tr", "translate", "_tr"):
            lines.append(node.lineno)
    return lines


def test_no_format_on_translated_text() -> None:
    ui = Path(smmdesk_gui.ui.__file__).parent
    found = {}
    for path in sorted(ui.rglob("*.py")):
        lines = _format_on_tr(ast.parse(path.read_text(encoding="utf-8")))
        name = path.relative_to(ui).as_posix()
        if lines and name not in FORMAT_ON_TR_KNOWN:
            found[name] = lines
    assert found == {}, f"use i18n.arg with %1 (and tr(text, '', n) for counts): {found}"
    # the check sees what it looks for
    assert _format_on_tr(ast.parse('x = self.tr("On {a}").format(a=1)')) == [1]
    assert _format_on_tr(ast.parse('x = "{a}".format(a=1)')) == []
