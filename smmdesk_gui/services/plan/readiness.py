"""Whether a post may be scheduled as it is: the composer's checks, for the plan's shortcuts.

An idea dropped on a day skips the composer; it must not skip what the composer would refuse
(``services/compose/checks.py``): an Instagram post without a photo, a text too long for X, an
account that needs reconnecting. Such a post goes on the day as a draft, with the reasons said,
instead of a scheduled post that fails when its time comes.
"""

from __future__ import annotations

import datetime as dt

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.services.compose.checks import MediaInfo, check_account

# The composer's own mapping from an account row to what the checks read (limits of its server).
from smmdesk_gui.services.compose.drafts import _account_info
from smmdesk_gui.store.models import PostTarget


def blocking_reasons(
    target: PostTarget, when: dt.datetime | None, now: dt.datetime | None = None
) -> list[Problem]:
    """What stops ``target`` from being scheduled at ``when`` (empty: nothing): the composer's
    problem codes, which the window words in the owner's language.

    Args:
        target: a target loaded in the caller's session (its post, media and account are read).
        when: the instant it would go out, UTC.
        now: to refuse a time already past; None leaves the time unchecked.
    """
    media = [
        MediaInfo(
            asset_id=pm.asset_id,
            name=pm.asset.original_name,
            alt_text=pm.alt_text if pm.alt_text is not None else pm.asset.alt_text,
            width=pm.asset.width,
            height=pm.asset.height,
            bytes=pm.asset.bytes,
            mime=pm.asset.mime,
        )
        for pm in target.post.media
    ]
    check = check_account(_account_info(target.account), target.effective_text, media, when, now)
    return list(check.blocking)
