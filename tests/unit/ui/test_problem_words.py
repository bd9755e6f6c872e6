"""The services' problem codes worded by the UI, in whatever language is installed.

No language has these sentences translated yet, so a fake translator stands in: it prefixes
every string it is asked for, which shows each sentence really goes through Qt's translations
with its values filled in afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from smmdesk_gui.domain.problems import CODES, Problem, Value
from smmdesk_gui.store.models import Account
from smmdesk_gui.ui.composer.page import ComposePage
from smmdesk_gui.ui.problem_words import WORDS, failure_words, worded, words

MARK = "«T» "

# One set of values per code: a code added without a sample here fails the first test.
SAMPLES: dict[str, dict[str, Value]] = {
    "invalid_characters": {"platform": "x", "char": "U+FEFF"},
    "too_long": {"platform": "x", "part": "text", "length": 290, "limit": 280},
    "too_many_bytes": {"platform": "bluesky", "bytes": 3100, "limit": 3000},
    "too_many_hashtags": {"platform": "instagram", "limit": 5, "found": 7},
    "extra_hashtags": {"platform": "threads", "extra": 3},
    "too_many_mentions": {"platform": "instagram", "limit": 20, "found": 23},
    "too_many_links": {"platform": "pinterest", "limit": 1, "found": 3},
    "needs_reconnect": {"platform": "instagram", "handle": "bakery"},
    "account_disabled": {"platform": "instagram", "handle": "bakery"},
    "empty": {"platform": "telegram", "handle": "bakery_news"},
    "needs_image": {"platform": "instagram"},
    "too_many_images": {"platform": "x", "limit": 4, "found": 6},
    "alt_text_missing": {"count": 3},
    "time_in_past": {"platform": "x", "handle": "bakery_x"},
    "image_too_small": {"platform": "instagram", "photo": "loaf.jpg", "least": 320, "width": 200},
    "animation_lost": {"platform": "instagram", "photo": "dance.gif"},
    "animation_too_large": {"platform": "x", "photo": "dance.gif", "max_bytes": 15 << 20},
    "heavy_crop": {"platform": "pinterest", "photo": "", "percent": 41},
    "csv_nul": {"column": "text"},
    "csv_bad_account": {"item": "instagram bakery"},
    "csv_unknown_account": {"platform": "x", "handle": "nobody"},
    "csv_no_account": {},
    "csv_date_out_of_range": {"value": "0201-01-01", "first": 1970, "last": 2999},
    "csv_not_a_date": {"value": "next Tuesday"},
    "csv_in_past": {"when": "2026-01-02 10:00"},
    "csv_image_missing": {"file": "loaf.jpg"},
    "csv_empty": {},
    "csv_no_posting_times": {"platform": "x", "handle": "bakery_x"},
    "csv_too_many_images": {"platform": "x", "found": 6, "limit": 4},
    "csv_needs_image": {"platform": "instagram"},
    "publish_rate_limited": {"platform": "bluesky"},
    "publish_server_error": {"platform": "bluesky", "detail": "UpstreamFailure"},
    "publish_auth_expired": {"platform": "telegram", "detail": "Unauthorized"},
    "publish_network": {"platform": "threads"},
    "publish_rejected": {"platform": "x", "detail": "Status is a duplicate."},
    "account_gone": {},
    "account_not_connected": {"platform": "instagram"},
    "account_unknown_platform": {"platform": "friendster", "known": "bluesky, x"},
    "account_no_handle": {},
    "account_no_channel": {},
    "account_no_server": {},
    "server_not_full_address": {"shown": "mastodon.social"},
    "server_not_https": {"host": "example.com"},
    "account_exists": {"platform": "telegram", "handle": "@bakery_news"},
    "account_needs_secret": {"platform": "bluesky"},
    "account_assisted_no_secret": {"platform": "instagram"},
    "account_secret_missing": {},
    "account_auth_expired": {"platform": "bluesky", "detail": "AuthenticationRequired"},
    "account_rejected": {"platform": "telegram", "detail": "Bad Request: chat not found"},
    "account_network": {"platform": "threads", "detail": "ConnectionError"},
    "account_rate_limited": {"platform": "bluesky", "detail": ""},
    "account_server_error": {"platform": "x", "detail": "UpstreamFailure"},
    "keyring_failed": {"reason": "The system keyring is locked."},
    "user_token_not_vk": {},
    "user_token_empty": {},
    "user_token_refused": {"reason": "VK refused the token.", "detail": "access denied"},
    "account_deleted": {"handle": "bakery"},
    "account_disconnected": {"handle": "bakery", "drafts": 3},
    "account_removed": {},
    "publish_login_missing": {},
    "vk_photos_need_user_token": {},
    "publish_image_unprepared": {"reason": "cannot identify image file"},
    "publish_stopped": {"error": "KeyError"},
    "publish_crashed": {"error": "KeyError"},
    "publish_crashed_unsure": {"error": "KeyError"},
    "publish_answer_lost": {
        "platform": "telegram",
        "photos_sent": 1,
        "url": "https://t.me/bakery/12",
    },
    "publish_gave_up": {"cause": "publish_network", "platform": "threads", "tries": 8},
    "publish_interrupted_before": {},
    "publish_interrupted_resume": {"platform": "bluesky"},
    "publish_interrupted_unsure": {"platform": "telegram", "photos_sent": 0, "url": ""},
    "publish_waiting_disabled": {"platform": "instagram", "handle": "bakery"},
    "publish_waiting_reconnect": {
        "platform": "bluesky",
        "handle": "bakery.bsky.social",
        "reason": "Bluesky no longer accepts the saved login.",
    },
    "post_state_changed": {"state": "published"},
    "retry_not_failed": {"state": "retry_wait"},
    "retry_needs_reconnect": {"platform": "x", "handle": "bakery_x"},
    "retry_account_disabled": {"platform": "x", "handle": "bakery_x"},
    "schedule_job": {"system": "linux", "name": "smmdesk-publish.timer", "minutes": 5},
    "schedule_could_not_run": {"command": "systemctl", "error": "FileNotFoundError"},
    "schedule_refused": {"command": "schtasks", "code": 2},
    "account_demo": {},
    "stats_too_big": {"name": "export.csv"},
    "stats_file_not_found": {"path": "/tmp/export.csv"},
    "stats_is_folder": {"path": "/tmp/exports"},
    "stats_not_text": {"name": "export.xlsx"},
    "stats_empty_file": {"name": "export.csv"},
    "stats_no_such_account": {"account_id": 42},
    "stats_add_account": {"platform": "instagram"},
    "stats_several_accounts": {"choices": "1 (bakery), 2 (bakery_two)"},
    "stats_missing_columns": {
        "name": "export.csv",
        "kind": "Instagram posts",
        "columns": "Date, Views",
        "id": 1,
        "id_columns": "Post ID\nPermalink",
        "date": "",
        "figures": 1,
    },
    "stats_stopped": {},
    "stats_no_post_id": {},
    "stats_not_a_date": {"column": "Publish time", "value": "yesterday"},
    "stats_not_a_number": {"column": "Reach", "value": "lots"},
    "stats_no_publish_time": {},
    "stats_no_date": {},
    "stats_negative": {"column": "Reach", "value": -3.0},
    "stats_no_figures": {},
    "stats_entry_not_a_number": {"figure": "reach"},
    "stats_entry_negative": {"figure": "amount"},
    "stats_entry_unknown": {"figures": "views"},
    "stats_entry_post_gone": {},
    "stats_entry_account_gone": {},
    "stats_entry_currency": {},
    "stats_entry_platform": {},
    "plan_post_deleted": {},
    "plan_post_deleted_copy": {},
    "plan_published_kept": {},
    "plan_cannot_move": {"state": "published"},
    "plan_draft_post_now": {},
    "plan_copy_needs_date": {},
    "plan_no_accounts": {},
    "plan_no_posting_times": {"platform": "x", "handle": "bakery_x"},
    "plan_queue_full": {"platform": "instagram", "handle": "bakery"},
    "plan_rubric_no_name": {},
    "plan_rubric_name_too_long": {"limit": 128},
    "plan_rubric_bad_colour": {"colour": "reddish"},
    "plan_rubric_bad_share": {},
    "plan_rubric_exists": {"name": "Useful tips"},
    "plan_rubric_shares_over": {"free": 0.25},
    "plan_rubric_deleted": {},
    "plan_account_removed": {},
    "plan_slot_unreadable": {"value": "Tuesday noon"},
    "plan_slot_weekday": {"value": "Blursday"},
    "plan_slot_time": {"value": "Tue 25:00"},
    "plan_import_not_redoable": {},
    "csv_file_missing": {"path": "/tmp/plan.csv"},
    "csv_file_empty": {"columns": "scheduled_at, accounts, text, media, rubric"},
    "csv_header_missing": {
        "missing": "accounts\ntext",
        "columns": "scheduled_at, accounts, text, media, rubric",
    },
    "csv_column_twice": {"column": "text"},
    "csv_too_many_rows": {"limit": 10_000},
    "csv_cell_too_long": {"limit": 65_536},
    "csv_not_utf8": {},
    "csv_invalid": {"detail": "unexpected end of data"},
    "csv_image_unusable": {
        "file": "loaf.heic",
        "why": "NotAnImageError",
        "detail": "cannot identify image file",
    },
    "csv_image_unreadable": {"path": "/tmp/loaf.jpg", "detail": "Permission denied"},
    "stats_waiting": {"platform": "instagram", "until": "2026-10-05T14:30:00+00:00"},
    "stats_rate_limited": {
        "platform": "instagram",
        "kept": 12,
        "reason": "Instagram asks SMM Desk to slow down. The figures of 12 posts were read and "
        "kept; the others are fetched at a later refresh.",
        "detail": "X-App-Usage",
    },
    "stats_network": {
        "platform": "bluesky",
        "reason": "No connection to the platform; the figures will be fetched next time.",
    },
    "stats_auth_expired": {
        "platform": "threads",
        "reason": "Threads no longer accepts the saved access token.",
        "detail": "Session has expired",
    },
    "stats_server_error": {
        "platform": "bluesky",
        "reason": 'Bluesky did not give the figures ("UpstreamFailure"). SMM Desk tries '
        "again at the next refresh; if this stays, import the platform's stats file instead.",
        "detail": "UpstreamFailure",
    },
    "stats_rejected": {
        "platform": "x",
        "reason": 'X did not give the figures ("Unsupported get request"). SMM Desk tries '
        "again at the next refresh; if this stays, import the platform's stats file instead.",
        "detail": "Unsupported get request",
    },
    "stats_failed": {"platform": "pinterest", "reason": "KeyError"},
    "stats_no_login": {},
    "stats_secret_missing": {},
}

# Values that are not shown as they are: flags, and the service's English reasons (the window
# shows its own sentence, the reason behind "Details").
NOT_SHOWN = {"max_bytes", "extra", "photos_sent", "reason", "detail", "known", "id", "figures"}


class PrefixTranslator(QTranslator):
    """Translates every string into itself with a mark in front (numerus forms too)."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return MARK + source

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


