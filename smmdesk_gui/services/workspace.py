"""Workspace settings kept in the store (time zone, ...), with sensible defaults.

The workspace's time zone is read in one place, :func:`workspace_zone`. Posting slots and times
typed without an offset are wall-clock times in this zone; instants are stored in UTC. Changing
the setting moves nothing already scheduled (those are instants) but makes slots, reports and
newly typed times follow the new zone.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from smmdesk_gui.store.db import Store

# The models are imported where used: the Plan's first paint reads the zone (``zone_of``) before
# SQLAlchemy is imported (services/plan/first_view.py).

log = logging.getLogger(__name__)

TIMEZONE = "timezone"
SHOP_NAME = "shop.name"


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    """The stored value of setting ``key``, or ``default`` when it was never set."""
    from smmdesk_gui.store.models import Setting

    with store.session_scope() as s:
        row = s.get(Setting, key)
        return default if row is None else row.value


def set_setting(store: Store, key: str, value: Any) -> None:
    """Store ``value`` under ``key`` (JSON-serialisable), replacing any earlier value."""
    from smmdesk_gui.store.models import Setting

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


def system_zone() -> ZoneInfo:
    """The operating system's zone as a ``ZoneInfo``; UTC when it cannot be told."""
    name = system_timezone_name()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown system time zone %r; using UTC", name)
        return ZoneInfo("UTC")


def parse_zone(name: str) -> ZoneInfo:
    """``ZoneInfo(name)`` with a plain-words ``ValueError`` for an unknown name.

    Raises:
        ValueError: ``name`` is not an IANA time zone name.
    """
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f'"{name}" is not a time zone name like "Europe/Amsterdam"') from exc


# The IANA areas people live in; "Etc/GMT+3", "US/Eastern", "GB-Eire", "CST6CDT" and "Factory"
# are legacy aliases or technical zones nobody picks their shop's clock from.
ZONE_AREAS = (
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)


def _zone_tab() -> str:
    """tzdata's ``zone.tab`` (one line per canonical zone with its country), or ""."""
    from importlib import resources

    try:
        return resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, OSError):
        pass
    for folder in ("/usr/share/zoneinfo", "/usr/lib/zoneinfo"):
        try:
            with open(f"{folder}/zone.tab", encoding="utf-8") as fh:
                return fh.read()
        except OSError:
            continue
    return ""


def canonical_zones() -> list[tuple[str, str]]:
    """``(zone name, ISO country code)`` for each canonical Area/City zone, sorted by name.

    Built from tzdata's ``zone.tab``, which lists each canonical zone once with the country it
    is in; without it, ``zoneinfo.available_timezones()`` limited to the ``ZONE_AREAS`` (the
    country code is then "").
    """
    import zoneinfo

    available = zoneinfo.available_timezones()
    out: dict[str, str] = {}
    for line in _zone_tab().splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) >= 3 and fields[2] in available:
            out[fields[2]] = fields[0]
    if not out:
        out = {
            name: "" for name in available if "/" in name and name.split("/", 1)[0] in ZONE_AREAS
        }
    return sorted(out.items())


def workspace_zone(store: Store) -> ZoneInfo:
    """The time zone the user plans and reports in.

    One fallback rule for the whole app: the ``timezone`` setting when it holds a valid IANA
    name; else (missing, empty, unknown or not text) the computer's own zone as tzlocal reads
    it; else, when the computer's zone cannot be told or is unknown, UTC.
    """
    return zone_of(get_setting(store, TIMEZONE))


def zone_of(value: Any) -> ZoneInfo:
    """The zone for a stored ``timezone`` setting's value (``None``: never set), by the rule of
    :func:`workspace_zone`."""
    if isinstance(value, str) and value.strip():
        try:
            return parse_zone(value)
        except ValueError:
            log.warning("ignoring unknown time zone setting %r", value)
    return system_zone()


def set_workspace_zone(store: Store, name: str | None) -> None:
    """Store the zone name (validated); ``None`` goes back to the computer's zone.

    Raises:
        ValueError: ``name`` is not an IANA time zone name (nothing is stored).
    """
    from smmdesk_gui.store.models import Setting

    with store.session_scope() as s:
        row = s.get(Setting, TIMEZONE)
        if name is None:
            if row is not None:
                s.delete(row)
            return
        key = parse_zone(name).key
        if row is None:
            s.add(Setting(key=TIMEZONE, value=key))
        else:
            row.value = key


def shop_name(store: Store) -> str:
    """The shop's name as the owner typed it in Settings ("" when not set yet)."""
    value = get_setting(store, SHOP_NAME, "")
    return value.strip() if isinstance(value, str) else ""


def set_shop_name(store: Store, name: str) -> None:
    """Store the shop's name (printed on reports); blank clears it."""
    set_setting(store, SHOP_NAME, name.strip())
