"""The owner's side of the queue: missed posts, assisted posts, and the decisions on them.

``PublishingService`` holds one ``OwnerDecisions`` (service.py holds the sending, recovery.py the
crash recovery); the screens reach these through the service.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import selectinload

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountError
from smmdesk_gui.services.library.assets import MediaLibrary
from smmdesk_gui.services.publish.media import AssetRef, render_for_platform
from smmdesk_gui.services.publish.queue import (
    SENDABLE,
    S,
    TargetView,
    load_target,
    retry_locked,
    view_of,
)
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    AccountState,
    PostAttempt,
    PostTarget,
)

# States the owner may reschedule or skip: anything not being sent and not yet out.
_OWNER_CAN_CHANGE: tuple[str, ...] = (
    S.SCHEDULED.value,
    S.FAILED.value,
    S.UNCONFIRMED.value,
    S.RETRY_WAIT.value,
    S.DUE.value,
)


@dataclass(frozen=True)
class AssistedPackage:
    """Everything the owner needs to post by hand."""

    target_id: int
    platform: str
    platform_name: str
    text: str
    folder: Path
    images: tuple[Path, ...]
    platform_url: str


class OwnerDecisions:
    """Missed and assisted posts, and post now / reschedule / skip / mark done.

    Args:
        library: gives the media library (built on first use: most runs send no image).
    """

    def __init__(
        self,
        store: Store,
        paths: AppPaths,
        clock: Callable[[], dt.datetime],
        grace: dt.timedelta,
        library: Callable[[], MediaLibrary],
    ) -> None:
        self.store = store
        self.paths = paths
        self.clock = clock
        self.grace = grace
        self._library = library

    def missed_posts(self, now: dt.datetime | None = None) -> list[TargetView]:
        """Posts whose time passed more than ``grace`` ago without being sent."""
        now = now or self.clock()
        with self.store.session_scope() as s:
            targets = s.scalars(
                select(PostTarget)
                .where(
                    PostTarget.state == S.SCHEDULED.value,
                    PostTarget.scheduled_at < now - self.grace,
                )
                .options(selectinload(PostTarget.post), selectinload(PostTarget.account))
                .order_by(PostTarget.scheduled_at)
            ).all()
            return [view_of(t) for t in targets]

    def waiting_for_account(self, now: dt.datetime) -> list[TargetView]:
        """Due posts held back because their account must be reconnected or switched on."""
        with self.store.session_scope() as s:
            targets = s.scalars(
                select(PostTarget)
                .join(Account, PostTarget.account_id == Account.id)
                .where(
                    PostTarget.state.in_(SENDABLE),
                    PostTarget.scheduled_at <= now,
                    Account.state != AccountState.OK.value,
                )
                .options(selectinload(PostTarget.post), selectinload(PostTarget.account))
                .order_by(PostTarget.scheduled_at, PostTarget.id)
            ).all()
            return [self._waiting(t) for t in targets]

    @staticmethod
    def _waiting(target: PostTarget) -> TargetView:
        account = target.account
        if account.state == AccountState.DISABLED.value:
            problem = Problem(
                "publish_waiting_disabled", platform=account.platform, handle=account.handle
            )
        else:
            problem = Problem(
                "publish_waiting_reconnect",
                platform=account.platform,
                handle=account.handle,
                reason=account.state_message or "",
            )
        return replace(view_of(target), message=problem.message, problem=problem)

    def make_due(self, target_id: int, now: dt.datetime) -> TargetView | None:
        """An assisted post's time came: remind the owner (None if another run did)."""

        def run() -> TargetView | None:
            with self.store.session_scope() as s:
                result = s.execute(
                    update(PostTarget)
                    .where(PostTarget.id == target_id, PostTarget.state == S.SCHEDULED.value)
                    .values(state=S.DUE.value)
                    .execution_options(synchronize_session=False)
                )
                if result.rowcount != 1:  # type: ignore[attr-defined]
                    return None
                s.add(
                    PostAttempt(
                        target_id=target_id,
                        started_at=now,
                        finished_at=now,
                        outcome="due",
                        message="Reminder shown: waiting for the owner to post it.",
                    )
                )
                return view_of(load_target(s, target_id))

        return retry_locked(run)

    def _set(self, target_id: int, allowed: tuple[str, ...], **values: object) -> TargetView:
        def run() -> TargetView:
            with self.store.session_scope() as s:
                target = load_target(s, target_id)
                if target.state not in allowed:
                    raise AccountError(Problem("post_state_changed", state=target.state))
                for name, value in values.items():
                    setattr(target, name, value)
                s.flush()
                return view_of(target)

        return retry_locked(run)

    def post_now(self, target_id: int) -> TargetView:
        """A missed (or failed, or unconfirmed-and-not-there) post goes out at the next run."""
        return self._set(
            target_id,
            (S.SCHEDULED.value, S.FAILED.value, S.UNCONFIRMED.value, S.RETRY_WAIT.value),
            state=S.SCHEDULED.value,
            scheduled_at=self.clock(),
            next_attempt_at=None,
            attempts=0,
            claimed_by=None,
            last_error_kind=None,
            last_error_message=None,
            last_problem=None,
        )

    def retry(self, target_id: int) -> TargetView:
        """Send a failed post again at the next run, if its account can post now.

        Raises ``AccountError`` (plain words) when the post is not failed any more, or its
        account must be reconnected or switched on first.
        """
        with self.store.session_scope() as s:
            target = load_target(s, target_id)
            state, account = target.state, target.account
            account_state, handle, platform = account.state, account.handle, account.platform
        if state != S.FAILED.value:
            raise AccountError(Problem("retry_not_failed", state=state))
        if account_state == AccountState.NEEDS_RECONNECT.value:
            raise AccountError(Problem("retry_needs_reconnect", platform=platform, handle=handle))
        if account_state == AccountState.DISABLED.value:
            raise AccountError(Problem("retry_account_disabled", platform=platform, handle=handle))
        return self.post_now(target_id)

    def reschedule(self, target_id: int, when: dt.datetime) -> TargetView:
        if when.tzinfo is None:
            raise ValueError("give the new time with a time zone")
        return self._set(
            target_id,
            _OWNER_CAN_CHANGE,
            state=S.SCHEDULED.value,
            scheduled_at=when,
            next_attempt_at=None,
            attempts=0,
            claimed_by=None,
            last_error_kind=None,
            last_error_message=None,
            last_problem=None,
        )

    def skip(self, target_id: int) -> TargetView:
        return self._set(
            target_id,
            _OWNER_CAN_CHANGE,
            state=S.SKIPPED.value,
            next_attempt_at=None,
            claimed_by=None,
        )

    def mark_done(self, target_id: int, url: str | None = None) -> TargetView:
        """The owner posted it by hand (assisted) or found it there (unconfirmed)."""
        values: dict[str, object] = {
            "state": S.PUBLISHED.value,
            "published_at": self.clock(),
            "claimed_by": None,
            "next_attempt_at": None,
            "last_error_kind": None,
            "last_error_message": None,
            "last_problem": None,
        }
        if url:  # else keep a link SMM Desk already has (the photos of a two-part post)
            values["remote_url"] = url
        return self._set(
            target_id,
            (S.DUE.value, S.UNCONFIRMED.value, S.SCHEDULED.value, S.FAILED.value),
            **values,
        )

    def assisted_package(self, target_id: int, export_root: Path | None = None) -> AssistedPackage:
        """Export the post's images for its platform to a folder; return text, folder and URL."""
        with self.store.session_scope() as s:
            target = load_target(s, target_id)
            platform = target.account.platform
            text = target.effective_text
            refs = [
                AssetRef(
                    pm.asset_id,
                    pm.alt_text if pm.alt_text is not None else pm.asset.alt_text,
                    pm.preset,  # the shape chosen in the composer (its platform only)
                )
                for pm in target.post.media
            ]
            stamp = (target.scheduled_at or self.clock()).strftime("%Y-%m-%d %H%M")
        info = PLATFORMS.get(platform)
        name = info.name if info else platform
        folder = (export_root or self.paths.exports) / f"{stamp} {name} post {target_id}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        limit = 8 * 1024 * 1024
        items = render_for_platform(
            self._library(), platform, refs[: (info.max_images if info else 10)], limit
        )
        exported = []
        for i, item in enumerate(items, start=1):
            dest = folder / f"{i:02d}{item.path.suffix or '.jpg'}"
            shutil.copyfile(item.path, dest)  # the cached rendition stays where it is
            exported.append(dest)
        return AssistedPackage(
            target_id=target_id,
            platform=platform,
            platform_name=name,
            text=text,
            folder=folder,
            images=tuple(exported),
            platform_url=info.web_url if info else "",
        )

    def queue(self, states: tuple[str, ...] | None = None) -> list[TargetView]:
        """Targets in ``states`` (default: everything not draft), soonest first."""
        with self.store.session_scope() as s:
            q = select(PostTarget).options(
                selectinload(PostTarget.post), selectinload(PostTarget.account)
            )
            if states:
                q = q.where(PostTarget.state.in_(states))
            else:
                q = q.where(PostTarget.state != S.DRAFT.value)
            return [view_of(t) for t in s.scalars(q.order_by(PostTarget.scheduled_at)).all()]

    def view(self, target_id: int) -> TargetView:
        """One target as a queue row."""
        with self.store.session_scope() as s:
            return view_of(load_target(s, target_id))

    def pending_count(self) -> int:
        """Posts waiting to go out: scheduled (connected or assisted), retrying, sending."""
        with self.store.session_scope() as s:
            return int(
                s.scalar(
                    select(func.count(PostTarget.id)).where(
                        PostTarget.state.in_(
                            (S.SCHEDULED.value, S.RETRY_WAIT.value, S.PUBLISHING.value)
                        )
                    )
                )
                or 0
            )

    def accounts_needing_reconnect(self) -> list[tuple[int, str, str, str, Problem | None]]:
        """(id, platform, handle, message, problem) of every account whose login was refused;
        ``problem`` is the English ``message`` as a code (None for one kept before codes)."""
        with self.store.session_scope() as s:
            rows = s.execute(
                select(
                    Account.id,
                    Account.platform,
                    Account.handle,
                    Account.state_message,
                    Account.state_problem,
                ).where(Account.state == AccountState.NEEDS_RECONNECT.value)
            ).all()
            return [
                (int(i), str(p), str(h), str(m or ""), Problem.from_json(code))
                for i, p, h, m, code in rows
            ]

    def attempts(self, target_id: int) -> list[tuple[dt.datetime, str, int | None, str]]:
        """The audit trail of one target: (started, outcome, HTTP status, message)."""
        with self.store.session_scope() as s:
            rows = s.scalars(
                select(PostAttempt)
                .where(PostAttempt.target_id == target_id)
                .order_by(PostAttempt.id)
            ).all()
            return [(a.started_at, a.outcome, a.http_status, a.message) for a in rows]
