"""Crop boxes, fit plans and EXIF orientation mapping (pure arithmetic)."""

from __future__ import annotations

import pytest
from PIL import Image, ImageOps

from smmdesk_gui.domain.platforms import PRESETS
from smmdesk_gui.media import geometry
from tests.fakes.imagegen import _STORE, quadrants


def test_crop_box_centred_by_default() -> None:
    assert geometry.crop_box(4000, 3000, 1.0, (0.5, 0.5)) == (500.0, 0.0, 3500.0, 3000.0)


def test_crop_box_follows_focus_and_stays_inside() -> None:
    left = geometry.crop_box(4000, 3000, 1.0, (0.1, 0.5))
    assert left == (0.0, 0.0, 3000.0, 3000.0)
    right = geometry.crop_box(4000, 3000, 1.0, (0.8, 0.5))
    assert right == (1000.0, 0.0, 4000.0, 3000.0)
    mid = geometry.crop_box(4000, 3000, 1.0, (0.6, 0.5))
    assert mid == pytest.approx((900.0, 0.0, 3900.0, 3000.0))


def test_crop_box_tall_shape_from_wide_photo() -> None:
    box = geometry.crop_box(4000, 3000, 9 / 16, (0.5, 0.5))
    assert box[3] - box[1] == 3000
    assert (box[2] - box[0]) / 3000 == pytest.approx(9 / 16)


def test_plan_exact_preset_sizes() -> None:
    plan = geometry.plan_preset(4000, 3000, PRESETS["instagram.portrait"])
    assert plan.size == (1080, 1350)
    assert plan.reduction == pytest.approx(2400 / 1080)


def test_plan_never_enlarges() -> None:
    plan = geometry.plan_preset(600, 600, PRESETS["instagram.portrait"])
    assert plan.size == (480, 600)  # 4:5 cut of the 600x600 photo, not blown up


def test_plan_long_side_keeps_shape() -> None:
    plan = geometry.plan_preset(4000, 3000, PRESETS["telegram.photo"])
    assert plan.size == (1280, 960)
    assert plan.box == (0.0, 0.0, 4000.0, 3000.0)


def test_plan_long_side_clamps_extreme_aspect() -> None:
    plan = geometry.plan_preset(30000, 1000, PRESETS["telegram.photo"])
    w, h = plan.box[2] - plan.box[0], plan.box[3] - plan.box[1]
    assert w / h == pytest.approx(20.0)


def test_plan_fit_keeps_whole_photo() -> None:
    plan = geometry.plan_preset(4000, 3000, PRESETS["instagram.story"], fit=True)
    assert plan.fit and plan.size == (1080, 1920)
    assert plan.fg_size == (1080, 810)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_box_to_raw_matches_exif_transpose(orientation: int) -> None:
    upright = quadrants((40, 30))
    op = _STORE[orientation]
    stored = upright.transpose(op) if op is not None else upright
    stored.getexif()[0x0112] = orientation
    box = (20.0, 0.0, 40.0, 15.0)  # the green quadrant, upright
    raw = geometry.box_to_raw(orientation, box, 40, 30)
    region = stored.crop(tuple(round(v) for v in raw))
    assert region.size == geometry.raw_size(orientation, (20, 15))
    assert {c for _, c in region.getcolors()} == {(0, 255, 0)}
    exif = Image.Exif()
    exif[0x0112] = orientation
    stored.info["exif"] = exif.tobytes()
    assert ImageOps.exif_transpose(stored).tobytes() == upright.tobytes()