@pytest.fixture
def prefixed(qapp: Any) -> Iterator[None]:
    translator = PrefixTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def test_every_code_has_a_ui_wording_and_an_english_wording() -> None:
    assert set(WORDS) == CODES == set(SAMPLES)


def test_untranslated_the_window_shows_the_english_sentence(qapp: Any) -> None:
    for code in CODES:
        problem = Problem(code, **SAMPLES[code])
        assert words(problem) == problem.message


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_each_sentence_is_translated_with_its_values_filled(prefixed: None, code: str) -> None:
    values = SAMPLES[code]
    said = words(Problem(code, **values))
    assert said.startswith(MARK), said
    assert not re.search(r"%[1-9n]", said), said  # every placeholder filled
    for key, value in values.items():
        if isinstance(value, int) and key not in NOT_SHOWN:
            assert str(value) in said, (key, said)
    assert "said:" not in said  # the platform's own words stay behind "Details"
    for key in ("reason", "detail"):  # the English reasons stay behind "Details" too
        if values.get(key):
            assert str(values[key]) not in said, (key, said)
    if (
        "platform" in values
        and not code.startswith("csv_")
        and code != "account_unknown_platform"  # the platform's id as the owner typed it
        or code
        in (
            "csv_too_many_images",
            "csv_needs_image",
        )
    ):
        assert (
            MARK
            + {
                "x": "X",
                "instagram": "Instagram",
                "pinterest": "Pinterest",
                "bluesky": "Bluesky",
                "threads": "Threads",
                "telegram": "Telegram",
            }[str(values["platform"])]
            in said
        )  # the platform's name is worded by the UI too


