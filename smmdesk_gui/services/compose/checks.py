"""Checking a draft before it is scheduled: every problem, per account, as a code with values.

Pure functions over plain data (no database, no Qt), so the composer can re-check on every
keystroke and the tests need nothing but values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from smmdesk_gui.domain.platforms import PLATFORMS, ImagePreset, Platform
from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.domain.text_rules import CountResult, Severity, TextProblem, count_text
from smmdesk_gui.media import geometry

#: The narrowest picture a platform's API takes (PLATFORMS.md: Instagram and Threads "width
#: 320-1440", checked 2026-11). The pipeline never enlarges a photo, so it cannot fix this one.
MIN_IMAGE_WIDTH = {"instagram": 320, "threads": 320}
#: Below this share of the photo kept by the platform's crop, the owner is told to look.
HEAVY_CROP = 0.5

# Keys in ``Account.settings`` that carry a server's own limits (Mastodon reads them from
# /api/v2/instance when the account is connected).
SETTING_MAX_CHARACTERS = "max_characters"
SETTING_URL_WEIGHT = "characters_reserved_per_url"
SETTING_MAX_MEDIA = "max_media_attachments"


@dataclass(frozen=True)
class AccountInfo:
    """What the composer needs to know about one account."""

    id: int
    platform: str
    handle: str
    display_name: str = ""
    state: str = "ok"  # AccountState value
    state_message: str = ""
    max_characters: int | None = None
    url_weight: int | None = None
    max_media: int | None = None
    #: posted by hand (services/accounts.is_assisted): SMM Desk only reminds the owner
    assisted: bool = False

    @property
    def info(self) -> Platform:
        return PLATFORMS[self.platform]

    @property
    def label(self) -> str:
        return f"{self.info.name} @{self.handle}" if self.handle else self.info.name

    @property
    def media_limit(self) -> int:
        return self.max_media or self.info.max_images


@dataclass(frozen=True)
class MediaInfo:
    """One image attached to the draft."""

    asset_id: int
    name: str = ""
    alt_text: str = ""
    width: int = 0
    height: int = 0
    bytes: int = 0
    mime: str = ""
    frames: int = 1  # more than 1: an animated GIF (known once the photo has been opened)
    preset: str | None = None  # the shape chosen for its platform (None: the default)

    @property
    def animated(self) -> bool:
        return self.frames > 1


@dataclass
class AccountCheck:
    """The result for one account: its count and every problem found."""

    account: AccountInfo
    text: str
    count: CountResult
    problems: list[TextProblem] = field(default_factory=list)

    @property
    def blocking(self) -> list[TextProblem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        return not self.blocking


def count_for(account: AccountInfo, text: str, has_media: bool) -> CountResult:
    """Count ``text`` for one account, with its server's own limits when it has them."""
    return count_text(
        account.platform,
        text,
        has_media=has_media,
        limit=account.max_characters,
        url_weight=account.url_weight,
    )


