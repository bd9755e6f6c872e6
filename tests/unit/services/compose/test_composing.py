"""The composing service: drafts, per-account versions, images, checks, scheduling, snippets."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from smmdesk_gui.services.compose import drafts as c
from smmdesk_gui.services.compose.checks import AccountInfo, MediaInfo, check_account
from smmdesk_gui.store.models import Account, AccountState, MediaAsset, PostTarget, TargetState

NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)


def _accounts(store: Any) -> dict[str, int]:
    with store.session_scope() as s:
        rows = [
            Account(platform="instagram", handle="bakery"),
            Account(platform="x", handle="bakery_x"),
            Account(platform="bluesky", handle="bakery.bsky.social"),
            Account(
                platform="mastodon",
                handle="bakery@mastodon.example",
                settings={"max_characters": 1000, "characters_reserved_per_url": 23},
            ),
            Account(platform="telegram", handle="bakery_news"),
        ]
        s.add_all(rows)
        s.flush()
        return {a.platform: a.id for a in rows}


def _assets(store: Any, n: int) -> list[int]:
    with store.session_scope() as s:
        rows = [
            MediaAsset(
                sha256=f"{i:064d}", original_name=f"p{i}.jpg", alt_text="a loaf" if i else ""
            )
            for i in range(n)
        ]
        s.add_all(rows)
        s.flush()
        return [a.id for a in rows]


def test_create_and_update_a_draft_for_five_accounts(store: Any) -> None:
    ids = _accounts(store)
    draft = c.Draft(text="Fresh bread today!", targets=[c.TargetDraft(i) for i in ids.values()])
    saved = c.save_draft(store, draft)
    assert saved.post_id is not None
    assert len(saved.targets) == 5 and all(t.text_override is None for t in saved.targets)

    saved.text = "Fresh sourdough today!"
    saved.target(ids["x"]).text_override = "Sourdough! #bread"  # type: ignore[union-attr]
    again = c.save_draft(store, saved)
    loaded = c.load_draft(store, again.post_id or 0)
    assert loaded.text == "Fresh sourdough today!"
    assert loaded.text_for(ids["x"]) == "Sourdough! #bread"
    assert loaded.text_for(ids["bluesky"]) == "Fresh sourdough today!"  # follows the master

    loaded.targets = [t for t in loaded.targets if t.account_id != ids["telegram"]]
    assert len(c.save_draft(store, loaded).targets) == 4


def test_media_order_alt_text_and_removal(store: Any) -> None:
    a, b, d = _assets(store, 3)
    draft = c.save_draft(
        store, c.Draft(text="x", media=[c.MediaDraft(a), c.MediaDraft(b, "crumb")])
    )
    draft.media = [c.MediaDraft(d), c.MediaDraft(b, "crumb shot")]
    saved = c.save_draft(store, draft)
    assert [(m.asset_id, m.alt_text) for m in saved.media] == [(d, None), (b, "crumb shot")]
    infos = c.media_infos(store, saved.media)
    assert [m.alt_text for m in infos] == ["a loaf", "crumb shot"]
    draft.media = [c.MediaDraft(b), c.MediaDraft(b)]
    with pytest.raises(c.ComposeError, match="twice"):
        c.save_draft(store, draft)


def test_every_problem_is_listed_per_account(store: Any) -> None:
    ids = _accounts(store)
    with store.session_scope() as s:
        acc = s.get(Account, ids["bluesky"])
        acc.state = AccountState.NEEDS_RECONNECT.value
    long_text = "Spring sale! " + "#tag " * 6 + "a" * 300
    draft = c.Draft(text=long_text, targets=[c.TargetDraft(i) for i in ids.values()])
    checks = {ch.account.platform: ch for ch in c.check(store, draft, now=NOW)}
    assert [p.code for p in checks["instagram"].problems] == ["too_many_hashtags", "needs_image"]
    assert [p.code for p in checks["x"].problems] == ["too_long"]
    assert {"too_long", "needs_reconnect"} <= {p.code for p in checks["bluesky"].problems}
    assert checks["mastodon"].ok  # the server allows 1000
    assert checks["telegram"].ok
    assert "needs reconnecting" in checks["bluesky"].blocking[-1].message


def test_too_many_images_and_alt_text_reminder() -> None:
    x = AccountInfo(1, "x", "shop")
    media = [MediaInfo(i, alt_text="" if i == 0 else "ok") for i in range(5)]
    result = check_account(x, "hello", media)
    assert [p.code for p in result.problems] == ["too_many_images", "alt_text_missing"]
    assert not result.ok
    assert check_account(x, "hello", media[1:]).ok  # a missing description is only a reminder


def test_scheduling_is_blocked_until_fixed(store: Any) -> None:
    ids = _accounts(store)
    draft = c.save_draft(
        store,
        c.Draft(text="a" * 300, targets=[c.TargetDraft(ids["x"]), c.TargetDraft(ids["telegram"])]),
    )
    when = {ids["x"]: NOW + dt.timedelta(hours=2), ids["telegram"]: None}
    with pytest.raises(c.ComposeError) as err:
        c.schedule_draft(store, draft, when, NOW)
    assert "Fix 1 problem" in str(err.value)
    assert c.load_draft(store, draft.post_id or 0).targets[0].state == TargetState.DRAFT.value

    draft.target(ids["x"]).text_override = "Short for X"  # type: ignore[union-attr]
    done = c.schedule_draft(store, draft, when, NOW)
    states = {t.account_id: (t.state, t.scheduled_at) for t in done.targets}
    assert states[ids["x"]] == ("scheduled", NOW + dt.timedelta(hours=2))
    assert states[ids["telegram"]] == ("scheduled", NOW)  # post now
    assert c.latest_draft(store) is None  # nothing left in draft
    back = c.unschedule(store, done.post_id or 0)
    assert {t.state for t in back.targets} == {"draft"}


def test_time_in_past_blocks(store: Any) -> None:
    ids = _accounts(store)
    draft = c.save_draft(store, c.Draft(text="hi", targets=[c.TargetDraft(ids["telegram"])]))
    with pytest.raises(c.ComposeError) as err:
        c.schedule_draft(store, draft, {ids["telegram"]: NOW - dt.timedelta(days=1)}, NOW)
    assert err.value.checks[0].blocking[0].code == "time_in_past"


def test_published_targets_are_left_alone(store: Any) -> None:
    ids = _accounts(store)
    draft = c.save_draft(store, c.Draft(text="hi", targets=[c.TargetDraft(ids["x"])]))
    with store.session_scope() as s:
        t = s.query(PostTarget).one()
        t.state = TargetState.PUBLISHED.value
    draft.targets = []
    with pytest.raises(c.ComposeError, match="already being published"):
        c.save_draft(store, draft)
    with pytest.raises(c.ComposeError):
        c.delete_draft(store, draft.post_id or 0)


def test_latest_draft_reopens_the_last_edited(store: Any) -> None:
    first = c.save_draft(store, c.Draft(text="one"))
    second = c.save_draft(store, c.Draft(text="two"))
    assert c.latest_draft(store).post_id == second.post_id  # type: ignore[union-attr]
    first.text = "one, edited"
    c.save_draft(store, first)
    assert c.latest_draft(store).text == "one, edited"  # type: ignore[union-attr]
    c.delete_draft(store, first.post_id or 0)
    assert c.latest_draft(store).post_id == second.post_id  # type: ignore[union-attr]


def test_snippets(store: Any) -> None:
    c.save_snippet(store, "hashtags", "Bread", "#bread #sourdough")
    c.save_snippet(store, "hashtags", "Bread", "#bread #rye")  # replaces
    c.save_snippet(store, "template", "Signature", "— Korenbloem Bakery")
    tags = c.list_snippets(store, "hashtags")
    assert [(s.name, s.body) for s in tags] == [("Bread", "#bread #rye")]
    assert len(c.list_snippets(store)) == 2
    c.delete_snippet(store, tags[0].id)
    assert c.list_snippets(store, "hashtags") == []
    with pytest.raises(c.ComposeError):
        c.save_snippet(store, "template", "  ", "x")


def test_insert_snippet_spacing() -> None:
    assert c.insert_snippet("Fresh bread", "#bread") == ("Fresh bread\n\n#bread", 19)
    assert c.insert_snippet("Fresh bread", "today", 5) == ("Fresh today bread", 11)
    assert c.insert_snippet("", "#a") == ("#a", 2)


def test_demo_opens_the_composer_on_a_post_in_progress(store: Any) -> None:
    from smmdesk_gui.demo.workspace import build_demo
    from smmdesk_gui.paths import AppPaths

    build_demo(store, AppPaths(store.database.parent), now=NOW)
    draft = c.reopen_draft(store)
    assert draft is not None and draft.title == "Weekend cardamom buns"
    assert len(draft.targets) == 3
    assert sum(t.text_override is not None for t in draft.targets) == 1


def test_reopen_the_post_the_composer_had_open(store: Any) -> None:
    assert c.reopen_draft(store) is None
    draft = c.save_draft(store, c.Draft(text="typing..."))
    c.remember_open(store, draft.post_id)
    assert c.reopen_draft(store).text == "typing..."  # type: ignore[union-attr]
    c.remember_open(store, None)
    assert c.reopen_draft(store) is None


@pytest.mark.parametrize("where", ["text", "title", "notes", "override"])
def test_nul_character_is_refused_and_nothing_saved(store: Any, where: str) -> None:
    ids = _accounts(store)
    draft = c.Draft(text="Fresh bread", targets=[c.TargetDraft(ids["x"])])
    if where == "override":
        draft.targets[0].text_override = "for X\x00"
    else:
        setattr(draft, where, "half\x00way")
    with pytest.raises(c.ComposeError, match="NUL character"):
        c.save_draft(store, draft)
    assert c.latest_draft(store) is None
