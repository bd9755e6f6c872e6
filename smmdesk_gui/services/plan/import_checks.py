"""Per-platform text and image checks for the plan's CSV import.

Text is measured with ``domain.text_rules`` (the way each platform counts: X weighted, graphemes,
UTF-16 units, bytes); only problems that make the platform refuse the post are reported.
"""

from __future__ import annotations

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.text_rules import Severity, count_text


def text_problems(platform_id: str, text: str, images: int, *, scheduled: bool) -> list[str]:
    """Problems of one post for one platform, in plain words (empty list: fine)."""
    platform = PLATFORMS.get(platform_id)
    if platform is None:
        return []
    result = count_text(platform_id, text, has_media=images > 0)
    problems = [p.message for p in result.problems if p.severity is Severity.ERROR]
    if images > platform.max_images:
        problems.append(
            f"{images} images: {platform.name} takes at most {platform.max_images} in one post."
        )
    if scheduled and platform.requires_media and images == 0:
        problems.append(f"{platform.name} needs at least one image in a post.")
    return problems