def check_account(
    account: AccountInfo,
    text: str,
    media: list[MediaInfo],
    scheduled_at: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> AccountCheck:
    """Every problem of one account's version of the post."""
    p = account.info
    count = count_for(account, text, bool(media))
    problems = list(count.problems)
    who = {"platform": account.platform, "handle": account.handle}
    if account.state == "needs_reconnect":
        problems.append(Problem("needs_reconnect", **who))
    elif account.state == "disabled":
        problems.append(Problem("account_disabled", **who))
    if not text.strip() and not media:
        problems.append(Problem("empty", **who))
    if p.requires_media and not media:
        problems.append(Problem("needs_image", platform=p.id))
    if len(media) > account.media_limit:
        problems.append(
            Problem("too_many_images", platform=p.id, limit=account.media_limit, found=len(media))
        )
    problems.extend(image_problems(account, media))
    missing_alt = [m for m in media if not m.alt_text.strip()]
    if missing_alt:
        problems.append(Problem("alt_text_missing", Severity.WARNING, count=len(missing_alt)))
    if (
        scheduled_at is not None
        and now is not None
        and scheduled_at < now - dt.timedelta(minutes=1)
    ):
        problems.append(Problem("time_in_past", **who))
    return AccountCheck(account, text, count, problems)


def posted_size(
    platform: str, width: int, height: int, chosen: str | None = None
) -> tuple[tuple[int, int], float]:
    """The size of the picture the platform gets and the share of the photo it keeps.

    Uses the preset publishing uses (``publish_media.crop_choice``: ``chosen`` when it is one
    of this platform's, else the default); the crop's size does not depend on the focal point,
    only its position does.
    """
    from smmdesk_gui.services.publish.media import sendable_preset

    # A platform without presets gets the photo's own shape (publishing's rule, one place).
    preset = sendable_preset(platform, _default_preset(platform, chosen), max_bytes=1 << 40)
    plan = geometry.plan_preset(width, height, preset)
    x0, y0, x1, y1 = plan.box
    return plan.size, (x1 - x0) * (y1 - y0) / (width * height)


def _default_preset(platform: str, chosen: str | None = None) -> ImagePreset | None:
    """The preset publishing uses (``crop_choice``'s rule): ``chosen`` if it is one of the
    platform's, else the platform's default."""
    from smmdesk_gui.services.publish.media import crop_choice

    return crop_choice(platform, (0.5, 0.5), chosen).preset


def _keeps_animation(preset: ImagePreset | None) -> bool:
    return preset is not None and preset.animated and "GIF" in preset.formats


def image_problems(account: AccountInfo, media: list[MediaInfo]) -> list[TextProblem]:
    """What the image pipeline cannot fix for this account's platform, per photo.

    Too narrow for the platform (the pipeline never enlarges): blocks. An animation the platform
    will show as a still, or a crop that cuts off most of the photo: a reminder to look.
    """
    p = account.info
    out: list[TextProblem] = []
    for m in media:
        preset = _default_preset(account.platform, m.preset)
        if m.width <= 0 or m.height <= 0:
            continue  # not measured (a damaged or missing original is refused at import)
        (w, _h), kept = posted_size(account.platform, m.width, m.height, m.preset)
        least = MIN_IMAGE_WIDTH.get(account.platform)
        if least is not None and w < least:
            out.append(
                Problem("image_too_small", platform=p.id, photo=m.name, least=least, width=w)
            )
        if m.animated and not _keeps_animation(preset):
            out.append(Problem("animation_lost", Severity.WARNING, platform=p.id, photo=m.name))
        elif m.animated and preset is not None and m.bytes > preset.max_bytes:
            out.append(
                Problem(
                    "animation_too_large",
                    Severity.WARNING,
                    platform=p.id,
                    photo=m.name,
                    max_bytes=preset.max_bytes,
                )
            )
        if kept < HEAVY_CROP:
            out.append(
                Problem(
                    "heavy_crop",
                    Severity.WARNING,
                    platform=p.id,
                    photo=m.name,
                    percent=round(kept * 100),
                )
            )
    return out


def check_draft(
    master_text: str,
    accounts: Iterable[AccountInfo],
    overrides: Mapping[int, str | None],
    media: list[MediaInfo],
    schedule: Mapping[int, dt.datetime | None] | None = None,
    now: dt.datetime | None = None,
) -> list[AccountCheck]:
    """Check the draft for every selected account (its override, or the master text)."""
    out: list[AccountCheck] = []
    for account in accounts:
        override = overrides.get(account.id)
        text = master_text if override is None else override
        when = (schedule or {}).get(account.id)
        out.append(check_account(account, text, media, when, now))
    return out


def hashtag_set_fit(body: str) -> dict[str, tuple[int, int | None]]:
    """How many hashtags a saved set holds, against each platform's maximum (None: no limit)."""
    tags = count_text("facebook", body).hashtags
    return {pid: (tags, p.max_hashtags) for pid, p in PLATFORMS.items()}
