"""Is this screenshot of a virtual screen an app window with real content, not a blank screen?

A window of boxes (no fonts) or an empty screen has few colours and one colour covering almost
everything; the demo's Plan has photos, rubric colours and text. Prints the figures; exit 0 when
it looks like the app.

    python check_screenshot.py SHOT.png
"""

from __future__ import annotations

import sys

from PIL import Image

MIN_COLOURS = 400
MAX_DOMINANT_SHARE = 0.85


def figures(path: str) -> tuple[int, float]:
    with Image.open(path) as image:
        rgb = image.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 24) or []
        total = rgb.width * rgb.height
    dominant = max((count for count, _ in colours), default=total)
    return len(colours), dominant / total


def main(argv: list[str]) -> int:
    count, share = figures(argv[0])
    looks_like_app = count >= MIN_COLOURS and share <= MAX_DOMINANT_SHARE
    print(
        f"{argv[0]}: {count} colours, the commonest covers {share:.0%}: "
        f"{'an app window' if looks_like_app else 'blank or boxes'}"
    )
    return 0 if looks_like_app else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
