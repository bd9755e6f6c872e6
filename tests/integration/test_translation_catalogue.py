"""Every string the app looks up while a person walks it is one lupdate extracts.

``pyside6-lupdate`` (as scripts/update-translations.sh runs it) writes a fresh .ts of the UI's
sources into a temporary folder; the pseudo translator remembers every ``(context, source)`` the
walk asked for. A lookup lupdate does not see never reaches a translator: a ``tr()`` inside an
f-string, a variable translated at use without ``QT_TRANSLATE_NOOP``, a key looked up by mistake.
(Here, not in tests/unit: it starts lupdate.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.journeys import open_window
from tests.fakes.pseudo import PseudoTranslator
from tests.fakes.pseudo_walk import extracted, pseudo_app, qt_own, walk_every_screen


@pytest.fixture
def pseudo_locale(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[PseudoTranslator]:
    yield from pseudo_app(qapp, monkeypatch)


def test_every_string_looked_up_is_extracted_by_lupdate(
    ctx: Any, qtbot: Any, pseudo_locale: PseudoTranslator, tmp_path: Path
) -> None:
    window = open_window(ctx, qtbot, demo=True)
    walk_every_screen(window, ctx)
    asked = {(c, s) for c, s in pseudo_locale.asked if s}  # Qt also asks for "": harmless
    assert len(asked) > 300, len(asked)
    catalogue = extracted(tmp_path)
    missing = sorted(asked - catalogue - qt_own(asked))
    assert missing == [], "not extracted by lupdate:\n" + "\n".join(map(repr, missing))
    # the catalogue is lupdate's: a marked string is in it, under its context
    assert ("OverlayPanel", "Top left") in catalogue
    assert ("OverlayPanel", "Top left") in asked
