"""Where a send's outcome is written: the target's state and its ``PostAttempt`` audit row.

Every outcome of the queue (published, retry later, failed, unconfirmed) goes through
``TargetLedger.finish``, so a target and its newest attempt always agree.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import select

from smmdesk_gui.connectors.base import PublishResult
from smmdesk_gui.connectors.meta_containers import CONTAINER_PREFIX
from smmdesk_gui.domain.problems import Problem, Value
from smmdesk_gui.services.publish.queue import (
    S,
    TargetView,
    load_target,
    newest_attempt,
    retry_delay,
    retry_locked,
    view_of,
)
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import PostAttempt, PostTarget, TargetState


class TargetLedger:
    """Records the steps and outcomes of sending one target."""

    def __init__(
        self,
        store: Store,
        clock: Callable[[], dt.datetime],
        rng: random.Random,
        max_attempts: int,
    ) -> None:
        self.store = store
        self.clock = clock
        self.rng = rng
        self.max_attempts = max_attempts

    def mark_sending(self, target_id: int, key: str) -> None:
        """The request is about to leave: keep the idempotency key, note the phase."""

        def run() -> None:
            with self.store.session_scope() as s:
                target = s.get(PostTarget, target_id)
                assert target is not None
                target.idempotency_key = key
                attempt = s.scalars(newest_attempt(target_id)).one()
                attempt.outcome = "sending"

        retry_locked(run)

    def record_part(self, target_id: int, part: PublishResult) -> None:
        """The first part of a post sent in parts is on the platform: keep it before the rest
        goes out, so that no retry ever sends it again."""

        def run() -> None:
            with self.store.session_scope() as s:
                target = s.get(PostTarget, target_id)
                assert target is not None
                target.remote_id = part.remote_id
                target.remote_url = part.url
                attempt = s.scalars(newest_attempt(target_id)).one()
                attempt.message = (
                    "The post is prepared on the platform; publishing it follows."
                    if part.remote_id.startswith(CONTAINER_PREFIX)
                    else "The photos are on the platform; the text follows below them."
                )

        retry_locked(run)

    def part_note(self, target_id: int, name: str) -> str:
        """A sentence for the owner when the photos of a two-part post are already there."""
        values = self.part_values(target_id)
        if not values["photos_sent"]:
            return ""
        where = f" ({values['url']})" if values["url"] else ""
        return (
            f" The photos are already on {name}{where}; only the text is missing or unsure, "
            "and sending again sends only the text."
        )

    def part_values(self, target_id: int) -> dict[str, Value]:
        """``part_note`` as a problem's values: ``photos_sent`` (0 or 1) and their ``url``."""
        with self.store.session_scope() as s:
            target = s.get(PostTarget, target_id)
            sent = (
                target is not None
                and target.remote_id
                and not target.remote_id.startswith(CONTAINER_PREFIX)  # not visible
                and target.state != S.PUBLISHED.value
            )
            url = target.remote_url if target is not None else None
        return {"photos_sent": 1 if sent else 0, "url": (url or "") if sent else ""}

    def retry_later(
        self,
        target_id: int,
        kind: str,
        message: str,
        retry_after: float | None,
        *,
        http_status: int | None = None,
        problem: Problem | None = None,
    ) -> TargetView:
        """Back off and try again, or give up once the target had ``max_attempts`` tries.

        ``problem`` is ``message`` as a code (the window's wording); giving up wraps it in
        ``publish_gave_up`` with the number of tries.
        """
        with self.store.session_scope() as s:
            attempts = s.scalar(select(PostTarget.attempts).where(PostTarget.id == target_id)) or 1
        if attempts >= self.max_attempts:
            return self.finish(
                target_id,
                S.FAILED,
                kind,
                f"{message} It kept failing after {attempts} tries, so SMM Desk stopped. "
                "Click Retry when the platform works again.",
                http_status=http_status,
                problem=Problem(
                    "publish_gave_up", cause=problem.code, tries=attempts, **problem.values
                )
                if problem is not None
                else None,
            )
        delay = retry_delay(attempts, retry_after, self.rng)
        return self.finish(
            target_id,
            S.RETRY_WAIT,
            kind,
            message,
            http_status=http_status,
            next_attempt_at=self.clock() + dt.timedelta(seconds=delay),
            problem=problem,
        )

    def unconfirmed(
        self,
        target_id: int,
        message: str,
        *,
        http_status: int | None = None,
        detail: str = "",
        problem: Problem | None = None,
    ) -> TargetView:
        """The post may or may not be on the platform: the owner checks; never resent alone."""
        return self.finish(
            target_id,
            S.UNCONFIRMED,
            "unconfirmed",
            message,
            http_status=http_status,
            detail=detail,
            problem=problem,
        )

    def published(self, target_id: int, result: PublishResult, note: str = "") -> TargetView:
        """Settle as published; ``note`` (e.g. which photo host was used) goes on the attempt."""
        return self.finish(target_id, S.PUBLISHED, None, None, result=result, detail=note)

    def finish(
        self,
        target_id: int,
        state: TargetState,
        kind: str | None,
        message: str | None,
        *,
        http_status: int | None = None,
        detail: str = "",
        next_attempt_at: dt.datetime | None = None,
        result: PublishResult | None = None,
        problem: Problem | None = None,
    ) -> TargetView:
        """Settle the target in ``state`` and close its newest attempt with the outcome.

        ``message`` is kept in English (the CLI prints it, the log keeps it); ``problem`` is the
        same as a code with values, which the window words in the owner's language.
        """
        now = self.clock()

        def run() -> TargetView:
            with self.store.session_scope() as s:
                target = load_target(s, target_id)
                target.state = state.value
                target.claimed_by = None
                target.next_attempt_at = next_attempt_at
                target.last_error_kind = kind
                target.last_error_message = message
                target.last_problem = problem.as_json() if problem is not None else None
                if result is not None:
                    target.remote_id = result.remote_id
                    target.remote_url = result.url
                    target.published_at = now
                attempt = s.scalars(newest_attempt(target_id)).first()
                if attempt is None or attempt.finished_at is not None:
                    attempt = PostAttempt(target_id=target_id, started_at=now)
                    s.add(attempt)
                attempt.finished_at = now
                attempt.outcome = state.value
                attempt.http_status = http_status
                attempt.message = (message or "") + (f"\n{detail}" if detail else "")
                s.flush()
                return view_of(target)

        return retry_locked(run)