def test_counts_choose_the_translated_plural(prefixed: None) -> None:
    said = words(Problem("too_many_images", platform="x", limit=4, found=6))
    assert "at most 4 image(s)" in said and "Remove 2 photo(s)" in said
    assert words(Problem("alt_text_missing", count=3)) == (
        MARK + "3 image(s) without a description (alt text): people who cannot see the photo "
        "will miss it."
    )
    caption = words(
        Problem("too_long", platform="telegram", part="caption", length=1030, limit=1024)
    )
    assert caption.startswith(MARK + "The caption is too long for " + MARK + "Telegram: 1030")
    assert caption.endswith("Remove 6 character(s).")


def test_an_unknown_code_falls_back_to_english(prefixed: None) -> None:
    assert words(Problem("something_new")) == "something_new"


def test_a_failure_kind_is_worded_only_when_translated(qapp: Any) -> None:
    assert failure_words("rejected", "x") is None  # English: the service's fuller message
    translator = PrefixTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        assert failure_words("rejected", "x") == (
            MARK + MARK + "X refused the post. Change the post and schedule it again."
        )
        assert failure_words("keyring", "x") is None and failure_words(None, "x") is None
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_composer_lists_its_problems_in_the_installed_language(
    ctx: Any, qtbot: QtBot, prefixed: None
) -> None:
    with ctx.store.session_scope() as s:
        s.add_all(
            [
                Account(platform="instagram", handle="bakery"),
                Account(platform="x", handle="bakery_x"),
            ]
        )
    page = ComposePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.editor.setPlainText("Fresh bread " + "a" * 290)
    problems = page.schedule.problems
    qtbot.waitUntil(lambda: problems.count() >= 2)
    labels = [problems.item(i).text() for i in range(problems.count())]
    # "%1: %2" (the window's), "%1 @%2" and the platform's name (the table's) are worded too
    instagram = MARK + MARK + MARK + "Instagram @bakery: "
    assert instagram + MARK + MARK + "Instagram needs at least one image: add a photo." in labels
    x = MARK + MARK + MARK + "X @bakery_x: "
    assert (
        x
        + MARK
        + "The text is too long for "
        + MARK
        + ("X: 302 of 280 characters. Remove 22 character(s).")
        in labels
    )


