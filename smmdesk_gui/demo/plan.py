"""The demo's content plan, on top of the base demo's posts: a full, believable month.

Adds what a real month has besides neat scheduled posts: one post going to all three accounts,
drafts still being written, a post that failed and one waiting for the owner, a week of holiday
offers, a per-account text, and a backlog of ideas. A few rhythm days stay empty on purpose, so
the "still empty" hint has something to show.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.domain.slots import local_to_utc
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.workspace import workspace_zone
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    MediaAsset,
    Post,
    PostMedia,
    PostTarget,
    Rubric,
    TargetState,
)

IDEAS = (
    ("Behind the scenes", "Time-lapse: one night of baking in 30 seconds", ("instagram",)),
    ("Useful tips", "Carousel: 5 breads and what to eat them with", ("instagram", "bluesky")),
    ("Customer stories", "Ask regulars for their favourite sandwich recipe", ("telegram",)),
    ("Offers", "Loyalty card launch: the 10th loaf is free", ("instagram", "telegram")),
    ("Product", "New: spelt and honey loaf (photos on Thursday)", ("instagram",)),
)


def _at(day: dt.date, hhmm: str, tz: ZoneInfo) -> dt.datetime:
    h, m = (int(x) for x in hhmm.split(":"))
    return local_to_utc(dt.datetime.combine(day, dt.time(h, m)), tz)


def seed(store: Store, paths: AppPaths, now: dt.datetime) -> None:
    """Add the plan's extras to the demo workspace built by ``services.demo.build_demo``."""
    tz = workspace_zone(store)
    with store.session_scope() as s:
        accounts = {a.platform: a for a in s.scalars(select(Account))}
        rubrics = {r.name: r for r in s.scalars(select(Rubric))}
        if not accounts or not rubrics:
            return
        today = now.astimezone(tz).date()

        def add(
            text: str,
            rubric: str,
            targets: dict[str, tuple[dt.datetime | None, str]],
            *,
            notes: str = "",
            overrides: dict[str, str] | None = None,
            error: str | None = None,
            photo: bool = False,
        ) -> None:
            post = Post(
                text=text,
                rubric_id=rubrics[rubric].id if rubric in rubrics else None,
                notes=notes,
                created_at=now - dt.timedelta(days=3),
            )
            s.add(post)
            s.flush()
            first_photo = s.scalar(select(MediaAsset.id).order_by(MediaAsset.id).limit(1))
            if photo and first_photo is not None:  # the demo's photos are imported before this
                s.add(PostMedia(post_id=post.id, asset_id=first_photo, position=0))
            for platform, (when, state) in targets.items():
                account = accounts.get(platform)
                if account is None:
                    continue
                s.add(
                    PostTarget(
                        post_id=post.id,
                        account_id=account.id,
                        scheduled_at=when,
                        state=state,
                        text_override=(overrides or {}).get(platform),
                        # the demo's one failure is a platform down three times in a row: its
                        # English sentence (the CLI's), and the code the window words
                        last_error_kind="server_error" if error else None,
                        last_error_message=error,
                        last_problem=Problem(
                            "publish_gave_up",
                            cause="publish_server_error",
                            platform=platform,
                            detail="502",
                            tries=3,
                        ).as_json()
                        if error
                        else None,
                        attempts=1 if error else 0,
                    )
                )

        scheduled = TargetState.SCHEDULED.value
        # One announcement to every account, on the coming Saturday, Telegram with its own text.
        saturday = today + dt.timedelta(days=(5 - today.weekday()) % 7 or 7)
        add(
            "Open day at the bakery this Saturday! Watch us bake, taste everything, "
            "and take home a free mini loaf. 10:00–16:00. #openday #bakery",
            "Offers",
            {
                "instagram": (_at(saturday - dt.timedelta(days=2), "17:00", tz), scheduled),
                "bluesky": (_at(saturday - dt.timedelta(days=2), "17:00", tz), scheduled),
                "telegram": (_at(saturday - dt.timedelta(days=2), "17:00", tz), scheduled),
            },
            overrides={
                "telegram": "Open day this Saturday, 10:00–16:00: come and bake with us! "
                "Free mini loaf for every subscriber who shows this message."
            },
        )
        # Drafts still being written for next week.
        for offset, platform, hhmm, rubric, text in (
            (
                3,
                "instagram",
                "12:30",
                "Product",
                "Draft: pumpkin bread is back… (need a photo with the new sign)",
            ),
            (
                6,
                "bluesky",
                "18:00",
                "Useful tips",
                "Draft: why our sourdough needs 36 hours: a short thread",
            ),
            (9, "telegram", "08:00", "Behind the scenes", "Draft: meet our delivery bike, Bram"),
        ):
            add(
                text,
                rubric,
                {
                    platform: (
                        _at(today + dt.timedelta(days=offset), hhmm, tz),
                        TargetState.DRAFT.value,
                    )
                },
            )
        # Something went wrong yesterday; something waits for the owner today. Each matches its
        # account's kind: only an account SMM Desk posts to itself (Bluesky, Telegram) can fail
        # with the platform's error; Instagram is posted by hand, so its post waits for the
        # owner ("due") and can't have been refused by an API.
        add(
            "Weekend special: cinnamon rolls with cardamom glaze, only on Sunday.",
            "Offers",
            {
                "bluesky": (
                    _at(today - dt.timedelta(days=1), "15:00", tz),
                    TargetState.FAILED.value,
                )
            },
            error="Bluesky did not answer (server error 502), three times. Try again later.",
        )
        add(
            "Good morning! Fresh rye and walnut bread is out of the oven.",
            "Product",
            {"instagram": (_at(today, "07:30", tz), TargetState.DUE.value)},
            notes="Posted by hand: copy the text, post it from the phone.",
            photo=True,
        )
        # A week of pre-holiday offers at the end of the month.
        last = (today.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        for i, text in enumerate(
            (
                "Order your holiday bread basket now: pick-up on the 24th. #preorder",
                "Last days to pre-order our stollen with 10% off.",
                "Gift cards are here: the easiest present for bread lovers.",
            )
        ):
            day = last - dt.timedelta(days=2 * i + 1)
            if day > today:
                add(text, "Offers", {"bluesky": (_at(day, "12:00", tz), scheduled)})
        for rubric, text, platforms in IDEAS:
            add(text, rubric, {p: (None, TargetState.DRAFT.value) for p in platforms})
