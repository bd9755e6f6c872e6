"""The media library against a real store and real files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from smmdesk_gui.media.errors import CorruptImageError, NotAnImageError
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.library.assets import MediaInUseError, MediaLibrary
from smmdesk_gui.store.models import Account, Post, PostMedia, PostTarget, Rendition, TargetState
from tests.fakes.imagegen import oriented_jpeg, textured


@pytest.fixture
def lib(store: Any, smm_home: Path) -> MediaLibrary:
    return MediaLibrary(store, AppPaths(smm_home).ensure())


def _photo(tmp_path: Path, name: str = "croissant.jpg", seed: int = 1) -> Path:
    return oriented_jpeg(tmp_path / name, textured((640, 480), seed=seed), 6, gps=True, quality=88)


def test_import_copies_into_content_addressed_store(lib: MediaLibrary, tmp_path: Path) -> None:
    src = _photo(tmp_path)
    result = lib.import_file(src)
    a = result.asset
    assert result.created
    assert a.path.parent.parent == lib.paths.media and a.path.name == f"{a.sha256}.jpg"
    assert a.path.read_bytes() == src.read_bytes()
    assert (a.width, a.height) == (640, 480)  # upright size (stored turned, tag 6)
    assert a.name == "croissant.jpg" and a.mime == "image/jpeg"
    assert lib.thumbnail(a).is_file()
    src.unlink()  # moving or deleting the original on disk loses nothing
    assert lib.get(a.id).path.is_file()


def test_same_photo_twice_is_stored_once(lib: MediaLibrary, tmp_path: Path) -> None:
    src = _photo(tmp_path)
    copy = tmp_path / "copy of croissant.jpg"
    copy.write_bytes(src.read_bytes())
    first = lib.import_file(src)
    second = lib.import_file(copy)
    assert not second.created and second.asset.id == first.asset.id
    assert len(lib.search()) == 1
    assert len(list(lib.paths.media.rglob("*.jpg"))) == 1


def test_bad_files_change_nothing(lib: MediaLibrary, tmp_path: Path) -> None:
    text = tmp_path / "menu.jpg"
    text.write_text("not a photo")
    with pytest.raises(NotAnImageError):
        lib.import_file(text)
    data = _photo(tmp_path).read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(CorruptImageError):
        lib.import_file(cut)
    assert lib.search() == []
    assert not any(p.is_file() for p in lib.paths.media.rglob("*"))


def test_paste_import(lib: MediaLibrary) -> None:
    import io

    buf = io.BytesIO()
    Image.new("RGB", (50, 40), (10, 200, 10)).save(buf, "PNG")
    result = lib.import_bytes(buf.getvalue(), "Pasted image.png")
    assert result.created and result.asset.name == "Pasted image.png"
    assert result.asset.path.suffix == ".png"


def test_search_by_name_and_alt_text(lib: MediaLibrary, tmp_path: Path) -> None:
    a = lib.import_file(_photo(tmp_path, "croissant.jpg", 1)).asset
    b = lib.import_file(_photo(tmp_path, "rye.jpg", 2)).asset
    lib.set_alt_text(b.id, "Dark rye loaf with walnuts on a board")
    assert [x.id for x in lib.search("croiss")] == [a.id]
    assert [x.id for x in lib.search("WALNUT")] == [b.id]
    assert [x.id for x in lib.search("rye walnuts")] == [b.id]
    assert lib.search("100%") == []
    assert {x.id for x in lib.search("")} == {a.id, b.id}


def test_focus_is_clamped_and_kept(lib: MediaLibrary, tmp_path: Path) -> None:
    a = lib.import_file(_photo(tmp_path)).asset
    assert lib.set_focus(a.id, 1.4, 0.25).focus == (1.0, 0.25)


def _post_using(store: Any, asset_id: int, state: TargetState) -> int:
    with store.session_scope() as s:
        account = Account(platform="instagram", handle="korenbloem")
        post = Post(title="Croissant Friday", text="Fresh croissants")
        s.add_all([account, post])
        s.flush()
        s.add(PostMedia(post_id=post.id, asset_id=asset_id))
        s.add(
            PostTarget(
                post_id=post.id,
                account_id=account.id,
                state=state.value,
                scheduled_at=dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC),
            )
        )
        return int(post.id)


def test_used_in_and_safe_delete(lib: MediaLibrary, tmp_path: Path, store: Any) -> None:
    a = lib.import_file(_photo(tmp_path)).asset
    post_id = _post_using(store, a.id, TargetState.SCHEDULED)
    (usage,) = lib.used_in(a.id)
    assert usage.post_id == post_id and usage.title == "Croissant Friday"
    assert usage.accounts == ("instagram:korenbloem",) and usage.pending
    with pytest.raises(MediaInUseError, match="1 scheduled post"):
        lib.delete(a.id)
    assert lib.get(a.id).path.is_file()  # refused: nothing changed
    lib.delete(a.id, confirmed=True)
    assert lib.search() == [] and not a.path.exists()
    with store.session_scope() as s:
        assert s.get(Post, post_id) is not None  # the post stays, without the picture
        assert s.query(PostMedia).count() == 0


def test_delete_unused_or_published_needs_no_confirmation(
    lib: MediaLibrary, tmp_path: Path, store: Any
) -> None:
    a = lib.import_file(_photo(tmp_path)).asset
    _post_using(store, a.id, TargetState.PUBLISHED)
    assert not lib.used_in(a.id)[0].pending
    lib.delete(a.id)
    assert lib.search() == []


def test_renditions_cached_and_recorded(lib: MediaLibrary, tmp_path: Path, store: Any) -> None:
    a = lib.import_file(_photo(tmp_path)).asset
    first = lib.renditions(a.id, ["instagram.portrait", "telegram.photo"])
    assert [(r.width, r.height) for r in first] == [(384, 480), (640, 480)]
    again = lib.renditions(a.id, ["instagram.portrait", "telegram.photo"])
    assert all(r.cached for r in again)
    lib.set_focus(a.id, 0.5, 0.1)
    moved = lib.renditions(a.id, ["instagram.portrait"])
    assert not moved[0].cached
    with store.session_scope() as s:
        assert s.query(Rendition).filter_by(asset_id=a.id).count() == 3
    with Image.open(first[0].path) as im:
        assert not im.getexif()


def test_import_refuses_an_animation_of_too_many_frames(lib: MediaLibrary, tmp_path: Path) -> None:
    from smmdesk_gui.media.errors import ImageTooLargeError
    from tests.fakes.imagegen import many_frames_gif

    p = many_frames_gif(tmp_path / "bomb.gif", 1001)
    with pytest.raises(ImageTooLargeError, match="at most 1000"):
        lib.import_file(p)
    assert lib.search() == []


def test_leftovers_of_a_killed_import_are_cleaned(lib: MediaLibrary, tmp_path: Path) -> None:
    import os
    import time

    from smmdesk_gui.services.library.assets import clean_leftovers

    kept = lib.import_file(_photo(tmp_path)).asset.path
    folder = kept.parent
    old = [folder / ".import-k1ll3d", lib.paths.media / ".paste-abc.png"]
    old.append(lib.paths.renditions / "thumbs" / "x_320.tmp")
    fresh = folder / ".import-running"  # another process may be copying right now
    for f in [*old, fresh]:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(b"half a photo")
    an_hour_ago = time.time() - 3600
    for f in old:
        os.utime(f, (an_hour_ago, an_hour_ago))
    assert clean_leftovers(lib.paths) == 3
    assert not any(f.exists() for f in old)
    assert fresh.exists() and kept.exists()
    assert lib.thumbnail(lib.get(lib.search()[0].id)).exists()
