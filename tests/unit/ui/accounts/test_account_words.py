"""Account messages on the Accounts screen in the owner's language.

A test translator (the pseudo locale: every translated string marked ``⟦..⟧``) stands in for a
language: what the screen shows must be the service's problem code worded through Qt's
translations, values filled in, and the English sentence with the platform's own words only
behind "Details".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.ui.accounts.model import COL_STATE
from smmdesk_gui.ui.accounts.page import AccountsPage
from tests.fakes.pseudo import PseudoTranslator, pseudo
from tests.fakes.publish import FakeTelegram


@pytest.fixture
def translated(qapp: Any) -> Iterator[PseudoTranslator]:
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def _page(ctx: Any, qtbot: Any) -> AccountsPage:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 520)
    page.show()
    page.table.selectRow(0)
    return page


def test_a_refused_login_and_a_lost_connection_read_in_the_owners_language(
    qtbot: Any, ctx: Any, telegram: FakeTelegram, translated: PseudoTranslator
) -> None:
    service = AccountService(ctx.store)
    tg = service.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    page = _page(ctx, qtbot)
    telegram.token = "2:rotated"  # the bot's token was revoked in BotFather
    page.test_selected()

    info = service.get(tg.id)
    assert info.state == "needs_reconnect" and "BotFather" in info.state_message
    assert info.state_problem == Problem(
        "account_auth_expired", platform="telegram", detail="Unauthorized"
    )
    telegram_name = pseudo("Telegram")
    refused = pseudo("%1 did not accept the login. Check it and connect the account again.")
    assert page.message.text() == refused.replace("%1", telegram_name)
    assert "Unauthorized" not in page.message.text()  # the platform's words: behind Details
    assert page.model.data(page.model.index(0, COL_STATE), Qt.ItemDataRole.ToolTipRole) == (
        page.message.text()
    )
    # the service's English sentence, with what the platform said, one click away
    assert page.details_button.isVisible() and not page.details.isVisible()
    page.details_button.click()
    assert page.details.isVisible() and page.details.text() == info.state_message

    telegram.close()  # the connection is gone: nothing answers on its port any more
    page.table.selectRow(0)
    page.test_selected()
    unreachable = pseudo(
        "SMM Desk could not reach %1. Check the internet connection and try again."
    )
    assert page.message.text() == unreachable.replace("%1", telegram_name)
    assert not page.details.isVisible()  # a new message starts with its details folded
    assert "Telegram" in page.details.text() and "⟦" not in page.details.text()

    page.table.selectRow(0)
    page.remove_selected()
    assert page.message.text().startswith(
        pseudo("Remove %1?").removesuffix("⟧").replace("%1", "@shopnews")
    )
    page.remove_selected()
    assert page.message.text() == pseudo("%1 was removed.").replace("%1", "@shopnews")
    assert not page.details_button.isVisible()


def test_in_english_the_screen_keeps_the_services_fuller_sentence(
    qtbot: Any, ctx: Any, telegram: FakeTelegram
) -> None:
    service = AccountService(ctx.store)
    tg = service.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    page = _page(ctx, qtbot)
    telegram.token = "2:rotated"
    page.test_selected()
    assert page.message.text() == service.get(tg.id).state_message
    assert "BotFather" in page.message.text()
    assert not page.details_button.isVisible()  # nothing more to show behind "Details"
