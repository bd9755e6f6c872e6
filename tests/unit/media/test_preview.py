"""Live previews: a moved focal point resizes only what the box had not shown yet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops

from smmdesk_gui.domain.platforms import PRESETS
from smmdesk_gui.media import preview
from smmdesk_gui.media.preview import PreviewSource
from smmdesk_gui.media.render import CropSpec
from tests.fakes.imagegen import oriented_jpeg, psnr, quadrants, textured


@pytest.fixture(scope="module")
def photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("preview")
    return oriented_jpeg(folder / "p.jpg", textured((2400, 1800), seed=3), 6, quality=92)


def _direct(src: PreviewSource, name: str, focus: tuple[float, float]) -> Image.Image:
    plan = src.plan(PRESETS[name], CropSpec(focus))
    return src.decoded.region(plan.box, plan.size)


@pytest.mark.parametrize("name", ["instagram.portrait", "x.landscape", "pinterest.pin"])
def test_moved_focus_matches_a_direct_resize(photo: Path, name: str) -> None:
    src = PreviewSource(photo, max_side=900)
    for focus in [(0.5, 0.5), (0.3, 0.3), (0.0, 0.0), (0.73, 1.0), (1.0, 0.5), (0.5, 0.5)]:
        cut = src.preview(PRESETS[name], focus)
        direct = _direct(src, name, focus)
        assert cut.size == direct.size
        assert psnr(cut, direct) >= 40.0, focus  # at most half a preview pixel apart
    assert len(src._bands) == 1  # every focus used the same band


def test_band_from_strips_equals_one_resize(photo: Path) -> None:
    src = PreviewSource(photo, max_side=900)
    sq = PRESETS["instagram.square"]
    for fx in (0.5, 0.45, 0.9, 0.1, 0.0, 1.0):  # uncovers the band in six pieces
        src.preview(sq, (fx, 0.5))
    (band,) = src._bands.values()
    assert band.done == [(0, band.size[0])]
    d = src.decoded
    whole = d.region((0.0, 0.0, float(d.width), float(d.height)), band.size)
    assert band.canvas is not None
    diff = ImageChops.difference(band.canvas, whole).getextrema()
    assert max(hi for _lo, hi in diff) <= 1  # type: ignore[misc,union-attr]


def test_only_new_strips_are_resized(photo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = PreviewSource(photo, max_side=900)
    preset = PRESETS["instagram.portrait"]
    src.preview(preset, (0.5, 0.5))
    widths: list[int] = []
    real = preview._Band._strip

    def counting(self: preview._Band, a: int, b: int) -> Image.Image:
        widths.append(b - a)
        return real(self, a, b)

    monkeypatch.setattr(preview._Band, "_strip", counting)
    src.preview(preset, (0.5, 0.5))
    assert widths == []  # the same box again: a crop only
    src.preview(preset, (0.55, 0.5))
    box_w = src.plan(preset, CropSpec()).size[0]
    assert len(widths) == 1 and widths[0] < box_w / 4


def test_focus_still_moves_the_preview(tmp_path: Path) -> None:
    p = tmp_path / "wide.jpg"
    quadrants((1600, 800)).save(p, quality=95)
    src = PreviewSource(p, max_side=400)
    sq = PRESETS["instagram.square"]
    left, right = src.preview(sq, (0.0, 0.5)), src.preview(sq, (1.0, 0.5))
    assert left.getpixel((100, 50))[0] > 200  # type: ignore[index]
    assert right.getpixel((100, 50))[1] > 200  # type: ignore[index]


def test_kept_band_is_not_changed_by_callers(photo: Path) -> None:
    src = PreviewSource(photo, max_side=600)
    preset = PRESETS["instagram.square"]
    im = src.preview(preset)
    im.paste((0, 0, 0), (0, 0, im.width, im.height))
    assert src.preview(preset).getpixel((10, 10)) != (0, 0, 0)


def test_bands_kept_are_bounded(photo: Path) -> None:
    src = PreviewSource(photo, max_side=300)
    for side in range(40, 40 + preview.BANDS_KEPT + 5):
        src.preview(PRESETS["instagram.portrait"], max_side=side)
    assert len(src._bands) == preview.BANDS_KEPT


def test_whole_photo_presets_need_no_band_moves(photo: Path) -> None:
    src = PreviewSource(photo, max_side=600)
    a = src.preview(PRESETS["telegram.photo"], (0.0, 0.0))
    b = src.preview(PRESETS["telegram.photo"], (1.0, 1.0))
    assert a.size == b.size and a.tobytes() == b.tobytes()
