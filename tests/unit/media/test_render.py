"""The render path: upright, sRGB, metadata-free, within limits, cached."""

from __future__ import annotations

import io
import math
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageCms, ImageStat

from smmdesk_gui.domain.platforms import PRESETS
from smmdesk_gui.media import cache, encode, errors, geometry, overlay, render, source
from smmdesk_gui.media.preview import PreviewSource
from tests.fakes.imagegen import display_p3_icc, many_frames_gif, oriented_jpeg, quadrants, textured


def _open(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_outputs_are_upright(tmp_path: Path, orientation: int) -> None:
    p = oriented_jpeg(tmp_path / "q.jpg", quadrants((800, 600)), orientation, quality=95)
    (out,) = render.render(p, [PRESETS["telegram.photo"]])
    im = _open(out.encoded.data)
    assert im.size == (800, 600)

    def near(px: object, want: tuple[int, int, int]) -> bool:
        return all(abs(a - b) < 40 for a, b in zip(px, want, strict=True))  # type: ignore[call-overload]

    assert near(im.getpixel((100, 100)), (255, 0, 0))
    assert near(im.getpixel((700, 100)), (0, 255, 0))
    assert near(im.getpixel((100, 500)), (0, 0, 255))


def test_all_metadata_stripped(tmp_path: Path) -> None:
    p = oriented_jpeg(
        tmp_path / "home.jpg",
        textured((600, 400)),
        6,
        gps=True,
        quality=90,
        icc_profile=display_p3_icc(),
        comment=b"at home",
    )
    with Image.open(p) as src:
        assert src.getexif().get_ifd(0x8825)  # the original does carry GPS
    outs = render.render(p, [PRESETS["instagram.square"], PRESETS["facebook.link"]])
    for out in outs:
        im = _open(out.encoded.data)
        assert not im.getexif()
        assert "exif" not in im.info and "icc_profile" not in im.info
        assert "comment" not in im.info and "xmp" not in im.info
        assert b"SERIAL-123456" not in out.encoded.data and b"PhoneMaker" not in out.encoded.data


def test_display_p3_converted_to_srgb(tmp_path: Path) -> None:
    icc = display_p3_icc()
    p = tmp_path / "p3.png"  # PNG: exact pixels in, so the expected colour is exact too
    Image.new("RGB", (200, 200), (200, 100, 50)).save(p, icc_profile=icc)
    (out,) = render.render(p, [PRESETS["facebook.square"]])
    got = _open(out.encoded.data).convert("RGB").getpixel((100, 100))
    expected = ImageCms.profileToProfile(
        Image.new("RGB", (1, 1), (200, 100, 50)),
        ImageCms.ImageCmsProfile(io.BytesIO(icc)),
        ImageCms.createProfile("sRGB"),
        renderingIntent=ImageCms.Intent.PERCEPTUAL,
    ).getpixel((0, 0))
    assert expected != (200, 100, 50)
    assert all(abs(a - b) <= 3 for a, b in zip(got, expected, strict=True))  # type: ignore[arg-type]


def test_transparency_flattened_onto_white_for_jpeg(tmp_path: Path) -> None:
    p = tmp_path / "cutout.png"
    im = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    im.paste((200, 0, 0, 255), (100, 100, 200, 200))
    im.save(p)
    jpeg, png = render.render(p, [PRESETS["instagram.square"], PRESETS["facebook.square"]])
    assert jpeg.format == "JPEG"
    corner = _open(jpeg.encoded.data).getpixel((5, 5))
    assert all(c > 245 for c in corner)  # type: ignore[union-attr]
    assert png.format == "PNG"  # Facebook takes PNG: transparency kept
    assert _open(png.encoded.data).getpixel((5, 5))[3] == 0  # type: ignore[index]


def test_quality_steps_down_to_fit_the_limit() -> None:
    im = textured((1080, 1080), seed=3)
    free = encode.encode(im, PRESETS["instagram.square"])
    assert free.quality == encode.START_QUALITY
    tight = replace(PRESETS["instagram.square"], max_bytes=int(free.bytes * 0.6))
    small = encode.encode(im, tight)
    assert small.bytes <= tight.max_bytes
    assert encode.QUALITY_FLOOR <= small.quality < encode.START_QUALITY  # type: ignore[operator]


def test_never_below_the_quality_floor() -> None:
    noise = Image.effect_noise((1080, 1080), 120).convert("RGB")
    impossible = replace(PRESETS["instagram.square"], max_bytes=20_000)
    with pytest.raises(errors.TooBigForPlatformError, match="lowest decent quality"):
        encode.encode(noise, impossible)


def test_long_side_preset_shrinks_instead_of_failing(tmp_path: Path) -> None:
    p = tmp_path / "noise.png"
    Image.merge("RGB", [Image.effect_noise((2400, 1600), 120)] * 3).save(p)
    (out,) = render.render(p, [PRESETS["bluesky.photo"]])
    assert out.encoded.bytes <= PRESETS["bluesky.photo"].max_bytes
    assert out.width < 2000


def _animated_gif(path: Path) -> Path:
    frames = [Image.new("RGB", (400, 300), c) for c in ((255, 0, 0), (0, 0, 255), (0, 160, 0))]
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=120, loop=0)
    return path


