"""Logging to a rotating file in the data folder, with secrets redacted.

Every secret that passes through ``credentials.py`` is registered here, and a filter replaces it
in every log record, so a secret that slips into a message or an exception text still never
reaches the log file.
"""

from __future__ import annotations

import logging
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from smmdesk_gui.store.private import private_file

_secrets: set[str] = set()
_lock = threading.Lock()
REDACTED = "[secret]"
_MIN_SECRET_LEN = 6  # shorter strings would redact ordinary words


def register_secret(secret: str) -> None:
    """Make sure ``secret`` is never written to the log."""
    if len(secret) >= _MIN_SECRET_LEN:
        with _lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback now, redacted, so the handler doesn't re-add the raw text.
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        record.msg = redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Log files readable by their owner only (issue 15, 14), also each one made at rollover."""

    def _open(self) -> Any:
        private_file(Path(self.baseFilename))
        return super()._open()


_handler: RotatingFileHandler | None = None


def setup_logging(log_file: Path, level: int = logging.INFO) -> Path:
    """Log to ``log_file`` (rotating, 1 MB x 5). Idempotent per file. Returns the path."""
    global _handler
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if _handler is not None:
        if Path(_handler.baseFilename) == log_file.resolve():
            return log_file
        root.removeHandler(_handler)
        _handler.close()
    handler = _PrivateRotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level) if root.handlers[:-1] else level)
    _handler = handler
    return log_file
