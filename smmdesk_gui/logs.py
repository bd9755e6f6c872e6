"""Logging to a rotating file in the data folder, with secrets redacted.

Every secret that passes through ``credentials.py`` is registered here and replaced in every log
record, so a secret that slips into a message or an exception text never reaches a log line.
Tokens that are not registered yet (a login being checked) are caught by their shape in URLs
and headers: ``/bot<id>:<token>/`` (Telegram), ``access_token=`` and friends, ``Bearer ...``.

The redaction happens when a record is made (``install_redaction``, done on import), so every
handler gets clean records: the log file, the CLI's stderr with ``-v`` (urllib3 prints each
request's URL at DEBUG), and any handler added later.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from smmdesk_gui.private_files import private_file

_secrets: set[str] = set()
_lock = threading.Lock()
REDACTED = "[secret]"
_MIN_SECRET_LEN = 6  # shorter strings would redact ordinary words


def register_secret(secret: str) -> None:
    """Make sure ``secret`` is never written to the log."""
    if len(secret) >= _MIN_SECRET_LEN:
        with _lock:
            _secrets.add(secret)


_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Telegram's bot token travels in the path: /bot123456:AA.../sendMessage
    (re.compile(r"/bot\d+:[A-Za-z0-9_-]+"), f"/bot{REDACTED}"),
    # Tokens and secrets in query strings and form bodies.
    (
        re.compile(
            r"(?i)\b(access_token|refresh_token|id_token|client_secret|password|code_verifier"
            r"|token)=[^&\s\"']+"
        ),
        rf"\1={REDACTED}",
    ),
    # The same names as JSON keys (a logged form dict or API body: VK's access_token).
    (
        re.compile(
            r"(?i)([\"'](?:access_token|refresh_token|id_token|client_secret|password"
            r"|code_verifier|token)[\"']\s*:\s*)([\"'])[^\"']*\2"
        ),
        rf"\1\2{REDACTED}\2",
    ),
    # Authorization headers, wherever they are printed.
    (re.compile(r"(?i)\bBearer\s+[A-Za-z0-9._~+/=-]+"), f"Bearer {REDACTED}"),
)


def redact(text: str) -> str:
    """``text`` without any registered secret or token-shaped part of a URL or header."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def _redact_record(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a bad format string: keep what there is, still redacted
        message = f"{record.msg} {record.args}"
    if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
        # Format the traceback now, redacted; handlers use exc_text instead of formatting again.
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    record.msg = redact(message)
    record.args = None
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)


_factory_installed = False


def install_redaction() -> None:
    """Redact every log record as it is made, for every handler (idempotent)."""
    global _factory_installed
    with _lock:
        if _factory_installed:
            return
        _factory_installed = True
        previous: Callable[..., logging.LogRecord] = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        _redact_record(record)
        return record

    logging.setLogRecordFactory(factory)


class RedactingFilter(logging.Filter):
    """Redacts again on the file handler: a secret registered after the record was made."""

    def filter(self, record: logging.LogRecord) -> bool:
        _redact_record(record)
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
    install_redaction()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level) if root.handlers[:-1] else level)
    _handler = handler
    return log_file


install_redaction()
