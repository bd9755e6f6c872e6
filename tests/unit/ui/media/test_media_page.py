"""The Media screen with a real store, real files and the synchronous task runner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from smmdesk_gui.store.models import Account, Post, PostMedia, PostTarget, TargetState
from smmdesk_gui.ui.media.model import AssetRole, MediaListModel
from smmdesk_gui.ui.media.page import MediaPage
from tests.fakes.imagegen import oriented_jpeg, quadrants, textured


def _page(ctx: Any, qtbot: QtBot) -> MediaPage:
    page = MediaPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    return page


def _photos(tmp_path: Path, n: int = 2) -> list[Path]:
    return [
        oriented_jpeg(tmp_path / f"bread{i}.jpg", textured((900, 600), seed=i), 6, quality=85)
        for i in range(n)
    ]


def test_empty_library_offers_import(ctx: Any, qtbot: QtBot) -> None:
    page = _page(ctx, qtbot)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.button is not None


def test_import_dialog_fills_grid_with_thumbnails(ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(ctx, qtbot)
    files = _photos(tmp_path)
    page.choose_files = lambda: [str(f) for f in files]
    page.import_button.click()
    assert page.model.rowCount() == 2
    assert "2 photos added" in page.banner_text()
    idx = page.model.index(0)
    assert idx.data(Qt.ItemDataRole.DecorationRole) is not None
    assert page.current is not None
    assert all(page.previews.pixmap(n) is not None for n in page.previews.tiles)
    portrait = page.previews.pixmap("instagram.portrait")
    assert abs(portrait.width() / portrait.height() - 0.8) < 0.02


def test_refused_file_explained_others_imported(ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(ctx, qtbot)
    bad = tmp_path / "menu.jpg"
    bad.write_text("a text file")
    page.import_paths([_photos(tmp_path, 1)[0], bad])
    assert page.model.rowCount() == 1
    assert "menu.jpg is not a picture" in page.banner_text()


def test_drop_and_paste_import(ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(ctx, qtbot)
    f = _photos(tmp_path, 1)[0]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    assert page.model.rowCount() == 1
    image = QImage(64, 48, QImage.Format.Format_RGB888)
    image.fill(Qt.GlobalColor.darkYellow)
    QGuiApplication.clipboard().setImage(image)
    page.paste()
    assert page.model.rowCount() == 2
    names = {page.model.data(page.model.index(r)) for r in range(2)}
    assert "Pasted photo.png" in names


def test_search_alt_text_and_focus_saved(ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(ctx, qtbot)
    page.import_paths([oriented_jpeg(tmp_path / "q.jpg", quadrants((800, 600)), 6)])
    page.alt_edit.setPlainText("Four colours on a board")
    page.details.flush_alt()
    assert page.library.search("colours")[0].alt_text == "Four colours on a board"
    page.search.setText("nothing like it")
    page._search_timer.timeout.emit()
    assert page.stack.currentWidget() is page.no_match
    page.search.setText("board")
    page._search_timer.timeout.emit()
    assert page.model.rowCount() == 1
    before = page.previews.rendered
    focal = page.focal
    target = focal.point_for((0.9, 0.5)).toPoint()

    qtbot.mousePress(focal, Qt.MouseButton.LeftButton, pos=target)
    qtbot.mouseRelease(focal, Qt.MouseButton.LeftButton, pos=target)
    assert page.previews.rendered > before
    fx, fy = page.library.get(page.current.id).focus  # type: ignore[union-attr]
    assert abs(fx - 0.9) < 0.02 and abs(fy - 0.5) < 0.02
    # the square preview now shows the right (green, white) half of the photo
    img = page.previews.pixmap("instagram.square").toImage()
    c = img.pixelColor(img.width() - 10, 10)
    assert c.green() > 200 and c.red() < 80


def test_delete_refused_unless_confirmed_when_scheduled(
    ctx: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page(ctx, qtbot)
    page.import_paths(_photos(tmp_path, 1))
    asset = page.current
    assert asset is not None
    with ctx.store.session_scope() as s:
        account = Account(platform="instagram", handle="korenbloem")
        post = Post(title="Croissant Friday")
        s.add_all([account, post])
        s.flush()
        s.add(PostMedia(post_id=post.id, asset_id=asset.id))
        s.add(
            PostTarget(
                post_id=post.id,
                account_id=account.id,
                state=TargetState.SCHEDULED.value,
                scheduled_at=dt.datetime(2026, 12, 5, 9, tzinfo=dt.UTC),
            )
        )
    page.details.show_asset(asset)
    assert "Croissant Friday" in page.used_list.item(0).text()
    asked: list[str] = []
    page.confirm = lambda title, text: asked.append(text) or False
    page.delete_button.click()
    assert "1 scheduled post" in asked[0] and "Croissant Friday" in asked[0]
    assert page.model.rowCount() == 1
    page.confirm = lambda title, text: True
    page.delete_button.click()
    assert page.model.rowCount() == 0
    assert not asset.path.exists()


def test_model_contract(qtmodeltester: Any, ctx: Any, tmp_path: Path) -> None:
    from smmdesk_gui.services.library.assets import MediaLibrary

    lib = MediaLibrary(ctx.store, ctx.paths)
    for f in _photos(tmp_path, 3):
        lib.import_file(f)
    model = MediaListModel()
    model.set_assets(lib.search())
    qtmodeltester.check(model)
    assert model.data(model.index(1), AssetRole).name == "bread1.jpg"
    _ = QPoint()


def test_logo_overlay_shown_on_previews_and_saved(ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    from PIL import Image

    from smmdesk_gui.services.library import overlay

    page = _page(ctx, qtbot)
    white = tmp_path / "white.jpg"
    Image.new("RGB", (1200, 1200), (255, 255, 255)).save(white)
    page.import_paths([white])
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (100, 100), (0, 0, 220, 255)).save(logo)
    panel = page.overlay_panel
    panel.choose_file = lambda: str(logo)
    panel.logo_button.click()
    assert overlay.load(ctx.store).enabled
    panel.corner.setCurrentIndex(panel.corner.findData("top-left"))
    panel.size_slider.setValue(40)
    img = page.previews.pixmap("instagram.square").toImage()
    c = img.pixelColor(20, 20)
    assert c.blue() > 150 and c.red() < 80
    saved = overlay.load(ctx.store)
    assert saved.corner == "top-left" and saved.size == 0.4
    panel.enabled.setChecked(False)
    img = page.previews.pixmap("instagram.square").toImage()
    assert img.pixelColor(20, 20).red() > 240


def test_import_shows_progress_and_can_be_cancelled(ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(ctx, qtbot)
    files = _photos(tmp_path, 3)
    seen: list[str] = []
    original = page.intake._show_progress

    def spy() -> None:
        original()
        if page.importing:
            seen.append(page.progress.format())
            if len(seen) == 2:
                page.cancel_import()  # the user clicks Cancel after the first photo

    page.intake._show_progress = spy  # type: ignore[method-assign]
    page.import_paths(files)
    assert seen[0] == "Importing 1 of 3…"
    assert not page.importing and page.progress_row.isHidden()
    assert page.model.rowCount() == 1
    assert "Import stopped" in page.banner_text()
