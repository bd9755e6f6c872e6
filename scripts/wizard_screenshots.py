"""Render every page of the Meta setup wizard (and the VK "Allow photos" dialog) to PNG files.

Usage: PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/wizard_screenshots.py
       OUT_DIR [--lang fa]

The check page talks to the local fake Graph API of the tests (tests/fakes/meta.py) and keeps
tokens in a keyring in memory: nothing leaves the machine, no real keyring is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    import keyring
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from smmdesk_gui.paths import app_paths
    from smmdesk_gui.services.accounts import AccountService
    from smmdesk_gui.store.db import open_store
    from smmdesk_gui.ui.accounts.connect_dialog import ConnectDialog
    from smmdesk_gui.ui.accounts.meta_wizard import META_PLATFORMS, MetaWizard
    from smmdesk_gui.ui.accounts.vk_photos import AllowPhotosDialog
    from smmdesk_gui.ui.context import AppContext
    from smmdesk_gui.ui.i18n import apply_language
    from smmdesk_gui.ui.tasks import SyncTaskRunner
    from tests.fakes.keyrings import MemoryKeyring
    from tests.fakes.meta import FakeMeta
    from tests.fakes.vk import FakeVK

    app = QApplication(sys.argv[:1])
    app.setProperty("smmdesk_no_dialogs", True)
    apply_language(app, args.lang)
    keyring.set_keyring(MemoryKeyring())
    home = Path(tempfile.mkdtemp(prefix="smmdesk-wizard-shots-"))
    paths = app_paths(home).ensure()
    store = open_store(paths.database, paths.backups)
    ctx = AppContext(paths=paths, store=store, tasks=SyncTaskRunner())
    service = AccountService(store)
    meta, vk = FakeMeta(), FakeVK()

    def shot(widget: QWidget, name: str) -> None:
        for _ in range(5):
            QCoreApplication.processEvents()
        target = args.out / f"{name}-{args.lang}.png"
        widget.grab().save(str(target))
        print(target)

    dialog = ConnectDialog(ctx, service)
    dialog.platform.setCurrentIndex(dialog.platform.findData("facebook"))
    dialog.show()
    shot(dialog, "connect-facebook")
    dialog.close()

    values = {
        "facebook": (meta.page_id, meta.page_token),
        "instagram": ("corner.bakery", meta.ig_token),
        "threads": ("corner.bakery", meta.threads_token),
    }
    for platform in META_PLATFORMS:
        wizard = MetaWizard(ctx, service, platform, server=meta.url)
        wizard.open_url = lambda _url: True  # type: ignore[method-assign]
        wizard.resize(640, 480)
        wizard.show()
        number = 1
        while wizard.currentPage() is not wizard.paste:
            shot(wizard, f"wizard-{platform}-{number}")
            wizard.next()
            number += 1
        handle, token = values[platform]
        wizard.paste.handle.setText(handle)
        wizard.paste.token.setText("wrong-token" if platform == "threads" else token)
        shot(wizard, f"wizard-{platform}-{number}-paste")
        wizard.next()
        if platform == "threads":  # the plain error on the check page, then the fix
            shot(wizard, f"wizard-{platform}-{number + 1}-check-error")
            wizard.back()
            wizard.paste.token.setText(token)
            wizard.next()
        shot(wizard, f"wizard-{platform}-{number + 1}-check")
        wizard.close()

    info = service.add("vk", "korenbloem", vk.community_token, server=vk.url)
    photos = AllowPhotosDialog(ctx, service, info)
    photos.show()
    shot(photos, "vk-allow-photos")
    photos.close()
    meta.close()
    vk.close()
    store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
