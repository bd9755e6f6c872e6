"""Composing a post: drafts with per-account versions and images, saved safely, then scheduled.

Every call is one short transaction (``store.session_scope()``) that takes and returns plain
dataclasses, so the composer can autosave every couple of seconds from the GUI without holding a
session, and a kill in the middle loses at most the keystrokes since the last save: a committed
transaction in SQLite's WAL survives the process being killed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from smmdesk_gui.services.assisted import is_assisted
from smmdesk_gui.services.compose.checks import (
    SETTING_MAX_CHARACTERS,
    SETTING_MAX_MEDIA,
    SETTING_URL_WEIGHT,
    AccountCheck,
    AccountInfo,
    MediaInfo,
    check_draft,
)
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    MediaAsset,
    Post,
    PostMedia,
    PostTarget,
    Setting,
    Snippet,
    TargetState,
)

EDITABLE_STATES = frozenset({TargetState.DRAFT.value, TargetState.SCHEDULED.value})


class ComposeError(Exception):
    """The draft cannot be saved or scheduled as asked; the message says why, in plain words."""

    def __init__(self, message: str, checks: list[AccountCheck] | None = None) -> None:
        super().__init__(message)
        self.checks = checks or []


@dataclass
class TargetDraft:
    """One account's version: ``text_override`` None means it follows the master text."""

    account_id: int
    text_override: str | None = None
    scheduled_at: dt.datetime | None = None
    state: str = TargetState.DRAFT.value


@dataclass
class MediaDraft:
    """An image of the post, in order; ``alt_text`` None means the image's own description."""

    asset_id: int
    alt_text: str | None = None
    # the shape chosen for one platform, an image preset's name ("instagram.portrait"); the
    # other platforms get their default (``publish.media.crop_choice``)
    preset: str | None = None


@dataclass
class Draft:
    """A post being written, detached from the database."""

    post_id: int | None = None
    text: str = ""
    title: str = ""
    notes: str = ""
    rubric_id: int | None = None
    targets: list[TargetDraft] = field(default_factory=list)
    media: list[MediaDraft] = field(default_factory=list)
    updated_at: dt.datetime | None = None

    def target(self, account_id: int) -> TargetDraft | None:
        return next((t for t in self.targets if t.account_id == account_id), None)

    def text_for(self, account_id: int) -> str:
        t = self.target(account_id)
        return self.text if t is None or t.text_override is None else t.text_override

    @property
    def editable(self) -> bool:
        return all(t.state in EDITABLE_STATES for t in self.targets)


# --- accounts and media -----------------------------------------------------------------------


def _account_info(a: Account) -> AccountInfo:
    settings = a.settings or {}

    def _int(key: str) -> int | None:
        value = settings.get(key)
        return int(value) if isinstance(value, int | float | str) and str(value).isdigit() else None

    return AccountInfo(
        id=a.id,
        platform=a.platform,
        handle=a.handle,
        display_name=a.display_name,
        state=a.state,
        state_message=a.state_message,
        max_characters=_int(SETTING_MAX_CHARACTERS),
        url_weight=_int(SETTING_URL_WEIGHT),
        max_media=_int(SETTING_MAX_MEDIA),
        assisted=is_assisted(a),  # the queue's rule: Instagram with a photo host is sent
    )


def list_accounts(store: Store) -> list[AccountInfo]:
    """Every account the owner can post to, in a stable order."""
    with store.session_scope() as s:
        rows = s.scalars(select(Account).order_by(Account.platform, Account.handle)).all()
        return [_account_info(a) for a in rows]


def media_infos(store: Store, media: list[MediaDraft]) -> list[MediaInfo]:
    """Details of the draft's images, in the draft's order (missing ones are skipped)."""
    if not media:
        return []
    with store.session_scope() as s:
        assets = {
            a.id: a
            for a in s.scalars(
                select(MediaAsset).where(MediaAsset.id.in_([m.asset_id for m in media]))
            )
        }
        out = []
        for m in media:
            a = assets.get(m.asset_id)
            if a is None:
                continue
            out.append(
                MediaInfo(
                    asset_id=a.id,
                    name=a.original_name,
                    alt_text=a.alt_text if m.alt_text is None else m.alt_text,
                    width=a.width,
                    height=a.height,
                    bytes=a.bytes,
                    mime=a.mime,
                    preset=m.preset,
                )
            )
        return out


# --- drafts -----------------------------------------------------------------------------------


def _to_draft(post: Post) -> Draft:
    return Draft(
        post_id=post.id,
        text=post.text,
        title=post.title,
        notes=post.notes,
        rubric_id=post.rubric_id,
        targets=[
            TargetDraft(t.account_id, t.text_override, t.scheduled_at, t.state)
            for t in sorted(post.targets, key=lambda t: t.id)
        ],
        media=[MediaDraft(m.asset_id, m.alt_text, m.preset) for m in post.media],
        updated_at=post.updated_at,
    )


def _load(s: Session, post_id: int) -> Post:
    post = s.scalars(
        select(Post)
        .where(Post.id == post_id)
        .options(selectinload(Post.targets), selectinload(Post.media))
    ).one_or_none()
    if post is None:
        raise ComposeError("This post no longer exists; it may have been deleted.")
    return post


