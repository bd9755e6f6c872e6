"""Per-platform facts as data: text limits, media limits, image presets, colours.

Values were collected from the platforms' public documentation (see ``source`` on each entry and
``../shared/PLATFORMS.md``); limits drift, so each carries where and when it was checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


class Counting(StrEnum):
    """How a platform measures the length of a text (see ``domain/text_rules.py``)."""

    X_WEIGHTED = "x_weighted"  # twitter-text v3: weighted code points, emoji 2, URLs 23
    GRAPHEMES = "graphemes"  # user-perceived characters (Bluesky, Mastodon)
    THREADS = "threads"  # characters, but an emoji counts its UTF-8 bytes
    UTF16 = "utf16"  # UTF-16 code units: what JavaScript's length and Telegram count


class PublishMode(StrEnum):
    """How SMM Desk gets a post onto the platform."""

    API = "api"  # a connector publishes it
    ASSISTED = "assisted"  # a reminder, text copied, images exported; the owner posts it


@dataclass(frozen=True)
class Platform:
    """One social platform and the rules a post must follow there."""

    id: str
    name: str
    text_limit: int
    colour: str  # brand colour, "#rrggbb"
    icon: str  # qtawesome icon name
    web_url: str  # where the owner posts by hand
    max_images: int
    mode: PublishMode = PublishMode.ASSISTED
    caption_limit: int | None = None  # a shorter limit when the post has media (Telegram)
    max_hashtags: int | None = None
    max_mentions: int | None = None
    max_links: int | None = None
    fold_at: int | None = None  # where the feed cuts the text behind "... more"
    requires_media: bool = False
    counting: Counting = Counting.UTF16
    max_bytes: int | None = None  # a UTF-8 byte limit on top of the character limit (Bluesky)
    url_weight: int | None = None  # every link counts as this many characters (X, Mastodon)
    count_bare_urls: bool = False  # links without https:// also get url_weight (X)
    hashtags_block: bool = True  # False: extra hashtags are only a warning (Threads topic tag)
    source: str = ""


PLATFORMS: dict[str, Platform] = {
    p.id: p
    for p in (
        Platform(
            "x",
            "X",
            280,
            "#000000",
            "fa6b.x-twitter",
            "https://x.com/compose/post",
            4,
            counting=Counting.X_WEIGHTED,
            url_weight=23,
            count_bare_urls=True,
            source=(
                "github.com/twitter/twitter-text config/v3.json (maxWeightedTweetLength 280, "
                "scale 100, defaultWeight 200, ranges 0-4351/8192-8205/8208-8223/8242-8247 "
                "weight 100, transformedURLLength 23, emojiParsingEnabled); read 2026-11-22"
            ),
        ),
        Platform(
            "bluesky",
            "Bluesky",
            300,
            "#1185fe",
            "fa6b.bluesky",
            "https://bsky.app",
            4,
            mode=PublishMode.API,
            counting=Counting.GRAPHEMES,
            max_bytes=3000,
            source=(
                "atproto lexicon app.bsky.feed.post text: maxGraphemes 300, maxLength 3000 "
                "(UTF-8 bytes), github.com/bluesky-social/atproto lexicons/; read 2026-11-22"
            ),
        ),
        Platform(
            "mastodon",
            "Mastodon",
            500,
            "#6364ff",
            "fa6b.mastodon",
            "https://joinmastodon.org",
            4,
            mode=PublishMode.API,
            counting=Counting.GRAPHEMES,
            url_weight=23,
            source=(
                "docs.joinmastodon.org/entities/Instance configuration.statuses.max_characters "
                "(default 500) and characters_reserved_per_url (23); the server's own values "
                "win once connected; read 2026-11-22"
            ),
        ),
        Platform(
            "threads",
            "Threads",
            500,
            "#000000",
            "fa6b.threads",
            "https://www.threads.net",
            10,
            max_links=5,
            counting=Counting.THREADS,
            max_hashtags=1,
            hashtags_block=False,
            source=(
                "developers.facebook.com/documentation/threads/posts (updated 2026-04-14): text "
                "posts limited to 500 characters, emojis counted as their UTF-8 bytes; "
                "threads/create-posts/text-attachments (2026-07-02): at most 5 links since "
                "2025-12-22; one topic tag per post (Meta, via Ayrshare docs); read 2026-11-22"
            ),
        ),
        Platform(
            "instagram",
            "Instagram",
            2200,
            "#e1306c",
            "fa6b.instagram",
            "https://www.instagram.com",
            10,
            max_hashtags=5,
            max_mentions=20,
            fold_at=125,
            requires_media=True,
            source=(
                "developers.facebook.com instagram-platform content-publishing: caption 2200 "
                "characters, 20 @ tags; hashtags: Instagram's own announcement (Dec 2025) cut "
                "captions from 30 to 5 hashtags (reported by routenote.com, Ayrshare docs); "
                "fold after about 125 characters is what the feed shows; read 2026-11-22"
            ),
        ),
        Platform(
            "facebook",
            "Facebook",
            63206,
            "#1877f2",
            "fa6b.facebook",
            "https://www.facebook.com",
            10,
            source=(
                "Facebook Page post message 63206 characters (long-standing, no current Graph "
                "API page states a lower one); read 2026-11-22"
            ),
        ),
        Platform(
            "linkedin",
            "LinkedIn",
            3000,
            "#0a66c2",
            "fa6b.linkedin",
            "https://www.linkedin.com/feed/",
            20,
            source=(
                "learn.microsoft.com linkedin posts-api commentary; Ayrshare LinkedIn docs: "
                "post field up to 3000 characters; read 2026-11-22"
            ),
        ),
        Platform(
            "telegram",
            "Telegram",
            4096,
            "#26a5e4",
            "fa6b.telegram",
            "https://web.telegram.org",
            10,
            mode=PublishMode.API,
            caption_limit=1024,
            source=(
                "core.telegram.org/bots/api sendMessage text 1-4096 and sendPhoto caption 0-1024 "
                "characters after entities parsing (counted in UTF-16 units, like entity "
                "offsets); read 2026-11-22"
            ),
        ),
        Platform(
            "vk",
            "VK",
            16384,
            "#0077ff",
            "fa6b.vk",
            "https://vk.com",
            10,
            source=(
                "VK wall post 16384 characters: widely used value, not found in current "
                "dev.vk.com wall.post docs (unverified 2026-11-22); 50 API posts a day"
            ),
        ),
        Platform(
            "pinterest",
            "Pinterest",
            500,
            "#e60023",
            "fa6b.pinterest",
            "https://www.pinterest.com/pin-creation-tool/",
            5,
            requires_media=True,
            source=(
                "Pin description 500, title 100 (Pinterest pin builder; Ayrshare Pinterest "
                "docs); image required; read 2026-11-22"
            ),
        ),
        Platform(
            "tiktok",
            "TikTok",
            2200,
            "#000000",
            "fa6b.tiktok",
            "https://www.tiktok.com/upload",
            35,
            requires_media=True,
            source=(
                "developers.tiktok.com content-posting-api-reference: video caption 2200 "
                "UTF-16 runes (photo description 4000, photo title 90); media required; "
                "read 2026-11-22"
            ),
        ),
        Platform(
            "youtube",
            "YouTube",
            5000,
            "#ff0000",
            "fa6b.youtube",
            "https://studio.youtube.com",
            1,
            source=(
                "YouTube Data API videos snippet: description 5000 bytes, title 100 "
                "characters; read 2026-11-22"
            ),
        ),
    )
}


class CropMode(StrEnum):
    """How a preset shapes the photo."""

    EXACT = "exact"  # crop (or fit) to exactly width x height
    LONG_SIDE = "long_side"  # keep the shape, scale so the long side is at most ``long_side``


@dataclass(frozen=True)
class ImagePreset:
    """One output shape for one platform, named ``platform.shape``."""

    name: str
    width: int = 0
    height: int = 0
    long_side: int = 0
    mode: CropMode = CropMode.EXACT
    formats: tuple[str, ...] = ("JPEG",)
    max_bytes: int = 8 * 1024 * 1024
    min_aspect: float = 0.0  # width / height, inclusive
    max_aspect: float = float("inf")
    animated: bool = False  # keeps GIF animation
    source: str = field(default="", compare=False)

    @property
    def platform(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def shape(self) -> str:
        return self.name.split(".", 1)[1]


MB = 1024 * 1024


def _exact(name: str, w: int, h: int, **kw: object) -> ImagePreset:
    return ImagePreset(name=name, width=w, height=h, **kw)  # type: ignore[arg-type]


def _long(name: str, side: int, **kw: object) -> ImagePreset:
    return ImagePreset(name=name, long_side=side, mode=CropMode.LONG_SIDE, **kw)  # type: ignore[arg-type]


_IG = {"formats": ("JPEG",), "max_bytes": 8 * MB, "min_aspect": 4 / 5, "max_aspect": 1.91}

PRESETS: dict[str, ImagePreset] = {
    p.name: p
    for p in (
        _exact("instagram.square", 1080, 1080, **_IG),
        _exact("instagram.portrait", 1080, 1350, **_IG),
        _exact("instagram.landscape", 1080, 566, **_IG),
        _exact("instagram.story", 1080, 1920, formats=("JPEG",), max_bytes=8 * MB),
        _exact("facebook.square", 1080, 1080, formats=("JPEG", "PNG"), max_bytes=4 * MB),
        _exact("facebook.link", 1200, 630, formats=("JPEG", "PNG"), max_bytes=4 * MB),
        _exact(
            "x.landscape",
            1600,
            900,
            formats=("JPEG", "PNG", "WEBP", "GIF"),
            max_bytes=5 * MB,
            animated=True,
        ),
        _exact(
            "x.square",
            1080,
            1080,
            formats=("JPEG", "PNG", "WEBP", "GIF"),
            max_bytes=5 * MB,
            animated=True,
        ),
        _exact("linkedin.landscape", 1200, 627, formats=("JPEG", "PNG", "GIF"), max_bytes=8 * MB),
        _exact("pinterest.pin", 1000, 1500, formats=("JPEG", "PNG"), max_bytes=20 * MB),
        _exact("tiktok.photo", 1080, 1920, formats=("JPEG", "WEBP"), max_bytes=20 * MB),
        _exact("youtube.thumbnail", 1280, 720, formats=("JPEG", "PNG"), max_bytes=2 * MB),
        _exact("vk.square", 1080, 1080, formats=("JPEG", "PNG", "GIF"), max_bytes=50 * MB),
        _long(
            "telegram.photo",
            1280,
            formats=("JPEG",),
            max_bytes=10 * MB,
            max_aspect=20.0,
            min_aspect=1 / 20,
        ),
        _long("bluesky.photo", 2000, formats=("JPEG", "PNG", "WEBP"), max_bytes=976_560),
        _long(
            "mastodon.photo",
            1920,
            formats=("JPEG", "PNG", "WEBP", "GIF"),
            max_bytes=8 * MB,
            animated=True,
        ),
    )
}


# Where each preset's limits were checked (issue 3), 2026-11. Third-party summaries agree with the
# platforms' own pages where both were available.
_PRESET_SOURCES = {
    "instagram": "Instagram Graph API content publishing: JPEG, 8 MB, width 320-1440, "
    "aspect 4:5..1.91:1 (feed); stories 9:16. Checked 2026-11",
    "facebook": "Facebook Page photos: JPEG/PNG, under 4 MB recommended. Checked 2026-11",
    "x": "X media upload: images 5 MB (GIF 15 MB), JPEG/PNG/WebP/GIF. Checked 2026-11",
    "linkedin": "LinkedIn Images API: JPG/PNG/GIF, under 36,152,320 pixels. Checked 2026-11",
    "pinterest": "Pinterest pins: 2:3 recommended, image up to 20 MB. Checked 2026-11",
    "tiktok": "TikTok photo posts: 1080x1920, JPEG/WebP, 20 MB. Checked 2026-11",
    "youtube": "YouTube custom thumbnails: 1280x720, JPG/PNG, 2 MB. Checked 2026-11",
    "vk": "VK photos.getWallUploadServer: JPG/PNG/GIF up to 50 MB. Checked 2026-11",
    "telegram": "Bot API sendPhoto: at most 10 MB, width+height <= 10000, ratio <= 20. "
    "Checked 2026-11",
    "bluesky": "atproto lexicon app.bsky.embed.images: blob maxSize 1,000,000 bytes; 976,560 "
    "kept for older servers. Checked 2026-11",
    "mastodon": "Mastodon default media limits (per server: read /api/v2/instance). "
    "Checked 2026-11",
}
PRESETS = {
    name: replace(p, source=p.source or _PRESET_SOURCES.get(p.platform, ""))
    for name, p in PRESETS.items()
}


def platform(platform_id: str) -> Platform:
    """The platform with this id; raises KeyError with the known ids for an unknown one."""
    try:
        return PLATFORMS[platform_id]
    except KeyError:
        known = ", ".join(sorted(PLATFORMS))
        raise KeyError(f"unknown platform {platform_id!r}; known: {known}") from None


def presets_for(platform_id: str) -> list[ImagePreset]:
    """The image presets of one platform, in table order."""
    return [p for p in PRESETS.values() if p.platform == platform_id]
