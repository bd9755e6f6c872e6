"""A child process for the kill test: opens the Compose screen and types, one key every 25 ms,
printing "typed N T" (N characters so far, T = time.monotonic()) after each key."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TEXT = "Fresh sourdough every morning from seven. " * 20


def main() -> int:
    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.store.db import open_store
    from smmdesk_gui.ui.composer.page import ComposePage
    from smmdesk_gui.ui.context import AppContext
    from smmdesk_gui.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    paths = AppPaths(Path(os.environ["SMMDESK_HOME"])).ensure()
    store = open_store(paths.database, paths.backups)
    ctx = AppContext(paths=paths, store=store, tasks=TaskRunner())
    page = ComposePage(ctx)
    page.resize(1000, 700)
    typed = 0

    def key() -> None:
        nonlocal typed
        if typed >= len(TEXT):
            app.quit()
            return
        QTest.keyClick(page.editor, TEXT[typed])
        typed += 1
        print(f"typed {typed} {time.monotonic():.4f}", flush=True)

    timer = QTimer()
    timer.setInterval(25)
    timer.timeout.connect(key)
    QTimer.singleShot(300, timer.start)  # let the (empty) draft load first
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