def test_animated_gif_kept_where_allowed(tmp_path: Path) -> None:
    p = _animated_gif(tmp_path / "loop.gif")
    x, ig = render.render(p, [PRESETS["x.landscape"], PRESETS["instagram.square"]])
    assert x.format == "GIF"
    gif = Image.open(io.BytesIO(x.encoded.data))
    assert gif.n_frames == 3 and gif.size == (400, 225)
    assert ig.format == "JPEG"  # Instagram: first frame only
    assert _open(ig.encoded.data).getpixel((150, 150))[0] > 200  # type: ignore[index]


def test_fit_on_blurred_background(tmp_path: Path) -> None:
    p = tmp_path / "wide.jpg"
    quadrants((1600, 900)).save(p, quality=95)
    (out,) = render.render(p, [PRESETS["instagram.story"]], render.CropSpec(fit=True))
    im = _open(out.encoded.data)
    assert im.size == (1080, 1920)
    r, g, b = im.getpixel((200, 800))  # type: ignore[misc]
    assert r > 200 and g < 60  # the photo itself, whole, in the middle band


def test_fit_on_solid_colour(tmp_path: Path) -> None:
    p = tmp_path / "wide.jpg"
    quadrants((1600, 900)).save(p, quality=95)
    spec = render.CropSpec(fit=True, background="#102030")
    (out,) = render.render(p, [PRESETS["instagram.square"]], spec)
    im = _open(out.encoded.data)
    r, g, b = im.getpixel((540, 10))  # type: ignore[misc]
    assert abs(r - 0x10) < 8 and abs(g - 0x20) < 8 and abs(b - 0x30) < 8


def test_focus_moves_the_crop(tmp_path: Path) -> None:
    p = tmp_path / "wide.jpg"
    quadrants((1600, 800)).save(p, quality=95)
    left, right = (
        render.render(p, [PRESETS["instagram.square"]], render.CropSpec(focus=(fx, 0.5)))[0]
        for fx in (0.0, 1.0)
    )
    assert _open(left.encoded.data).getpixel((400, 200))[0] > 200  # type: ignore[index]
    assert _open(right.encoded.data).getpixel((400, 200))[1] > 200  # type: ignore[index]


def test_logo_overlay_in_corner(tmp_path: Path) -> None:
    photo = tmp_path / "p.jpg"
    Image.new("RGB", (1200, 1200), (255, 255, 255)).save(photo)
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (100, 50), (0, 0, 200, 255)).save(logo)
    ov = overlay.Overlay(logo, overlay.Corner.BOTTOM_RIGHT, size=0.2, opacity=1.0)
    (out,) = render.render(photo, [PRESETS["instagram.square"]], ov=ov)
    im = _open(out.encoded.data)
    b = im.getpixel((1080 - 40, 1080 - 40))
    assert b[2] > 150 and b[0] < 60  # type: ignore[index]
    assert im.getpixel((40, 40)) == pytest.approx((255, 255, 255), abs=3)


def _psnr(a: Image.Image, b: Image.Image) -> float:
    stat = ImageStat.Stat(ImageChops.difference(a.convert("RGB"), b.convert("RGB")))
    mse = sum(stat.sum2) / (3 * a.width * a.height)
    return 99.0 if mse == 0 else 10 * math.log10(255**2 / mse)


