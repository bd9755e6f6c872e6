"""Faithful pixels: every output >= 40 dB PSNR against a full-decode LANCZOS resize (issue 3).

The render path takes shortcuts for speed (libjpeg DCT scaling, a shared box-reduced pyramid,
per-output transposes); these tests hold each shortcut to the same bar on photo-like pictures of
phone sizes, for every preset, several focal points and both fit and crop.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageOps

from smmdesk_gui.domain.platforms import PRESETS
from smmdesk_gui.media import render, source
from tests.fakes.imagegen import oriented_jpeg, psnr, textured

MIN_PSNR = 40.0


def _upright(path: Path) -> Image.Image:
    with Image.open(path) as im:
        return ImageOps.exif_transpose(im).convert("RGB")


def _check_all(path: Path, spec: render.CropSpec, names: list[str]) -> dict[str, float]:
    full = _upright(path)
    presets = [PRESETS[n] for n in names]
    plans = render.plans_for(full.width, full.height, presets, spec)
    decoded = source.decode(path, min(pl.reduction for pl in plans.values()))
    got = {}
    for name, plan in plans.items():
        if plan.fit:
            ours = decoded.region(plan.box, plan.fg_size)
            ref = full.resize(plan.fg_size, Image.Resampling.LANCZOS, box=plan.box)
        else:
            ours = render.shape(decoded, plan, spec)
            ref = full.resize(plan.size, Image.Resampling.LANCZOS, box=plan.box)
        got[name] = psnr(ours, ref)
    low = {n: round(v, 1) for n, v in got.items() if v < MIN_PSNR}
    assert not low, f"below {MIN_PSNR} dB: {low}"
    return got


@pytest.fixture(scope="module")
def phone_photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """8 MP, stored turned with orientation 6: every pyramid level and residual factor occurs."""
    folder = tmp_path_factory.mktemp("quality")
    return oriented_jpeg(folder / "phone.jpg", textured((3264, 2448), seed=11), 6, quality=92)


def test_every_preset_faithful(phone_photo: Path) -> None:
    got = _check_all(phone_photo, render.CropSpec(), sorted(PRESETS))
    assert len(got) == len(PRESETS)


def test_focus_at_the_edge_faithful(phone_photo: Path) -> None:
    """Boxes against the photo's edge (the box is clamped inside the decoded pixels)."""
    names = ["instagram.story", "facebook.link", "x.landscape", "telegram.photo"]
    _check_all(phone_photo, render.CropSpec(focus=(1.0, 0.0)), names)


def test_fit_foreground_faithful(phone_photo: Path) -> None:
    _check_all(phone_photo, render.CropSpec(fit=True), ["instagram.story", "x.square"])


@pytest.mark.slow
def test_48mp_with_dct_scaling_faithful(tmp_path: Path) -> None:
    """48 MP: the decode itself is reduced by libjpeg before the pyramid."""
    p = oriented_jpeg(tmp_path / "big.jpg", textured((8000, 6000), seed=4), 6, quality=90)
    names = ["instagram.square", "instagram.portrait", "instagram.story", "facebook.link"]
    names += ["x.landscape", "linkedin.landscape", "pinterest.pin", "telegram.photo"]
    _check_all(p, render.CropSpec(focus=(0.3, 0.6)), names)
