"""Meta token refresh: due tokens are renewed once, a failed refresh keeps the old token, an
expired token asks for a reconnect, and the keyring holds one token per account."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest

from smmdesk_gui.connectors.meta_tokens import RefreshedToken
from smmdesk_gui.services import tokens
from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from tests.fakes.keyrings import MemoryKeyring
from tests.fakes.meta import FakeMeta
from tests.fakes.publish import FakeClock, Fault, schedule

DAY = 24 * 3600


def _entries(keyring: MemoryKeyring, platform: str) -> dict[str, str]:
    return {user: v for (_svc, user), v in keyring.data.items() if user.startswith(platform)}


def test_a_token_due_for_refresh_is_refreshed_once(
    accounts: AccountService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
    memory_keyring: MemoryKeyring,
) -> None:
    acc = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    connected = clock()
    # Its age is unknown at connect: at most 60 days from now.
    assert accounts.get(acc.id).token_expires_at == connected + dt.timedelta(days=60)
    clock.advance(6 * DAY)
    assert tokens.refresh_due_tokens(store, clock()) == [] and meta.refreshes == []
    clock.advance(1 * DAY)  # a week old: refresh
    [outcome] = tokens.refresh_due_tokens(store, clock())
    assert outcome.refreshed and meta.refreshes == ["threads"]
    assert outcome.expires_at == clock() + dt.timedelta(seconds=meta.refresh_expires_in)
    assert accounts.get(acc.id).token_expires_at == outcome.expires_at
    assert tokens.refresh_due_tokens(store, clock()) == []
    clock.advance(3600)
    assert tokens.refresh_due_tokens(store, clock()) == [] and meta.refreshes == ["threads"]
    # The keyring holds the new token, in the one entry of the account.
    assert _entries(memory_keyring, "threads") == {
        "threads:corner.bakery:secret": meta.threads_token
    }
    assert "THAA-test-token" not in memory_keyring.data.values()
    # ... and publishing uses it (the fake refuses the old token now).
    assert accounts.check(acc.id).state == "ok"


def test_a_token_close_to_its_expiry_is_refreshed_even_when_young(
    accounts: AccountService, store: Store, meta: FakeMeta, clock: FakeClock
) -> None:
    acc = accounts.add("instagram", "corner.bakery", meta.ig_token, server=meta.url)
    clock.advance(8 * DAY)
    meta.refresh_expires_in = 12 * DAY  # Meta says it lasts less than SMM Desk assumed
    [first] = tokens.refresh_due_tokens(store, clock())
    assert first.refreshed
    clock.advance(3 * DAY)  # 3 days old, 9 days left: within 10 days of its expiry
    [second] = tokens.refresh_due_tokens(store, clock())
    assert second.refreshed and meta.refreshes == ["instagram", "instagram"]
    assert accounts.get(acc.id).token_expires_at == second.expires_at


def test_a_failed_refresh_keeps_the_old_token_and_waits_before_trying_again(
    accounts: AccountService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
    memory_keyring: MemoryKeyring,
) -> None:
    acc = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    old = meta.threads_token
    clock.advance(8 * DAY)
    meta.add_fault(Fault("/refresh_access_token", status=500, body={"error": {"code": 2}}))
    [outcome] = tokens.refresh_due_tokens(store, clock())
    assert not outcome.refreshed and outcome.error_kind == "server_error"
    assert _entries(memory_keyring, "threads") == {"threads:corner.bakery:secret": old}
    assert accounts.get(acc.id).state == "ok"
    clock.advance(3600)  # not every run: the next try waits six hours
    assert tokens.refresh_due_tokens(store, clock()) == []
    meta.add_fault(Fault("/refresh_access_token", drop="after"))  # refreshed, answer lost
    clock.advance(5 * 3600)
    [lost] = tokens.refresh_due_tokens(store, clock())
    assert not lost.refreshed and lost.error_kind == "network"
    assert _entries(memory_keyring, "threads") == {"threads:corner.bakery:secret": old}
    assert meta.refreshes == ["threads"]  # Meta made a token SMM Desk never received


def test_an_expired_token_turns_the_account_to_reconnect(
    accounts: AccountService, store: Store, meta: FakeMeta, clock: FakeClock
) -> None:
    acc = accounts.add("instagram", "corner.bakery", meta.ig_token, server=meta.url)
    clock.advance(8 * DAY)
    meta.add_fault(FakeMeta.expired("/refresh_access_token"))  # code 190
    [outcome] = tokens.refresh_due_tokens(store, clock())
    assert outcome.error_kind == "auth_expired"
    info = accounts.get(acc.id)
    assert info.state == "needs_reconnect" and "reconnect" in info.state_message
    assert tokens.refresh_due_tokens(store, clock() + dt.timedelta(days=1)) == []


def test_a_token_past_its_expiry_asks_for_a_reconnect_once_meta_says_so(
    accounts: AccountService, store: Store, meta: FakeMeta, clock: FakeClock
) -> None:
    acc = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    clock.advance(61 * DAY)  # SMM Desk did not run for two months
    [soon] = tokens.expiring_tokens(store, clock())
    assert (soon.account_id, soon.expired) == (acc.id, True)
    # The date is SMM Desk's estimate (the token's age at connect is unknown): Meta decides.
    meta.add_fault(FakeMeta.expired("/refresh_access_token"))
    [outcome] = tokens.refresh_due_tokens(store, clock())
    assert outcome.error_kind == "auth_expired" and meta.refreshes == []
    assert accounts.get(acc.id).state == "needs_reconnect"
    assert tokens.refresh_due_tokens(store, clock() + dt.timedelta(days=1)) == []
    accounts.reconnect(acc.id, meta.threads_token)  # the owner pastes a new token
    assert tokens.expiring_tokens(store, clock()) == []
    assert accounts.get(acc.id).token_expires_at == clock() + dt.timedelta(days=60)


def test_a_token_older_than_smm_desk_thought_is_renewed_when_meta_still_takes_it(
    accounts: AccountService, store: Store, meta: FakeMeta, clock: FakeClock
) -> None:
    acc = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    clock.advance(61 * DAY)
    [outcome] = tokens.refresh_due_tokens(store, clock())
    assert outcome.refreshed and accounts.get(acc.id).state == "ok"
    assert tokens.expiring_tokens(store, clock()) == []


def test_reconnect_soon_lists_tokens_expiring_within_a_week_with_their_date(
    accounts: AccountService, store: Store, meta: FakeMeta, clock: FakeClock
) -> None:
    fb = accounts.add("facebook", meta.page_id, meta.page_token, server=meta.url)
    th = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    assert accounts.get(fb.id).token_expires_at is None  # a Page token does not expire
    assert tokens.expiring_tokens(store, clock() + dt.timedelta(days=52)) == []
    meta.add_fault(Fault("/refresh_access_token", drop="before"), times=50)  # Meta unreachable
    when = clock() + dt.timedelta(days=54)
    tokens.refresh_due_tokens(store, when)
    [soon] = tokens.expiring_tokens(store, when)
    assert (soon.account_id, soon.platform, soon.expired) == (th.id, "threads", False)
    assert soon.expires_at == clock() + dt.timedelta(days=60)
    assert tokens.expires_soon(accounts.get(th.id).token_expires_at, when)
    assert accounts.get(th.id).as_json()["expires_at"] == soon.expires_at.isoformat()
    assert accounts.get(fb.id).as_json()["expires_at"] is None


def test_two_processes_at_once_refresh_a_token_once(
    accounts: AccountService, store: Store, meta: FakeMeta, clock: FakeClock
) -> None:
    accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    clock.advance(8 * DAY)
    inner: list[list[tokens.RefreshOutcome]] = []

    def refresher(platform: str, token: str, api_url: str | None) -> RefreshedToken:
        # Another publisher looks while this one waits for Meta: the claim keeps it off.
        inner.append(tokens.refresh_due_tokens(store, clock()))
        return RefreshedToken("THAA-second", dt.timedelta(days=60))

    [outcome] = tokens.refresh_due_tokens(store, clock(), refresher=refresher)
    assert outcome.refreshed and inner == [[]]


def test_the_new_token_is_never_logged(
    accounts: AccountService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    accounts.add("instagram", "corner.bakery", meta.ig_token, server=meta.url)
    clock.advance(8 * DAY)
    with caplog.at_level(logging.DEBUG):
        [outcome] = tokens.refresh_due_tokens(store, clock())
    assert outcome.refreshed
    assert meta.ig_token not in caplog.text and "IGAA" not in repr(outcome)
    assert "refreshed" in caplog.text


def test_publish_due_refreshes_the_token_then_posts_with_the_new_one(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
) -> None:
    acc = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    schedule(store, acc.id, "First loaf", clock())
    assert len(publisher.publish_due().published) == 1  # the connector is cached now
    clock.advance(8 * DAY)
    schedule(store, acc.id, "A week later", clock())
    report = publisher.publish_due()
    assert meta.refreshes == ["threads"]
    assert [v.text for v in report.published] == ["A week later"]
    assert [m["params"]["text"] for m in meta.published] == ["First loaf", "A week later"]


def test_reconnecting_instagram_saves_the_new_token_although_its_posts_are_assisted(
    accounts: AccountService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
    memory_keyring: MemoryKeyring,
) -> None:
    acc = accounts.add("instagram", "corner.bakery", meta.ig_token, server=meta.url)
    clock.advance(61 * DAY)
    meta.add_fault(FakeMeta.expired("/refresh_access_token"))
    tokens.refresh_due_tokens(store, clock())
    assert accounts.get(acc.id).state == "needs_reconnect"
    meta.ig_token = "IGAA-made-anew"  # the owner generated a new token in Meta's dashboard
    info = accounts.reconnect(acc.id, meta.ig_token)
    assert info.state == "ok" and info.token_expires_at == clock() + dt.timedelta(days=60)
    assert _entries(memory_keyring, "instagram") == {
        "instagram:corner.bakery:secret": "IGAA-made-anew"
    }


def test_the_cli_lists_a_login_that_ends_soon(
    store: Store, meta: FakeMeta, capsys: pytest.CaptureFixture[str]
) -> None:
    from smmdesk_gui.cli import main

    then = dt.datetime.now(dt.UTC) - dt.timedelta(days=55)
    acc = AccountService(store, clock=lambda: then).add(
        "threads", "corner.bakery", meta.threads_token, server=meta.url
    )
    AccountService(store).add("facebook", meta.page_id, meta.page_token, server=meta.url)
    capsys.readouterr()
    assert main(["accounts", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    day = (then + dt.timedelta(days=60)).date().isoformat()
    assert [ln for ln in lines if "login ends" in ln] == [
        f"threads    corner.bakery                  ok (login ends {day}: reconnect it)"
    ]
    assert main(["accounts", "list", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[acc.id]["expires_at"] == (then + dt.timedelta(days=60)).isoformat()


def test_a_meta_token_refused_with_code_190_shows_as_ended_until_reconnected(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
) -> None:
    fb = accounts.add("facebook", meta.page_id, meta.page_token, server=meta.url)
    th = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    meta.add_fault(FakeMeta.expired("/feed"))  # the Page token was withdrawn (190)
    schedule(store, fb.id, "hi", clock())
    publisher.publish_due()
    clock.advance(8 * DAY)
    meta.add_fault(FakeMeta.expired("/refresh_access_token"))  # and the Threads token ended
    tokens.refresh_due_tokens(store, clock())
    ended = tokens.expiring_tokens(store, clock())
    assert [(e.account_id, e.expired) for e in ended] == [(fb.id, True), (th.id, True)]
    accounts.reconnect(fb.id, meta.page_token)
    assert [e.account_id for e in tokens.expiring_tokens(store, clock())] == [th.id]
