"""A problem found by a service, as a code with values, and its English wording.

Services say *what* is wrong (``Problem("too_many_hashtags", platform="instagram", limit=30,
found=31)``); whoever shows it words it. The window words every code in the owner's language
(``ui/problem_words.py``); the CLI and the logs use the English table here, which keeps the
sentences the services used to build themselves. Values that are words (a platform) travel as
ids, so each side can word them too. Pure Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from enum import StrEnum
from types import MappingProxyType

from .platforms import PLATFORMS

#: What a problem's values may be: ids and names as text, counts and sizes as numbers.
Value = str | int | float


class Severity(StrEnum):
    ERROR = "error"  # the platform refuses the post: scheduling is blocked
    WARNING = "warning"  # the post goes out, but not quite as written


class Problem:
    """One thing wrong, as a code and its values (no sentence: the reader's side words it)."""

    __slots__ = ("code", "severity", "values")

    def __init__(self, code: str, severity: Severity = Severity.ERROR, /, **values: Value) -> None:
        self.code = code
        self.severity = severity
        self.values: Mapping[str, Value] = MappingProxyType(dict(values))

    def __getitem__(self, key: str) -> Value:
        return self.values[key]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.code, self.severity, dict(self.values)) == (
            other.code,
            other.severity,
            dict(other.values),
        )

    def __hash__(self) -> int:
        return hash((self.code, self.severity, tuple(sorted(self.values.items()))))

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.values.items())
        return f"Problem({self.code!r}{args}, severity={self.severity.value!r})"

    @property
    def message(self) -> str:
        """The English sentence (the CLI's and the logs' wording)."""
        return english(self)

    def as_json(self) -> dict[str, object]:
        """The problem as JSON-ready data (kept in the database beside the English sentence)."""
        return {"code": self.code, "severity": self.severity.value, "values": dict(self.values)}

    @classmethod
    def from_json(cls, data: object) -> Problem | None:
        """A problem kept with ``as_json``; None for anything else (a row from before codes)."""
        if not isinstance(data, dict) or not isinstance(data.get("code"), str):
            return None
        values = data.get("values")
        kept = {
            str(k): v
            for k, v in (values.items() if isinstance(values, dict) else ())
            if isinstance(v, str | int | float) and not isinstance(v, bool)
        }
        try:
            severity = Severity(data.get("severity", Severity.ERROR.value))
        except ValueError:
            severity = Severity.ERROR
        return cls(data["code"], severity, **kept)


def _name(platform: Value) -> str:
    p = PLATFORMS.get(str(platform))
    return p.name if p is not None else str(platform)


