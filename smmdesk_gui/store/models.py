"""SQLAlchemy 2 typed models for everything SMM Desk keeps.

Instants are stored timezone-aware in UTC (``UtcDateTime``). No secret is ever stored here: an
account only names the keyring entry that holds its secret.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, aware UTC datetimes out; naive values are refused."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store instants with a time zone")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map = {
        dt.datetime: UtcDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class AccountState(StrEnum):
    OK = "ok"
    NEEDS_RECONNECT = "needs_reconnect"
    DISABLED = "disabled"


class TargetState(StrEnum):
    """PostTarget states (ARCHITECTURE.md)."""

    DRAFT = "draft"
    SCHEDULED = "scheduled"
    PUBLISHING = "publishing"
    RETRY_WAIT = "retry_wait"
    PUBLISHED = "published"
    FAILED = "failed"
    UNCONFIRMED = "unconfirmed"
    DUE = "due"  # assisted publishing: reminder shown, waiting for the owner
    SKIPPED = "skipped"


class MetricSource(StrEnum):
    API = "api"
    CSV = "csv"
    MANUAL = "manual"


def _enum_check(column: str, enum: type[StrEnum]) -> CheckConstraint:
    values = ", ".join(f"'{e.value}'" for e in enum)
    return CheckConstraint(f"{column} IN ({values})", name=f"ck_{column}_valid")


class Account(Base):
    __tablename__ = "account"
    __table_args__ = (
        UniqueConstraint("platform", "handle", name="uq_account_platform_handle"),
        _enum_check("state", AccountState),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    handle: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(255), default="")
    base_url: Mapped[str | None] = mapped_column(String(512), default=None)
    channel: Mapped[str | None] = mapped_column(String(255), default=None)
    state: Mapped[str] = mapped_column(String(32), default=AccountState.OK.value)
    state_message: Mapped[str] = mapped_column(Text, default="")
    # the state's message as a problem code with values (domain.problems), for the window to
    # word in the owner's language; state_message keeps the English sentence (CLI, logs)
    state_problem: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    keyring_key: Mapped[str | None] = mapped_column(String(255), default=None)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    last_checked_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: When the access token stops working (Instagram, Threads: about 60 days after it was
    #: made or refreshed); None where it does not expire or is not known. Not a secret.
    token_expires_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    #: When SMM Desk received the token in use (connect, reconnect or refresh).
    token_renewed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    #: No refresh before this instant: a running refresh's lease, or the wait after a failure.
    token_refresh_after: Mapped[dt.datetime | None] = mapped_column(default=None)

    targets: Mapped[list[PostTarget]] = relationship(back_populates="account")
    time_slots: Mapped[list[TimeSlot]] = relationship(
        back_populates="account", cascade="all, delete-orphan"
    )


class Rubric(Base):
    __tablename__ = "rubric"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    colour: Mapped[str] = mapped_column(String(9), default="#888888")
    target_share: Mapped[float] = mapped_column(Float, default=0.0)  # 0..1 of the plan
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Post(Base):
    __tablename__ = "post"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(255), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    rubric_id: Mapped[int | None] = mapped_column(
        ForeignKey("rubric.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    rubric: Mapped[Rubric | None] = relationship()
    targets: Mapped[list[PostTarget]] = relationship(
        back_populates="post", cascade="all, delete-orphan"
    )
    media: Mapped[list[PostMedia]] = relationship(
        back_populates="post", cascade="all, delete-orphan", order_by="PostMedia.position"
    )


class PostTarget(Base):
    """One account's version of a post."""

    __tablename__ = "post_target"
    __table_args__ = (
        UniqueConstraint("post_id", "account_id", name="uq_target_post_account"),
        Index("ix_target_state_scheduled", "state", "scheduled_at"),
        Index("ix_target_scheduled", "scheduled_at"),
        _enum_check("state", TargetState),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    text_override: Mapped[str | None] = mapped_column(Text, default=None)
    scheduled_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    state: Mapped[str] = mapped_column(String(32), default=TargetState.DRAFT.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    claimed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    idempotency_key: Mapped[str | None] = mapped_column(String(128), default=None)
    remote_id: Mapped[str | None] = mapped_column(String(512), default=None)
    remote_url: Mapped[str | None] = mapped_column(String(1024), default=None)
    published_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    last_error_kind: Mapped[str | None] = mapped_column(String(64), default=None)
    last_error_message: Mapped[str | None] = mapped_column(Text, default=None)
    # last_error_message as a problem code with values (see Account.state_problem)
    last_problem: Mapped[dict[str, Any] | None] = mapped_column(default=None)

    post: Mapped[Post] = relationship(back_populates="targets")
    account: Mapped[Account] = relationship(back_populates="targets")
    attempt_log: Mapped[list[PostAttempt]] = relationship(
        back_populates="target", cascade="all, delete-orphan", order_by="PostAttempt.id"
    )

    @property
    def effective_text(self) -> str:
        return self.text_override if self.text_override is not None else self.post.text


class PostAttempt(Base):
    """Every try to publish a target: the audit trail."""

    __tablename__ = "post_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("post_target.id", ondelete="CASCADE"))
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    outcome: Mapped[str] = mapped_column(String(32), default="")
    http_status: Mapped[int | None] = mapped_column(Integer, default=None)
    message: Mapped[str] = mapped_column(Text, default="")

    target: Mapped[PostTarget] = relationship(back_populates="attempt_log")


class MediaAsset(Base):
    """An original image, content-addressed by SHA-256 inside the media store."""

    __tablename__ = "media_asset"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(String(512), default="")
    extension: Mapped[str] = mapped_column(String(16), default="")
    mime: Mapped[str] = mapped_column(String(64), default="")
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    bytes: Mapped[int] = mapped_column(Integer, default=0)
    alt_text: Mapped[str] = mapped_column(Text, default="")
    focal_x: Mapped[float] = mapped_column(Float, default=0.5)
    focal_y: Mapped[float] = mapped_column(Float, default=0.5)
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    renditions: Mapped[list[Rendition]] = relationship(
        back_populates="asset", cascade="all, delete-orphan"
    )


class PostMedia(Base):
    """An image attached to a post, in order."""

    __tablename__ = "post_media"
    __table_args__ = (UniqueConstraint("post_id", "asset_id", name="uq_post_media"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"))
    asset_id: Mapped[int] = mapped_column(ForeignKey("media_asset.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    alt_text: Mapped[str | None] = mapped_column(Text, default=None)  # None: the asset's alt text
    # the shape chosen in the composer (an image preset's name, e.g. "instagram.portrait"); it
    # applies on its own platform only, the others get their default (publish.media.crop_choice)
    preset: Mapped[str | None] = mapped_column(String(64), default=None)

    post: Mapped[Post] = relationship(back_populates="media")
    asset: Mapped[MediaAsset] = relationship()


class Rendition(Base):
    """A cached per-preset output of an asset; the files are safe to delete."""

    __tablename__ = "rendition"
    __table_args__ = (UniqueConstraint("asset_id", "cache_key", name="uq_rendition_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("media_asset.id", ondelete="CASCADE"))
    preset: Mapped[str] = mapped_column(String(64))
    cache_key: Mapped[str] = mapped_column(String(128))
    path: Mapped[str] = mapped_column(String(1024))
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    bytes: Mapped[int] = mapped_column(Integer, default=0)
    format: Mapped[str] = mapped_column(String(16), default="JPEG")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    asset: Mapped[MediaAsset] = relationship(back_populates="renditions")


class TimeSlot(Base):
    """A weekly posting time of one account, in local wall-clock time."""

    __tablename__ = "time_slot"
    __table_args__ = (
        UniqueConstraint("account_id", "weekday", "minute_of_day", name="uq_slot"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="ck_slot_weekday"),
        CheckConstraint("minute_of_day BETWEEN 0 AND 1439", name="ck_slot_minute"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)  # Monday = 0
    minute_of_day: Mapped[int] = mapped_column(Integer)  # local wall-clock minutes after midnight

    account: Mapped[Account] = relationship(back_populates="time_slots")


class MetricSnapshot(Base):
    """One figure at one instant; a time series, never overwritten."""

    __tablename__ = "metric_snapshot"
    __table_args__ = (
        Index("ix_metric_account", "account_id", "metric", "taken_at"),
        Index("ix_metric_target", "target_id", "metric", "taken_at"),
        CheckConstraint(
            "account_id IS NOT NULL OR target_id IS NOT NULL", name="ck_metric_subject"
        ),
        _enum_check("source", MetricSource),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), default=None
    )
    target_id: Mapped[int | None] = mapped_column(
        ForeignKey("post_target.id", ondelete="CASCADE"), default=None
    )
    metric: Mapped[str] = mapped_column(String(64))
    value: Mapped[float] = mapped_column(Float)
    taken_at: Mapped[dt.datetime] = mapped_column()
    source: Mapped[str] = mapped_column(String(16), default=MetricSource.MANUAL.value)
    import_key: Mapped[str | None] = mapped_column(String(128), default=None, unique=True)


class AdSpend(Base):
    """Money spent on ads on one day (entered by hand), with what the ad manager reported."""

    __tablename__ = "ad_spend"
    __table_args__ = (
        Index("ix_ad_spend_day", "spent_on"),
        CheckConstraint("amount >= 0", name="ck_ad_spend_amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    spent_on: Mapped[dt.date] = mapped_column(Date)  # the local calendar day of the spend
    platform: Mapped[str] = mapped_column(String(32))
    campaign: Mapped[str] = mapped_column(String(255), default="")
    amount: Mapped[float] = mapped_column(Float)
    currency: Mapped[str] = mapped_column(String(3))
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL"), default=None
    )
    post_id: Mapped[int | None] = mapped_column(
        ForeignKey("post.id", ondelete="SET NULL"), default=None
    )
    impressions: Mapped[int | None] = mapped_column(Integer, default=None)
    clicks: Mapped[int | None] = mapped_column(Integer, default=None)
    leads: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Setting(Base):
    """Workspace settings as key/value JSON (UI language, time zone, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Snippet(Base):
    """A saved hashtag set or template/signature, inserted into a post with one click."""

    __tablename__ = "snippet"
    __table_args__ = (
        CheckConstraint("kind IN ('hashtags', 'template')", name="ck_snippet_kind"),
        UniqueConstraint("kind", "name", name="uq_snippet_kind_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(128))
    body: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