def load_draft(store: Store, post_id: int) -> Draft:
    with store.session_scope() as s:
        return _to_draft(_load(s, post_id))


def latest_draft(store: Store) -> Draft | None:
    """The post last edited that is still a draft (to reopen after a restart or a crash)."""
    gone_out = select(PostTarget.id).where(
        PostTarget.post_id == Post.id, PostTarget.state != TargetState.DRAFT.value
    )
    with store.session_scope() as s:
        post = s.scalars(
            select(Post)
            .where(~gone_out.exists())
            .options(selectinload(Post.targets), selectinload(Post.media))
            .order_by(Post.updated_at.desc(), Post.id.desc())
            .limit(1)
        ).first()
        return None if post is None else _to_draft(post)


def draft_to_open(store: Store) -> Draft | None:
    """What the composer opens on start: the post it had open (even after a kill), else the
    draft edited last."""
    return reopen_draft(store) or latest_draft(store)


OPEN_POST_SETTING = "composer.open_post"


def remember_open(store: Store, post_id: int | None) -> None:
    """Note which post the composer has open, so the next start reopens it (even after a kill)."""
    with store.session_scope() as s:
        row = s.get(Setting, OPEN_POST_SETTING)
        if row is None:
            s.add(Setting(key=OPEN_POST_SETTING, value=post_id))
        else:
            row.value = post_id


def reopen_draft(store: Store) -> Draft | None:
    """The post the composer had open, if it is still a draft."""
    with store.session_scope() as s:
        row = s.get(Setting, OPEN_POST_SETTING)
        post_id = row.value if row is not None else None
        if not isinstance(post_id, int):
            return None
        post = s.get(Post, post_id)
        if post is None or any(t.state != TargetState.DRAFT.value for t in post.targets):
            return None
        return _to_draft(post)


def _refuse_nul(draft: Draft) -> None:
    """A NUL character (pasted from a binary file) in any text: refused (issue 15, 14)."""
    texts = [draft.text, draft.title, draft.notes, *(t.text_override or "" for t in draft.targets)]
    if any("\x00" in text for text in texts):
        raise ComposeError(
            "The text holds a NUL character (a zero byte), which no post can contain. "
            "Delete it (it may have come with pasted text) and save again."
        )


def save_draft(store: Store, draft: Draft) -> Draft:
    """Write the draft (create the post the first time) and return it as stored.

    Targets and images not in ``draft`` are removed; targets already publishing or published
    are never touched (ComposeError if the draft tries to change or remove them).
    """
    _refuse_nul(draft)
    with store.session_scope() as s:
        if draft.post_id is None:
            post = Post()
            s.add(post)
        else:
            post = _load(s, draft.post_id)
        post.text = draft.text
        post.title = draft.title
        post.notes = draft.notes
        post.rubric_id = draft.rubric_id
        post.updated_at = dt.datetime.now(dt.UTC)
        _sync_targets(post, draft)
        _sync_media(post, draft)
        s.flush()
        return _to_draft(post)


def _sync_targets(post: Post, draft: Draft) -> None:
    wanted = {t.account_id: t for t in draft.targets}
    for existing in list(post.targets):
        if existing.account_id not in wanted:
            if existing.state not in EDITABLE_STATES:
                raise ComposeError("A version that is already being published cannot be removed.")
            post.targets.remove(existing)
    have = {t.account_id: t for t in post.targets}
    for account_id, t in wanted.items():
        row = have.get(account_id)
        if row is None:
            post.targets.append(
                PostTarget(
                    account_id=account_id,
                    text_override=t.text_override,
                    scheduled_at=t.scheduled_at,
                )
            )
            continue
        if row.state not in EDITABLE_STATES:
            continue  # out of the composer's hands: publishing owns it now
        row.text_override = t.text_override
        if row.state == TargetState.DRAFT.value:
            # a draft's own time ("Different time for this account") is kept with the draft;
            # a scheduled version keeps its time until it is scheduled again
            row.scheduled_at = t.scheduled_at


def _sync_media(post: Post, draft: Draft) -> None:
    wanted = [m.asset_id for m in draft.media]
    if len(set(wanted)) != len(wanted):
        raise ComposeError("The same image is attached twice; remove one.")
    by_asset = {row.asset_id: row for row in post.media}
    for old in list(post.media):
        if old.asset_id not in wanted:
            post.media.remove(old)
    for i, item in enumerate(draft.media):
        row = by_asset.get(item.asset_id)
        if row is None:
            row = PostMedia(asset_id=item.asset_id)
            post.media.append(row)
        row.position = i
        row.alt_text = item.alt_text
        row.preset = item.preset
    post.media.sort(key=lambda r: r.position)


def delete_draft(store: Store, post_id: int) -> None:
    """Delete a post that has not gone out anywhere."""
    with store.session_scope() as s:
        post = _load(s, post_id)
        if any(t.state not in EDITABLE_STATES for t in post.targets):
            raise ComposeError("This post is already being published; it cannot be deleted here.")
        s.delete(post)


