"""The services' problem codes worded in the owner's language.

A service reports ``Problem(code, **values)`` (``domain/problems.py``, whose English table the
CLI uses); here each code has its sentence under the translation context "Problems", with Qt's
``%1``..``%9`` filled by ``arg()`` and ``%n`` for the count a sentence depends on. Values that are
words (a platform, a CSV column, "text" or "caption") are worded here too.

``Problems.tr`` (not ``QCoreApplication.translate``) is what pyside6-lupdate reads as numerus
when a count is passed, so every sentence below goes through it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.problems import Problem, Value, failure_code
from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP, arg

CONTEXT = "Problems"


# Whether each sentence looked up while wording one problem had a translation (see words()).
_found: list[bool] = []


class Problems:
    """``Problems.tr("...")``: lupdate files these strings under the context "Problems"."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        out = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
        # untranslated, Qt still fills in %n (in the locale's digits where they are not ASCII,
        # i18n._LocaleTexts): that is not a translation
        untranslated = (
            {text.replace("%n", str(n)), text.replace("%n", QLocale().toString(n))}
            if n >= 0
            else {text}
        )
        _found.append(out not in untranslated)
        return out


def _image_words(why: str) -> str:
    """Why an imported image is refused, by the media module's error class (media/errors.py);
    ``%1`` is the file's name."""
    sentences: dict[str, Callable[[], str]] = {
        "EmptyFileError": lambda: Problems.tr("The image %1 is an empty file."),
        "NotAnImageError": lambda: Problems.tr("%1 is not a picture SMM Desk can read."),
        "CorruptImageError": lambda: Problems.tr("The image %1 is damaged or cut short."),
        "ImageTooLargeError": lambda: Problems.tr("The image %1 is too large to open."),
        "TooBigForPlatformError": lambda: Problems.tr("The image %1 is too big for the platform."),
    }
    chosen = sentences.get(why)
    return chosen() if chosen else Problems.tr("SMM Desk can't use the image %1.")


def _word(text: str) -> str:
    """A value that is a word (a platform's name, a column): translated, not counted."""
    return QCoreApplication.translate(CONTEXT, text)


# Brand names: most languages keep them, some write them in their own script.
_PLATFORM_NAMES: dict[str, str] = {
    "x": QT_TRANSLATE_NOOP("Problems", "X"),
    "bluesky": QT_TRANSLATE_NOOP("Problems", "Bluesky"),
    "mastodon": QT_TRANSLATE_NOOP("Problems", "Mastodon"),
    "threads": QT_TRANSLATE_NOOP("Problems", "Threads"),
    "instagram": QT_TRANSLATE_NOOP("Problems", "Instagram"),
    "facebook": QT_TRANSLATE_NOOP("Problems", "Facebook"),
    "linkedin": QT_TRANSLATE_NOOP("Problems", "LinkedIn"),
    "telegram": QT_TRANSLATE_NOOP("Problems", "Telegram"),
    "vk": QT_TRANSLATE_NOOP("Problems", "VK"),
    "pinterest": QT_TRANSLATE_NOOP("Problems", "Pinterest"),
    "tiktok": QT_TRANSLATE_NOOP("Problems", "TikTok"),
    "youtube": QT_TRANSLATE_NOOP("Problems", "YouTube"),
}

# The plan CSV's columns as the owner knows them (the header names stay as written in the file).
_COLUMNS: dict[str, str] = {
    "scheduled_at": QT_TRANSLATE_NOOP("Problems", "date (scheduled_at)"),
    "accounts": QT_TRANSLATE_NOOP("Problems", "accounts"),
    "text": QT_TRANSLATE_NOOP("Problems", "text"),
    "media": QT_TRANSLATE_NOOP("Problems", "media"),
    "rubric": QT_TRANSLATE_NOOP("Problems", "rubric"),
}


def platform_name(platform: Value) -> str:
    """A platform's name for the owner (a platform added later keeps its own name)."""
    pid = str(platform)
    if pid in _PLATFORM_NAMES:
        return _word(_PLATFORM_NAMES[pid])
    p = PLATFORMS.get(pid)
    return p.name if p is not None else pid


def account_label(platform: Value, handle: Value) -> str:
    """``Instagram @shop``, or the platform's name alone for an account without a handle."""
    if not handle:
        return platform_name(platform)
    return arg(Problems.tr("%1 @%2"), platform_name(platform), handle)


def _column(name: Value) -> str:
    key = str(name)
    return _word(_COLUMNS[key]) if key in _COLUMNS else key


# A post's state, as "This post is %1 now" names it (store.models.TargetState values).
_STATES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Problems", "a draft"),
    "scheduled": QT_TRANSLATE_NOOP("Problems", "scheduled"),
    "publishing": QT_TRANSLATE_NOOP("Problems", "being sent"),
    "published": QT_TRANSLATE_NOOP("Problems", "published"),
    "retry_wait": QT_TRANSLATE_NOOP("Problems", "waiting to be retried"),
    "failed": QT_TRANSLATE_NOOP("Problems", "failed"),
    "unconfirmed": QT_TRANSLATE_NOOP("Problems", "waiting to be checked"),
    "due": QT_TRANSLATE_NOOP("Problems", "waiting for you to post it"),
    "skipped": QT_TRANSLATE_NOOP("Problems", "skipped"),
}


