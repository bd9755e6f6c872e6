"""How a platform shows a post's text in the feed: what readers see, what folds behind "more",
and what is past the limit. Pure: from the text and its :class:`CountResult`."""

from __future__ import annotations

from dataclasses import dataclass

from smmdesk_gui.domain.text_rules import CountResult


@dataclass(frozen=True)
class PreviewParts:
    """The text split the way a platform shows it."""

    shown: str  # what readers see at first
    folded: str = ""  # behind "... more"
    cut: str = ""  # past the limit: the platform would refuse (or cut) this part


def preview_parts(text: str, result: CountResult) -> PreviewParts:
    """Split ``text`` into what the feed shows, what sits behind "more", and what is too much."""
    end = len(text) if result.over_at is None else result.over_at
    kept, cut = text[:end], text[end:]
    if result.fold_at is not None and result.fold_at < len(kept):
        return PreviewParts(kept[: result.fold_at], kept[result.fold_at :], cut)
    return PreviewParts(kept, "", cut)
