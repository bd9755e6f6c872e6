"""The user's time zone: the ``timezone`` Setting when present, else the system's local zone.

Session-based twin of ``services.settings.user_timezone`` (which takes a store), for code that is
already inside a unit of work.

Posting slots and times typed without an offset are wall-clock times in this zone; instants are
stored in UTC. Changing the setting moves nothing already scheduled (those are instants) but makes
slots and newly typed times follow the new zone.
"""

from __future__ import annotations

import logging
import zoneinfo
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from smmdesk_gui.services.workspace import TIMEZONE as TIMEZONE_KEY
from smmdesk_gui.services.workspace import system_timezone_name
from smmdesk_gui.store.models import Setting

log = logging.getLogger(__name__)


def system_zone() -> ZoneInfo:
    """The operating system's zone as an IANA ``ZoneInfo`` (UTC when it cannot be told)."""
    try:
        return ZoneInfo(system_timezone_name())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        log.warning("unknown system time zone; using UTC")
        return ZoneInfo("UTC")


def parse_zone(name: str) -> ZoneInfo:
    """``ZoneInfo(name)`` with a plain-words ``ValueError`` for an unknown name."""
    try:
        return ZoneInfo(name.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f'"{name}" is not a time zone name like "Europe/Amsterdam"') from exc


def user_zone(session: Session) -> ZoneInfo:
    """The zone the user plans in."""
    setting = session.get(Setting, TIMEZONE_KEY)
    if setting is not None and isinstance(setting.value, str) and setting.value.strip():
        try:
            return parse_zone(setting.value)
        except ValueError:
            log.warning("ignoring unknown time zone setting %r", setting.value)
    return system_zone()


def set_user_zone(session: Session, name: str | None) -> None:
    """Store the zone name (validated); ``None`` goes back to the system zone."""
    setting = session.get(Setting, TIMEZONE_KEY)
    if name is None:
        if setting is not None:
            session.delete(setting)
        return
    zone = parse_zone(name)
    if setting is None:
        session.add(Setting(key=TIMEZONE_KEY, value=zone.key))
    else:
        setting.value = zone.key
