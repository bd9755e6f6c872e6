"""Render every screen of the demo workspace to PNG files (offscreen), for the README and reviews.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR [--lang fa]
       [--empty]   (an empty workspace instead of the demo: the first-run empty states)
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
    parser.add_argument("--empty", action="store_true")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from smmdesk_gui.demo.workspace import build_demo
    from smmdesk_gui.paths import app_paths
    from smmdesk_gui.store.db import open_store
    from smmdesk_gui.ui.context import AppContext
    from smmdesk_gui.ui.i18n import apply_language
    from smmdesk_gui.ui.main_window import MainWindow
    from smmdesk_gui.ui.rail import RAIL
    from smmdesk_gui.ui.tasks import SyncTaskRunner

    app = QApplication(sys.argv[:1])
    app.setProperty("smmdesk_no_dialogs", True)
    apply_language(app, args.lang)
    home = Path(tempfile.mkdtemp(prefix="smmdesk-shots-"))
    paths = app_paths(home).ensure()
    store = open_store(paths.database, paths.backups)
    if not args.empty:
        build_demo(store, paths)
    width, height = (int(v) for v in args.size.split("x"))
    window = MainWindow(paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    window.resize(width, height)
    window.show()
    window.attach(AppContext(paths=paths, store=store, tasks=SyncTaskRunner(), demo=True))
    for key, *_ in RAIL:
        window.navigate(key)
        for _ in range(5):
            QCoreApplication.processEvents()
        target = args.out / f"{key}-{args.lang}{'-empty' if args.empty else ''}.png"
        window.grab().save(str(target))
        print(target)
    window.close()
    store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