def test_a_failed_post_says_why_in_the_owners_language_with_the_message_behind_details(
    ctx: Any, qtbot: QtBot, prefixed: None
) -> None:
    from smmdesk_gui.services.publish.queue import TargetView
    from smmdesk_gui.ui.publishing.problem_dialog import PostProblemDialog

    message = 'X refused the post. X said: "Status is a duplicate." Change the post and ...'
    view = TargetView(
        target_id=1,
        post_id=1,
        account_id=1,
        platform="x",
        handle="@bakery_x",
        state="failed",
        scheduled_at=None,
        text="Fresh bread",
        attempts=1,
        url=None,
        error_kind="rejected",
        message=message,
        next_attempt_at=None,
    )
    service: Any = None  # the dialog only calls it when a button is pressed
    dialog = PostProblemDialog(ctx, service, view, [])
    qtbot.addWidget(dialog)
    assert dialog.why.text() == (
        MARK + MARK + "X refused the post. Change the post and schedule it again."
    )
    assert dialog.details.toPlainText().startswith(message)  # as the service wrote it


def test_the_window_shows_the_translation_or_else_the_services_fuller_english(qapp: Any) -> None:
    problem = Problem("account_network", platform="telegram", detail="ConnectionError")
    fuller = "SMM Desk could not reach Telegram. Check the internet connection; it will try again."
    assert worded(problem, fuller) == fuller  # English: the service's own sentence
    assert worded(problem, "") == problem.message
    assert worded(None, fuller) == fuller  # a message kept before codes
    translator = PrefixTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        assert worded(problem, fuller) == (
            MARK + "SMM Desk could not reach " + MARK + "Telegram. Check the internet connection "
            "and try again."
        )
    finally:
        QCoreApplication.removeTranslator(translator)


def test_giving_up_is_one_sentence_for_a_platform_and_cause_then_tries_otherwise(
    prefixed: None,
) -> None:
    down = words(
        Problem("publish_gave_up", cause="publish_server_error", platform="bluesky", tries=3)
    )
    assert down == (
        MARK + MARK + "Bluesky had a problem on its side 3 time(s) in a row, so SMM Desk stopped "
        "trying. Click Retry when " + MARK + "Bluesky works again."
    )
    assert "will try again" not in down
    crashed = words(Problem("publish_gave_up", cause="publish_crashed", error="KeyError", tries=8))
    assert crashed == (
        MARK + "Sending stopped on an unexpected error (KeyError). SMM Desk will try again; the "
        "details are in its log. " + MARK + "It kept failing after 8 tries, so SMM Desk stopped. "
        "Click Retry when the platform works again."
    )


