"""The shared pyramid of a decode: which level an output reads, and how levels are built."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from smmdesk_gui.media import source
from tests.fakes.imagegen import textured


@pytest.fixture(scope="module")
def picture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("pyramid") / "p.bmp"
    textured((601, 455), seed=2).save(p)
    return p


@pytest.fixture
def decoded(picture: Path) -> source.Decoded:
    return source.decode(picture)


@pytest.mark.parametrize(
    ("reduction", "level"),
    [(1.0, 1), (1.9, 1), (2.0, 2), (2.99, 2), (3.0, 3), (3.9, 3), (4.5, 4), (6.0, 6), (7.9, 6)]
    + [(8.0, 8), (30.0, 8)],
)
def test_level_keeps_the_last_lanczos_step_a_reduction(
    decoded: source.Decoded, reduction: float, level: int
) -> None:
    assert decoded.level_for(reduction) == level


def test_level_accounts_for_dct_scaling(decoded: source.Decoded) -> None:
    decoded.scale = 2  # as if libjpeg had already halved the picture
    assert decoded.level_for(6.5) == 3
    assert decoded.level_for(3.0) == 1


def test_levels_are_box_reductions_made_once(decoded: source.Decoded) -> None:
    three = decoded.level(3)
    six = decoded.level(6)  # made from level 3: a box of boxes is a box
    assert decoded.level(3) is three and decoded.level(6) is six
    assert six.size == (101, 76) == decoded.image.reduce(6).size
    diff = ImageChops.difference(six, decoded.image.reduce(6))
    inner = diff.crop((0, 0, 100, 75)).getextrema()  # the last partial row/column may differ
    assert max(hi for _lo, hi in inner) <= 1  # type: ignore[misc,union-attr]


def test_levels_built_once_under_threads(decoded: source.Decoded) -> None:
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(decoded.level, [2, 4, 3, 2, 6, 4, 8, 3] * 3))
    by_level: dict[int, set[int]] = {}
    for k, im in zip([2, 4, 3, 2, 6, 4, 8, 3] * 3, got, strict=True):
        by_level.setdefault(k, set()).add(id(im))
        assert isinstance(im, Image.Image)
    assert all(len(ids) == 1 for ids in by_level.values())
