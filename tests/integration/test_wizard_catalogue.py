"""The Meta setup wizard and VK's "Allow photos", read through the pseudo translation: every
visible text went through tr, and every string they look up is one lupdate extracts (so the
translators get it). The main walk does not reach them (they are two clicks from a screen).
(Here, not in tests/unit: it starts lupdate.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.ui.accounts.connect_dialog import ConnectDialog
from smmdesk_gui.ui.accounts.meta_wizard import META_PLATFORMS, STEPS, MetaWizard
from smmdesk_gui.ui.accounts.vk_photos import AllowPhotosDialog
from tests.fakes.meta import FakeMeta
from tests.fakes.pseudo import CLOSE, OPEN, PseudoTranslator
from tests.fakes.pseudo_walk import extracted, pseudo_app, qt_own
from tests.fakes.vk import FakeVK

#: Meta's words, typed as they are on Meta's site in every language: the permission names.
META_WORDS = {name for steps in STEPS.values() for step in steps for name in step.copy}


@pytest.fixture
def pseudo_locale(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[PseudoTranslator]:
    yield from pseudo_app(qapp, monkeypatch)


def _untranslated(widget: QWidget, allowed: set[str]) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisible()]
    if hasattr(widget, "currentPage") and widget.currentPage() is not None:
        texts.append(widget.currentPage().title())
    return [t for t in texts if t and t not in allowed and not (OPEN in t and CLOSE in t)]


def test_the_wizard_reads_translated_and_is_extracted(
    ctx: Any, qtbot: Any, pseudo_locale: PseudoTranslator, tmp_path: Path, memory_keyring: Any
) -> None:
    meta, vk = FakeMeta(), FakeVK()
    try:
        service = AccountService(ctx.store)
        values = {
            "facebook": (meta.page_id, meta.page_token),
            "instagram": ("corner.bakery", meta.ig_token),
            "threads": ("corner.bakery", meta.threads_token),
        }
        problems: list[str] = []
        dialog = ConnectDialog(ctx, service)
        qtbot.addWidget(dialog)
        dialog.show()
        for platform in META_PLATFORMS:
            dialog.platform.setCurrentIndex(dialog.platform.findData(platform))
            allowed = {dialog.platform.currentText()}  # the platform's name is a brand
            problems += [f"connect {platform}: {t!r}" for t in _untranslated(dialog, allowed)]
            wizard = MetaWizard(ctx, service, platform, server=meta.url, parent=dialog)
            qtbot.addWidget(wizard)
            wizard.show()
            handle, token = values[platform]
            while True:
                page = wizard.currentPage()
                if page is wizard.paste:
                    page.handle.setText(handle)
                    page.token.setText(token)
                allowed = META_WORDS | {handle}
                problems += [f"{platform}: {t!r}" for t in _untranslated(wizard, allowed)]
                if page is wizard.check:
                    break
                wizard.next()
            assert wizard.result_info is not None
            wizard.close()
        info = service.add("vk", "korenbloem", vk.community_token, server=vk.url)
        photos = AllowPhotosDialog(ctx, service, info)
        qtbot.addWidget(photos)
        photos.show()
        photos.submit()  # empty: the plain "paste it first"
        problems += [f"vk: {t!r}" for t in _untranslated(photos, set())]
        assert problems == []
    finally:
        meta.close()
        vk.close()
    asked = {(c, s) for c, s in pseudo_locale.asked if s}
    ours = {(c, s) for c, s in asked if c in ("MetaWizard", "StepPage", "PastePage", "CheckPage")}
    assert len(ours) > 40, len(ours)
    catalogue = extracted(tmp_path)
    missing = sorted(asked - catalogue - qt_own(asked))
    assert missing == [], "not extracted by lupdate:\n" + "\n".join(map(repr, missing))