def test_quality_against_full_decode_lanczos(tmp_path: Path) -> None:
    """Every output before encoding is >= 40 dB PSNR against a full-decode LANCZOS resize."""
    p = oriented_jpeg(tmp_path / "t.jpg", textured((2400, 1800), seed=7), 6, quality=92)
    full = ImageOpsExif.upright(p)
    spec = render.CropSpec(focus=(0.4, 0.6))
    names = [
        "instagram.square",
        "instagram.story",
        "x.landscape",
        "telegram.photo",
        "pinterest.pin",
        "facebook.link",
    ]
    plans = render.plans_for(2400, 1800, [PRESETS[n] for n in names], spec)
    decoded = source.decode(p, min(pl.reduction for pl in plans.values()))
    for name, plan in plans.items():
        ours = render.shape(decoded, plan, spec)
        ref = full.resize(plan.size, Image.Resampling.LANCZOS, box=plan.box)
        assert _psnr(ours, ref) >= 40.0, name


class ImageOpsExif:
    @staticmethod
    def upright(path: Path) -> Image.Image:
        from PIL import ImageOps

        with Image.open(path) as im:
            return ImageOps.exif_transpose(im).convert("RGB")


def test_cache_reuses_and_rebuilds(tmp_path: Path) -> None:
    p = tmp_path / "c.jpg"
    textured((900, 600)).save(p, quality=90)
    c = cache.RenditionCache(tmp_path / "renditions")
    presets = [PRESETS["instagram.square"], PRESETS["x.landscape"]]
    first = c.get_or_render(p, "ab" * 32, presets)
    assert [r.cached for r in first] == [False, False]
    again = c.get_or_render(p, "ab" * 32, presets)
    assert [r.cached for r in again] == [True, True]
    assert again[0].path == first[0].path
    moved = c.get_or_render(p, "ab" * 32, presets, render.CropSpec(focus=(0.2, 0.5)))
    assert [r.cached for r in moved] == [False, False]
    assert moved[0].path != first[0].path
    assert c.clear() == 4
    rebuilt = c.get_or_render(p, "ab" * 32, presets)
    assert [r.cached for r in rebuilt] == [False, False] and rebuilt[0].path.is_file()


def test_preview_matches_render_shape(tmp_path: Path) -> None:
    p = oriented_jpeg(tmp_path / "q.jpg", quadrants((1600, 1200)), 6, quality=95)
    prev = PreviewSource(p, max_side=400)
    im = prev.preview(PRESETS["instagram.portrait"], (0.0, 0.5))
    assert im.size == (320, 400)
    assert im.getpixel((50, 50))[0] > 200  # type: ignore[index]
    assert prev.thumbnail(200).size == (200, 150)
    plan = geometry.plan_preset(1600, 1200, PRESETS["instagram.portrait"])
    assert plan.size == (960, 1200)


def test_optimised_tables_before_a_lower_quality() -> None:
    """Over the limit by a few percent: optimised Huffman tables, not a lower quality."""
    im = textured((1080, 1080), seed=5)
    plain = encode._save(im, "JPEG", encode.START_QUALITY)
    optimised = encode._save(im, "JPEG", encode.START_QUALITY, optimize=True)
    assert len(optimised) < len(plain)
    tight = replace(PRESETS["instagram.square"], max_bytes=(len(plain) + len(optimised)) // 2)
    got = encode.encode(im, tight)
    assert got.quality == encode.START_QUALITY and got.bytes == len(optimised)
    assert encode.encode(im, PRESETS["instagram.square"]).bytes == len(plain)


def test_gif_with_too_many_frames_is_refused_from_its_header(tmp_path: Path) -> None:
    p = many_frames_gif(tmp_path / "bomb.gif", source.MAX_FRAMES + 1)
    with pytest.raises(errors.ImageTooLargeError, match="1001 frames"):
        source.inspect(p)
    with pytest.raises(errors.ImageTooLargeError, match="1001 frames"):
        render.render(p, [PRESETS["x.square"]], render.CropSpec(fit=True))


def test_gif_too_big_once_fitted_is_refused_before_rendering(tmp_path: Path) -> None:
    # 200 frames of 1080 x 1080 (fit puts every frame on a full canvas) is over the bound.
    p = many_frames_gif(tmp_path / "long.gif", 200)
    assert source.inspect(p).frames == 200
    with pytest.raises(errors.ImageTooLargeError, match="too many frames"):
        render.render(p, [PRESETS["x.square"]], render.CropSpec(fit=True))
    # Cropped (no enlargement), the same GIF stays small and is rendered, frames and timing kept.
    (out,) = render.render(p, [PRESETS["x.square"]])
    gif = Image.open(io.BytesIO(out.encoded.data))
    assert out.format == "GIF" and gif.n_frames == 200 and gif.info["duration"] == 20
