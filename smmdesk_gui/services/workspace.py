"""Workspace settings kept in the store (time zone, ...), with sensible defaults."""

from __future__ import annotations

import logging
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Setting

log = logging.getLogger(__name__)

TIMEZONE = "timezone"


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    with store.session_scope() as s:
        row = s.get(Setting, key)
        return default if row is None else row.value


def set_setting(store: Store, key: str, value: Any) -> None:
    with store.session_scope() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value


def system_timezone_name() -> str:
    """The computer's IANA time zone name (tzlocal reads it on Windows, macOS and Linux)."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception as exc:  # no zone configured (containers): fall back to UTC
        log.info("no local time zone found (%s); using UTC", type(exc).__name__)
        return "UTC"
    return name or "UTC"


def user_timezone(store: Store) -> ZoneInfo:
    """The user's chosen zone, else the computer's, else UTC."""
    name = get_setting(store, TIMEZONE) or system_timezone_name()
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown time zone %r; using UTC", name)
        return ZoneInfo("UTC")
