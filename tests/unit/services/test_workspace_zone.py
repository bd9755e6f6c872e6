"""The one workspace time zone: the setting when valid, else the computer's zone, else UTC."""

from __future__ import annotations

from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
import tzlocal

from smmdesk_gui.services.workspace import (
    TIMEZONE,
    set_setting,
    set_workspace_zone,
    workspace_zone,
)
from smmdesk_gui.store.db import Store


@pytest.fixture
def computer_in_tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's zone, as tzlocal reads it (TZ first), is Asia/Tokyo for the test."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    tzlocal.reload_localzone()  # tzlocal caches the zone it read first
    yield
    monkeypatch.undo()
    tzlocal.reload_localzone()


@pytest.fixture
def computer_without_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A container with no zone configured: tzlocal cannot tell the computer's zone."""

    def no_zone() -> str:
        raise LookupError("no /etc/localtime")

    monkeypatch.setattr(tzlocal, "get_localzone_name", no_zone)


@pytest.mark.usefixtures("computer_in_tokyo")
def test_a_valid_setting_wins(store: Store) -> None:
    set_setting(store, TIMEZONE, "America/Argentina/Buenos_Aires")
    assert workspace_zone(store) == ZoneInfo("America/Argentina/Buenos_Aires")


@pytest.mark.usefixtures("computer_in_tokyo")
def test_a_missing_setting_falls_back_to_the_computer(store: Store) -> None:
    assert workspace_zone(store) == ZoneInfo("Asia/Tokyo")
    set_setting(store, TIMEZONE, "   ")
    assert workspace_zone(store) == ZoneInfo("Asia/Tokyo")


@pytest.mark.usefixtures("computer_in_tokyo")
@pytest.mark.parametrize("value", ["Mars/Olympus", "../../etc/passwd", 42])
def test_an_invalid_setting_falls_back_to_the_computer(store: Store, value: object) -> None:
    set_setting(store, TIMEZONE, value)
    assert workspace_zone(store) == ZoneInfo("Asia/Tokyo")


@pytest.mark.usefixtures("computer_without_zone")
def test_no_setting_and_no_computer_zone_is_utc(store: Store) -> None:
    set_setting(store, TIMEZONE, "Mars/Olympus")
    assert workspace_zone(store) == ZoneInfo("UTC")
    set_workspace_zone(store, "Europe/Amsterdam")
    assert workspace_zone(store) == ZoneInfo("Europe/Amsterdam")


@pytest.mark.usefixtures("computer_in_tokyo")
def test_an_unknown_name_is_refused_and_nothing_is_stored(store: Store) -> None:
    set_workspace_zone(store, " Asia/Tehran ")
    with pytest.raises(ValueError, match="Europe/Amsterdam"):
        set_workspace_zone(store, "Mars/Olympus")
    assert workspace_zone(store) == ZoneInfo("Asia/Tehran")
    set_workspace_zone(store, None)
    assert workspace_zone(store) == ZoneInfo("Asia/Tokyo")


def test_zone_choices_are_canonical_cities_with_their_country() -> None:
    from smmdesk_gui.services.workspace import canonical_zones

    zones = dict(canonical_zones())
    assert zones["Europe/Amsterdam"] == "NL" and zones["Asia/Tokyo"] == "JP"
    assert zones["America/Argentina/Buenos_Aires"] == "AR"
    for legacy in (
        "Factory",
        "GB-Eire",
        "CST6CDT",
        "US/Eastern",
        "Etc/GMT+3",
        "Asia/Calcutta",
        "Europe/Kiev",
        "UTC",
    ):
        assert legacy not in zones
    assert all(name.count("/") >= 1 for name in zones)


def test_shop_name_is_stored_trimmed(store: Store) -> None:
    from smmdesk_gui.services.workspace import set_shop_name, shop_name

    assert shop_name(store) == ""
    set_shop_name(store, "  Bakery Zoet ")
    assert shop_name(store) == "Bakery Zoet"
