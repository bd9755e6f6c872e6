"""The publishing queue (Qt-free): used by the GUI's publisher and ``smmdesk-cli publish-due``.

PostTarget states (ARCHITECTURE.md)::

    draft -> scheduled -> publishing -> published
                              |-> retry_wait -> publishing    (rate limit, network, 5xx)
                              |-> failed                     (rejected, auth expired: user acts)
                              '-> unconfirmed                (died mid-send, no idempotency)
    assisted:  scheduled -> due -> published (the owner marked it) | skipped

Exactly once: a target is claimed with one ``UPDATE ... WHERE state IN (...)`` so two processes
never send the same target; the idempotency key is saved before the first try; every try is a
``PostAttempt`` row ("claimed" -> "sending" -> outcome). A claim whose process died is taken back:
before sending it is simply retried; while sending it is retried only where the platform's
idempotency makes that safe, and otherwise becomes "unconfirmed" for the owner to check.
Posts whose time passed more than ``grace`` ago while nothing ran are never sent silently: they
are listed as missed until the owner chooses post now, reschedule or skip.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import shutil
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, and_, or_, select, update
from sqlalchemy.orm import Session, selectinload

from smmdesk_gui import credentials
from smmdesk_gui.connectors.base import (
    Connector,
    ConnectorError,
    ErrorKind,
    OutgoingPost,
    PublishResult,
    may_have_arrived,
)
from smmdesk_gui.connectors.registry import has_connector
from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.media.errors import MediaError
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountError, AccountService
from smmdesk_gui.services.library.assets import MediaLibrary
from smmdesk_gui.services.publish.media import AssetRef, render_for_platform
from smmdesk_gui.services.publish.owner import OwnerDecisions
from smmdesk_gui.services.publish.queue import (
    LEASE,
    MAX_ATTEMPTS,
    PublishReport,
    TargetView,
    claim_is_stale,
    new_worker_id,
    retry_delay,
    retry_locked,
    view_of,
)
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    AccountState,
    Post,
    PostAttempt,
    PostMedia,
    PostTarget,
    Setting,
    TargetState,
)

log = logging.getLogger(__name__)

S = TargetState
GRACE = dt.timedelta(minutes=30)
SENDABLE = (S.SCHEDULED.value, S.RETRY_WAIT.value)


def _newest_attempt(target_id: int) -> Select[PostAttempt]:
    """The query for the target's most recent attempt (the one a send is working on)."""
    return (
        select(PostAttempt)
        .where(PostAttempt.target_id == target_id)
        .order_by(PostAttempt.id.desc())
        .limit(1)
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class PublishingService(OwnerDecisions):
    """Sends due posts exactly once, or says clearly why not."""

    def __init__(
        self,
        store: Store,
        paths: AppPaths,
        accounts: AccountService | None = None,
        *,
        clock: Callable[[], dt.datetime] = _now,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        grace: dt.timedelta = GRACE,
        max_attempts: int = MAX_ATTEMPTS,
        worker_id: str | None = None,
    ) -> None:
        self.store = store
        self.paths = paths
        self.accounts = accounts or AccountService(store)
        self.clock = clock
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.grace = grace
        self.max_attempts = max_attempts
        self.worker_id = worker_id or new_worker_id()
        self._connectors: dict[int, Connector] = {}
        self._media: MediaLibrary | None = None

    def _library(self) -> MediaLibrary:
        if self._media is None:
            self._media = MediaLibrary(self.store, self.paths)
        return self._media

    # -- the run ------------------------------------------------------------------------------

    def publish_due(self, *, wait_for_retries: float = 0.0) -> PublishReport:
        """Send everything due now; assisted posts become "due" for the owner.

        Args:
            wait_for_retries: stay up to this many seconds for retries that come due meanwhile
                (the CLI run by the OS scheduler waits a little; the GUI's timer does not).
        """
        report = PublishReport()
        deadline = self.clock() + dt.timedelta(seconds=wait_for_retries)
        for recovered in self.recover_interrupted():
            report.add(recovered)
        while True:
            now = self.clock()
            for target_id, assisted in self._candidates(now):
                view: TargetView | None
                if assisted:
                    view = self._make_due(target_id, now)
                else:
                    view = self._claim_and_send(target_id, now)
                if view is not None:
                    report.add(view)
            next_retry = self._next_retry_at()
            if next_retry is None or next_retry > deadline:
                break
            wait = (next_retry - self.clock()).total_seconds()
            if wait > 0:
                self.sleep(wait)
        now = self.clock()
        report.missed = self.missed_posts(now)
        report.waiting_for_account = self._waiting_for_account(now)
        return report

    def _due_condition(self, now: dt.datetime):  # type: ignore[no-untyped-def]
        return or_(
            and_(
                PostTarget.state == S.SCHEDULED.value,
                PostTarget.scheduled_at <= now,
                PostTarget.scheduled_at >= now - self.grace,
            ),
            and_(PostTarget.state == S.RETRY_WAIT.value, PostTarget.next_attempt_at <= now),
        )

    def _candidates(self, now: dt.datetime) -> list[tuple[int, bool]]:
        with self.store.session_scope() as s:
            rows = s.execute(
                select(PostTarget.id, Account.platform)
                .join(Account, PostTarget.account_id == Account.id)
                .where(self._due_condition(now), Account.state == AccountState.OK.value)
                .order_by(PostTarget.scheduled_at, PostTarget.id)
            ).all()
        return [(tid, not has_connector(platform)) for tid, platform in rows]

    def _next_retry_at(self) -> dt.datetime | None:
        with self.store.session_scope() as s:
            return s.scalar(
                select(PostTarget.next_attempt_at)
                .join(Account, PostTarget.account_id == Account.id)
                .where(
                    PostTarget.state == S.RETRY_WAIT.value,
                    Account.state == AccountState.OK.value,
                )
                .order_by(PostTarget.next_attempt_at)
                .limit(1)
            )

    # -- claiming and sending -----------------------------------------------------------------

    def _claim(self, target_id: int, now: dt.datetime) -> bool:
        def run() -> bool:
            with self.store.session_scope() as s:
                result = s.execute(
                    update(PostTarget)
                    .where(
                        PostTarget.id == target_id,
                        PostTarget.state.in_(SENDABLE),
                        self._due_condition(now),
                    )
                    .values(
                        state=S.PUBLISHING.value,
                        claimed_by=self.worker_id,
                        attempts=PostTarget.attempts + 1,
                        next_attempt_at=now + LEASE,
                    )
                    .execution_options(synchronize_session=False)
                )
                if result.rowcount != 1:  # type: ignore[attr-defined]
                    return False
                s.add(PostAttempt(target_id=target_id, started_at=now, outcome="claimed"))
                return True

        return retry_locked(run)

    def _connector(self, account_id: int) -> Connector:
        if account_id not in self._connectors:
            self._connectors[account_id] = self.accounts.connector_for(account_id)
        return self._connectors[account_id]

    def _claim_and_send(self, target_id: int, now: dt.datetime) -> TargetView | None:
        if not self._claim(target_id, now):
            return None  # another publisher has it, or it is no longer due
        with self.store.session_scope() as s:
            target = self._load(s, target_id)
            account_id = target.account_id
            key = target.idempotency_key
            text = target.effective_text
            platform = target.account.platform
            image_refs = [
                AssetRef(
                    pm.asset_id,
                    pm.alt_text if pm.alt_text is not None else pm.asset.alt_text,
                    pm.preset,  # the shape chosen in the composer (its platform only)
                )
                for pm in target.post.media
            ]
            langs = tuple(target.account.settings.get("langs") or self._default_langs(s))
            # The first part of a post sent in parts that an earlier try put on the platform.
            sent_part = (
                PublishResult(target.remote_id, target.remote_url)
                if target.remote_id and target.state != S.PUBLISHED.value
                else None
            )
        try:
            connector = self._connector(account_id)
        except credentials.SecretMissingError:
            message = "The saved login of this account is missing. Reconnect it in Accounts."
            self.accounts.mark_needs_reconnect(account_id, message)
            return self._finish(target_id, S.FAILED, ErrorKind.AUTH_EXPIRED.value, message)
        except credentials.CredentialError as exc:
            return self._retry_later(target_id, "keyring", str(exc), None)
        except AccountError as exc:
            return self._finish(target_id, S.FAILED, "rejected", str(exc))
        if key is None:
            key = connector.new_idempotency_key()
        if not getattr(connector, "sends_in_parts", False):
            sent_part = None  # only a connector that sends in parts knows what to do with it
        try:
            media = (
                ()
                if sent_part is not None  # the photos are already there
                else render_for_platform(
                    self._library(),
                    platform,
                    image_refs,
                    connector.max_image_bytes,
                )
            )
        except (OSError, ValueError, MediaError) as exc:
            return self._finish(
                target_id,
                S.FAILED,
                "rejected",
                f"An image of this post cannot be prepared ({exc}). Replace it and try again.",
            )
        self._mark_sending(target_id, key)
        outgoing = OutgoingPost(
            text=text,
            idempotency_key=key,
            media=media,
            langs=langs,
            sent_part=sent_part,
            on_part_sent=lambda part: self._record_part(target_id, part),
        )
        try:
            result = connector.publish(outgoing)
        except ConnectorError as exc:
            return self._on_error(target_id, account_id, connector, exc)
        except Exception as exc:  # a bug after the request may have gone out
            log.exception("publishing target %s failed unexpectedly", target_id)
            message = f"Sending stopped on an unexpected error ({type(exc).__name__})."
            if connector.idempotent:
                return self._retry_later(target_id, "network", message, None)
            return self._unconfirmed(target_id, message)
        finally:
            shutil.rmtree(self.paths.renditions / "publish" / str(target_id), ignore_errors=True)
        return self._published(target_id, result)

    @staticmethod
    def _default_langs(s: Session) -> list[str]:
        setting = s.get(Setting, "post_languages")
        value = setting.value if setting is not None else None
        return [str(v) for v in value] if isinstance(value, list) else []

    @staticmethod
    def _load(s: Session, target_id: int) -> PostTarget:
        target = s.scalar(
            select(PostTarget)
            .where(PostTarget.id == target_id)
            .options(
                selectinload(PostTarget.post)
                .selectinload(Post.media)
                .selectinload(PostMedia.asset),
                selectinload(PostTarget.account),
            )
        )
        if target is None:
            raise LookupError(f"post target {target_id} does not exist")
        return target

    def _record_part(self, target_id: int, part: PublishResult) -> None:
        """The first part of a post sent in parts is on the platform: keep it before the rest
        goes out, so that no retry ever sends it again."""

        def run() -> None:
            with self.store.session_scope() as s:
                target = s.get(PostTarget, target_id)
                assert target is not None
                target.remote_id = part.remote_id
                target.remote_url = part.url
                attempt = s.scalars(_newest_attempt(target_id)).one()
                attempt.message = "The photos are on the platform; the text follows below them."

        retry_locked(run)

    def _part_note(self, target_id: int, name: str) -> str:
        """A sentence for the owner when the photos of a two-part post are already there."""
        with self.store.session_scope() as s:
            target = s.get(PostTarget, target_id)
            sent = target is not None and target.remote_id and target.state != S.PUBLISHED.value
            url = target.remote_url if target is not None else None
        if not sent:
            return ""
        where = f" ({url})" if url else ""
        return (
            f" The photos are already on {name}{where}; only the text is missing or unsure, "
            "and sending again sends only the text."
        )

    def _mark_sending(self, target_id: int, key: str) -> None:
        def run() -> None:
            with self.store.session_scope() as s:
                target = s.get(PostTarget, target_id)
                assert target is not None
                target.idempotency_key = key
                attempt = s.scalars(_newest_attempt(target_id)).one()
                attempt.outcome = "sending"

        retry_locked(run)

    def _on_error(
        self, target_id: int, account_id: int, connector: Connector, exc: ConnectorError
    ) -> TargetView:
        if exc.retryable:
            if not connector.idempotent and may_have_arrived(exc.kind, exc.sent):
                info = PLATFORMS.get(connector.platform)
                name = info.name if info else connector.platform
                return self._unconfirmed(
                    target_id,
                    f"The connection to {name} broke while the post was being sent, so SMM Desk "
                    f"cannot know whether it went out. Look at {name}: if the post is there, "
                    "mark it as published; if not, send it again."
                    + self._part_note(target_id, name),
                    http_status=exc.http_status,
                    detail=exc.detail,
                )
            return self._retry_later(
                target_id, exc.kind.value, str(exc), exc.retry_after, http_status=exc.http_status
            )
        if exc.kind is ErrorKind.AUTH_EXPIRED:
            self._connectors.pop(account_id, None)
            self.accounts.mark_needs_reconnect(account_id, str(exc))
        return self._finish(
            target_id,
            S.FAILED,
            exc.kind.value,
            str(exc),
            http_status=exc.http_status,
            detail=exc.detail,
        )

    def _retry_later(
        self,
        target_id: int,
        kind: str,
        message: str,
        retry_after: float | None,
        *,
        http_status: int | None = None,
    ) -> TargetView:
        with self.store.session_scope() as s:
            attempts = s.scalar(select(PostTarget.attempts).where(PostTarget.id == target_id)) or 1
        if attempts >= self.max_attempts:
            return self._finish(
                target_id,
                S.FAILED,
                kind,
                f"{message} It kept failing after {attempts} tries, so SMM Desk stopped. "
                "Click Retry when the platform works again.",
                http_status=http_status,
            )
        delay = retry_delay(attempts, retry_after, self.rng)
        return self._finish(
            target_id,
            S.RETRY_WAIT,
            kind,
            message,
            http_status=http_status,
            next_attempt_at=self.clock() + dt.timedelta(seconds=delay),
        )

    def _unconfirmed(
        self, target_id: int, message: str, *, http_status: int | None = None, detail: str = ""
    ) -> TargetView:
        return self._finish(
            target_id,
            S.UNCONFIRMED,
            "unconfirmed",
            message,
            http_status=http_status,
            detail=detail,
        )

    def _published(self, target_id: int, result: PublishResult) -> TargetView:
        return self._finish(target_id, S.PUBLISHED, None, None, result=result)

    def _finish(
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
    ) -> TargetView:
        now = self.clock()

        def run() -> TargetView:
            with self.store.session_scope() as s:
                target = self._load(s, target_id)
                target.state = state.value
                target.claimed_by = None
                target.next_attempt_at = next_attempt_at
                target.last_error_kind = kind
                target.last_error_message = message
                if result is not None:
                    target.remote_id = result.remote_id
                    target.remote_url = result.url
                    target.published_at = now
                attempt = s.scalars(_newest_attempt(target_id)).first()
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

    # -- crash recovery -----------------------------------------------------------------------

    def recover_interrupted(self) -> list[TargetView]:
        """Take back claims whose process died (or whose lease ran out) and settle them."""
        now = self.clock()
        with self.store.session_scope() as s:
            rows = s.execute(
                select(PostTarget.id, PostTarget.claimed_by, PostTarget.next_attempt_at).where(
                    PostTarget.state == S.PUBLISHING.value
                )
            ).all()
        views = []
        for target_id, claimed_by, lease_until in rows:
            if claimed_by == self.worker_id or not claim_is_stale(claimed_by, lease_until, now):
                continue
            view = self._recover(target_id, claimed_by, now)
            if view is not None:
                views.append(view)
        return views

    def _recover(
        self, target_id: int, old_claim: str | None, now: dt.datetime
    ) -> TargetView | None:
        def take() -> tuple[str, dt.datetime, str] | None:
            with self.store.session_scope() as s:
                result = s.execute(
                    update(PostTarget)
                    .where(
                        PostTarget.id == target_id,
                        PostTarget.state == S.PUBLISHING.value,
                        PostTarget.claimed_by.is_(None)
                        if old_claim is None
                        else PostTarget.claimed_by == old_claim,
                    )
                    .values(claimed_by=self.worker_id)
                    .execution_options(synchronize_session=False)
                )
                if result.rowcount != 1:  # type: ignore[attr-defined]
                    return None
                target = self._load(s, target_id)
                attempt = s.scalars(_newest_attempt(target_id)).first()
                phase = attempt.outcome if attempt is not None else "claimed"
                started = attempt.started_at if attempt is not None else now
                return phase, started, target.account.platform

        taken = retry_locked(take)
        if taken is None:
            return None
        phase, started, platform = taken
        name = PLATFORMS[platform].name if platform in PLATFORMS else platform
        if phase != "sending":
            return self._finish(
                target_id,
                S.RETRY_WAIT,
                "interrupted",
                "SMM Desk stopped before sending this post; it will be sent now.",
                next_attempt_at=now,
            )
        window = self._idempotency_window(platform)
        age = (now - started).total_seconds()
        if window is None or (window > 0 and age < window - 300):
            return self._finish(
                target_id,
                S.RETRY_WAIT,
                "interrupted",
                f"SMM Desk stopped while sending this post to {name}. It will check and finish "
                "the job without posting twice.",
                next_attempt_at=now,
            )
        return self._unconfirmed(
            target_id,
            f"SMM Desk stopped while sending this post to {name}, so it cannot know whether it "
            f"went out. Look at {name}: if the post is there, mark it as published; if not, "
            "send it again." + self._part_note(target_id, name),
        )

    @staticmethod
    def _idempotency_window(platform: str) -> float | None:
        from smmdesk_gui.connectors.bluesky import BlueskyConnector
        from smmdesk_gui.connectors.mastodon import MastodonConnector
        from smmdesk_gui.connectors.telegram import TelegramConnector

        classes = {
            "bluesky": BlueskyConnector,
            "mastodon": MastodonConnector,
            "telegram": TelegramConnector,
        }
        cls: Any = classes.get(platform)
        return cls.idempotency_window if cls is not None else 0.0
