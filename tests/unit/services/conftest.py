"""Fixtures for the accounts and publishing services: a store, local platform servers, a clock."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from smmdesk_gui.connectors.base import TokenCache
from smmdesk_gui.connectors.registry import AccountConfig, build_connector
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from tests.fakes.plan_workspace import ws  # noqa: F401  (fixture)
from tests.fakes.publish import FakeClock, FakeMastodon, FakeTelegram
from tests.fakes.stats_workspace import october  # noqa: F401  (fixture)


def quick_connector(config: AccountConfig, secret: str, tokens: TokenCache | None) -> Any:
    """The real connector with short timeouts and no waiting between media polls."""
    connector: Any = build_connector(config, secret, tokens)
    connector.timeout = (2.0, 1.0)
    if config.platform == "mastodon":
        connector.sleep = lambda s: None
        connector.poll_interval = 0
    return connector


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def accounts(store: Store, clock: FakeClock) -> AccountService:
    return AccountService(store, quick_connector, clock=clock)


@pytest.fixture
def publisher(
    store: Store, paths: AppPaths, accounts: AccountService, clock: FakeClock
) -> PublishingService:
    import random

    return PublishingService(
        store, paths, accounts, clock=clock, sleep=clock.sleep, rng=random.Random(7)
    )


@pytest.fixture
def mastodon() -> Iterator[FakeMastodon]:
    fake = FakeMastodon()
    yield fake
    fake.close()


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    fake = FakeTelegram()
    yield fake
    fake.close()
