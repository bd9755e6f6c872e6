"""The queue's plain data and small helpers: states, who holds a claim, backoff, report rows."""

from __future__ import annotations

import datetime as dt
import os
import random
import secrets
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.store.models import Post, PostAttempt, PostMedia, PostTarget, TargetState

T = TypeVar("T")
S = TargetState
#: States a target can be claimed from and sent.
SENDABLE = (S.SCHEDULED.value, S.RETRY_WAIT.value)

HOST = socket.gethostname()
BACKOFF_BASE = 30.0  # seconds before the first retry of a network error or 5xx
BACKOFF_CAP = 30 * 60.0
MAX_ATTEMPTS = 8
LEASE = dt.timedelta(minutes=30)  # a claim older than this is taken back, whoever holds it


def new_worker_id() -> str:
    """``host:pid:random``: which process holds a claim (the pid lets a crash be noticed)."""
    return f"{HOST}:{os.getpid()}:{secrets.token_hex(3)}"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def claim_is_stale(
    claimed_by: str | None, lease_until: dt.datetime | None, now: dt.datetime
) -> bool:
    """True when the process holding a claim is gone (same host) or its lease ran out."""
    if not claimed_by:
        return True
    if lease_until is not None and lease_until <= now:
        return True
    host, _, rest = claimed_by.partition(":")
    pid_text = rest.partition(":")[0]
    if host == HOST and pid_text.isdigit():
        return not _pid_alive(int(pid_text))
    return False


def newest_attempt(target_id: int) -> Select[PostAttempt]:
    """The query for the target's most recent attempt (the one a send is working on)."""
    return (
        select(PostAttempt)
        .where(PostAttempt.target_id == target_id)
        .order_by(PostAttempt.id.desc())
        .limit(1)
    )


def load_target(s: Session, target_id: int) -> PostTarget:
    """The target with its post, media and account loaded; ``LookupError`` if it is gone."""
    target = s.scalar(
        select(PostTarget)
        .where(PostTarget.id == target_id)
        .options(
            selectinload(PostTarget.post).selectinload(Post.media).selectinload(PostMedia.asset),
            selectinload(PostTarget.account),
        )
    )
    if target is None:
        raise LookupError(f"post target {target_id} does not exist")
    return target


def retry_delay(
    attempts: int, retry_after: float | None, rng: random.Random | None = None
) -> float:
    """Seconds to wait before the next try: the platform's Retry-After when it gave one (never
    less, a little jitter on top), else exponential backoff with jitter."""
    rng = rng or random.Random()
    if retry_after is not None:
        return float(retry_after) + rng.uniform(0.0, min(5.0, 0.1 * retry_after + 0.5))
    base = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** max(0, attempts - 1))
    return float(base) * rng.uniform(0.8, 1.2)


def retry_locked(
    fn: Callable[[], T], *, tries: int = 20, sleep: Callable[[float], None] = time.sleep
) -> T:
    """Run a short write transaction again when another process held SQLite's write lock."""
    for i in range(tries):
        try:
            return fn()
        except OperationalError as exc:
            text = str(exc).lower()
            if ("locked" not in text and "busy" not in text) or i == tries - 1:
                raise
            sleep(0.05 + 0.05 * i)
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class TargetView:
    """One account's post as a row of the queue (what the CLI prints, what the GUI lists)."""

    target_id: int
    post_id: int
    account_id: int
    platform: str
    handle: str
    state: str
    scheduled_at: dt.datetime | None
    text: str
    attempts: int
    url: str | None
    error_kind: str | None
    message: str | None
    next_attempt_at: dt.datetime | None
    #: ``message`` as a problem code, for the window to word (not in the CLI's JSON)
    problem: Problem | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "target_id": self.target_id,
            "post_id": self.post_id,
            "account_id": self.account_id,
            "platform": self.platform,
            "handle": self.handle,
            "state": self.state,
            "scheduled_at": self.scheduled_at.isoformat() if self.scheduled_at else None,
            "text": self.text,
            "attempts": self.attempts,
            "url": self.url,
            "error_kind": self.error_kind,
            "message": self.message,
            "next_attempt_at": self.next_attempt_at.isoformat() if self.next_attempt_at else None,
        }


def view_of(target: PostTarget) -> TargetView:
    text = target.effective_text
    return TargetView(
        target_id=target.id,
        post_id=target.post_id,
        account_id=target.account_id,
        platform=target.account.platform,
        handle=target.account.handle,
        state=target.state,
        scheduled_at=target.scheduled_at,
        text=text if len(text) <= 80 else text[:79] + "…",
        attempts=target.attempts,
        url=target.remote_url,
        error_kind=target.last_error_kind,
        message=target.last_error_message,
        next_attempt_at=target.next_attempt_at,
        problem=Problem.from_json(target.last_problem),
    )


@dataclass
class PublishReport:
    """What one run of the queue did, and what waits for the owner."""

    published: list[TargetView] = field(default_factory=list)
    retrying: list[TargetView] = field(default_factory=list)
    failed: list[TargetView] = field(default_factory=list)
    unconfirmed: list[TargetView] = field(default_factory=list)
    due: list[TargetView] = field(default_factory=list)  # assisted: the owner posts these
    missed: list[TargetView] = field(default_factory=list)
    waiting_for_account: list[TargetView] = field(default_factory=list)

    def add(self, view: TargetView) -> None:
        bucket = {
            "published": self.published,
            "retry_wait": self.retrying,
            "failed": self.failed,
            "unconfirmed": self.unconfirmed,
            "due": self.due,
        }.get(view.state)
        if bucket is not None:
            bucket[:] = [v for v in bucket if v.target_id != view.target_id]
            for other in (self.published, self.retrying, self.failed, self.unconfirmed, self.due):
                other[:] = [v for v in other if v.target_id != view.target_id]
            bucket.append(view)

    @property
    def needs_attention(self) -> bool:
        return bool(self.failed or self.unconfirmed)

    def as_json(self) -> dict[str, Any]:
        return {
            name: [v.as_json() for v in getattr(self, name)]
            for name in (
                "published",
                "retrying",
                "failed",
                "unconfirmed",
                "due",
                "missed",
                "waiting_for_account",
            )
        }
