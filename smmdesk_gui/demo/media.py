"""Demo photos for the bakery: drawn with Pillow (no downloads), imported like a user would.

Each picture is a believable product shot (loaves, croissants, buns on a wooden board or a linen
cloth), saved as a phone would (JPEG, stored turned with an EXIF orientation tag and a GPS tag
that the outputs must drop), then imported through the media library and attached to a few posts.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from sqlalchemy import select

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.library.assets import MediaLibrary
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Post, PostMedia, PostTarget, Rubric, TargetState

SIZE = (1600, 1200)


def _board(rng: random.Random, tone: tuple[int, int, int]) -> Image.Image:
    """A wooden board: warm planks with grain lines."""
    w, h = SIZE
    im = Image.new("RGB", SIZE, tone)
    d = ImageDraw.Draw(im)
    plank = h // 5
    for i in range(6):
        shade = rng.randint(-18, 18)
        colour = tuple(max(0, min(255, c + shade)) for c in tone)
        d.rectangle((0, i * plank, w, (i + 1) * plank - 3), fill=colour)
        for _ in range(40):
            y = i * plank + rng.randint(4, plank - 6)
            dark = tuple(max(0, c - rng.randint(20, 45)) for c in colour)
            d.line((0, y, w, y + rng.randint(-8, 8)), fill=dark, width=rng.randint(1, 3))
    return im.filter(ImageFilter.GaussianBlur(1.2))


def _shadowed(base: Image.Image, boxes: list[tuple[int, int, int, int]]) -> None:
    shadow = Image.new("L", SIZE, 0)
    d = ImageDraw.Draw(shadow)
    for box in boxes:
        d.ellipse(box, fill=255)
    shadow = shadow.filter(ImageFilter.GaussianBlur(28))
    base.paste((40, 25, 15), (18, 26), shadow.point(lambda v: v * 0.55))


def _loaf(d: ImageDraw.ImageDraw, box: tuple[int, int, int, int], rng: random.Random) -> None:
    x0, y0, x1, y1 = box
    for i in range(14):  # crust: darker outside, golden inside
        t = i / 13
        colour = (int(150 + 75 * t), int(85 + 80 * t), int(35 + 55 * t))
        inset = int(i * (y1 - y0) / 40)
        d.ellipse((x0 + inset, y0 + inset, x1 - inset, y1 - inset), fill=colour)
    cx = (x0 + x1) // 2
    for k in range(-2, 3):  # the baker's scoring
        sx = cx + k * (x1 - x0) // 7
        d.arc((sx - 70, y0 + 40, sx + 70, y1 - 40), 250, 290, fill=(245, 220, 170), width=10)
    for _ in range(220):  # flour dusting
        fx, fy = rng.randint(x0 + 30, x1 - 30), rng.randint(y0 + 20, y1 - 20)
        d.point((fx, fy), fill=(250, 246, 236))


def _croissant(d: ImageDraw.ImageDraw, cx: int, cy: int, scale: float, angle: float) -> None:
    for i in range(7):  # segments along a crescent
        t = (i - 3) / 3
        a = angle + t * 0.9
        r = 120 * scale * (1.0 - 0.45 * abs(t))
        x = cx + math.cos(a) * 150 * scale
        y = cy + math.sin(a) * 70 * scale
        gold = (int(205 - 30 * abs(t)), int(130 - 25 * abs(t)), int(45 - 10 * abs(t)))
        d.ellipse(
            (x - r, y - r * 0.75, x + r, y + r * 0.75), fill=gold, outline=(150, 80, 25), width=5
        )


def _bun(d: ImageDraw.ImageDraw, cx: int, cy: int, r: int, rng: random.Random) -> None:
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(196, 120, 52))
    d.ellipse((cx - r + 14, cy - r + 10, cx + r - 24, cy + r - 28), fill=(222, 156, 78))
    for _ in range(30):  # pearl sugar
        a, rr = rng.random() * 6.283, rng.random() * r * 0.7
        x, y = cx + math.cos(a) * rr, cy + math.sin(a) * rr
        d.ellipse((x - 5, y - 4, x + 5, y + 4), fill=(250, 250, 245))


def picture(kind: str, seed: int) -> Image.Image:
    rng = random.Random(seed)
    if kind == "sourdough":
        im = _board(rng, (150, 104, 62))
        box = (380, 300, 1220, 900)
        _shadowed(im, [box])
        _loaf(ImageDraw.Draw(im), box, rng)
    elif kind == "croissants":
        im = _board(rng, (120, 82, 50))
        spots = ((520, 420, 1.1, 0.2), (1080, 520, 1.0, -0.4), (760, 840, 1.05, 0.6))
        _shadowed(
            im, [(int(x) - 280, int(y) - 140, int(x) + 280, int(y) + 140) for x, y, *_ in spots]
        )
        draw = ImageDraw.Draw(im)
        for x, y, s, a in spots:
            _croissant(draw, x, y, s, a)
    elif kind == "cardamom":
        im = Image.new("RGB", SIZE, (236, 228, 214))  # linen cloth
        d = ImageDraw.Draw(im)
        for x in range(0, SIZE[0], 6):
            d.line((x, 0, x, SIZE[1]), fill=(226, 217, 200))
        for y in range(0, SIZE[1], 6):
            d.line((0, y, SIZE[0], y), fill=(228, 220, 204))
        centres = [(420 + 360 * (i % 3), 380 + 420 * (i // 3)) for i in range(6)]
        _shadowed(im, [(x - 150, y - 150, x + 150, y + 150) for x, y in centres])
        d = ImageDraw.Draw(im)
        for x, y in centres:
            _bun(d, x + rng.randint(-20, 20), y + rng.randint(-20, 20), 150, rng)
    else:  # rye loaves side by side
        im = _board(rng, (96, 66, 44))
        boxes = [(200, 380, 780, 820), (860, 340, 1420, 800)]
        _shadowed(im, boxes)
        draw = ImageDraw.Draw(im)
        for b in boxes:
            _loaf(draw, b, rng)
        im = Image.blend(im, Image.new("RGB", SIZE, (90, 60, 40)), 0.25)
    grain = Image.effect_noise(SIZE, 22).convert("RGB")
    return Image.blend(im.filter(ImageFilter.GaussianBlur(0.8)), grain, 0.06)


PHOTOS = (  # kind, file name, alt text, focal point
    (
        "sourdough",
        "IMG_2031.jpg",
        "A round sourdough loaf with a flour-dusted crust on a board",
        (0.5, 0.5),
    ),
    ("croissants", "IMG_2044.jpg", "Three golden croissants on a wooden board", (0.45, 0.45)),
    ("cardamom", "IMG_2057.jpg", "Six cardamom buns with pearl sugar on a linen cloth", (0.5, 0.4)),
    ("rye", "IMG_2102.jpg", "Two dark rye loaves with walnuts side by side", (0.55, 0.5)),
)


def _as_phone_photo(im: Image.Image, path: Path) -> Path:
    """Save like a phone held upright: pixels turned, orientation 6, a GPS position inside."""
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "Demo phone"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (52.0, 22.0, 1.0), "E", (4.0, 53.0, 2.0)
    im.transpose(Image.Transpose.ROTATE_90).save(path, "JPEG", quality=88, exif=exif.tobytes())
    return path


def seed(store: Store, paths: AppPaths, now: dt.datetime) -> None:
    """Import the demo photos and attach them to a few upcoming product posts."""
    library = MediaLibrary(store, paths.ensure())
    asset_ids = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, (kind, name, alt, focus) in enumerate(PHOTOS):
            path = _as_phone_photo(picture(kind, 100 + i), Path(tmp) / name)
            asset = library.import_file(path).asset
            library.set_alt_text(asset.id, alt)
            library.set_focus(asset.id, *focus)
            asset_ids.append(asset.id)
    with store.session_scope() as s:
        stmt = (
            select(Post.id)
            .join(PostTarget, PostTarget.post_id == Post.id)
            .join(Rubric, Rubric.id == Post.rubric_id)
            .where(Rubric.name == "Product", PostTarget.state == TargetState.SCHEDULED.value)
            .order_by(PostTarget.scheduled_at)
            .limit(4)
        )
        post_ids = list(dict.fromkeys(s.scalars(stmt)))
        for post_id, asset_id in zip(post_ids, asset_ids, strict=False):
            s.add(PostMedia(post_id=post_id, asset_id=asset_id, position=0))
