"""Composition root: builds the store, services and main window, and wires them.

Start-up order is tuned for a fast first paint: Qt and the window shell first, then (after the
window is on screen) the store is opened and migrated on a worker thread, then the screens.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

log = logging.getLogger("smmdesk_gui.app")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="smmdesk", description="SMM Desk")
    parser.add_argument("--home", metavar="DIR", help="data folder (default: $SMMDESK_HOME)")
    parser.add_argument("--demo", action="store_true", help="open the demo workspace")
    parser.add_argument("--lang", metavar="CODE", help="UI language: en, ru, fa, ar, nl, fil")
    parser.add_argument(
        "--self-test", action="store_true", help="check the installation offscreen and exit"
    )
    parser.add_argument(
        "--screenshot", metavar="PNG", help="with --self-test: save the rendered window here"
    )
    parser.add_argument(
        "--quit-after-paint",
        action="store_true",
        help="exit as soon as the window is painted (start-up benchmark)",
    )
    args, _qt_args = parser.parse_known_args(argv)
    return args


def resolve_home(args: argparse.Namespace) -> Path:
    from smmdesk_gui.paths import default_home, demo_home

    if args.home:
        os.environ["SMMDESK_HOME"] = str(Path(args.home).expanduser().resolve())
    return demo_home() if args.demo else default_home()


NO_DISPLAY_MESSAGE = (
    "SMM Desk needs a desktop session: no screen was found here (for example over SSH). "
    "Start it from your desktop. To check the installation without a screen, run "
    "'smmdesk --self-test', or start it with QT_QPA_PLATFORM=offscreen."
)


def missing_display(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt would find no screen: X11/Wayland systems with neither display variable set.

    Qt's own message in that case blames a missing ``libxcb-cursor0``, which sends the owner the
    wrong way; Windows and macOS always have their native platform.
    """
    if platform in ("win32", "darwin") or environ.get("QT_QPA_PLATFORM"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if args.self_test:
        from smmdesk_gui.self_test import run_self_test

        return run_self_test(
            home=Path(args.home) if args.home else None, screenshot=args.screenshot
        )
    if missing_display(os.environ):
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QEvent, QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from smmdesk_gui.logs import setup_logging
    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.ui import crash
    from smmdesk_gui.ui.i18n import apply_language, system_language
    from smmdesk_gui.ui.main_window import MainWindow
    from smmdesk_gui.ui.single_instance import SingleInstance

    paths = AppPaths(resolve_home(args))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("SMM Desk")
    app.setOrganizationName("SMM Desk")
    app.setDesktopFileName("smmdesk")

    problem = _unwritable_home(paths.home)
    if problem is not None:
        # Issue 15 (10): a read-only folder used to be told as "already running" (the lock file
        # could not be made) or as a damaged data file.
        _tell_and_quit(app, problem)
        return 1
    instance = SingleInstance(paths)
    if not instance.acquire():
        if instance.ask_running_to_activate():
            print("SMM Desk is already running for this data folder; brought it to the front.")
            return 0
        print(
            f"SMM Desk is already running for {paths.home}, but did not answer. "
            "Close it (or end it in the task manager) and try again.",
            file=sys.stderr,
        )
        return 1

    paths.ensure()
    setup_logging(paths.log_file)
    crash.install(str(paths.log_file))
    log.info("SMM Desk starting, data folder %s", paths.home)

    ui_settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    language = args.lang or str(ui_settings.value("ui/language", system_language()))
    apply_language(app, language)
    from smmdesk_gui.ui.calendars import load_ui_calendar

    load_ui_calendar(ui_settings)  # after the language: its default calendar depends on it

    from smmdesk_gui.ui.app_icon import app_icon

    app.setWindowIcon(app_icon())
    window = MainWindow(paths, ui_settings)
    instance.activation_requested.connect(lambda: _bring_to_front(window))
    window.show()
    if args.quit_after_paint:
        _quit_after_paint(window, os.environ.get("SMMDESK_QUIT_AFTER", "workspace"))
    # Open the store once the window is on screen: importing SQLAlchemy and Alembic costs
    # more than the whole window, and the user should see the app at once.
    _after_first_paint(window, lambda: _open_workspace(window, paths, ui_settings, args.demo))
    try:
        code = app.exec()
    finally:
        # Let running jobs finish before Python and Qt are torn down (a worker thread still in
        # Python at interpreter exit crashes).
        QThreadPool.globalInstance().waitForDone(30_000)
        # Delete widgets before the interpreter tears Qt down: the shutdown-order segfault
        # of PySide6 (FACTS.md) is avoided by an explicit deferred delete.
        restart = window.restart_pending
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        instance.release()
        if restart:  # a new language: the same command again, now that the folder is free
            from smmdesk_gui.ui.restart import relaunch

            if not relaunch():
                log.error("SMM Desk could not start again after changing the language")
    return int(code)


def _unwritable_home(home: Path) -> str | None:
    """Why the data folder cannot be used for writing, or None (a real probe, about 0.1 ms)."""
    from smmdesk_gui.private_files import unwritable_reason

    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = unwritable_reason(home.parent) if home.parent.is_dir() else None
        return reason or (
            f"SMM Desk cannot create its data folder {home} ({exc.strerror}). Check that the "
            "drive is connected and that your user may write there."
        )
    return unwritable_reason(home)


def _tell_and_quit(app: object, message: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    print(message, file=sys.stderr)
    assert isinstance(app, QApplication)
    if not app.property("smmdesk_no_dialogs"):
        QMessageBox.critical(None, QApplication.translate("App", "SMM Desk"), message)


def _open_workspace(window: object, paths: object, ui_settings: object, demo: bool) -> None:
    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.ui.context import AppContext
    from smmdesk_gui.ui.main_window import MainWindow
    from smmdesk_gui.ui.tasks import TaskRunner

    assert isinstance(window, MainWindow) and isinstance(paths, AppPaths)
    tasks = TaskRunner(window)

    def open_it() -> object:
        from smmdesk_gui.services.plan.first_view import has_accounts
        from smmdesk_gui.store.db import open_store

        store = open_store(paths.database, paths.backups)
        # The demo is built once; asked with plain sqlite3, a built one needs no SQLAlchemy here
        # (the Plan's first paint reads without it too: services/plan/first_view.py).
        if demo and not has_accounts(paths.database):
            from smmdesk_gui.demo.workspace import build_demo

            build_demo(store, paths)
        return store

    def opened(store: object) -> None:
        from PySide6.QtCore import Qt

        from smmdesk_gui.store.db import Store

        assert isinstance(store, Store)
        # The GUI thread's writes wait about a second for a busy database, not ten: a long
        # import in the CLI must not freeze the window (docs/architecture.md, "Database writes").
        store.mark_interactive_thread()
        window.destroyed.connect(lambda *_: store.dispose())
        ctx = AppContext(paths=paths, store=store, tasks=tasks, demo=demo)
        ctx.ui_settings = ui_settings  # type: ignore[assignment]
        # Half-written files of a killed import (issue 15, 11): once the first screen has shown
        # its data, on a worker, so neither the first paint nor the screens wait for the disk.
        window.first_screen_shown.connect(
            lambda: tasks.run(lambda: _clean_leftovers(paths), None, _log_cleanup_failure),
            Qt.ConnectionType.SingleShotConnection,
        )
        window.attach(ctx, defer_services=True)

    def failed(exc: BaseException) -> None:
        from smmdesk_gui.errors import describe_exception
        from smmdesk_gui.store.db import DamagedDatabaseError, restore_backup
        from smmdesk_gui.ui.crash import offer_restore

        backup = exc.backup if isinstance(exc, DamagedDatabaseError) else None
        if isinstance(exc, DamagedDatabaseError) and backup is not None:
            log.error("the data file is damaged: %s", exc)
            if offer_restore(window, exc):
                database = exc.database

                def restore_and_open() -> object:
                    restore_backup(database, backup)
                    return open_it()

                tasks.run(restore_and_open, opened, failed)
                return
        known, message = describe_exception(exc)
        log.error("could not open the workspace", exc_info=exc)
        window.show_error(message)

    tasks.run(open_it, opened, failed)


def _clean_leftovers(paths: object) -> int:
    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.services.library.assets import clean_leftovers

    assert isinstance(paths, AppPaths)
    return clean_leftovers(paths)


def _log_cleanup_failure(exc: BaseException) -> None:
    log.warning("leftover temporary files were not cleaned: %s", exc)


def _after_first_paint(window: object, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, from the event loop, right after the window's first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, callback)
            return False

    window.installEventFilter(FirstPaint(window))


def _bring_to_front(window: object) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _quit_after_paint(window: object, when: str) -> None:
    """Benchmark hook: quit after the first paint (``shell``) or after the workspace's first
    screen has been painted with its data (``workspace``, the default): that is when the user
    can work. Prints ``painted:<when> <CPU seconds of this process so far> sqlalchemy=<yes|no>``
    (whether SQLAlchemy was imported by then: the demo's Plan is painted without it)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from smmdesk_gui.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    instance = QApplication.instance()
    assert instance is not None
    app = instance  # narrowed once, for the closure below
    data_shown: list[bool] = []  # the first screen has applied its data (``loaded``)
    hooked: list[bool] = []

    def screen_built(_key: str) -> None:
        if hooked:
            return
        hooked.append(True)
        loaded = getattr(window.screens.get(window.current), "loaded", None)
        if loaded is None:  # a screen that shows everything at once
            data_shown.append(True)
        else:  # loading on a worker: its result arrives later, by a queued signal
            loaded.connect(lambda: data_shown.append(True))

    window.screen_changed.connect(screen_built)

    def ready() -> bool:
        return when == "shell" or bool(data_shown)

    class PaintWatcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and ready():
                # Several widgets paint in one pass: report once, then stop watching.
                app.removeEventFilter(self)
                orm = "yes" if "sqlalchemy" in sys.modules else "no"
                print(f"painted:{when} {_cpu_seconds():.4f} sqlalchemy={orm}", flush=True)
                QTimer.singleShot(0, QApplication.quit)
                self.deleteLater()
            return False

    watcher = PaintWatcher(window)
    app.installEventFilter(watcher)


def _cpu_seconds() -> float:
    """User + system CPU time of this process (all its threads) so far."""
    import time

    return time.process_time()


if __name__ == "__main__":
    raise SystemExit(main())
