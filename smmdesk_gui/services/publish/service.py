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
from pathlib import Path

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

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
from smmdesk_gui.domain.problems import Problem, failure_code
from smmdesk_gui.media.errors import MediaError
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services import tokens
from smmdesk_gui.services.account_errors import connector_problem
from smmdesk_gui.services.accounts import PHOTO_HOSTED, AccountError, AccountService
from smmdesk_gui.services.library.assets import MediaLibrary
from smmdesk_gui.services.publish import hosting, recovery
from smmdesk_gui.services.publish.ledger import TargetLedger
from smmdesk_gui.services.publish.media import AssetRef, render_for_platform
from smmdesk_gui.services.publish.owner import AssistedPackage, OwnerDecisions
from smmdesk_gui.services.publish.queue import (
    LEASE,
    MAX_ATTEMPTS,
    SENDABLE,
    PublishReport,
    S,
    TargetView,
    load_target,
    new_worker_id,
    newest_attempt,
    retry_locked,
)
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, AccountState, PostAttempt, PostTarget, Setting

log = logging.getLogger(__name__)

GRACE = dt.timedelta(minutes=30)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class PublishingService:
    """Sends due posts exactly once, or says clearly why not.

    The owner's decisions (missed, assisted, post now, reschedule, skip, mark done) live in
    ``self.owner``; the methods below that the screens and the CLI call pass through to it.
    """

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
        self.grace = grace
        self.worker_id = worker_id or new_worker_id()
        self.ledger = TargetLedger(store, clock, rng or random.Random(), max_attempts)
        self.owner = OwnerDecisions(store, paths, clock, grace, self._library)
        self._connectors: dict[int, Connector] = {}
        self._media: MediaLibrary | None = None
        self._swept = False

    def _library(self) -> MediaLibrary:
        if self._media is None:
            self._media = MediaLibrary(self.store, self.paths)
        return self._media

    # -- the owner's side (see owner.py) ------------------------------------------------------

    def missed_posts(self, now: dt.datetime | None = None) -> list[TargetView]:
        return self.owner.missed_posts(now)

    def post_now(self, target_id: int) -> TargetView:
        return self.owner.post_now(target_id)

    def retry(self, target_id: int) -> TargetView:
        return self.owner.retry(target_id)

    def reschedule(self, target_id: int, when: dt.datetime) -> TargetView:
        return self.owner.reschedule(target_id, when)

    def skip(self, target_id: int) -> TargetView:
        return self.owner.skip(target_id)

    def mark_done(self, target_id: int, url: str | None = None) -> TargetView:
        return self.owner.mark_done(target_id, url)

    def assisted_package(self, target_id: int, export_root: Path | None = None) -> AssistedPackage:
        return self.owner.assisted_package(target_id, export_root)

    def queue(self, states: tuple[str, ...] | None = None) -> list[TargetView]:
        return self.owner.queue(states)

    def view(self, target_id: int) -> TargetView:
        return self.owner.view(target_id)

    def pending_count(self) -> int:
        return self.owner.pending_count()

    def accounts_needing_reconnect(self) -> list[tuple[int, str, str, str, Problem | None]]:
        return self.owner.accounts_needing_reconnect()

    def attempts(self, target_id: int) -> list[tuple[dt.datetime, str, int | None, str]]:
        return self.owner.attempts(target_id)

    def refresh_tokens(self) -> list[tokens.RefreshOutcome]:
        """Renew the Meta tokens that are due (services/tokens.py) before anything is sent.

        A failure here never stops publishing: the old token keeps working until it expires.
        """
        try:
            outcomes = tokens.refresh_due_tokens(self.store, self.clock())
        except Exception:  # a bug or a broken database answer: publishing goes on
            log.exception("refreshing tokens failed")
            return []
        for outcome in outcomes:
            if outcome.refreshed:  # the cached connector still holds the old token
                self._connectors.pop(outcome.account_id, None)
        return outcomes

    def recover_interrupted(self) -> list[TargetView]:
        """Take back claims whose process died (or whose lease ran out) and settle them."""
        return recovery.recover_interrupted(self.ledger, self.worker_id)

    # -- the run ------------------------------------------------------------------------------

    def publish_due(self, *, wait_for_retries: float = 0.0) -> PublishReport:
        """Send everything due now; assisted posts become "due" for the owner.

        Args:
            wait_for_retries: stay up to this many seconds for retries that come due meanwhile
                (the CLI run by the OS scheduler waits a little; the GUI's timer does not).
        """
        report = PublishReport()
        self._swept = False  # the photo host's leftovers are looked for once per run
        # The photo host may have been set up, changed or removed since the last run: the
        # connectors that use it are built anew (the others keep their sessions).
        self._connectors = {
            k: c for k, c in self._connectors.items() if c.platform not in PHOTO_HOSTED
        }
        deadline = self.clock() + dt.timedelta(seconds=wait_for_retries)
        self.refresh_tokens()
        for recovered in self.recover_interrupted():
            report.add(recovered)
        while True:
            now = self.clock()
            for target_id, assisted in self._candidates(now):
                view: TargetView | None
                try:
                    if assisted:
                        view = self.owner.make_due(target_id, now)
                    else:
                        view = self._claim_and_send(target_id, now)
                except Exception as exc:  # a bug or a broken answer: this target only
                    view = self._settle_crash(target_id, exc)
                if view is not None:
                    report.add(view)
            next_retry = self._next_retry_at()
            if next_retry is None or next_retry > deadline:
                break
            wait = (next_retry - self.clock()).total_seconds()
            if wait > 0:
                self.sleep(wait)
        now = self.clock()
        report.missed = self.owner.missed_posts(now)
        report.waiting_for_account = self.owner.waiting_for_account(now)
        return report

    def _settle_crash(self, target_id: int, exc: Exception) -> TargetView | None:
        """Record an unexpected error on the target it happened to, so the run goes on and the
        target does not stay "publishing" (to crash again on every recovery)."""
        log.error("target %s failed unexpectedly", target_id, exc_info=exc)
        crashed = Problem("publish_crashed", error=type(exc).__name__)
        message = crashed.message
        try:
            with self.store.session_scope() as s:
                target = load_target(s, target_id)
                if target.state != S.PUBLISHING.value or target.claimed_by != self.worker_id:
                    return None  # not claimed by this run: nothing to settle
                attempt = s.scalars(newest_attempt(target_id)).first()
                sending = attempt is not None and attempt.outcome == "sending"
                platform = target.account.platform
            if sending and recovery.idempotency_window(platform) == 0.0:
                unsure = Problem("publish_crashed_unsure", error=type(exc).__name__)
                return self.ledger.unconfirmed(target_id, unsure.message, problem=unsure)
            return self.ledger.retry_later(target_id, "internal", message, None, problem=crashed)
        except Exception:  # even the record failed: recovery settles it at the next run
            log.exception("recording the failure of target %s failed", target_id)
            return None

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
                select(PostTarget.id, Account.platform, Account.keyring_key)
                .join(Account, PostTarget.account_id == Account.id)
                .where(self._due_condition(now), Account.state == AccountState.OK.value)
                .order_by(PostTarget.scheduled_at, PostTarget.id)
            ).all()
            setting = s.get(Setting, hosting.SETTING)
            hosted = setting is not None and hosting.place_from_value(setting.value) is not None
        # Instagram is sent by SMM Desk only with a photo host and a kept login (registry.py).
        return [
            (tid, not has_connector(platform, photo_hosting=hosted and key is not None))
            for tid, platform, key in rows
        ]

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
                        # An account refused earlier in this run (401): its posts wait.
                        PostTarget.account_id.in_(
                            select(Account.id).where(Account.state == AccountState.OK.value)
                        ),
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
            target = load_target(s, target_id)
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
            missing = Problem("publish_login_missing")
            self.accounts.mark_needs_reconnect(account_id, missing)
            return self.ledger.finish(
                target_id, S.FAILED, ErrorKind.AUTH_EXPIRED.value, missing.message, problem=missing
            )
        except credentials.CredentialError as exc:
            keyring = Problem("keyring_failed", reason=str(exc))
            return self.ledger.retry_later(target_id, "keyring", str(exc), None, problem=keyring)
        except AccountError as exc:
            return self.ledger.finish(
                target_id, S.FAILED, "rejected", str(exc), problem=exc.problem
            )
        # A platform that cannot take this post by itself (VK photos without a user token):
        # the owner posts it, with the reason on the reminder.
        assisted_reason = getattr(connector, "assisted_reason", None)
        reason = assisted_reason(bool(image_refs)) if assisted_reason is not None else None
        if reason is not None:
            # only VK has such a reason today; another platform's stays an English sentence
            due = Problem("vk_photos_need_user_token") if platform == "vk" else None
            return self.ledger.finish(target_id, S.DUE, "assisted", reason, problem=due)
        if key is None:
            key = connector.new_idempotency_key()
        if not getattr(connector, "sends_in_parts", False):
            sent_part = None  # only a connector that sends in parts knows what to do with it
        try:
            media = (
                ()
                # the photos are already there (unless the connector needs them again)
                if sent_part is not None and not getattr(connector, "media_on_retry", False)
                else render_for_platform(
                    self._library(),
                    platform,
                    image_refs,
                    connector.max_image_bytes,
                )
            )
        except (OSError, ValueError, MediaError) as exc:
            unprepared = Problem("publish_image_unprepared", reason=str(exc))
            return self.ledger.finish(
                target_id, S.FAILED, "rejected", unprepared.message, problem=unprepared
            )
        self.ledger.mark_sending(target_id, key)
        outgoing = OutgoingPost(
            text=text,
            idempotency_key=key,
            media=media,
            langs=langs,
            sent_part=sent_part,
            on_part_sent=lambda part: self.ledger.record_part(target_id, part),
        )
        try:
            if media:
                self._sweep_hosted_leftovers(connector)
            result = connector.publish(outgoing)
        except ConnectorError as exc:
            if getattr(exc, "to_owner", False):
                # The photo host refused before anything reached the platform: the owner
                # posts this one, with the reason (HostRefusedError, connectors/photo_host.py).
                return self.ledger.finish(target_id, S.DUE, "assisted", str(exc))
            return self._on_error(target_id, account_id, connector, exc)
        except Exception as exc:  # a bug after the request may have gone out
            log.exception("publishing target %s failed unexpectedly", target_id)
            stopped = Problem("publish_stopped", error=type(exc).__name__)
            if connector.idempotent:
                return self.ledger.retry_later(
                    target_id, "network", stopped.message, None, problem=stopped
                )
            return self.ledger.unconfirmed(target_id, stopped.message, problem=stopped)
        finally:
            shutil.rmtree(self.paths.renditions / "publish" / str(target_id), ignore_errors=True)
        host = getattr(connector, "hosted_by", None) if media else None
        note = f"Photos went through your photo host: {host}." if host else ""
        return self.ledger.published(target_id, result, note)

    def _sweep_hosted_leftovers(self, connector: Connector) -> None:
        """Once per run, before the first photo goes to the owner's bucket: delete the photos an
        interrupted earlier run left there (their URLs have expired)."""
        host = getattr(connector, "photo_host", None)
        if host is None or self._swept or not hasattr(host, "sweep"):
            return
        self._swept = True
        try:
            gone = host.sweep()
        except Exception as exc:  # never in the way of the post itself
            log.info("photo host sweep skipped (%s)", type(exc).__name__)
            return
        if gone:
            log.info("deleted %d leftover photos from the photo host", gone)

    @staticmethod
    def _default_langs(s: Session) -> list[str]:
        setting = s.get(Setting, "post_languages")
        value = setting.value if setting is not None else None
        return [str(v) for v in value] if isinstance(value, list) else []

    def _on_error(
        self, target_id: int, account_id: int, connector: Connector, exc: ConnectorError
    ) -> TargetView:
        # the connector's sentence stays the English message (the CLI's); the code of its kind
        # is what the window words, the platform's own words going behind "Details"
        problem = Problem(
            failure_code(exc.kind.value), platform=connector.platform, detail=exc.detail
        )
        if exc.retryable:
            if not connector.idempotent and may_have_arrived(exc.kind, exc.sent):
                info = PLATFORMS.get(connector.platform)
                name = info.name if info else connector.platform
                lost = Problem(
                    "publish_answer_lost",
                    platform=connector.platform,
                    **self.ledger.part_values(target_id),
                )
                return self.ledger.unconfirmed(
                    target_id,
                    f"{name}'s answer to this post was lost or unreadable, so SMM Desk cannot "
                    f"know whether it went out. Look at {name}: if the post is there, "
                    "mark it as published; if not, send it again."
                    + self.ledger.part_note(target_id, name),
                    http_status=exc.http_status,
                    detail=exc.detail,
                    problem=lost,
                )
            return self.ledger.retry_later(
                target_id,
                exc.kind.value,
                str(exc),
                exc.retry_after,
                http_status=exc.http_status,
                problem=problem,
            )
        if exc.kind is ErrorKind.AUTH_EXPIRED:
            self._connectors.pop(account_id, None)
            self.accounts.mark_needs_reconnect(
                account_id, connector_problem(exc, connector.platform), str(exc)
            )
            tokens.note_ended(self.store, account_id, self.clock())  # Meta: "login expired"
        return self.ledger.finish(
            target_id,
            S.FAILED,
            exc.kind.value,
            str(exc),
            http_status=exc.http_status,
            detail=exc.detail,
            problem=problem,
        )