def _state(name: Value) -> str:
    key = str(name)
    return _word(_STATES[key]) if key in _STATES else key.replace("_", " ")


def _photos_note(v: Mapping[str, Value]) -> str:
    """The sentence added when the photos of a post sent in two parts are already out."""
    if not v.get("photos_sent"):
        return ""
    if v.get("url"):
        note = arg(
            Problems.tr(
                "The photos are already on %1 (%2); only the text is missing or unsure, and "
                "sending again sends only the text."
            ),
            platform_name(v["platform"]),
            v["url"],
        )
    else:
        note = arg(
            Problems.tr(
                "The photos are already on %1; only the text is missing or unsure, and sending "
                "again sends only the text."
            ),
            platform_name(v["platform"]),
        )
    return " " + note


def _gave_up(v: Mapping[str, Value]) -> str:
    cause = str(v["cause"])
    tries = _n(v["tries"])
    # a platform that kept failing: one sentence, not "it will try again" then "it stopped"
    if cause == "publish_server_error":
        text = Problems.tr(
            "%1 had a problem on its side %n time(s) in a row, so SMM Desk stopped trying. "
            "Click Retry when %1 works again.",
            "",
            tries,
        )
    elif cause == "publish_network":
        text = Problems.tr(
            "SMM Desk could not reach %1 %n time(s) in a row, so it stopped trying. Check the "
            "internet connection, then click Retry.",
            "",
            tries,
        )
    elif cause == "publish_rate_limited":
        text = Problems.tr(
            "%1 asked SMM Desk to slow down %n time(s) in a row, so it stopped trying. Click "
            "Retry a little later.",
            "",
            tries,
        )
    else:
        text = ""
    if text:
        return arg(text, platform_name(v["platform"]))
    # anything else: the cause's own sentence (its wording table entry, so every lookup
    # counts), then the tries
    values = {k: x for k, x in v.items() if k not in ("cause", "tries")}
    wording = WORDS.get(cause)
    first = wording(values) if wording is not None else Problem(cause, **values).message
    stopped = Problems.tr(
        "It kept failing after %n tries, so SMM Desk stopped. Click Retry when the platform "
        "works again.",
        "",
        tries,
    )
    return f"{first} {stopped}"


def _schedule_job(v: Mapping[str, Value]) -> str:
    # the scheduler's own name for its job (Task Scheduler, launchd, systemd) stays as it is
    minutes = _n(v["minutes"])
    if v["system"] == "windows":
        text = Problems.tr("Task Scheduler task “%1”, every %n minute(s)", "", minutes)
    elif v["system"] == "macos":
        text = Problems.tr("launchd agent %1, every %n minute(s)", "", minutes)
    else:
        text = Problems.tr("systemd user timer %1, every %n minute(s)", "", minutes)
    return arg(text, v["name"])


def _photo(name: Value) -> str:
    return str(name) or QCoreApplication.translate("Problems", "A photo")


def _n(value: Value) -> int:
    return int(value)


def _local_time(iso: Value) -> str:
    """An ISO instant as the owner's clock shows it (short time, the locale's digits)."""
    when = QDateTime.fromString(str(iso), Qt.DateFormat.ISODate)
    if not when.isValid():
        return str(iso)
    return QLocale().toString(when.toLocalTime().time(), QLocale.FormatType.ShortFormat)


def _stats_slow_down(v: Mapping[str, Value]) -> str:
    """A platform's "slow down" during a refresh; ``kept``: posts whose figures were read."""
    if _n(v.get("kept", 0)) > 0:
        return arg(
            Problems.tr(
                "%1 asks SMM Desk to slow down. The figures of %n post(s) were read and kept; "
                "the others are fetched at a later refresh.",
                "",
                _n(v["kept"]),
            ),
            platform_name(v["platform"]),
        )
    return arg(
        Problems.tr("%1 asks SMM Desk to slow down. It will try again later by itself."),
        platform_name(v["platform"]),
    )


def _too_long(v: Mapping[str, Value]) -> str:
    over = _n(v["length"]) - _n(v["limit"])
    if v["part"] == "caption":
        text = Problems.tr(
            "The caption is too long for %1: %2 of %3 characters. Remove %n character(s).",
            "",
            over,
        )
    else:
        text = Problems.tr(
            "The text is too long for %1: %2 of %3 characters. Remove %n character(s).", "", over
        )
    return arg(text, platform_name(v["platform"]), v["length"], v["limit"])


