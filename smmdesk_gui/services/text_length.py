"""Per-platform text and image checks for the plan's CSV import.

Counts with ``len()`` (code points) until ``smmdesk_gui.domain.text_rules`` (weighted X counting,
graphemes, UTF-8 bytes) lands on main; when it does, ``count`` should call it.
"""

from __future__ import annotations

from smmdesk_gui.domain.platforms import PLATFORMS


def count(platform_id: str, text: str) -> int:
    """How long ``text`` is for ``platform_id`` (simple code-point count for now)."""
    return len(text)


def text_problems(platform_id: str, text: str, images: int, *, scheduled: bool) -> list[str]:
    """Problems of one post for one platform, in plain words (empty list: fine)."""
    platform = PLATFORMS.get(platform_id)
    if platform is None:
        return []
    problems: list[str] = []
    limit = platform.text_limit
    if images and platform.caption_limit is not None:
        limit = min(limit, platform.caption_limit)
    length = count(platform_id, text)
    if length > limit:
        problems.append(
            f"The text has {length} characters; {platform.name} allows {limit}. "
            f"Shorten it by {length - limit}."
        )
    if images > platform.max_images:
        problems.append(
            f"{images} images: {platform.name} takes at most {platform.max_images} in one post."
        )
    if scheduled and platform.requires_media and images == 0:
        problems.append(f"{platform.name} needs at least one image in a post.")
    return problems
