"""The owner presses Refresh on the Dashboard and sees an Instagram account's figures, read
from the local Graph API stand-in (issue 14, stats)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale

from smmdesk_gui import credentials
from smmdesk_gui.services.accounts import secret_ref
from smmdesk_gui.services.workspace import set_setting
from smmdesk_gui.store.models import Account, Post, PostTarget, TargetState
from smmdesk_gui.ui.dashboard.page import DashboardPage
from smmdesk_gui.ui.main_window import SCREEN_FACTORIES
from tests.fakes.meta import FakeMeta

MEDIA = "17900000001"


def _instagram_shop(ctx: Any, meta: FakeMeta) -> int:
    """An Instagram account connected to the fake, with one post published two days ago."""
    credentials.store_secret(secret_ref("instagram", "corner.bakery"), meta.ig_token)
    with ctx.store.session_scope() as s:
        account = Account(
            platform="instagram",
            handle="corner.bakery",
            base_url=meta.url,
            keyring_key=secret_ref("instagram", "corner.bakery").key,
        )
        post = Post(title="Rye loaves", text="Fresh rye every Thursday")
        s.add_all([account, post])
        s.flush()
        s.add(
            PostTarget(
                post_id=post.id,
                account_id=account.id,
                state=TargetState.PUBLISHED.value,
                remote_id=MEDIA,
                remote_url=f"https://www.instagram.com/p/{MEDIA}",
                published_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=2),
            )
        )
        return int(account.id)


def test_refresh_shows_an_instagram_accounts_figures(ctx: Any, qtbot: Any, meta: FakeMeta) -> None:
    _instagram_shop(ctx, meta)
    meta.followers["instagram"] = 1520
    meta.seed_insights(MEDIA, views=2400, reach=1800, likes=120, comments=14, shares=9, saved=31)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    set_setting(ctx.store, "timezone", "UTC")
    page = SCREEN_FACTORIES["dashboard"](ctx)
    assert isinstance(page, DashboardPage)
    qtbot.addWidget(page)
    page.on_shown()
    with qtbot.waitSignal(page.loaded):
        page.picker.set_key("7")
    assert page.stack.currentWidget() is page.empty  # no figures yet: the way in

    with qtbot.waitSignal(page.live.finished) as got:
        page.refresh_button.click()
    assert got.args == [""]  # nothing to complain about
    qtbot.waitUntil(lambda: page.cards["reach"].value.text() == "1,800")
    assert page.stack.currentIndex() == 1
    assert page.cards["followers"].value.text() == "1,520"
    # (likes 120 + comments 14 + shares 9 + saves 31) / reach 1,800
    assert page.cards["er_reach"].value.text() == "9.7\u00a0%"
    assert "likes, comments, shares, saves" in page.cards["er_reach"].toolTip()
    assert page.cards["posts"].value.text() == "1"
    assert page.top_model.rowCount() == 1
    top = page.top_model.post(0)
    assert (top.title, top.figures["views"], top.figures["saves"]) == ("Rye loaves", 2400, 31)
    assert not meta.refused_metrics