def _too_many_images(v: Mapping[str, Value]) -> str:
    # two whole sentences, each with its own count to agree with
    limit = arg(
        Problems.tr("%1 takes at most %n image(s); this post has %2.", "", _n(v["limit"])),
        platform_name(v["platform"]),
        v["found"],
    )
    extra = Problems.tr(
        "Remove %n photo(s), or remove this account from the post.",
        "",
        _n(v["found"]) - _n(v["limit"]),
    )
    return f"{limit} {extra}"


def _quoted(name: Value) -> str:
    return arg(Problems.tr("“%1”"), name)


def _missing_columns(v: Mapping[str, Value]) -> str:
    """The required columns a stats file lacks, as a list in the locale's way."""
    parts = []
    if v["id"]:
        names = [_quoted(n) for n in str(v["id_columns"]).split("\n") if n]
        if len(names) == 2:
            parts.append(arg(Problems.tr("%1 or %2"), *names))
        elif names:
            parts.extend(names)
        else:
            parts.append(Problems.tr("a post id"))
    if v["date"]:
        parts.append(_quoted(v["date"]))
    if v["figures"]:
        parts.append(Problems.tr("any column of figures"))
    return QLocale().createSeparatedList(parts)


def _cannot_move(v: Mapping[str, Value]) -> str:
    from smmdesk_gui.ui.calendar.models import state_label  # the plan's own state names

    return arg(
        Problems.tr("A post in the state “%1” can't be moved; duplicate it instead (Ctrl-drag)."),
        state_label(str(v["state"])),
    )


def _header_missing(v: Mapping[str, Value]) -> str:
    names = [_quoted(m) for m in str(v["missing"]).split("\n")]
    missing = arg(Problems.tr("%1 or %2"), *names) if len(names) == 2 else names[0]
    return arg(
        Problems.tr("The header has no column %1. Expected columns: %2."), missing, v["columns"]
    )


_SLOT_HINT = QT_TRANSLATE_NOOP("Problems", "Write posting times like “Tue 12:30, Sat 10:00”.")


# figures the stats' own names do not cover (ui/report/labels.py has likes, reach, ...)
_FIGURES: dict[str, str] = {
    "amount": QT_TRANSLATE_NOOP("Problems", "Amount"),
    "leads": QT_TRANSLATE_NOOP("Problems", "Leads"),
}


def _figure(name: Value) -> str:
    """A figure's name as the dashboard's forms call it."""
    from smmdesk_gui.ui.report.labels import part  # the dashboard's names of its figures

    key = str(name)
    return _word(_FIGURES[key]) if key in _FIGURES else part(key)


def _add_account(v: Mapping[str, Value]) -> str:
    if not v["platform"]:
        return Problems.tr("Add your account to SMM Desk first, then import its stats.")
    return arg(
        Problems.tr("Add your %1 account to SMM Desk first, then import its stats."),
        platform_name(v["platform"]),
    )


Words = Callable[[Mapping[str, Value]], str]

