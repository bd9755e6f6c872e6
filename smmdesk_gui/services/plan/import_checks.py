"""Per-platform text and image checks for the plan's CSV import.

Text is measured with ``domain.text_rules`` (the way each platform counts: X weighted, graphemes,
UTF-16 units, bytes); only problems that make the platform refuse the post are reported.
"""

from __future__ import annotations

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.domain.text_rules import Severity, count_text


def text_problems(platform_id: str, text: str, images: int, *, scheduled: bool) -> list[Problem]:
    """Problems of one post for one platform, as codes with values (empty list: fine)."""
    platform = PLATFORMS.get(platform_id)
    if platform is None:
        return []
    result = count_text(platform_id, text, has_media=images > 0)
    problems = [p for p in result.problems if p.severity is Severity.ERROR]
    if images > platform.max_images:
        problems.append(
            Problem(
                "csv_too_many_images", platform=platform_id, found=images, limit=platform.max_images
            )
        )
    if scheduled and platform.requires_media and images == 0:
        problems.append(Problem("csv_needs_image", platform=platform_id))
    return problems