def test_the_stats_import_words_its_rows_and_its_file_problems(
    ctx: Any, qtbot: QtBot, october: dict[str, int], tmp_path: Any, prefixed: None
) -> None:
    from smmdesk_gui.ui.dashboard.import_dialog import ImportDialog

    path = tmp_path / "ig.csv"
    path.write_text(
        '"Post ID","Publish time","Reach","Likes"\n"ig1","10/01/2026 18:00","1,400","70"\n'
        '"ig2","10/08/2026 18:00","lots","-2"\n',
        encoding="utf-8-sig",
    )
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.mapping.setCurrentIndex(dialog.mapping.findData("meta-instagram"))
    dialog.file.setText(str(path))
    dialog.run_preview()
    assert dialog.model.index(1, 2).data() == (
        MARK + "Reach: “lots” is not a number. " + MARK + "Likes: a figure cannot be negative (-2)."
    )
    assert MARK + "Instagram" in dialog.summary.text()  # the platform's name, not "instagram"
    path.write_text('"Date","Views"\n"10/01/2026","3"\n', encoding="utf-8")
    dialog.run_preview()
    assert dialog.summary.text() == (
        MARK
        + "ig.csv does not look like a “Instagram posts (Meta Business Suite export)” file: it has "
        "no column " + MARK + MARK + "“Post ID”" + " or " + MARK + "“Permalink”. Its columns "
        "are: Date, Views."
    )
    dialog.file.setText(str(tmp_path / "missing.csv"))
    dialog.run_preview()
    assert dialog.summary.text().startswith(MARK + "File not found: ")


def test_a_figure_typed_in_wrong_is_worded_in_the_installed_language(
    ctx: Any, qtbot: QtBot, october: dict[str, int], prefixed: None
) -> None:
    from smmdesk_gui.services.stats import kpis
    from smmdesk_gui.ui.dashboard.entry_dialogs import AdSpendDialog

    ads = AdSpendDialog(ctx, kpis.account_picks(ctx.store))
    qtbot.addWidget(ads)
    ads.amount.setValue(12.5)
    ads.currency.setText("")
    ads.save()
    assert ads.error.text() == MARK + "Currency: use the three-letter code, e.g. EUR or USD."


def test_plan_refusals_are_worded_in_the_installed_language(
    ctx: Any, qtbot: QtBot, tmp_path: Any, prefixed: None
) -> None:
    from smmdesk_gui.services.plan.rubrics import create_rubric
    from smmdesk_gui.ui.calendar.import_dialog import ImportDialog
    from smmdesk_gui.ui.calendar.settings_dialogs import RubricsDialog

    create_rubric(ctx.store, "Products", "#3a7bd5")
    rubrics = RubricsDialog(ctx)
    qtbot.addWidget(rubrics)
    rubrics.name.setText("")
    rubrics.save()
    assert rubrics.message.text() == MARK + "Give the rubric a name, e.g. “Useful tips”."
    twice = tmp_path / "twice.csv"
    twice.write_text("accounts,text,text\nx:bakery,a,b\n", encoding="utf-8")
    dialog = ImportDialog(ctx, path=twice)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.status.text()))
    assert dialog.status.text() == (
        MARK + "Row 1: " + MARK + "The column “text” appears twice. Keep one and delete the "
        "other, then try again."
    )


def test_a_size_is_written_in_the_locales_digits(prefixed: None) -> None:
    from PySide6.QtCore import QLocale

    default = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    try:
        said = words(
            Problem("animation_too_large", platform="x", photo="a.gif", max_bytes=15 << 20)
        )
    finally:
        QLocale.setDefault(default)
    plain = said.replace("\u2068", "").replace("\u2069", "")  # arg() isolates the number
    assert "۱۵ MB" in plain and "15 MB" not in plain


def test_an_untranslated_count_in_persian_falls_back_to_the_english_sentence(qapp: Any) -> None:
    """fa writes a count in its own digits even where no one translated the sentence yet: that
    is still no translation, so the English table's real plural is shown, not "post(s)"."""
    from smmdesk_gui.ui.i18n import apply_language

    problem = Problem(
        "stats_rate_limited", platform="instagram", kept=12, reason="(the CLI's line)"
    )
    from smmdesk_gui.ui import i18n

    apply_language(qapp, "fa")
    # the Persian catalogue has this sentence now: take it away, keep the rest of fa (its digits)
    persian = [t for t in i18n._installed if t.filePath().endswith("smmdesk_fa.qm")]
    assert persian
    for translator in i18n._installed:
        if isinstance(translator, i18n._LocaleTexts):  # it asks the others itself
            translator._others = [t for t in translator._others if t not in persian]
    for translator in persian:
        qapp.removeTranslator(translator)
    try:
        assert QCoreApplication.translate("Problems", "Retry") == "Retry"  # nothing of fa's left
        assert words(problem) == problem.message
        assert worded(problem, "Instagram asks ... 12 posts were read") == (
            "Instagram asks ... 12 posts were read"
        )
    finally:
        apply_language(qapp, "en")
