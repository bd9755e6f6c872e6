"""``smmdesk --self-test`` / ``smmdesk-cli self-test``: is this installation able to work?

Opens (and migrates) the store, checks the keyring backend, builds the main window offscreen with
the screens, renders it to an image and checks that real text was drawn: a machine without fonts
renders every string as empty boxes and would otherwise still pass.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path


class SelfTestError(Exception):
    pass


def _check_text_rendering() -> None:
    """Two different words must render differently; with no fonts both are the same boxes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter

    if not QFontDatabase.families():
        raise SelfTestError("no fonts are installed: text would render as empty boxes")

    def render(text: str) -> QImage:
        image = QImage(200, 40, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setPen(QColor("black"))
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return image

    first, second = render("Plan"), render("Hxbo")
    if first == second:
        raise SelfTestError("text renders as identical boxes: the fonts are missing or broken")
    dark = sum(
        1
        for x in range(0, first.width(), 2)
        for y in range(0, first.height(), 2)
        if QColor(first.pixel(x, y)).lightness() < 128
    )
    if dark < 5:
        raise SelfTestError("no text pixels were drawn")


def offscreen_environment(
    environ: Mapping[str, str], platform: str = sys.platform
) -> dict[str, str]:
    """The variables the offscreen self-test sets when they are not set already.

    On Windows, Qt's offscreen plugin reads fonts only from ``QT_QPA_FONTDIR`` or
    ``<Qt>/lib/fonts``, which neither the PySide6 wheel nor the bundle has: without this it
    reports "no fonts are installed" on every Windows PC. Windows' own fonts folder has them.
    """
    wanted = {"QT_QPA_PLATFORM": "offscreen"}
    if platform == "win32" and environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        windir = environ.get("WINDIR") or environ.get("SystemRoot") or r"C:\Windows"
        wanted["QT_QPA_FONTDIR"] = windir.rstrip("\\") + r"\Fonts"
    return {name: value for name, value in wanted.items() if not environ.get(name)}


def run_self_test(home: Path | None = None, screenshot: str | None = None) -> int:
    """Exit code 0 when everything works; non-zero with the reason on stderr."""
    os.environ.update(offscreen_environment(os.environ))
    temp: tempfile.TemporaryDirectory[str] | None = None
    if home is None and not os.environ.get("SMMDESK_HOME"):
        temp = tempfile.TemporaryDirectory(prefix="smmdesk-selftest-")
        home = Path(temp.name)
    try:
        _run(home, screenshot)
    except Exception as exc:
        print(f"self-test FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        if temp is not None:
            temp.cleanup()
    print("self-test passed")
    return 0


def _check_photo_host_signing() -> None:
    """The photo host's S3 client (minio, with its compiled dependencies) is installed and
    signs a URL; offline: a presigned URL is made without a request."""
    from smmdesk_gui.connectors.photo_host import S3PhotoHost, S3Settings

    host = S3PhotoHost(
        S3Settings("https://s3.example.com", "us-east-1", "self-test", "AKIASELFTEST", "secret")
    )
    if "X-Amz-Signature=" not in host.url("self-test.jpg"):
        raise SelfTestError("the photo host cannot sign its links")
    print("photo host: S3 signing works")


def _run(home: Path | None, screenshot: str | None) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtWidgets import QApplication

    from smmdesk_gui import credentials
    from smmdesk_gui.demo.workspace import build_demo
    from smmdesk_gui.paths import app_paths
    from smmdesk_gui.store.db import current_revision, head_revision, open_store
    from smmdesk_gui.ui.context import AppContext
    from smmdesk_gui.ui.main_window import MainWindow
    from smmdesk_gui.ui.rail import RAIL
    from smmdesk_gui.ui.tasks import SyncTaskRunner

    paths = app_paths(home).ensure()
    store = open_store(paths.database, paths.backups)
    try:
        if current_revision(store.engine) != head_revision():
            raise SelfTestError("the database is not at the newest schema after migrating")
        print(f"store: {paths.database} at schema {head_revision()}")
        print(f"keyring: {credentials.backend_name()}")
        _check_photo_host_signing()
        app = QApplication.instance() or QApplication([sys.argv[0]])
        app.setProperty("smmdesk_no_dialogs", True)
        _check_text_rendering()
        # The window is rendered with the demo, built in a throw-away folder: a check of the
        # installation leaves nothing behind in the user's data folder.
        scratch = tempfile.TemporaryDirectory(prefix="smmdesk-selftest-demo-")
        demo_paths = app_paths(Path(scratch.name)).ensure()
        demo_store = open_store(demo_paths.database, demo_paths.backups)
        try:
            build_demo(demo_store, demo_paths)
            settings = QSettings(str(demo_paths.settings_file), QSettings.Format.IniFormat)
            window = MainWindow(demo_paths, settings)
            window.resize(1180, 760)
            ctx = AppContext(paths=demo_paths, store=demo_store, tasks=SyncTaskRunner(window))
            window.attach(ctx)
            for key, *_ in RAIL:
                window.navigate(key)
                QCoreApplication.processEvents()
            window.navigate("plan")
            image = window.grab().toImage()
            if image.isNull() or image.width() < 100:
                raise SelfTestError("the main window did not render")
            if screenshot:
                image.save(screenshot)
                print(f"screenshot: {screenshot}")
            window.close()
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        finally:
            demo_store.dispose()
            scratch.cleanup()
    finally:
        store.dispose()
