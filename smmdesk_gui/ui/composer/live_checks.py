"""The composer's live feedback: each account's count, the part over the limit marked in the
editors, the previews as each feed shows the post, and the problems list."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from smmdesk_gui.domain.text_rules import CountResult
from smmdesk_gui.services.compose.checks import check_draft, count_for

if TYPE_CHECKING:
    from smmdesk_gui.ui.composer.page import ComposePage


def recount(page: ComposePage) -> None:
    has_media = bool(page.media.asset_ids())
    results: dict[int, CountResult] = {}
    for aid in page.selected:
        account = page.accounts[aid]
        results[aid] = count_for(account, page.text_for(aid), has_media)
        page.counters.show_count(account, results[aid])
    page.results = results
    _mark(page, results)
    update_preview(page)
    _update_checks(page)


def _mark(page: ComposePage, results: dict[int, CountResult]) -> None:
    following = [
        results[aid].over_at
        for aid in page.selected
        if page.tabs_by_account[aid].override() is None and results[aid].over_at is not None
    ]
    page.editor.set_marker(min(following) if following else None)  # type: ignore[type-var]
    for aid, tab in page.tabs_by_account.items():
        tab.editor.set_marker(results[aid].over_at if aid in results else None)


def update_preview(page: ComposePage) -> None:
    """Every chosen account's post as its feed shows it: its text as the platform cuts it
    and the first photo as the media pipeline shapes it there (made on a worker; the plain
    thumbnail meanwhile)."""
    ids = page.media.asset_ids()
    first = page.media_info.get(ids[0]) if ids else None
    if first is not None:
        first = dataclasses.replace(first, preset=page.shape.current_preset())
    for aid, card in page.preview.cards.items():
        if aid not in page.results:
            continue
        image: QImage | None = None
        caption = ""
        if ids:
            platform = card.account.platform
            image = page.previews.get(ids[0], platform, page.shape.current_preset())
            if image is None:
                image = page.thumbs.get(ids[0])
            caption = card.caption(first, len(ids))
        card.show_post(page.text_for(aid), page.results[aid], image, caption)


def _update_checks(page: ComposePage) -> None:
    draft = page.current_draft()
    alt = page.media.alt_texts()
    media = [
        dataclasses.replace(
            page.media_info[m.asset_id], alt_text=alt.get(m.asset_id, ""), preset=m.preset
        )
        for m in draft.media
        if m.asset_id in page.media_info
    ]
    chosen = page.schedule.chosen(page.tz)  # None: post now or the next free slot
    when = {t.account_id: t.scheduled_at or chosen for t in draft.targets}
    checks = check_draft(
        draft.text,
        [page.accounts[a] for a in page.selected],
        {t.account_id: t.text_override for t in draft.targets},
        media,
        when,
        dt.datetime.now(dt.UTC),
    )
    page.checks = checks
    nothing_yet = (
        not draft.text.strip()
        and not draft.media
        and all(t.text_override is None for t in draft.targets)
    )
    if nothing_yet and page.selected:
        page.schedule.show_empty_post()  # a new post: no wall of red "empty" errors
    else:
        page.schedule.show_checks(checks, bool(page.selected))