#: Every code (``domain.problems.CODES``) and its sentence in the owner's language.
WORDS: dict[str, Words] = {
    "invalid_characters": lambda v: arg(
        Problems.tr(
            "The text holds an invisible character %1 refuses (%2), often pasted in from "
            "another app. Delete it where the text turns red."
        ),
        platform_name(v["platform"]),
        v["char"],
    ),
    "too_long": _too_long,
    "too_many_bytes": lambda v: arg(
        Problems.tr(
            "The text is too long for %1: it takes %2 of %3 bytes (emoji and non-Latin letters "
            "take more room). Shorten it."
        ),
        platform_name(v["platform"]),
        v["bytes"],
        v["limit"],
    ),
    "too_many_hashtags": lambda v: arg(
        Problems.tr("%1 allows %n hashtag(s); this has %2. Remove %3.", "", _n(v["limit"])),
        platform_name(v["platform"]),
        v["found"],
        _n(v["found"]) - _n(v["limit"]),
    ),
    "extra_hashtags": lambda v: arg(
        Problems.tr(
            "%1 turns only the first hashtag into a topic; the other %n stay plain text.",
            "",
            _n(v["extra"]),
        ),
        platform_name(v["platform"]),
    ),
    "too_many_mentions": lambda v: arg(
        Problems.tr("%1 allows %n @mention(s); this has %2. Remove %3.", "", _n(v["limit"])),
        platform_name(v["platform"]),
        v["found"],
        _n(v["found"]) - _n(v["limit"]),
    ),
    "too_many_links": lambda v: arg(
        Problems.tr("%1 allows %n link(s) per post; this has %2. Remove %3.", "", _n(v["limit"])),
        platform_name(v["platform"]),
        v["found"],
        _n(v["found"]) - _n(v["limit"]),
    ),
    "needs_reconnect": lambda v: arg(
        Problems.tr(
            "%1 needs reconnecting: open Accounts and sign in again, or remove this account "
            "from the post."
        ),
        account_label(v["platform"], v["handle"]),
    ),
    "account_disabled": lambda v: arg(
        Problems.tr("%1 is switched off: turn it on in Accounts or remove it from the post."),
        account_label(v["platform"], v["handle"]),
    ),
    "empty": lambda v: arg(
        Problems.tr("The post for %1 is empty: write some text."),
        account_label(v["platform"], v["handle"]),
    ),
    "needs_image": lambda v: arg(
        Problems.tr("%1 needs at least one image: add a photo."), platform_name(v["platform"])
    ),
    "too_many_images": _too_many_images,
    "alt_text_missing": lambda v: Problems.tr(
        "%n image(s) without a description (alt text): people who cannot see the photo will "
        "miss it.",
        "",
        _n(v["count"]),
    ),
    "time_in_past": lambda v: arg(
        Problems.tr("The time for %1 is in the past: pick a later time or choose Post now."),
        account_label(v["platform"], v["handle"]),
    ),
    "image_too_small": lambda v: arg(
        Problems.tr(
            "%1 is too small for %2: it takes pictures at least %3 pixels wide, this one is "
            "%4. Use a larger photo, or remove this account."
        ),
        _photo(v["photo"]),
        platform_name(v["platform"]),
        v["least"],
        v["width"],
    ),
    "animation_lost": lambda v: arg(
        Problems.tr(
            "%1 does not play animated GIFs: %2 will be posted as a still picture (its first "
            "frame)."
        ),
        platform_name(v["platform"]),
        _photo(v["photo"]),
    ),
    "animation_too_large": lambda v: arg(
        Problems.tr(
            "%1 is larger than the %2 MB %3 takes for an animation: if it cannot be made small "
            "enough, it is posted as a still picture."
        ),
        _photo(v["photo"]),
        QLocale().toString(float(v["max_bytes"]) / (1024 * 1024), "g", 6),  # locale's digits
        platform_name(v["platform"]),
    ),
    "heavy_crop": lambda v: arg(
        Problems.tr(
            "%1 shows only %2% of %3 (its shape is cut to fit): check the preview, or move the "
            "photo's focus point on the Media screen."
        ),
        platform_name(v["platform"]),
        v["percent"],
        _photo(v["photo"]),
    ),
    "csv_nul": lambda v: arg(
        Problems.tr(
            "The %1 column holds a NUL character (a zero byte), which no post can contain. "
            "Delete it and try again."
        ),
        _column(v["column"]),
    ),
    "csv_bad_account": lambda v: arg(
        Problems.tr("“%1” is not an account like instagram:@yourshop (platform, colon, handle)."),
        v["item"],
    ),
    "csv_unknown_account": lambda v: arg(
        Problems.tr(
            "There is no account %1:%2 in SMM Desk. Add it under Accounts, or fix the spelling."
        ),
        v["platform"],
        v["handle"],
    ),
    "csv_no_account": lambda v: Problems.tr(
        "No account is given: write at least one, like instagram:@yourshop, or leave the date "
        "empty to keep the post as an idea."
    ),
    "csv_date_out_of_range": lambda v: arg(
        Problems.tr("“%1” is too far in the past or the future. Use a date between %2 and %3."),
        v["value"],
        v["first"],
        v["last"],
    ),
    "csv_not_a_date": lambda v: arg(
        Problems.tr(
            "“%1” is not a date and time. Write it like 2026-06-02 12:30 (or "
            "2026-06-02T12:30+02:00 with a UTC offset)."
        ),
        v["value"],
    ),
    "csv_in_past": lambda v: arg(
        Problems.tr(
            "%1 is in the past. Change the date, or leave it empty to keep the post as an idea."
        ),
        v["when"],
    ),
    "csv_image_missing": lambda v: arg(Problems.tr("The image file %1 is missing."), v["file"]),
    "csv_empty": lambda v: Problems.tr("The post has no text and no image."),
    "csv_no_posting_times": lambda v: arg(
        Problems.tr(
            "%1:%2 has no posting times for the queue. Add some in the account's queue "
            "settings, or give the row a date."
        ),
        v["platform"],
        v["handle"],
    ),
    "csv_too_many_images": lambda v: arg(
        Problems.tr("%1 images: %2 takes at most %n in one post.", "", _n(v["limit"])),
        v["found"],
        platform_name(v["platform"]),
    ),
    "csv_needs_image": lambda v: arg(
        Problems.tr("%1 needs at least one image in a post."), platform_name(v["platform"])
    ),
    # the platform's own reason ("detail") is not part of these: the window shows it behind
    # "Details", as the platform wrote it
    "publish_rate_limited": lambda v: arg(
        Problems.tr("%1 asks SMM Desk to slow down. It will try again shortly."),
        platform_name(v["platform"]),
    ),
    "publish_server_error": lambda v: arg(
        Problems.tr("%1 had a problem on its side. SMM Desk will try again."),
        platform_name(v["platform"]),
    ),
    "publish_auth_expired": lambda v: arg(
        Problems.tr(
            "%1 no longer accepts the saved login. Open Accounts and reconnect this account."
        ),
        platform_name(v["platform"]),
    ),
    "publish_network": lambda v: arg(
        Problems.tr("SMM Desk could not reach %1. It will try again."),
        platform_name(v["platform"]),
    ),
    "publish_rejected": lambda v: arg(
        Problems.tr("%1 refused the post. Change the post and schedule it again."),
        platform_name(v["platform"]),
    ),
    # --- connecting, checking and removing accounts (services/accounts.py) ---
    "account_gone": lambda v: Problems.tr("This account does not exist any more."),
    "account_not_connected": lambda v: arg(
        Problems.tr("SMM Desk cannot post to %1 by itself."), platform_name(v["platform"])
    ),
    "account_unknown_platform": lambda v: arg(
        Problems.tr("Unknown platform “%1”. Choose one of: %2."), v["platform"], v["known"]
    ),
    "account_no_handle": lambda v: Problems.tr("Enter the account's handle or name."),
    "account_no_channel": lambda v: Problems.tr(
        "Enter the Telegram channel (@name or its numeric id)."
    ),
    "account_no_server": lambda v: Problems.tr(
        "Enter your Mastodon server's address, e.g. https://mastodon.social"
    ),
    "server_not_full_address": lambda v: arg(
        Problems.tr(
            "“%1” is not a full server address. Enter it with https:// in front, e.g. "
            "https://mastodon.social"
        ),
        v["shown"],
    ),
    "server_not_https": lambda v: arg(
        Problems.tr(
            "SMM Desk does not send your login to %1 over an unencrypted connection (http://). "
            "Use the server's https:// address."
        ),
        v["host"],
    ),
    "account_exists": lambda v: arg(
        Problems.tr("%1 on %2 is already connected."), v["handle"], platform_name(v["platform"])
    ),
    "account_needs_secret": lambda v: arg(
        Problems.tr("%1 needs a password or token to connect; none was given."),
        platform_name(v["platform"]),
    ),
    "account_assisted_no_secret": lambda v: arg(
        Problems.tr(
            "SMM Desk posts to %1 with your help (assisted publishing) and needs no password "
            "for it."
        ),
        platform_name(v["platform"]),
    ),
    "account_secret_missing": lambda v: Problems.tr(
        "The saved password or token is missing. Reconnect the account."
    ),
    # the platform's own reason ("detail") and the connector's English sentence go behind
    # "Details" on the Accounts screen
    "account_auth_expired": lambda v: arg(
        Problems.tr("%1 did not accept the login. Check it and connect the account again."),
        platform_name(v["platform"]),
    ),
    "account_rejected": lambda v: arg(
        Problems.tr("%1 refused the connection. Check the account's details and try again."),
        platform_name(v["platform"]),
    ),
    "account_network": lambda v: arg(
        Problems.tr("SMM Desk could not reach %1. Check the internet connection and try again."),
        platform_name(v["platform"]),
    ),
    "account_rate_limited": lambda v: arg(
        Problems.tr("%1 asks SMM Desk to slow down. Wait a few minutes and try again."),
        platform_name(v["platform"]),
    ),
    "account_server_error": lambda v: arg(
        Problems.tr("%1 had a problem on its side. Try again later."),
        platform_name(v["platform"]),
    ),
    "keyring_failed": lambda v: Problems.tr(
        "SMM Desk could not use the system's keyring, where it keeps your logins. Check that "
        "the keyring is unlocked, then try again."
    ),
    "user_token_not_vk": lambda v: Problems.tr("Only VK accounts take a user token."),
    "user_token_empty": lambda v: Problems.tr("Paste the user token first."),
    "user_token_refused": lambda v: Problems.tr(
        "This user token cannot upload photos for the community: create it as an "
        "administrator of the community with the rights photos and wall."
    ),
    "account_deleted": lambda v: arg(Problems.tr("%1 was removed."), v["handle"]),
    "account_disconnected": lambda v: arg(
        Problems.tr(
            "%1 was disconnected and its login deleted. Its past posts stay in the plan; %n "
            "scheduled post(s) went back to drafts.",
            "",
            _n(v["drafts"]),
        ),
        v["handle"],
    ),
    "account_removed": lambda v: Problems.tr("Removed: its saved login was deleted."),
    # --- the publishing queue (services/publish/) ---
    "publish_login_missing": lambda v: Problems.tr(
        "The saved login of this account is missing. Reconnect it in Accounts."
    ),
    "vk_photos_need_user_token": lambda v: Problems.tr(
        "VK lets only a person, not a community token, upload photos to a wall. Post this one "
        "on VK yourself, or add a user token to this account in Accounts so SMM Desk can send "
        "photos next time."
    ),
    "publish_image_unprepared": lambda v: Problems.tr(
        "An image of this post cannot be prepared. Replace it and try again."
    ),
    "publish_stopped": lambda v: arg(
        Problems.tr("Sending stopped on an unexpected error (%1)."), v["error"]
    ),
    "publish_crashed": lambda v: arg(
        Problems.tr(
            "Sending stopped on an unexpected error (%1). SMM Desk will try again; the details "
            "are in its log."
        ),
        v["error"],
    ),
    "publish_crashed_unsure": lambda v: arg(
        Problems.tr(
            "Sending stopped on an unexpected error (%1). The post may have gone out: look at "
            "the platform; if it is there, mark it as published, if not, send it again."
        ),
        v["error"],
    ),
    "publish_answer_lost": lambda v: (
        arg(
            Problems.tr(
                "The answer of %1 to this post was lost or unreadable, so SMM Desk cannot know "
                "whether it went out. Look at %1: if the post is there, mark it as published; if "
                "not, send it again."
            ),
            platform_name(v["platform"]),
        )
        + _photos_note(v)
    ),
    "publish_gave_up": _gave_up,
    "publish_interrupted_before": lambda v: Problems.tr(
        "SMM Desk stopped before sending this post; it will be sent now."
    ),
    "publish_interrupted_resume": lambda v: arg(
        Problems.tr(
            "SMM Desk stopped while sending this post to %1. It will check and finish the job "
            "without posting twice."
        ),
        platform_name(v["platform"]),
    ),
    "publish_interrupted_unsure": lambda v: (
        arg(
            Problems.tr(
                "SMM Desk stopped while sending this post to %1, so it cannot know whether "
                "it went out. Look at %1: if the post is there, mark it as published; if not, "
                "send it again."
            ),
            platform_name(v["platform"]),
        )
        + _photos_note(v)
    ),
    # the account's own reason (English) is left out: the Accounts screen words it
    "publish_waiting_disabled": lambda v: arg(
        Problems.tr("Waiting: %1 on %2 is switched off. Turn it on in Accounts to send this post."),
        v["handle"],
        platform_name(v["platform"]),
    ),
    "publish_waiting_reconnect": lambda v: arg(
        Problems.tr("Waiting for %1 on %2 to be reconnected in Accounts; then this post goes out."),
        v["handle"],
        platform_name(v["platform"]),
    ),
    "post_state_changed": lambda v: arg(
        Problems.tr("This post is %1 now; nothing was changed."), _state(v["state"])
    ),
    "retry_not_failed": lambda v: arg(
        Problems.tr("This post is %1 now; there is nothing to retry."), _state(v["state"])
    ),
    "retry_needs_reconnect": lambda v: arg(
        Problems.tr("%1 on %2 needs reconnecting first: open Accounts, reconnect it, then retry."),
        v["handle"],
        platform_name(v["platform"]),
    ),
    "retry_account_disabled": lambda v: arg(
        Problems.tr("%1 on %2 is switched off: turn it on in Accounts, then retry."),
        v["handle"],
        platform_name(v["platform"]),
    ),
    "schedule_job": _schedule_job,
    "schedule_could_not_run": lambda v: arg(
        Problems.tr(
            "Could not run %1 (%2). Set it up by hand as described in the help "
            "(docs/publishing.md)."
        ),
        v["command"],
        v["error"],
    ),
    "schedule_refused": lambda v: arg(
        Problems.tr(
            "%1 refused (exit code %2). Set it up by hand as described in the help "
            "(docs/publishing.md)."
        ),
        v["command"],
        v["code"],
    ),
    "account_demo": lambda v: Problems.tr("Demo account: nothing is sent from the demo workspace."),
    "stats_too_big": lambda v: arg(
        Problems.tr("%1 is over 50 MB: is it really a stats export?"), v["name"]
    ),
    "stats_file_not_found": lambda v: arg(Problems.tr("File not found: %1"), v["path"]),
    "stats_is_folder": lambda v: arg(Problems.tr("%1 is a folder, not a CSV file."), v["path"]),
    "stats_not_text": lambda v: arg(
        Problems.tr("%1 is not a CSV text file (an Excel .xlsx? Save it as CSV first)."),
        v["name"],
    ),
    "stats_empty_file": lambda v: arg(Problems.tr("%1 is empty."), v["name"]),
    "stats_no_such_account": lambda v: arg(
        Problems.tr("There is no account with id %1."), v["account_id"]
    ),
    "stats_add_account": _add_account,
    "stats_several_accounts": lambda v: arg(
        Problems.tr("Several accounts could be meant; choose one of: %1."), v["choices"]
    ),
    "stats_missing_columns": lambda v: arg(
        Problems.tr("%1 does not look like a “%2” file: it has no column %3. Its columns are: %4."),
        v["name"],
        v["kind"],
        _missing_columns(v),
        v["columns"],
    ),
    "stats_stopped": lambda v: Problems.tr("The import was stopped; nothing was stored."),
    "stats_no_post_id": lambda v: Problems.tr("No post id or link."),
    "stats_not_a_date": lambda v: arg(
        Problems.tr("%1: “%2” is not a date."), v["column"], v["value"]
    ),
    "stats_not_a_number": lambda v: arg(
        Problems.tr("%1: “%2” is not a number."), v["column"], v["value"]
    ),
    "stats_no_publish_time": lambda v: Problems.tr(
        "No publish time, for a post SMM Desk does not know yet."
    ),
    "stats_no_date": lambda v: Problems.tr("No date."),
    "stats_negative": lambda v: arg(
        Problems.tr("%1: a figure cannot be negative (%2)."),
        v["column"],
        QLocale().toString(float(v["value"]), "g", 12),
    ),
    "stats_no_figures": lambda v: Problems.tr("No figures in this row."),
    "stats_entry_not_a_number": lambda v: arg(
        Problems.tr("%1: enter a number."), _figure(v["figure"])
    ),
    "stats_entry_negative": lambda v: arg(
        Problems.tr("%1: enter zero or a positive number."), _figure(v["figure"])
    ),
    "stats_entry_unknown": lambda v: arg(Problems.tr("Unknown figures: %1."), v["figures"]),
    "stats_entry_post_gone": lambda v: Problems.tr("That post no longer exists."),
    "stats_entry_account_gone": lambda v: Problems.tr("That account no longer exists."),
    "stats_entry_currency": lambda v: Problems.tr(
        "Currency: use the three-letter code, e.g. EUR or USD."
    ),
    "stats_entry_platform": lambda v: Problems.tr("Platform: choose where the ad ran."),
    "plan_post_deleted": lambda v: Problems.tr(
        "This post was deleted meanwhile; nothing was changed."
    ),
    "plan_post_deleted_copy": lambda v: Problems.tr(
        "This post was deleted meanwhile; nothing was copied."
    ),
    "plan_published_kept": lambda v: Problems.tr(
        "A published post stays in the plan as a record; it can't be deleted."
    ),
    "plan_cannot_move": _cannot_move,
    "plan_draft_post_now": lambda v: Problems.tr(
        "This post is a draft: open it, check it and schedule it first."
    ),
    "plan_copy_needs_date": lambda v: Problems.tr(
        "Only a post with a date can be copied onto a time."
    ),
    "plan_no_accounts": lambda v: Problems.tr(
        "Pick at least one account for this post before scheduling it."
    ),
    "plan_no_posting_times": lambda v: arg(
        Problems.tr(
            "%1 has no posting times yet. Add some (e.g. Tue 12:30) in the account's queue "
            "settings."
        ),
        account_label(v["platform"], v["handle"]),
    ),
    "plan_queue_full": lambda v: arg(
        Problems.tr("Every posting time of %1 is taken for the next year. Add more posting times."),
        account_label(v["platform"], v["handle"]),
    ),
    "plan_rubric_no_name": lambda v: Problems.tr("Give the rubric a name, e.g. “Useful tips”."),
    "plan_rubric_name_too_long": lambda v: Problems.tr(
        "A rubric name can have at most %n character(s).", "", _n(v["limit"])
    ),
    "plan_rubric_bad_colour": lambda v: arg(
        Problems.tr("“%1” is not a colour like #3a7bd5."), v["colour"]
    ),
    "plan_rubric_bad_share": lambda v: arg(
        Problems.tr("A target share is between %1 and %2."),
        QLocale().toString(0) + QLocale().percent(),
        QLocale().toString(100) + QLocale().percent(),
    ),
    "plan_rubric_exists": lambda v: arg(
        Problems.tr("There is already a rubric called “%1”."), v["name"]
    ),
    "plan_rubric_shares_over": lambda v: arg(
        Problems.tr("The target shares would add up to more than 100%; at most %1 is left."),
        QLocale().toString(round(float(v["free"]) * 100)) + QLocale().percent(),
    ),
    "plan_rubric_deleted": lambda v: Problems.tr("This rubric was deleted meanwhile."),
    "plan_account_removed": lambda v: Problems.tr("This account was removed meanwhile."),
    "plan_slot_unreadable": lambda v: arg(
        Problems.tr("“%1” is not a posting time like “Tue 12:30”. %2"),
        v["value"],
        _word(_SLOT_HINT),
    ),
    "plan_slot_weekday": lambda v: arg(
        Problems.tr("“%1” is not a weekday. %2"), v["value"], _word(_SLOT_HINT)
    ),
    "plan_slot_time": lambda v: arg(
        Problems.tr("“%1” is not a time of day. %2"), v["value"], _word(_SLOT_HINT)
    ),
    "plan_import_not_redoable": lambda v: Problems.tr(
        "This import can't be redone; import the file again."
    ),
    "csv_file_missing": lambda v: arg(Problems.tr("The file %1 does not exist."), v["path"]),
    "csv_file_empty": lambda v: arg(
        Problems.tr("The file is empty: it needs a header row with %1."), v["columns"]
    ),
    "csv_header_missing": _header_missing,
    "csv_column_twice": lambda v: arg(
        Problems.tr(
            "The column “%1” appears twice. Keep one and delete the other, then try again."
        ),
        v["column"],
    ),
    "csv_too_many_rows": lambda v: Problems.tr(
        "The file has more than %n post(s); SMM Desk imports at most %n at a time. Split it "
        "into smaller files.",
        "",
        _n(v["limit"]),
    ),
    "csv_cell_too_long": lambda v: Problems.tr(
        "A cell has more than %n character(s), far longer than any post. Check that this is "
        "the right file, or shorten the cell.",
        "",
        _n(v["limit"]),
    ),
    "csv_not_utf8": lambda v: Problems.tr(
        "The file is not UTF-8 text. In your spreadsheet app choose “CSV UTF-8” when saving."
    ),
    # the csv module's own reason (e.g. "unexpected end of data") is for the log, not the owner
    "csv_invalid": lambda v: Problems.tr(
        "The file is not a valid CSV file. Save it again from your spreadsheet app as CSV."
    ),
    "csv_image_unusable": lambda v: arg(_image_words(str(v.get("why", ""))), v["file"]),
    "csv_image_unreadable": lambda v: arg(Problems.tr("The image %1 can't be read."), v["path"]),
    # --- live figures of one account (services/stats/refresh.py); the English line the CLI
    # prints ("reason") and the platform's own words go behind the Dashboard's tooltip ---
    "stats_waiting": lambda v: arg(
        Problems.tr("%1 asked SMM Desk to slow down; the figures are fetched again after %2."),
        platform_name(v["platform"]),
        _local_time(v["until"]),
    ),
    "stats_rate_limited": _stats_slow_down,
    "stats_network": lambda v: arg(
        Problems.tr("SMM Desk could not reach %1; the figures are fetched at the next refresh."),
        platform_name(v["platform"]),
    ),
    "stats_auth_expired": lambda v: arg(
        Problems.tr(
            "%1 no longer accepts the saved login. Open Accounts and reconnect the account."
        ),
        platform_name(v["platform"]),
    ),
    "stats_server_error": lambda v: arg(
        Problems.tr(
            "%1 did not give the figures. SMM Desk tries again at the next refresh; if this "
            "stays, import the platform's stats file instead."
        ),
        platform_name(v["platform"]),
    ),
    "stats_rejected": lambda v: arg(
        Problems.tr(
            "%1 did not give the figures. SMM Desk tries again at the next refresh; if this "
            "stays, import the platform's stats file instead."
        ),
        platform_name(v["platform"]),
    ),
    "stats_failed": lambda v: arg(
        Problems.tr(
            "The figures from %1 could not be read. SMM Desk tries again at the next refresh."
        ),
        platform_name(v["platform"]),
    ),
    "stats_no_login": lambda v: Problems.tr(
        "This account has no saved login. Open Accounts and reconnect it."
    ),
    "stats_secret_missing": lambda v: Problems.tr(
        "The saved password or token is missing. Open Accounts and reconnect the account."
    ),
}


