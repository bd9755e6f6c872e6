"""Logo overlay settings: workspace default, per-account override, applied to outputs only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from smmdesk_gui.media.errors import NotAnImageError
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.library import overlay
from smmdesk_gui.services.library.assets import MediaLibrary
from smmdesk_gui.store.models import Account


def _logo(tmp_path: Path) -> Path:
    p = tmp_path / "logo.png"
    Image.new("RGBA", (200, 100), (0, 0, 220, 255)).save(p)
    return p


def test_off_by_default(store: Any, paths: AppPaths) -> None:
    assert overlay.load(store) == overlay.OverlaySettings()
    assert overlay.overlay_for(store, paths) is None


def test_bad_logo_refused(paths: AppPaths, tmp_path: Path) -> None:
    bad = tmp_path / "logo.png"
    bad.write_text("nope")
    with pytest.raises(NotAnImageError):
        overlay.import_logo(paths, bad)


def test_workspace_logo_and_account_override(store: Any, paths: AppPaths, tmp_path: Path) -> None:
    name = overlay.import_logo(paths, _logo(tmp_path))
    settings = overlay.OverlaySettings(True, name, "top-left", 0.3, 1.0)
    overlay.save(store, settings)
    ov = overlay.overlay_for(store, paths)
    assert ov is not None and ov.corner.value == "top-left" and ov.logo.is_file()
    with store.session_scope() as s:
        account = Account(platform="instagram", handle="korenbloem")
        s.add(account)
        s.flush()
        account_id = account.id
    overlay.save_for_account(store, account_id, overlay.OverlaySettings(False))
    assert overlay.overlay_for(store, paths, account_id) is None
    overlay.save_for_account(store, account_id, None)
    assert overlay.overlay_for(store, paths, account_id) == ov


def test_overlay_changes_outputs_not_original(store: Any, paths: AppPaths, tmp_path: Path) -> None:
    lib = MediaLibrary(store, paths)
    photo = tmp_path / "white.jpg"
    Image.new("RGB", (1200, 1200), (255, 255, 255)).save(photo)
    asset = lib.import_file(photo).asset
    original = asset.path.read_bytes()
    name = overlay.import_logo(paths, _logo(tmp_path))
    overlay.save(store, overlay.OverlaySettings(True, name, "top-left", 0.3, 1.0))
    ov = overlay.overlay_for(store, paths)
    plain = lib.renditions(asset.id, ["instagram.square"])[0]
    branded = lib.renditions(asset.id, ["instagram.square"], ov=ov)[0]
    assert plain.path != branded.path and not branded.cached
    with Image.open(branded.path) as im:
        r, g, b = im.getpixel((60, 60))  # type: ignore[misc]
        assert b > 150 and r < 80
    with Image.open(plain.path) as im:
        assert im.getpixel((60, 60)) == pytest.approx((255, 255, 255), abs=3)
    assert asset.path.read_bytes() == original
