"""Opening originals: bad input refused in plain words, odd modes normalised."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageFile

from smmdesk_gui.media import errors, source
from tests.fakes.imagegen import jpeg_bytes, textured


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.jpg"
    p.write_bytes(b"")
    with pytest.raises(errors.EmptyFileError, match="empty"):
        source.inspect(p)


def test_text_file_with_image_extension(tmp_path: Path) -> None:
    p = tmp_path / "notes.jpg"
    p.write_text("shopping list: flour, butter\n")
    with pytest.raises(errors.NotAnImageError, match="not a picture"):
        source.decode(p)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(errors.MediaError, match="not found"):
        source.inspect(tmp_path / "gone.jpg")


def test_truncated_jpeg(tmp_path: Path) -> None:
    data = jpeg_bytes(textured((400, 300)), quality=90)
    p = tmp_path / "cut.jpg"
    p.write_bytes(data[: len(data) // 2])
    source.inspect(p)  # the header is fine...
    with pytest.raises(errors.CorruptImageError, match="damaged or cut short"):
        source.decode(p)  # ...the pixels are not


def test_corrupt_png(tmp_path: Path) -> None:
    p = tmp_path / "bad.png"
    textured((64, 64)).save(p)
    raw = bytearray(p.read_bytes())
    raw[60:120] = b"\xff" * 60
    p.write_bytes(bytes(raw))
    with pytest.raises(errors.CorruptImageError):
        source.decode(p)


def test_bomb_refused_from_header_without_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = tmp_path / "poster.png"
    Image.new("1", (11000, 10000)).save(p)  # 110 MP, a few KB on disk

    def no_decode(self: Image.Image) -> None:
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(Image.Image, "load", no_decode)
    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decode)
    with pytest.raises(errors.ImageTooLargeError, match="100 megapixels"):
        source.decode(p)


def test_huge_bomb_refused(tmp_path: Path) -> None:
    p = tmp_path / "bomb.png"
    Image.new("1", (15000, 15000)).save(p)  # over Pillow's own hard limit too
    with pytest.raises(errors.ImageTooLargeError, match="too large"):
        source.inspect(p)


def test_cmyk_jpeg_becomes_rgb(tmp_path: Path) -> None:
    p = tmp_path / "print.jpg"
    Image.new("CMYK", (80, 60), (0, 255, 255, 0)).save(p)  # red in CMYK
    d = source.decode(p)
    out = d.region((0, 0, 80, 60), (40, 30))
    assert out.mode == "RGB"
    r, g, b = out.getpixel((20, 15))  # type: ignore[misc]
    assert r > 200 and g < 60 and b < 60


def test_16bit_grey_png_is_scaled_not_clipped(tmp_path: Path) -> None:
    p = tmp_path / "scan16.png"
    Image.new("I;16", (50, 40), 32768).save(p)
    d = source.decode(p)
    out = d.region((0, 0, 50, 40), (25, 20))
    assert out.mode == "RGB"
    assert out.getpixel((5, 5)) == (128, 128, 128)


def test_palette_png_with_transparency_keeps_alpha(tmp_path: Path) -> None:
    p = tmp_path / "logo.png"
    im = Image.new("P", (40, 40), 0)
    im.putpalette([255, 255, 255, 200, 0, 0] + [0] * 762)
    im.paste(1, (10, 10, 30, 30))
    im.info["transparency"] = 0
    im.save(p, transparency=0)
    d = source.decode(p)
    out = d.region((0, 0, 40, 40), (40, 40))
    assert out.mode == "RGBA"
    assert out.getpixel((0, 0))[3] == 0  # type: ignore[index]
    assert out.getpixel((20, 20)) == (200, 0, 0, 255)


def test_heic_opens(tmp_path: Path) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    p = tmp_path / "IMG_0001.HEIC"
    Image.new("RGB", (64, 48), (200, 30, 30)).save(p, quality=90)
    info = source.inspect(p)
    assert (info.format, info.width, info.height) == ("HEIF", 64, 48)
    r, g, b = source.decode(p).region((0, 0, 64, 48), (32, 24)).getpixel((16, 12))  # type: ignore[misc]
    assert abs(r - 200) < 12 and g < 50 and b < 50


def test_jpeg_decoded_reduced_when_allowed(tmp_path: Path) -> None:
    p = tmp_path / "big.jpg"
    textured((1600, 1200)).save(p, quality=85)
    assert source.decode(p, 4.5).scale == 4
    assert source.decode(p, 4.5).image.size == (400, 300)
    assert source.decode(p, 1.9).scale == 1


def test_multi_picture_jpeg_is_a_still(tmp_path: Path) -> None:
    p = tmp_path / "iphone.jpg"
    first = textured((300, 200))
    first.save(p, "MPO", save_all=True, append_images=[textured((150, 100), seed=2)])
    info = source.inspect(p)
    assert info.format == "MPO" and not info.animated
    assert (info.width, info.height) == (300, 200)


def test_heic_in_library_keeps_heic_original(tmp_path: Path, store: object, smm_home: Path) -> None:
    import pillow_heif

    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.services.library.assets import MediaLibrary

    pillow_heif.register_heif_opener()
    p = tmp_path / "IMG_0002.HEIC"
    textured((320, 240)).save(p, quality=80)
    lib = MediaLibrary(store, AppPaths(smm_home).ensure())  # type: ignore[arg-type]
    asset = lib.import_file(p).asset
    assert asset.path.suffix == ".heic" and asset.mime.startswith("image/")
    (r,) = lib.renditions(asset.id, ["instagram.square"])
    assert r.format == "JPEG" and (r.width, r.height) == (240, 240)