def failure_words(kind: str | None, platform: str) -> str | None:
    """The plain sentence for a failed platform call of ``kind``, translated; None when the
    kind has no code or its sentence is not translated (the service's own message is better
    then: it says more, in English)."""
    if not kind:
        return None
    problem = Problem(failure_code(kind), platform=platform)
    if problem.code not in WORDS:
        return None
    said = words(problem)
    return None if said == problem.message else said


def words(problem: Problem) -> str:
    """``problem`` in the owner's language.

    Where no sentence of it is translated (the English window, or a string the translators have
    not reached yet), the English table's sentence is shown: it has real plurals ("1 photo",
    "2 photos") where Qt's untranslated source says "photo(s)". An unknown code also falls back.
    """
    wording = WORDS.get(problem.code)
    if wording is None:
        return problem.message
    _found.clear()
    text = wording(problem.values)
    return text if any(_found) else problem.message


def translated(problem: Problem) -> str | None:
    """``problem`` in the owner's language; None when none of its sentences is translated
    (the English window, or a sentence the translators have not reached yet)."""
    if problem.code not in WORDS:
        return None
    said = words(problem)
    return None if said == problem.message else said


def worded(problem: Problem | None, english: str | None) -> str:
    """What the window shows for a service's message.

    Args:
        problem: the message as a code with values (None for one kept before codes).
        english: the service's English sentence: shown where ``problem`` is not translated,
            since it may say more (a connector's own words), and where there is no code.
    """
    said = translated(problem) if problem is not None else None
    if said is not None:
        return said
    if english:
        return english
    return problem.message if problem is not None else ""


def error_words(exc: BaseException) -> str:
    """A service's exception (``AccountError`` and the like carry ``problem``), worded."""
    problem = getattr(exc, "problem", None)
    return worded(problem if isinstance(problem, Problem) else None, str(exc))


def row_words(row: int | None, problem: Problem) -> str:
    """A problem of one row of an imported file ("Row 3: ..."), or of the whole file."""
    said = words(problem)
    if row is None:
        return said
    return arg(QCoreApplication.translate(CONTEXT, "Row %1: %2"), QLocale().toString(row), said)
