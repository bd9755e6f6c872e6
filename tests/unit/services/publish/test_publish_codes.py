"""The queue's messages as problem codes: each outcome keeps its English sentence (the CLI's)
and the same as a code with values (the window's), and the code survives the database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from smmdesk_gui.domain.problems import Problem, failure_code
from smmdesk_gui.services.accounts import AccountError, AccountService
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, AccountState
from tests.fakes.publish import FakeClock, FakeMastodon, FakeTelegram, Fault, schedule


def test_a_refused_post_keeps_the_connectors_english_and_the_kinds_code(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    mastodon: FakeMastodon,
    clock: FakeClock,
) -> None:
    acc = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    target = schedule(store, acc.id, "x" * 600, clock())
    [failed] = publisher.publish_due().failed
    assert "character limit of 500 exceeded" in (failed.message or "")  # as before: the CLI's
    assert failed.problem is not None
    assert failed.problem.code == failure_code("rejected")
    assert failed.problem["platform"] == "mastodon"
    assert "character limit" in str(failed.problem["detail"])  # the platform's own words
    # read back from the database, not only from the run's report
    assert publisher.view(target).problem == failed.problem
    publisher.post_now(target)  # the owner decides: the old reason goes
    assert publisher.view(target).problem is None


def test_a_refused_login_marks_the_account_with_a_code(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    telegram: FakeTelegram,
    clock: FakeClock,
) -> None:
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    schedule(store, acc.id, "Fresh bread", clock())
    telegram.token = "2:rotated"
    [failed] = publisher.publish_due().failed
    assert failed.problem is not None and failed.problem.code == "publish_auth_expired"
    [(account_id, platform, handle, english, problem)] = publisher.accounts_needing_reconnect()
    assert (account_id, platform, handle) == (acc.id, "telegram", "@shopnews")
    assert english == failed.message  # the connector's sentence, unchanged
    assert problem is not None and problem.code == "account_auth_expired"
    info = accounts.get(acc.id)
    assert info.state == "needs_reconnect" and info.state_problem == problem


def test_retry_and_changes_refused_as_codes(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    mastodon: FakeMastodon,
    clock: FakeClock,
) -> None:
    acc = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    target = schedule(store, acc.id, "x" * 600, clock())
    publisher.publish_due()
    with store.session_scope() as s:
        s.execute(
            update(Account)
            .where(Account.id == acc.id)
            .values(state=AccountState.NEEDS_RECONNECT.value)
        )
    try:
        publisher.retry(target)
    except AccountError as exc:
        assert exc.problem == Problem("retry_needs_reconnect", platform="mastodon", handle="shop")
        assert str(exc) == (
            "shop on Mastodon needs reconnecting first: open Accounts, reconnect it, then retry."
        )
    else:
        raise AssertionError("retry went ahead for an account that must be reconnected")
    publisher.post_now(target)  # due again, but its account must be reconnected first
    [waiting] = publisher.owner.waiting_for_account(clock() + dt.timedelta(minutes=1))
    assert waiting.problem is not None and waiting.problem.code == "publish_waiting_reconnect"
    assert waiting.message == waiting.problem.message
    publisher.skip(target)
    try:
        publisher.skip(target)
    except AccountError as exc:
        assert exc.problem == Problem("post_state_changed", state="skipped")
        assert str(exc) == "This post is skipped now; nothing was changed."
    else:
        raise AssertionError("a skipped post was skipped again")


def test_giving_up_after_the_last_try_wraps_the_cause(
    store: Store,
    paths: object,
    mastodon: FakeMastodon,
    clock: FakeClock,
) -> None:
    accounts = AccountService(store, clock=clock)
    publisher = PublishingService(
        store,
        paths,  # type: ignore[arg-type]
        accounts,
        clock=clock,
        sleep=clock.sleep,
        max_attempts=1,
    )
    acc = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    schedule(store, acc.id, "Fresh bread", clock())
    mastodon.add_fault(Fault("/api/v1/statuses", status=503, body={"error": "down"}))
    [failed] = publisher.publish_due().failed
    assert failed.problem is not None and failed.problem.code == "publish_gave_up"
    assert failed.problem["cause"] == "publish_server_error" and failed.problem["tries"] == 1
    assert (failed.message or "").endswith(
        "It kept failing after 1 tries, so SMM Desk stopped. Click Retry when the platform "
        "works again."
    )
