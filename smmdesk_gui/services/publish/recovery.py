"""Crash recovery: claims whose process died (or whose lease ran out) are taken back and settled.

Before sending, a taken-back target is simply retried. While sending, it is retried only where
the platform's idempotency makes that safe (the key is still remembered), and otherwise becomes
"unconfirmed" for the owner to check.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import select, update

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.services.publish.ledger import TargetLedger
from smmdesk_gui.services.publish.queue import (
    S,
    TargetView,
    claim_is_stale,
    load_target,
    newest_attempt,
    retry_locked,
)
from smmdesk_gui.store.models import PostTarget

log = logging.getLogger(__name__)


def recover_interrupted(ledger: TargetLedger, worker_id: str) -> list[TargetView]:
    """Take back stale claims and settle each; one target's trouble never stops the others."""
    now = ledger.clock()
    with ledger.store.session_scope() as s:
        rows = s.execute(
            select(PostTarget.id, PostTarget.claimed_by, PostTarget.next_attempt_at).where(
                PostTarget.state == S.PUBLISHING.value
            )
        ).all()
    views = []
    for target_id, claimed_by, lease_until in rows:
        if claimed_by == worker_id or not claim_is_stale(claimed_by, lease_until, now):
            continue
        try:
            view = _recover(ledger, worker_id, target_id, claimed_by, now)
        except Exception:  # left as it is: the next run tries again
            log.exception("recovering target %s failed", target_id)
            continue
        if view is not None:
            views.append(view)
    return views


def _recover(
    ledger: TargetLedger, worker_id: str, target_id: int, old_claim: str | None, now: dt.datetime
) -> TargetView | None:
    def take() -> tuple[str, dt.datetime, str] | None:
        with ledger.store.session_scope() as s:
            result = s.execute(
                update(PostTarget)
                .where(
                    PostTarget.id == target_id,
                    PostTarget.state == S.PUBLISHING.value,
                    PostTarget.claimed_by.is_(None)
                    if old_claim is None
                    else PostTarget.claimed_by == old_claim,
                )
                .values(claimed_by=worker_id)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                return None
            target = load_target(s, target_id)
            attempt = s.scalars(newest_attempt(target_id)).first()
            phase = attempt.outcome if attempt is not None else "claimed"
            started = attempt.started_at if attempt is not None else now
            return phase, started, target.account.platform

    taken = retry_locked(take)
    if taken is None:
        return None
    phase, started, platform = taken
    name = PLATFORMS[platform].name if platform in PLATFORMS else platform
    if phase != "sending":
        before = Problem("publish_interrupted_before")
        return ledger.finish(
            target_id,
            S.RETRY_WAIT,
            "interrupted",
            before.message,
            next_attempt_at=now,
            problem=before,
        )
    window = idempotency_window(platform)
    age = (now - started).total_seconds()
    if window is None or (window > 0 and age < window - 300):
        resume = Problem("publish_interrupted_resume", platform=platform)
        return ledger.finish(
            target_id,
            S.RETRY_WAIT,
            "interrupted",
            f"SMM Desk stopped while sending this post to {name}. It will check and finish "
            "the job without posting twice.",
            next_attempt_at=now,
            problem=resume,
        )
    unsure = Problem(
        "publish_interrupted_unsure", platform=platform, **ledger.part_values(target_id)
    )
    return ledger.unconfirmed(
        target_id,
        f"SMM Desk stopped while sending this post to {name}, so it cannot know whether it "
        f"went out. Look at {name}: if the post is there, mark it as published; if not, "
        "send it again." + ledger.part_note(target_id, name),
        problem=unsure,
    )


def idempotency_window(platform: str) -> float | None:
    """Seconds the platform remembers an idempotency key (None: forever, 0: no idempotency)."""
    from smmdesk_gui.connectors.bluesky import BlueskyConnector
    from smmdesk_gui.connectors.facebook import FacebookConnector
    from smmdesk_gui.connectors.instagram import InstagramConnector
    from smmdesk_gui.connectors.mastodon import MastodonConnector
    from smmdesk_gui.connectors.telegram import TelegramConnector
    from smmdesk_gui.connectors.threads import ThreadsConnector
    from smmdesk_gui.connectors.vk import VKConnector

    classes = {
        "bluesky": BlueskyConnector,
        "mastodon": MastodonConnector,
        "telegram": TelegramConnector,
        "facebook": FacebookConnector,
        "threads": ThreadsConnector,
        "instagram": InstagramConnector,  # the recorded container is asked (exactly once)
        "vk": VKConnector,
    }
    cls: Any = classes.get(platform)
    return cls.idempotency_window if cls is not None else 0.0
