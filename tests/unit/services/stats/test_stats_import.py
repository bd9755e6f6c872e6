"""CSV import with the ready mappings: preview with problems, write, and never twice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from smmdesk_gui.services.stats import mappings as maps
from smmdesk_gui.services.stats.csv_import import StatsImportError, apply_import, preview_import
from smmdesk_gui.services.stats.kpis import kpis
from smmdesk_gui.services.stats.period import Period
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, MetricSnapshot, PostTarget

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 2, 9, tzinfo=UTC)

META_IG = (
    '"Post ID","Account ID","Account username","Account name","Description","Duration (sec)",'
    '"Publish time","Permalink","Post type","Data comment","Date","Impressions","Reach","Likes",'
    '"Shares","Follows","Comments","Saves"\n'
    '"ig1","178","bakery","Bakery","Sourdough is back","0","10/01/2026 18:00",'
    '"https://www.instagram.com/p/AAA/","IG image","","Lifetime","2,345","1,234","52","4","1",'
    '"6","9"\n'
    '"ig9","178","bakery","Bakery","Pumpkin rolls, first batch\nall gone by 10","0",'
    '"10/20/2026 07:30","https://www.instagram.com/p/BBB/","IG carousel","","Lifetime","900",'
    '"800","30","","0","2","5"\n'
    '"ig10","178","bakery","Bakery","Broken row","0","10/21/2026 07:30",'
    '"https://www.instagram.com/p/CCC/","IG image","","Lifetime","900","lots","3","0","0","1",'
    '"0"\n'
    '"ig11","178","bakery","Bakery","No time","0","",'
    '"https://www.instagram.com/p/DDD/","IG image","","Lifetime","900","100","3","0","0","1",'
    '"0"\n'
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8-sig") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def count(store: Store) -> int:
    with store.session_scope() as s:
        return int(s.scalar(select(func.count()).select_from(MetricSnapshot)) or 0)


def test_meta_instagram_preview_then_import_once(
    store: Store, october: dict[str, int], tmp_path: Path
) -> None:
    path = write(tmp_path, "Oct-01-2026_Oct-31-2026.csv", META_IG)  # with a BOM
    mapping = maps.READY["meta-instagram"]
    before = count(store)
    pv = preview_import(store, path, mapping, tz=UTC)
    assert count(store) == before  # a preview writes nothing
    assert pv.account_id == october["a"]  # the only Instagram account
    assert pv.columns["impressions"] == "Impressions" and pv.columns["reach"] == "Reach"
    r1, r2, r3, r4 = pv.rows
    assert r1.target_id == october["p1"] and r1.status == "new"
    assert r1.figures == {
        "reach": 1234,
        "impressions": 2345,
        "likes": 52,
        "comments": 6,
        "shares": 4,
        "saves": 9,
    }
    assert r2.target_id is None and r2.is_new_post
    assert r2.published_at == dt.datetime(2026, 10, 20, 7, 30, tzinfo=UTC)
    assert "shares" not in r2.figures  # an empty cell is missing, not zero
    assert r3.status == "problem" and r3.problem == "Reach: not a number: 'lots'"
    assert r4.status == "problem" and "no publish time" in r4.problem
    assert r3.line > r2.line > r1.line >= 2

    result = apply_import(store, pv, now=NOW)
    assert (result.snapshots_added, result.posts_created, result.problems) == (11, 1, 2)
    after = count(store)
    with store.session_scope() as s:
        new = s.scalars(select(PostTarget).where(PostTarget.remote_id == "ig9")).one()
        assert new.state == "published" and new.remote_url.endswith("/p/BBB/")
        assert new.post.text.startswith("Pumpkin rolls")

    again = preview_import(store, path, mapping, tz=UTC)
    assert again.count("duplicate") == 2 and again.count("new") == 0
    assert apply_import(store, again, now=NOW).snapshots_added == 0
    assert count(store) == after  # the same file twice adds nothing twice

    k = kpis(store, Period.month(2026, 10), account_id=october["a"], tz=UTC)
    assert k.posts == 3  # p1, p2 and the imported ig9
    assert k.reach == 1234 + 500 + 800


def test_newer_export_adds_history(store: Store, october: dict[str, int], tmp_path: Path) -> None:
    mapping = maps.READY["meta-instagram"]
    first = write(tmp_path, "a.csv", META_IG)
    apply_import(store, preview_import(store, first, mapping, tz=UTC), now=NOW)
    newer = write(tmp_path, "b.csv", META_IG.replace('"52"', '"60"'))
    pv = preview_import(store, newer, mapping, tz=UTC)
    assert pv.rows[0].status == "new" and len(pv.rows[0].new_keys) == 1  # only likes changed
    apply_import(store, pv, now=NOW + dt.timedelta(days=1))
    with store.session_scope() as s:
        likes = s.scalars(
            select(MetricSnapshot.value)
            .where(MetricSnapshot.target_id == october["p1"], MetricSnapshot.metric == "likes")
            .order_by(MetricSnapshot.taken_at)
        ).all()
    assert likes == [20, 40, 52, 60]  # history kept, never overwritten


def test_x_classic_and_new_exports(store: Store, tmp_path: Path) -> None:
    with store.session_scope() as s:
        s.add(Account(platform="x", handle="bakery"))
    classic = write(
        tmp_path,
        "tweet_activity.csv",
        (
            "Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,engagement rate,"
            "retweets,replies,likes,user profile clicks,url clicks,hashtag clicks\n"
            '1850,https://x.com/bakery/status/1850,"Fresh bread, 7am",2026-10-02 06:12 +0000,'
            "1500,60,0.04,3,2,40,4,11,0\n"
        ),
        encoding="utf-8",
    )
    pv = preview_import(store, classic, maps.READY["x-posts"], tz=UTC)
    (row,) = pv.rows
    assert row.figures == {
        "impressions": 1500,
        "likes": 40,
        "comments": 2,
        "shares": 3,
        "clicks": 11,
    }
    assert row.published_at == dt.datetime(2026, 10, 2, 6, 12, tzinfo=UTC)
    new = write(
        tmp_path,
        "account_analytics_content.csv",
        (
            "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,"
            "New follows,Replies,Reposts,Profile visits,Detail Expands,URL Clicks\n"
            '1851,"Fri, Oct 2, 2026",Rolls,https://x.com/bakery/status/1851,"2,100",25,40,4,1,0,3,'
            "5,2,6,9\n"
        ),
    )
    (row,) = preview_import(store, new, maps.READY["x-posts"], tz=UTC).rows
    assert row.figures == {
        "impressions": 2100,
        "likes": 25,
        "comments": 3,
        "shares": 5,
        "saves": 4,
        "clicks": 9,
    }


def test_vk_daily_semicolons_decimal_commas_cp1251(store: Store, tmp_path: Path) -> None:
    with store.session_scope() as s:
        s.add(Account(platform="vk", handle="club1"))
    path = write(
        tmp_path,
        "vk.csv",
        (
            "Дата;Подписчики;Охват;Просмотры;Подписавшиеся;Отписавшиеся\n"
            "30.09.2026;1\u00a0200;3\u00a0456;5\u00a0000;4;1\n"
            "31.10.2026;1\u00a0260;2\u00a0000;3\u00a0100,0;9;2\n"
            "32.10.2026;1\u00a0260;;;;\n"
        ),
        encoding="cp1251",
    )
    pv = preview_import(store, path, maps.READY["vk-community"], tz=UTC)
    r1, r2, bad = pv.rows
    assert r1.figures == {
        "followers": 1200,
        "daily_reach": 3456,
        "daily_impressions": 5000,
        "new_followers": 4,
        "lost_followers": 1,
    }
    assert r2.figures["daily_impressions"] == 3100
    assert bad.status == "problem" and "not a date" in bad.problem
    apply_import(store, pv, now=NOW)
    k = kpis(store, Period.month(2026, 10), tz=UTC)
    assert (k.followers_start, k.followers_end) == (1200, 1260)
    assert k.growth_rate.value == pytest.approx(0.05)


def test_wrong_file_and_unclear_account(
    store: Store, october: dict[str, int], tmp_path: Path
) -> None:
    path = write(tmp_path, "other.csv", "Name,Price\nBread,3\n")
    with pytest.raises(StatsImportError, match="does not look like"):
        preview_import(store, path, maps.READY["meta-instagram"], tz=UTC)
    with pytest.raises(StatsImportError, match="Add your x account"):
        preview_import(store, path, maps.READY["x-posts"], tz=UTC)
    with pytest.raises(StatsImportError, match="not found"):
        preview_import(store, tmp_path / "nope.csv", maps.READY["meta-instagram"], tz=UTC)
    xlsx = tmp_path / "export.xlsx"
    xlsx.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(StatsImportError, match="Save it as CSV"):
        preview_import(store, xlsx, maps.READY["meta-instagram"], tz=UTC)


def test_saved_mapping_roundtrip(store: Store, october: dict[str, int], tmp_path: Path) -> None:
    mine = maps.ColumnMapping(
        name="my-shop-sheet",
        label="My sheet",
        kind="posts",
        platform="bluesky",
        columns={"remote_id": ("ID",), "published_at": ("When",), "likes": ("Hearts",)},
        decimal_comma=True,
    )
    maps.save_mapping(store, mine)
    assert maps.get_mapping(store, "my-shop-sheet") == mine
    with pytest.raises(ValueError, match="ready mapping"):
        maps.save_mapping(store, maps.ColumnMapping("x-posts", "x", "posts", {"url": ("a",)}))
    with pytest.raises(ValueError, match="no figure column"):
        maps.save_mapping(store, maps.ColumnMapping("bad", "bad", "posts", {"url": ("a",)}))
    path = write(tmp_path, "mine.csv", "ID;When;Hearts\nbs3;10.10.2026 09:00;1.234\n")
    (row,) = preview_import(store, path, maps.get_mapping(store, "my-shop-sheet"), tz=UTC).rows
    assert row.target_id == october["p3"] and row.figures == {"likes": 1234}
    assert maps.delete_mapping(store, "my-shop-sheet")
    assert maps.get_mapping(store, "my-shop-sheet") is None


def test_big_figures_that_differ_slightly_are_not_duplicates(
    store: Store, october: dict[str, int], tmp_path: Path
) -> None:
    mapping = maps.READY["meta-instagram"]
    head = '"Post ID","Publish time","Impressions"\n'
    first = write(tmp_path, "a.csv", head + '"ig1","10/01/2026 18:00","1,234,567"\n')
    apply_import(store, preview_import(store, first, mapping, tz=UTC), now=NOW)
    second = write(tmp_path, "b.csv", head + '"ig1","10/01/2026 18:00","1,234,568"\n')
    assert preview_import(store, second, mapping, tz=UTC).rows[0].status == "new"


def test_a_stopped_preview_or_import_stores_nothing(
    store: Store,
    october: dict[str, int],
    tmp_path: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from smmdesk_gui.services.stats import csv_import
    from smmdesk_gui.services.stats.csv_import import ImportStoppedError

    monkeypatch.setattr(csv_import, "PROGRESS_EVERY", 20)  # 200 in the app
    path = tmp_path / "big.csv"
    path.write_text(
        '"Post ID","Publish time","Reach","Likes"\n'
        + "".join(f'"s{i}","10/05/2026 18:00","{i}","1"\n' for i in range(45)),
        encoding="utf-8",
    )
    mapping = maps.all_mappings(store)["meta-instagram"]
    with pytest.raises(ImportStoppedError):
        preview_import(store, path, mapping, should_stop=lambda: True)
    seen: list[tuple[int, int]] = []
    preview = preview_import(store, path, mapping, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 45), (20, 45), (40, 45)]
    with store.session_scope() as s:
        before = s.scalar(select(func.count(MetricSnapshot.id)))
        posts_before = s.scalar(select(func.count(PostTarget.id)))
    asked = iter([False, False, True])  # stop at the third check (row 40)
    with pytest.raises(ImportStoppedError, match="nothing was stored"):
        apply_import(store, preview, should_stop=lambda: next(asked))
    with store.session_scope() as s:
        assert s.scalar(select(func.count(MetricSnapshot.id))) == before
        assert s.scalar(select(func.count(PostTarget.id))) == posts_before
    assert apply_import(store, preview).snapshots_added == 90
