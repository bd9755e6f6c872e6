"""Problems as codes with values: the English wording the CLI prints, code by code."""

from __future__ import annotations

import re

from smmdesk_gui.domain.problems import CODES, ENGLISH, Problem, Severity, english
from smmdesk_gui.domain.text_rules import count_text


def test_a_problem_is_its_code_and_values() -> None:
    p = Problem("too_many_hashtags", platform="instagram", limit=30, found=31)
    assert p.code == "too_many_hashtags" and p["found"] == 31
    assert p.severity is Severity.ERROR
    assert p == Problem("too_many_hashtags", platform="instagram", limit=30, found=31)
    assert p != Problem("too_many_hashtags", platform="instagram", limit=30, found=32)
    assert Problem("alt_text_missing", Severity.WARNING, count=1).severity is Severity.WARNING


def test_the_english_table_holds_every_code() -> None:
    assert set(ENGLISH) == CODES and len(CODES) >= 30


def test_english_words_counts_and_platform_names() -> None:
    assert english(Problem("too_many_images", platform="x", limit=4, found=5)) == (
        "X takes at most 4 images; this post has 5. Remove 1 photo, or remove this account "
        "from the post."
    )
    assert english(Problem("too_many_images", platform="pinterest", limit=1, found=3)) == (
        "Pinterest takes at most 1 image; this post has 3. Remove 2 photos, or remove this "
        "account from the post."
    )
    assert english(Problem("alt_text_missing", count=1)).startswith("1 image has no description")
    assert english(Problem("empty", platform="telegram", handle="")) == (
        "The post for Telegram is empty: write some text."
    )
    assert english(Problem("heavy_crop", platform="instagram", percent=40, photo="")).startswith(
        "Instagram shows only 40% of A photo"
    )


def test_an_unknown_code_is_shown_as_itself() -> None:
    assert english(Problem("something_new", a=1)) == "something_new"


def test_text_problems_are_codes_with_their_english_sentence() -> None:
    result = count_text("instagram", "#a " * 7)
    (problem,) = [p for p in result.problems if p.code == "too_many_hashtags"]
    assert dict(problem.values) == {"platform": "instagram", "limit": 5, "found": 7}
    assert problem.message == "Instagram allows 5 hashtags; this has 7. Remove 2."
    too_long = count_text("x", "a" * 290).problems[0]
    assert too_long.message == (
        "The text is too long for X: 290 of 280 characters. Remove 10 characters."
    )
    assert not re.search(r"[{}]", too_long.message)


def test_a_problem_kept_as_json_comes_back_the_same() -> None:
    p = Problem("publish_gave_up", cause="publish_network", platform="threads", tries=8)
    assert Problem.from_json(p.as_json()) == p
    warning = Problem("alt_text_missing", Severity.WARNING, count=2)
    assert Problem.from_json(warning.as_json()) == warning
    # a row from before codes, or something else in the column: no problem, not a crash
    assert Problem.from_json(None) is None and Problem.from_json({"values": {}}) is None
    odd = Problem.from_json({"code": "empty", "severity": "?", "values": {"a": [1], "b": True}})
    assert odd == Problem("empty")


def test_english_of_account_and_publishing_codes_is_what_the_cli_printed() -> None:
    assert english(Problem("account_exists", platform="telegram", handle="@shop")) == (
        "@shop on Telegram is already connected."
    )
    assert english(Problem("account_disconnected", handle="@shop", drafts=1)).endswith(
        "the plan; 1 scheduled post went back to drafts."
    )
    assert english(Problem("publish_waiting_reconnect", platform="x", handle="b", reason="")) == (
        "Waiting for b on X to be reconnected in Accounts; then this post goes out."
    )
    lost = english(
        Problem("publish_answer_lost", platform="telegram", photos_sent=1, url="https://t.me/s/1")
    )
    assert lost.endswith(
        "The photos are already on Telegram (https://t.me/s/1); only the text is missing or "
        "unsure, and sending again sends only the text."
    )
    assert english(
        Problem("schedule_job", system="windows", name="SMM Desk publish", minutes=5)
    ) == ('Task Scheduler task "SMM Desk publish", every 5 minutes')


def test_a_stats_file_without_its_columns_names_them_as_the_cli_always_did() -> None:
    values: dict[str, str | int] = {"name": "a.csv", "kind": "X posts", "columns": "Date, Views"}
    missing = Problem(
        "stats_missing_columns",
        **values,
        id=1,
        id_columns="Tweet id\nTweet permalink",
        date="",
        figures=1,
    )
    assert missing.message == (
        "a.csv does not look like a 'X posts' file: no column 'Tweet id or Tweet permalink', "
        "'any figure column'. Its columns are: Date, Views."
    )
    no_date = Problem(
        "stats_missing_columns", **values, id=0, id_columns="", date="Дата", figures=0
    )
    assert no_date.message.endswith("no column 'Дата'. Its columns are: Date, Views.")
    assert Problem("stats_negative", column="Reach", value=-3.0).message == (
        "Reach: negative figure -3"
    )
    assert Problem("stats_add_account", platform="").message.startswith("Add your account to")
