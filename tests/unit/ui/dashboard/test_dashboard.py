"""The Dashboard screen on the hand-computed workspace (tests/fakes/stats_workspace.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pypdf

from smmdesk_gui.ui.dashboard.import_dialog import ImportDialog, stats_preview_model
from smmdesk_gui.ui.dashboard.page import DashboardPage
from smmdesk_gui.ui.dashboard.posts_model import COL_ACCOUNT, PostsModel
from tests.fakes.stats_workspace import october_dashboard


def test_cards_charts_and_tables(ctx: Any, qtbot: Any, october: dict[str, int]) -> None:  # noqa: F811
    page = october_dashboard(ctx, qtbot)
    assert page.stack.currentIndex() == 1
    followers = page.cards["followers"]
    assert followers.value.text() == "1,260"
    assert "+60 new" in followers.change.text()
    assert "Growth" in followers.toolTip()
    assert page.cards["reach"].value.text() == "1,500"
    er = page.cards["er_reach"]
    assert er.value.text() == "4.2\u00a0%"
    assert "interactions / reach" in er.toolTip()
    assert "likes, comments, shares, saves" in er.toolTip()  # what went in
    assert page.cards["posts"].value.text() == "3"
    assert page.cards["best_post"].value.text() == "4.8\u00a0%"
    assert page.top_model.rowCount() == 2 and page.top_model.post(0).target_id == october["p1"]
    assert "2 posts" in page.engagement_chart.note.text()
    assert "1 without a reach figure" in page.engagement_chart.note.text()
    assert "grey: fewer than 3 posts" in page.heatmap_chart.note.text()
    assert "share in the plan" in page.rubric_chart.note.text()
    page.resize(1200, 900)
    img = page.engagement_chart.canvas.grab().toImage()  # the bars are really painted
    blue = sum(
        1
        for x in range(0, img.width(), 3)
        for y in range(0, img.height(), 3)
        if (c := img.pixelColor(x, y)).blue() > c.red() + 60
    )
    assert blue > 20
    heat = page.heatmap_chart.canvas
    assert heat.cell_at(-5, -5) is None
    assert page.timings["charts_ms"] > 0 and page.timings["queries_ms"] > 0

    page.account.setCurrentIndex(page.account.findData(october["b"]))
    qtbot.waitUntil(lambda: page.cards["followers"].value.text() == "210")
    assert page.cards["er_reach"].value.text() == "not enough data"  # Bluesky: no reach
    assert page.cards["reach"].value.text() == "not enough data"


def test_report_export_from_the_page(
    ctx: Any,
    qtbot: Any,
    october: dict[str, int],  # noqa: F811
    tmp_path: Path,
) -> None:
    page = october_dashboard(ctx, qtbot)
    written = page.export_report(tmp_path / "october")
    assert written is not None
    pdf, csv_path = written
    assert pdf.suffix == ".pdf" and csv_path.exists()
    text = " ".join(pypdf.PdfReader(pdf).pages[0].extract_text().split())
    assert "1,260" in text and "4.2 %" in text.replace("\u00a0", " ")


def test_empty_workspace_shows_the_way_in(ctx: Any, qtbot: Any) -> None:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.on_shown()
    assert page.stack.currentWidget() is page.empty
    assert page.empty.button is not None


def test_models(qtmodeltester: Any, ctx: Any, october: dict[str, int]) -> None:  # noqa: F811
    from smmdesk_gui.services.stats.kpis import post_figures

    model = PostsModel(dt.UTC)
    model.set_posts(
        post_figures(
            ctx.store,
            dt.datetime(2026, 10, 1, tzinfo=dt.UTC),
            dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
        )
    )
    assert model.rowCount() == 3
    accounts = {model.index(r, COL_ACCOUNT).data() for r in range(3)}
    assert "Instagram · bakery" in accounts  # the platform by its name, not "instagram"
    qtmodeltester.check(model)
    qtmodeltester.check(stats_preview_model())


def test_import_dialog_previews_then_imports(
    ctx: Any,
    qtbot: Any,
    october: dict[str, int],
    tmp_path: Path,  # noqa: F811
) -> None:
    path = tmp_path / "ig.csv"
    path.write_text(
        '"Post ID","Publish time","Reach","Likes"\n"ig1","10/01/2026 18:00","1,400","70"\n'
        '"ig2","10/08/2026 18:00","x","1"\n',
        encoding="utf-8-sig",
    )
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.mapping.setCurrentIndex(dialog.mapping.findData("meta-instagram"))
    dialog.file.setText(str(path))
    dialog.run_preview()
    assert dialog.model.rowCount() == 2
    assert "1 row to import" in dialog.summary.text()
    assert "1 with a problem" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        dialog.run_import()
    dialog.file.setText(str(tmp_path / "missing.csv"))
    dialog.run_preview()
    assert "File not found" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_manual_figures_and_ad_spend_dialogs(
    ctx: Any,
    qtbot: Any,
    october: dict[str, int],  # noqa: F811
) -> None:
    from smmdesk_gui.services.stats import kpis
    from smmdesk_gui.services.stats.entry import ad_spend_entries, latest_post_figures
    from smmdesk_gui.ui.dashboard.entry_dialogs import AdSpendDialog, PostFiguresDialog

    page = october_dashboard(ctx, qtbot)
    assert page.data is not None
    dialog = PostFiguresDialog(ctx, page.data.posts)
    qtbot.addWidget(dialog)
    dialog.post.setCurrentIndex(dialog.post.findData(october["p3"]))  # Bluesky: no reach
    assert dialog.boxes["likes"].value() == 7 and dialog.boxes["reach"].value() == -1
    dialog.boxes["reach"].setValue(250)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert latest_post_figures(ctx.store, october["p3"]) == {"reach": 250, "likes": 7, "shares": 2}

    ads = AdSpendDialog(ctx, kpis.account_picks(ctx.store))
    qtbot.addWidget(ads)
    ads.account.setCurrentIndex(ads.account.findData(october["a"]))
    assert ads.platform.currentData() == "instagram"
    # the platform by its name, in the dashboard's account box too
    assert ads.account.currentText() == "Instagram · bakery"
    assert page.account.itemText(page.account.findData(october["a"])) == "Instagram · bakery"
    ads.amount.setValue(12.5)
    ads.currency.setText("")
    ads.save()
    assert "three-letter" in ads.error.text()
    ads.currency.setText("usd")
    ads.clicks.setValue(30)
    with qtbot.waitSignal(ads.saved):
        ads.save()
    entry = ad_spend_entries(ctx.store)[-1]
    assert (entry.amount, entry.currency, entry.clicks, entry.leads) == (12.5, "USD", 30, None)


def test_refresher_runs_registered_sources(
    ctx: Any,
    qtbot: Any,
    october: dict[str, int],  # noqa: F811
) -> None:
    from smmdesk_gui.services.stats import kpis
    from smmdesk_gui.ui.dashboard.live_bar import StatsRefresher
    from tests.fakes.stats import BlueskyFigures

    refresher = StatsRefresher(ctx, interval_min=5)
    refresher.start()  # the workspace's Bluesky account has no saved login: reported, no error
    assert not refresher.running and refresher.timer.isActive()
    kpis.register_source(BlueskyFigures())
    try:
        with qtbot.waitSignal(refresher.refreshed) as got:
            refresher.refresh_now()
        assert got.args[0].snapshots == 4
    finally:
        kpis.unregister_source("bluesky")
        refresher.stop()


def test_top_posts_show_their_first_picture(
    ctx: Any,
    qtbot: Any,
    october: dict[str, int],
    tmp_path: Path,  # noqa: F811
) -> None:
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPixmap

    from smmdesk_gui.services.library.assets import MediaLibrary
    from smmdesk_gui.store.models import PostMedia
    from smmdesk_gui.ui.dashboard.posts_model import COL_POST

    picture = tmp_path / "bread.png"
    Image.new("RGB", (300, 200), (200, 150, 90)).save(picture)
    ctx.paths.ensure()
    asset = MediaLibrary(ctx.store, ctx.paths).import_file(picture).asset
    with ctx.store.session_scope() as s:
        s.add(PostMedia(post_id=october["post1"], asset_id=asset.id, position=0))
    page = october_dashboard(ctx, qtbot)
    top = page.top_model
    assert top.post(0).first_asset_id == asset.id
    icon = top.data(top.index(0, COL_POST), Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QPixmap) and not icon.isNull() and icon.width() == 40
    assert top.data(top.index(1, COL_POST), Qt.ItemDataRole.DecorationRole) is None
