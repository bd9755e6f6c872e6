"""A small real workspace for the plan tests: accounts, rubrics, slots, in a temp SQLite store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.workspace import set_workspace_zone
from smmdesk_gui.store.db import Store, open_store
from smmdesk_gui.store.models import (
    Account,
    MediaAsset,
    Post,
    PostMedia,
    PostTarget,
    Rubric,
    TargetState,
    TimeSlot,
)

AMS = ZoneInfo("Europe/Amsterdam")
UTC = dt.UTC


@dataclass
class Workspace:
    store: Store
    paths: AppPaths
    tz: ZoneInfo
    accounts: dict[str, int]  # "platform:handle" -> id
    rubrics: dict[str, int]

    def post(
        self,
        text: str,
        accounts: list[str],
        when: dt.datetime | None,
        *,
        rubric: str | None = None,
        state: str | None = None,
    ) -> int:
        with self.store.session_scope() as s:
            post = Post(text=text, rubric_id=self.rubrics[rubric] if rubric else None)
            s.add(post)
            s.flush()
            for name in accounts:
                s.add(
                    PostTarget(
                        post_id=post.id,
                        account_id=self.accounts[name],
                        scheduled_at=when,
                        state=state
                        or (TargetState.SCHEDULED.value if when else TargetState.DRAFT.value),
                    )
                )
            return post.id

    def add_photo(self, post_id: int) -> int:
        """A square, described photo on the post (a database row only: no file behind it), so
        Instagram's "needs a photo" check passes."""
        with self.store.session_scope() as s:
            n = s.query(MediaAsset).count()
            asset = MediaAsset(
                sha256=f"{n + 1:064d}",
                original_name=f"loaf{n + 1}.jpg",
                extension=".jpg",
                mime="image/jpeg",
                width=1080,
                height=1080,
                bytes=200_000,
                alt_text="A loaf of rye bread",
            )
            s.add(asset)
            s.flush()
            s.add(PostMedia(post_id=post_id, asset_id=asset.id, position=0))
            return asset.id

    def targets(self, post_id: int) -> list[PostTarget]:
        with self.store.session_scope() as s:
            post = s.get(Post, post_id)
            assert post is not None
            return list(post.targets)


def local(text: str, tz: ZoneInfo = AMS) -> dt.datetime:
    """An aware UTC instant from an Amsterdam wall-clock ``YYYY-MM-DD HH:MM``."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=tz).astimezone(UTC)


def make_workspace(home: Path) -> Workspace:
    paths = AppPaths(home).ensure()
    store = open_store(paths.database, paths.backups)
    return populate(store, paths)


def populate(store: Store, paths: AppPaths) -> Workspace:
    """Accounts, rubrics and slots of a small bakery in ``store`` (zone: Amsterdam)."""
    accounts: dict[str, int] = {}
    rubrics: dict[str, int] = {}
    set_workspace_zone(store, "Europe/Amsterdam")
    with store.session_scope() as s:
        for platform, handle in [
            ("instagram", "bakery"),
            ("x", "bakery"),
            ("telegram", "bakery_news"),
            ("mastodon", "bakery"),
        ]:
            a = Account(platform=platform, handle=handle, display_name="Bakery")
            s.add(a)
            s.flush()
            accounts[f"{platform}:{handle}"] = a.id
        for pos, (name, colour, share) in enumerate(
            [
                ("Product", "#e67e22", 0.4),
                ("Useful tips", "#27ae60", 0.3),
                ("Behind the scenes", "#8e44ad", 0.2),
            ]
        ):
            r = Rubric(name=name, colour=colour, target_share=share, position=pos)
            s.add(r)
            s.flush()
            rubrics[name] = r.id
        # Instagram: Tue/Thu 12:30, Sat 10:00. X: every weekday 09:00.
        for weekday, minute in [(1, 750), (3, 750), (5, 600)]:
            s.add(
                TimeSlot(
                    account_id=accounts["instagram:bakery"], weekday=weekday, minute_of_day=minute
                )
            )
        for weekday in range(5):
            s.add(TimeSlot(account_id=accounts["x:bakery"], weekday=weekday, minute_of_day=540))
    return Workspace(store, paths, AMS, accounts, rubrics)