# --- checking and scheduling ------------------------------------------------------------------


def check(
    store: Store,
    draft: Draft,
    now: dt.datetime | None = None,
    schedule: Mapping[int, dt.datetime | None] | None = None,
) -> list[AccountCheck]:
    """Every problem of the draft, per selected account."""
    accounts = {a.id: a for a in list_accounts(store)}
    chosen = [accounts[t.account_id] for t in draft.targets if t.account_id in accounts]
    overrides = {t.account_id: t.text_override for t in draft.targets}
    when = (
        schedule if schedule is not None else {t.account_id: t.scheduled_at for t in draft.targets}
    )
    return check_draft(draft.text, chosen, overrides, media_infos(store, draft.media), when, now)


def schedule_draft(
    store: Store,
    draft: Draft,
    when: Mapping[int, dt.datetime | None],
    now: dt.datetime,
) -> Draft:
    """Save and schedule the draft: each account at its time (None: post now).

    Raises:
        ComposeError: nothing to post to, or problems that block; ``checks`` lists them all.
    """
    if not draft.targets:
        raise ComposeError("Choose at least one account to post to.")
    instants: dict[int, dt.datetime] = {}
    for t in draft.targets:
        at = when.get(t.account_id, t.scheduled_at)
        if at is not None and at.tzinfo is None:
            raise ValueError("scheduled times must be aware datetimes")
        instants[t.account_id] = now if at is None else at.astimezone(dt.UTC)
    checks = check(store, draft, now=now, schedule=instants)
    blocking = [c for c in checks if not c.ok]
    if blocking:
        count = sum(len(c.blocking) for c in blocking)
        raise ComposeError(
            f"Fix {count} problem{'s' if count != 1 else ''} before scheduling.", checks
        )
    saved = save_draft(store, draft)
    with store.session_scope() as s:
        post = _load(s, saved.post_id or 0)
        for row in post.targets:
            if row.state in EDITABLE_STATES:
                row.scheduled_at = instants[row.account_id]
                row.state = TargetState.SCHEDULED.value
        return _to_draft(post)


def next_free_times(
    store: Store, account_ids: list[int], tz: dt.tzinfo, now: dt.datetime
) -> dict[int, dt.datetime | None]:
    """Each account's next free posting slot after ``now`` (None: the account has no posting
    times, or all are taken), using the plan's own queue rules."""
    from smmdesk_gui.domain.slots import next_free_slot
    from smmdesk_gui.services.plan.posting_times import slots_of
    from smmdesk_gui.services.plan.queries import taken_instants

    out: dict[int, dt.datetime | None] = {}
    for aid in account_ids:
        slots = slots_of(store, aid)
        out[aid] = next_free_slot(slots, tz, now, taken_instants(store, aid)) if slots else None
    return out


def unschedule(store: Store, post_id: int) -> Draft:
    """Back to a draft (the scheduled times are kept as a suggestion)."""
    with store.session_scope() as s:
        post = _load(s, post_id)
        for row in post.targets:
            if row.state == TargetState.SCHEDULED.value:
                row.state = TargetState.DRAFT.value
        return _to_draft(post)


# --- hashtag sets and templates ---------------------------------------------------------------


@dataclass(frozen=True)
class SnippetInfo:
    id: int
    kind: str  # "hashtags" or "template"
    name: str
    body: str


def list_snippets(store: Store, kind: str | None = None) -> list[SnippetInfo]:
    with store.session_scope() as s:
        q = select(Snippet).order_by(Snippet.kind, Snippet.position, Snippet.name)
        if kind is not None:
            q = q.where(Snippet.kind == kind)
        return [SnippetInfo(r.id, r.kind, r.name, r.body) for r in s.scalars(q)]


def save_snippet(store: Store, kind: str, name: str, body: str) -> SnippetInfo:
    """Create or replace the snippet ``name`` of this kind."""
    if kind not in ("hashtags", "template"):
        raise ValueError(f"unknown snippet kind {kind!r}")
    name = name.strip()
    if not name:
        raise ComposeError("Give the snippet a name.")
    with store.session_scope() as s:
        row = s.scalars(select(Snippet).where(Snippet.kind == kind, Snippet.name == name)).first()
        if row is None:
            row = Snippet(kind=kind, name=name, body=body)
            s.add(row)
        else:
            row.body = body
        s.flush()
        return SnippetInfo(row.id, row.kind, row.name, row.body)


def delete_snippet(store: Store, snippet_id: int) -> None:
    with store.session_scope() as s:
        row = s.get(Snippet, snippet_id)
        if row is not None:
            s.delete(row)


def insert_snippet(text: str, body: str, position: int | None = None) -> tuple[str, int]:
    """``text`` with ``body`` inserted at ``position`` (the end by default), spaced sensibly.

    Returns the new text and the cursor position just after the insert.
    """
    pos = len(text) if position is None else max(0, min(position, len(text)))
    before, after = text[:pos], text[pos:]
    if before and not before[-1].isspace():
        body = ("\n\n" if body.lstrip().startswith(("#", "—", "-")) else " ") + body
    if after and not after[0].isspace():
        body = body + " "
    return before + body + after, pos + len(body)
