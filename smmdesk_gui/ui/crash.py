"""Unexpected exceptions: logged, shown in a dialog with the log's location; the app keeps going."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from smmdesk_gui.errors import describe_exception
from smmdesk_gui.logs import redact
from smmdesk_gui.ui.i18n import arg

if TYPE_CHECKING:  # store.db pulls SQLAlchemy, which start-up loads only after the first paint
    from smmdesk_gui.store.db import DamagedDatabaseError

log = logging.getLogger("smmdesk_gui.crash")


def tr(text: str) -> str:
    return QCoreApplication.translate("CrashDialog", text)


class _Bridge(QObject):
    """Carries exceptions from any thread to the GUI thread."""

    raised = Signal(object, object, object)


_bridge: _Bridge | None = None
_log_path: str = ""
_showing = False
shown_messages: list[str] = []  # what the user was shown (read by tests)


def report_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Log the exception and, on the GUI thread, show it to the user."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    known, message = describe_exception(exc)
    if known:
        log.warning("environment error: %s", message)
    else:
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
    app = QApplication.instance()
    if app is None or _bridge is None:
        return
    if QThread.currentThread() is app.thread():
        _show(exc_type, exc, tb)
    else:
        _bridge.raised.emit(exc_type, exc, tb)


def _show(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    known, message = describe_exception(exc)
    shown_messages.append(message)
    app = QApplication.instance()
    if _showing or app is None:
        return  # one dialog at a time; the rest is in the log
    if app.property("smmdesk_no_dialogs"):  # tests, self-test
        return
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning if known else QMessageBox.Icon.Critical)
        box.setWindowTitle(tr("SMM Desk"))
        box.setText(message if known else tr("Something went wrong, but your work is safe."))
        if not known:
            box.setInformativeText(
                arg(
                    tr("SMM Desk keeps running. The details were saved in the log file:\n%1"),
                    _log_path,
                )
            )
        box.setDetailedText(redact("".join(traceback.format_exception(exc_type, exc, tb))))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
    finally:
        _showing = False


def offer_restore(parent: QWidget | None, exc: DamagedDatabaseError) -> bool:
    """Ask whether to put back the newest good copy of a damaged database (issue 15, 9).

    Returns True when the owner chose to; the caller restores it off the GUI thread.
    """
    app = QApplication.instance()
    if exc.backup is None or app is None or app.property("smmdesk_no_dialogs"):
        return False
    box = QMessageBox(parent)
    box.setObjectName("restore-backup")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("SMM Desk"))
    box.setText(tr("The data file is damaged, so SMM Desk cannot open it safely."))
    box.setInformativeText(
        arg(
            tr(
                "SMM Desk can put back the newest good copy, saved %1. The damaged file is kept "
                "beside it under a new name (%2), never deleted."
            ),
            backup_time(exc.backup),
            exc.database.name + ".damaged-…",
        )
    )
    box.setDetailedText(str(exc))
    restore = box.addButton(tr("Put back the copy"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def backup_time(backup: Path) -> str:
    """When a backup was taken, from its name (``smmdesk-20260101T093000...Z-rev.db``)."""
    import datetime as dt

    try:
        stamp = dt.datetime.strptime(backup.name.split("-")[1][:15], "%Y%m%dT%H%M%S")
    except (IndexError, ValueError):
        return backup.name
    from smmdesk_gui.ui.formatting import format_datetime

    instant = stamp.replace(tzinfo=dt.UTC)
    local_zone = instant.astimezone().tzinfo or dt.UTC
    return format_datetime(instant, local_zone)  # the locale's digits and calendar


def install(log_path: str) -> None:
    """Route uncaught exceptions (any thread) to the log and the dialog."""
    global _bridge, _log_path
    _log_path = log_path
    _bridge = _Bridge()
    _bridge.raised.connect(_show, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = report_exception

    import threading

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            report_exception(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
