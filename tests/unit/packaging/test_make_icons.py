"""The app icon: one SVG rendered to every size each platform wants."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from PIL import Image

ROOT = Path(__file__).resolve().parents[3]
ICONS = ROOT / "smmdesk_gui" / "resources" / "icons"


def _make_icons_module() -> Any:
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_renders_every_size_from_the_svg(qapp: Any, tmp_path: Path) -> None:
    make_icons = _make_icons_module()
    written = make_icons.make_icons(ICONS / "smmdesk.svg", tmp_path)
    assert {p.name for p in written} >= {"smmdesk.ico", "smmdesk.icns", "smmdesk-512.png"}
    for size in make_icons.PNG_SIZES:
        with Image.open(tmp_path / "png" / f"smmdesk-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            # transparent corners (rounded tile), opaque centre: really drawn, not blank
            assert png.getpixel((0, 0))[3] == 0 and png.getpixel((size // 2, size // 2))[3] == 255
    with Image.open(tmp_path / "smmdesk.ico") as ico:
        assert sorted(ico.info["sizes"]) == [(s, s) for s in sorted(make_icons.ICO_SIZES)]
    with Image.open(tmp_path / "smmdesk.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]  # 1024 px "retina" 512


def test_committed_icons_match_the_sizes(qapp: Any) -> None:
    make_icons = _make_icons_module()
    for size in make_icons.PNG_SIZES:
        with Image.open(ICONS / "png" / f"smmdesk-{size}.png") as png:
            assert png.size == (size, size)
    with Image.open(ICONS / "smmdesk.ico") as ico:
        assert max(ico.info["sizes"]) == (256, 256)
    assert (ICONS / "smmdesk.icns").stat().st_size > 10_000
