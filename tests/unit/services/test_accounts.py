"""Connecting, checking, reconnecting and removing accounts; secrets only in the keyring."""

from __future__ import annotations

import datetime as dt

import pytest

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.services.accounts import AccountError, AccountService
from smmdesk_gui.store.db import Store
from tests.fakes.publish import FakeMastodon, FakeTelegram, schedule


def test_connect_checks_the_secret_and_keeps_it_only_in_the_keyring(
    accounts: AccountService, store: Store, mastodon: FakeMastodon, memory_keyring
) -> None:
    with pytest.raises(AccountError) as err:
        accounts.add("mastodon", "shop", "wrong-token", server=mastodon.url)
    assert "access token" in str(err.value)
    assert accounts.list_accounts() == []
    info = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    assert (info.state, info.display_name, info.assisted) == ("ok", "The Shop", False)
    assert info.last_checked_at is not None
    assert mastodon.token in memory_keyring.data.values()
    store.dispose()
    assert mastodon.token.encode() not in store.database.read_bytes()
    wal = store.database.with_name(store.database.name + "-wal")
    assert not wal.exists() or mastodon.token.encode() not in wal.read_bytes()


def test_telegram_needs_admin_bot_and_assisted_needs_no_secret(
    accounts: AccountService, telegram: FakeTelegram
) -> None:
    telegram.bot_status = "member"
    with pytest.raises(AccountError) as err:
        accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    assert "administrator" in str(err.value)
    telegram.bot_status = "administrator"
    tg = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    assert tg.channel == "@shopnews" and tg.display_name == "Shop News"
    ig = accounts.add("instagram", "shop.ig")
    assert ig.assisted and ig.state == "ok"
    with pytest.raises(AccountError):
        accounts.add("instagram", "other", "a-password")
    with pytest.raises(AccountError):
        accounts.add("instagram", "shop.ig")  # already connected
    assert [a.platform for a in accounts.list_accounts()] == ["instagram", "telegram"]


def test_check_turns_needs_reconnect_and_reconnect_fixes_it(
    accounts: AccountService, telegram: FakeTelegram
) -> None:
    info = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    telegram.token = "777:revoked-and-new"
    checked = accounts.check(info.id)
    assert checked.state == "needs_reconnect"
    assert "BotFather" in checked.state_message
    with pytest.raises(AccountError):
        accounts.reconnect(info.id, "1:still-wrong")
    assert accounts.reconnect(info.id, telegram.token).state == "ok"
    assert accounts.check(info.id).state == "ok"


def test_remove_keeps_history_but_deletes_the_login(
    accounts: AccountService, store: Store, telegram: FakeTelegram, memory_keyring
) -> None:
    a = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    schedule(store, a.id, "later", dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    removed = accounts.remove(a.id)
    assert removed == Problem("account_disconnected", handle="@shopnews", drafts=1)
    assert removed.message.endswith("1 scheduled post went back to drafts.")
    assert accounts.get(a.id).state == "disabled"
    assert not memory_keyring.data
    ig = accounts.add("instagram", "shop.ig")
    assert accounts.remove(ig.id).message == "shop.ig was removed."
    assert [x.handle for x in accounts.list_accounts()] == ["@shopnews"]


def test_errors_and_states_are_codes_with_the_same_english(
    accounts: AccountService, mastodon: FakeMastodon, telegram: FakeTelegram, memory_keyring
) -> None:
    def refused(*args: object, **kwargs: object) -> AccountError:
        with pytest.raises(AccountError) as err:
            accounts.add(*args, **kwargs)  # type: ignore[arg-type]
        return err.value

    unknown = refused("friendster", "shop")
    assert unknown.problem is not None and unknown.problem.code == "account_unknown_platform"
    assert str(unknown).startswith("Unknown platform 'friendster'. Choose one of: bluesky,")
    insecure = refused("mastodon", "shop", "token", server="http://example.com")
    assert insecure.problem == Problem("server_not_https", host="example.com")
    assert str(insecure) == (
        "SMM Desk does not send your login to example.com over an unencrypted connection "
        "(http://). Use the server's https:// address."
    )
    no_secret = refused("pinterest", "shop.pins", "password")
    assert no_secret.problem == Problem("account_assisted_no_secret", platform="pinterest")
    # a platform's refusal: the connector's sentence in English, the kind's code for the window
    wrong = refused("mastodon", "shop", "wrong-token", server=mastodon.url)
    assert "access token" in str(wrong)
    assert wrong.problem is not None and wrong.problem.code == "account_auth_expired"
    assert wrong.problem["platform"] == "mastodon"

    tg = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    assert refused("telegram", "@shopnews", telegram.token, server=telegram.url).problem == (
        Problem("account_exists", platform="telegram", handle="@shopnews")
    )
    telegram.token = "2:rotated"
    checked = accounts.check(tg.id)
    assert checked.state == "needs_reconnect" and "BotFather" in checked.state_message
    assert checked.state_problem is not None
    assert checked.state_problem.code in ("account_auth_expired", "account_rejected")
    assert accounts.get(tg.id).state_problem == checked.state_problem  # kept in the database
    memory_keyring.data.clear()
    missing = accounts.check(tg.id)
    assert missing.state_problem == Problem("account_secret_missing")
    assert missing.state_message == "The saved password or token is missing. Reconnect the account."
    assert accounts.remove(tg.id) == Problem("account_deleted", handle="@shopnews")