def _plural(n: Value, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _s(n: Value) -> str:
    return "" if n == 1 else "s"


def account_label(platform: Value, handle: Value) -> str:
    """``Instagram @shop`` (the platform alone when the handle is empty), in English."""
    return f"{_name(platform)} @{handle}" if handle else _name(platform)


def _photo(name: Value) -> str:
    return str(name) or "A photo"


def _megabytes(max_bytes: Value) -> str:
    return f"{float(max_bytes) / (1024 * 1024):g}"


def _said(v: Mapping[str, Value]) -> str:
    """The platform's own reason, quoted (the window shows it behind "Details" instead)."""
    detail = v.get("detail", "")
    return f' {_name(v["platform"])} said: "{detail}"' if detail else ""


def failure_code(kind: str) -> str:
    """The problem code of a connector error kind (``connectors.base.ErrorKind`` values)."""
    return f"publish_{kind}"


def account_failure_code(kind: str) -> str:
    """The problem code of a connector error kind met while connecting or checking an account."""
    return f"account_{kind}"


def _where(v: Mapping[str, Value]) -> str:
    """``shop on Instagram`` (the handle alone for a platform SMM Desk does not know)."""
    p = PLATFORMS.get(str(v["platform"]))
    return f"{v['handle']} on {p.name}" if p is not None else str(v["handle"])


def _photos_note(v: Mapping[str, Value]) -> str:
    """The owner's note when the photos of a post sent in two parts are already out."""
    if not v.get("photos_sent"):
        return ""
    url = v.get("url", "")
    where = f" ({url})" if url else ""
    return (
        f" The photos are already on {_name(v['platform'])}{where}; only the text is missing or "
        "unsure, and sending again sends only the text."
    )


def _gave_up(v: Mapping[str, Value]) -> str:
    cause = Problem(str(v["cause"]), **{k: x for k, x in v.items() if k not in ("cause", "tries")})
    return (
        f"{english(cause)} It kept failing after {v['tries']} tries, so SMM Desk stopped. "
        "Click Retry when the platform works again."
    )


def _missing_columns(v: Mapping[str, Value]) -> str:
    """The required columns a stats file lacks, quoted (``stats_missing_columns``)."""
    parts = []
    if v["id"]:
        parts.append(
            " or ".join(str(v["id_columns"]).split("\n")) if v["id_columns"] else "post id"
        )
    if v["date"]:
        parts.append(str(v["date"]))
    if v["figures"]:
        parts.append("any figure column")
    return ", ".join(repr(c) for c in parts)


def _utc_time(iso: Value) -> str:
    """``14:30`` of an ISO instant, in UTC (as the CLI prints a wait)."""
    when = dt.datetime.fromisoformat(str(iso))
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return f"{when.astimezone(dt.UTC):%H:%M}"


Words = Callable[[Mapping[str, Value]], str]

#: Every code and its English sentence. ``ui/problem_words.py`` holds the same codes, worded
#: through Qt's translations (a test checks both tables hold exactly ``CODES``).
ENGLISH: dict[str, Words] = {
    # --- the text, per platform (domain/text_rules.py) ---
    "invalid_characters": lambda v: (
        f"The text holds an invisible character {_name(v['platform'])} refuses "
        f"({v['char']}), often pasted in from another app. Delete it where the text turns red."
    ),
    "too_long": lambda v: (
        f"The {v['part']} is too long for {_name(v['platform'])}: {v['length']} of "
        f"{v['limit']} characters. Remove "
        f"{_plural(int(v['length']) - int(v['limit']), 'character', 'characters')}."
    ),
    "too_many_bytes": lambda v: (
        f"The text is too long for {_name(v['platform'])}: it takes {v['bytes']} of "
        f"{v['limit']} bytes (emoji and non-Latin letters take more room). Shorten it."
    ),
    "too_many_hashtags": lambda v: (
        f"{_name(v['platform'])} allows {_plural(v['limit'], 'hashtag', 'hashtags')}; "
        f"this has {v['found']}. Remove {int(v['found']) - int(v['limit'])}."
    ),
    "extra_hashtags": lambda v: (
        f"{_name(v['platform'])} turns only the first hashtag into a topic; the other "
        f"{v['extra']} stay plain text."
    ),
    "too_many_mentions": lambda v: (
        f"{_name(v['platform'])} allows {v['limit']} @mentions; this has {v['found']}. "
        f"Remove {int(v['found']) - int(v['limit'])}."
    ),
    "too_many_links": lambda v: (
        f"{_name(v['platform'])} allows {_plural(v['limit'], 'link', 'links')} per post; "
        f"this has {v['found']}. Remove {int(v['found']) - int(v['limit'])}."
    ),
    # --- the composer's checks per account (services/compose/checks.py) ---
    "needs_reconnect": lambda v: (
        f"{account_label(v['platform'], v['handle'])} needs reconnecting: open Accounts and "
        "sign in again, or remove this account from the post."
    ),
    "account_disabled": lambda v: (
        f"{account_label(v['platform'], v['handle'])} is switched off: turn it on in Accounts "
        "or remove it from the post."
    ),
    "empty": lambda v: (
        f"The post for {account_label(v['platform'], v['handle'])} is empty: write some text."
    ),
    "needs_image": lambda v: f"{_name(v['platform'])} needs at least one image: add a photo.",
    "too_many_images": lambda v: (
        f"{_name(v['platform'])} takes at most {v['limit']} image{_s(v['limit'])}; this post "
        f"has {v['found']}. Remove {int(v['found']) - int(v['limit'])} "
        f"photo{_s(int(v['found']) - int(v['limit']))}, or remove this account from the post."
    ),
    "alt_text_missing": lambda v: (
        f"{v['count']} image{'s have' if v['count'] != 1 else ' has'} no description (alt "
        "text): people who cannot see the photo will miss it."
    ),
    "time_in_past": lambda v: (
        f"The time for {account_label(v['platform'], v['handle'])} is in the past: pick a "
        "later time or choose Post now."
    ),
    "image_too_small": lambda v: (
        f"{_photo(v['photo'])} is too small for {_name(v['platform'])}: it takes pictures at "
        f"least {v['least']} pixels wide, this one is {v['width']}. Use a larger photo, or "
        "remove this account."
    ),
    "animation_lost": lambda v: (
        f"{_name(v['platform'])} does not play animated GIFs: {_photo(v['photo'])} will be "
        "posted as a still picture (its first frame)."
    ),
    "animation_too_large": lambda v: (
        f"{_photo(v['photo'])} is larger than the {_megabytes(v['max_bytes'])} MB "
        f"{_name(v['platform'])} takes for an animation: if it cannot be made small enough, "
        "it is posted as a still picture."
    ),
    "heavy_crop": lambda v: (
        f"{_name(v['platform'])} shows only {v['percent']}% of {_photo(v['photo'])} (its shape "
        "is cut to fit): check the preview, or move the photo's focus point on the Media screen."
    ),
    # --- a row of the plan's CSV import (services/plan/csv_import.py, import_checks.py) ---
    "csv_nul": lambda v: (
        f"the {v['column']} holds a NUL character (a zero byte), which no post can contain. "
        "Delete it and try again."
    ),
    "csv_bad_account": lambda v: (
        f"“{v['item']}” is not an account like instagram:@yourshop (platform, colon, handle)."
    ),
    "csv_unknown_account": lambda v: (
        f"There is no account {v['platform']}:{v['handle']} in SMM Desk. Add it under "
        "Accounts, or fix the spelling."
    ),
    "csv_no_account": lambda v: (
        "No account is given: write at least one, like instagram:@yourshop, or leave the date "
        "empty to keep the post as an idea."
    ),
    "csv_date_out_of_range": lambda v: (
        f"“{v['value']}” is too far in the past or the future. Use a date between "
        f"{v['first']} and {v['last']}."
    ),
    "csv_not_a_date": lambda v: (
        f"“{v['value']}” is not a date and time. Write it like 2026-06-02 12:30 "
        "(or 2026-06-02T12:30+02:00 with a UTC offset)."
    ),
    "csv_in_past": lambda v: (
        f"{v['when']} is in the past. Change the date, or leave it empty to keep the post as "
        "an idea."
    ),
    "csv_image_missing": lambda v: f"The image file {v['file']} is missing.",
    "csv_empty": lambda v: "The post has no text and no image.",
    "csv_no_posting_times": lambda v: (
        f"{v['platform']}:{v['handle']} has no posting times for the queue. Add some in the "
        "account's queue settings, or give the row a date."
    ),
    "csv_too_many_images": lambda v: (
        f"{v['found']} images: {_name(v['platform'])} takes at most {v['limit']} in one post."
    ),
    "csv_needs_image": lambda v: f"{_name(v['platform'])} needs at least one image in a post.",
    # --- a platform call that failed, per connector error kind (connectors/base.py) ---
    "publish_rate_limited": lambda v: (
        f"{_name(v['platform'])} asks SMM Desk to slow down. It will try again shortly."
    ),
    "publish_server_error": lambda v: (
        f"{_name(v['platform'])} had a problem on its side.{_said(v)} SMM Desk will try again."
    ),
    "publish_auth_expired": lambda v: (
        f"{_name(v['platform'])} no longer accepts the saved login.{_said(v)} "
        "Open Accounts and reconnect this account."
    ),
    "publish_network": lambda v: (
        f"SMM Desk could not reach {_name(v['platform'])}. It will try again."
    ),
    "publish_rejected": lambda v: (
        f"{_name(v['platform'])} refused the post.{_said(v)} Change the post and schedule it again."
    ),
    # --- connecting, checking and removing accounts (services/accounts.py) ---
    "account_gone": lambda v: "This account does not exist any more.",
    # the platform's id, as the CLI has always printed it
    "account_not_connected": lambda v: f"SMM Desk cannot post to {v['platform']} by itself.",
    "account_unknown_platform": lambda v: (
        f"Unknown platform '{v['platform']}'. Choose one of: {v['known']}."
    ),
    "account_no_handle": lambda v: "Enter the account's handle or name.",
    "account_no_channel": lambda v: "Enter the Telegram channel (@name or its numeric id).",
    "account_no_server": lambda v: (
        "Enter your Mastodon server's address, e.g. https://mastodon.social"
    ),
    "server_not_full_address": lambda v: (
        f'"{v["shown"]}" is not a full server address. Enter it with https:// in front, '
        "e.g. https://mastodon.social"
    ),
    "server_not_https": lambda v: (
        f"SMM Desk does not send your login to {v['host']} over an unencrypted "
        "connection (http://). Use the server's https:// address."
    ),
    "account_exists": lambda v: f"{_where(v)} is already connected.",
    "account_needs_secret": lambda v: (
        f"{_name(v['platform'])} needs a secret to connect; none was given."
    ),
    "account_assisted_no_secret": lambda v: (
        f"SMM Desk posts to {_name(v['platform'])} with your help (assisted publishing) and "
        "needs no password for it."
    ),
    "account_secret_missing": lambda v: (
        "The saved password or token is missing. Reconnect the account."
    ),
    # a platform's answer while connecting or checking (the connector's own English sentence
    # is what the CLI prints; these are the window's, with the platform's words behind Details)
    "account_auth_expired": lambda v: (
        f"{_name(v['platform'])} did not accept the login.{_said(v)} Check it and connect "
        "the account again."
    ),
    "account_rejected": lambda v: (
        f"{_name(v['platform'])} refused the connection.{_said(v)} Check the account's "
        "details and try again."
    ),
    "account_network": lambda v: (
        f"SMM Desk could not reach {_name(v['platform'])}. Check the internet connection and "
        "try again."
    ),
    "account_rate_limited": lambda v: (
        f"{_name(v['platform'])} asks SMM Desk to slow down. Wait a few minutes and try again."
    ),
    "account_server_error": lambda v: (
        f"{_name(v['platform'])} had a problem on its side.{_said(v)} Try again later."
    ),
    # the keyring's own sentence (credentials.py), as the CLI prints it
    "keyring_failed": lambda v: str(v["reason"]),
    "user_token_not_vk": lambda v: "Only VK accounts take a user token.",
    "user_token_empty": lambda v: "Paste the user token first.",
    "user_token_refused": lambda v: (
        f"{v['reason']} This user token cannot upload photos for the community: create it as "
        "an administrator of the community with the rights photos and wall."
    ),
    "account_deleted": lambda v: f"{v['handle']} was removed.",
    "account_disconnected": lambda v: (
        f"{v['handle']} was disconnected and its login deleted. Its past posts stay in the "
        f"plan; {_plural(v['drafts'], 'scheduled post', 'scheduled posts')} went back to drafts."
    ),
    "account_removed": lambda v: "Removed: its saved login was deleted.",
    # --- the publishing queue (services/publish/) ---
    "publish_login_missing": lambda v: (
        "The saved login of this account is missing. Reconnect it in Accounts."
    ),
    "vk_photos_need_user_token": lambda v: (
        "VK lets only a person, not a community token, upload photos to a wall. Post this one "
        "on VK yourself, or add a user token to this account in Accounts so SMM Desk can send "
        "photos next time."
    ),
    "publish_image_unprepared": lambda v: (
        f"An image of this post cannot be prepared ({v['reason']}). Replace it and try again."
    ),
    "publish_stopped": lambda v: f"Sending stopped on an unexpected error ({v['error']}).",
    "publish_crashed": lambda v: (
        f"Sending stopped on an unexpected error ({v['error']}). SMM Desk will try again; the "
        "details are in its log."
    ),
    "publish_crashed_unsure": lambda v: (
        f"Sending stopped on an unexpected error ({v['error']}). SMM Desk will try again; the "
        "details are in its log. The post may have gone out: look at the platform; if it is "
        "there, mark it as published, if not, send it again."
    ),
    "publish_answer_lost": lambda v: (
        f"{_name(v['platform'])}'s answer to this post was lost or unreadable, so SMM Desk "
        f"cannot know whether it went out. Look at {_name(v['platform'])}: if the post is "
        "there, mark it as published; if not, send it again." + _photos_note(v)
    ),
    "publish_gave_up": _gave_up,
    "publish_interrupted_before": lambda v: (
        "SMM Desk stopped before sending this post; it will be sent now."
    ),
    "publish_interrupted_resume": lambda v: (
        f"SMM Desk stopped while sending this post to {_name(v['platform'])}. It will check "
        "and finish the job without posting twice."
    ),
    "publish_interrupted_unsure": lambda v: (
        f"SMM Desk stopped while sending this post to {_name(v['platform'])}, so it cannot "
        f"know whether it went out. Look at {_name(v['platform'])}: if the post is there, "
        "mark it as published; if not, send it again." + _photos_note(v)
    ),
    "publish_waiting_disabled": lambda v: (
        f"Waiting: {_where(v)} is switched off. Turn it on in Accounts to send this post."
    ),
    "publish_waiting_reconnect": lambda v: (
        f"Waiting for {_where(v)} to be reconnected in Accounts; then this post goes out."
        + (f" ({v['reason']})" if v.get("reason") else "")
    ),
    "post_state_changed": lambda v: (
        f"This post is {str(v['state']).replace('_', ' ')} now; nothing was changed."
    ),
    "retry_not_failed": lambda v: (
        f"This post is {str(v['state']).replace('_', ' ')} now; there is nothing to retry."
    ),
    "retry_needs_reconnect": lambda v: (
        f"{_where(v)} needs reconnecting first: open Accounts, reconnect it, then retry."
    ),
    "retry_account_disabled": lambda v: (
        f"{_where(v)} is switched off: turn it on in Accounts, then retry."
    ),
    # --- the OS scheduler's job (services/publish/os_schedule.py) ---
    "schedule_job": lambda v: {
        "windows": f'Task Scheduler task "{v["name"]}", every {v["minutes"]} minutes',
        "macos": f"launchd agent {v['name']}, every {v['minutes']} minutes",
    }.get(str(v["system"]), f"systemd user timer {v['name']}, every {v['minutes']} minutes"),
    "schedule_could_not_run": lambda v: (
        f"Could not run {v['command']} ({v['error']}). Set it up by hand as described in the "
        "help (docs/publishing.md)."
    ),
    "schedule_refused": lambda v: (
        f"{v['command']} refused (exit code {v['code']}). Set it up by hand as described in "
        "the help (docs/publishing.md)."
    ),
    "account_demo": lambda v: "Demo account: nothing is sent from the demo workspace.",
    # --- a stats file (services/stats/csv_import.py): the file, then one row ---
    "stats_too_big": lambda v: f"{v['name']} is over 50 MB: is it really a stats export?",
    "stats_file_not_found": lambda v: f"File not found: {v['path']}",
    "stats_is_folder": lambda v: f"{v['path']} is a folder, not a CSV file",
    "stats_not_text": lambda v: (
        f"{v['name']} is not a CSV text file (an Excel .xlsx? Save it as CSV first)."
    ),
    "stats_empty_file": lambda v: f"{v['name']} is empty",
    "stats_no_such_account": lambda v: f"There is no account with id {v['account_id']}.",
    "stats_add_account": lambda v: (
        f"Add your {str(v['platform']) + ' ' if v['platform'] else ''}account to SMM Desk "
        "first, then import its stats."
    ),
    "stats_several_accounts": lambda v: (
        f"Several accounts could be meant; choose one of: {v['choices']}."
    ),
    "stats_missing_columns": lambda v: (
        f"{v['name']} does not look like a '{v['kind']}' file: no column {_missing_columns(v)}. "
        f"Its columns are: {v['columns']}."
    ),
    "stats_stopped": lambda v: "The import was stopped; nothing was stored.",
    "stats_no_post_id": lambda v: "no post id or link",
    "stats_not_a_date": lambda v: f"{v['column']}: not a date: {str(v['value'])!r}",
    "stats_not_a_number": lambda v: f"{v['column']}: not a number: {str(v['value'])!r}",
    "stats_no_publish_time": lambda v: "no publish time for a post SMM Desk does not know yet",
    "stats_no_date": lambda v: "no date",
    "stats_negative": lambda v: f"{v['column']}: negative figure {float(v['value']):g}",
    "stats_no_figures": lambda v: "no figures in this row",
    # --- figures typed in by hand (services/stats/entry.py) ---
    "stats_entry_not_a_number": lambda v: f"{v['figure']}: enter a number",
    "stats_entry_negative": lambda v: f"{v['figure']}: enter zero or a positive number",
    "stats_entry_unknown": lambda v: f"unknown figures: {v['figures']}",
    "stats_entry_post_gone": lambda v: "That post no longer exists.",
    "stats_entry_account_gone": lambda v: "That account no longer exists.",
    "stats_entry_currency": lambda v: "currency: use the three-letter code, e.g. EUR or USD",
    "stats_entry_platform": lambda v: "platform: choose where the ad ran",
    # --- a plan change that cannot be made (services/plan/: PlanError) ---
    "plan_post_deleted": lambda v: "This post was deleted meanwhile; nothing was changed.",
    "plan_post_deleted_copy": lambda v: "This post was deleted meanwhile; nothing was copied.",
    "plan_published_kept": lambda v: (
        "A published post stays in the plan as a record; it can't be deleted."
    ),
    "plan_cannot_move": lambda v: (
        f"A post that is {str(v['state']).replace('_', ' ')} can't be moved; duplicate it "
        "instead (Ctrl-drag)."
    ),
    "plan_draft_post_now": lambda v: (
        "This post is a draft: open it, check it and schedule it first."
    ),
    "plan_copy_needs_date": lambda v: "Only a post with a date can be copied onto a time.",
    "plan_no_accounts": lambda v: "Pick at least one account for this post before scheduling it.",
    "plan_no_posting_times": lambda v: (
        f"{v['platform']}:{v['handle']} has no posting times yet. Add some (e.g. Tue 12:30) "
        "in the account's queue settings."
    ),
    "plan_queue_full": lambda v: (
        f"Every posting time of {v['platform']}:{v['handle']} is taken for the next year. "
        "Add more posting times."
    ),
    "plan_rubric_no_name": lambda v: "Give the rubric a name, e.g. “Useful tips”.",
    "plan_rubric_name_too_long": lambda v: (
        f"A rubric name can have at most {v['limit']} characters."
    ),
    "plan_rubric_bad_colour": lambda v: f"“{v['colour']}” is not a colour like #3a7bd5.",
    "plan_rubric_bad_share": lambda v: "A target share is between 0% and 100%.",
    "plan_rubric_exists": lambda v: f"There is already a rubric called “{v['name']}”.",
    "plan_rubric_shares_over": lambda v: (
        f"The target shares would add up to more than 100%; at most {float(v['free']):.0%} is left."
    ),
    "plan_rubric_deleted": lambda v: "This rubric was deleted meanwhile.",
    "plan_account_removed": lambda v: "This account was removed meanwhile.",
    "plan_slot_unreadable": lambda v: (
        f'"{v["value"]}" is not a slot like "Tue 12:30". Write posting times like '
        "“Tue 12:30, Sat 10:00”."
    ),
    "plan_slot_weekday": lambda v: (
        f'"{v["value"]}" is not a weekday. Write posting times like “Tue 12:30, Sat 10:00”.'
    ),
    "plan_slot_time": lambda v: (
        f'"{v["value"]}" is not a valid time of day. Write posting times like '
        "“Tue 12:30, Sat 10:00”."
    ),
    "plan_import_not_redoable": lambda v: "This import can't be redone; import the file again.",
    # --- the plan's CSV file as a whole (services/plan/csv_file.py) and writing it ---
    "csv_file_missing": lambda v: f"The file {v['path']} does not exist.",
    "csv_file_empty": lambda v: f"The file is empty: it needs a header row with {v['columns']}.",
    "csv_header_missing": lambda v: (
        "the header has no column "
        + " or ".join(f"“{m}”" for m in str(v["missing"]).split("\n"))
        + f". Expected columns: {v['columns']}."
    ),
    "csv_column_twice": lambda v: (
        f"the column “{v['column']}” appears twice. Keep one and delete the other, then try again."
    ),
    "csv_too_many_rows": lambda v: (
        f"The file has more than {int(v['limit']):,} posts; SMM Desk imports at most "
        f"{int(v['limit']):,} at a time. Split it into smaller files."
    ),
    "csv_cell_too_long": lambda v: (
        f"a cell has more than {int(v['limit']):,} characters, far longer than any post. "
        "Check that this is the right file, or shorten the cell."
    ),
    "csv_not_utf8": lambda v: (
        "The file is not UTF-8 text. In your spreadsheet app choose “CSV UTF-8” when saving."
    ),
    "csv_invalid": lambda v: f"The file is not a valid CSV file ({v['detail']}).",
    "csv_image_unusable": lambda v: f"{v['file']}: {v['detail']}",
    "csv_image_unreadable": lambda v: f"the image {v['path']} can't be read ({v['detail']}).",
    # --- live figures of one account (services/stats/refresh.py, sources.py); ``reason`` is
    # the line the CLI has always printed (a connector's own sentence) ---
    "stats_waiting": lambda v: (
        "The platform asked SMM Desk to slow down; the figures are fetched again after "
        f"{_utc_time(v['until'])} UTC."
    ),
    "stats_rate_limited": lambda v: str(v["reason"]),
    "stats_network": lambda v: str(v["reason"]),
    "stats_auth_expired": lambda v: str(v["reason"]),
    "stats_server_error": lambda v: str(v["reason"]),
    "stats_rejected": lambda v: str(v["reason"]),
    "stats_failed": lambda v: str(v["reason"]),
    "stats_no_login": lambda v: "This account has no saved login. Open Accounts and reconnect it.",
    "stats_secret_missing": lambda v: (
        "The saved password or token is missing. Open Accounts and reconnect the account."
    ),
}

#: Every code a service may report.
CODES: frozenset[str] = frozenset(ENGLISH)


def english(problem: Problem) -> str:
    """``problem`` in English; an unknown code is shown as itself rather than lost."""
    words = ENGLISH.get(problem.code)
    return words(problem.values) if words is not None else problem.code


class ProblemError(Exception):
    """A service's refusal as a problem code: ``str()`` is the English sentence (the CLI's and
    the logs'), ``problem`` what the window words in the owner's language."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem
