"""The post in the composer's widgets and back: a stored draft shown exactly as it is, and the
editors read into a draft (what the autosave writes and Schedule sends)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from smmdesk_gui.services.compose import drafts

if TYPE_CHECKING:
    from smmdesk_gui.ui.composer.page import ComposePage


def show_draft(page: ComposePage, draft: drafts.Draft) -> None:
    """Show ``draft`` in the editors exactly as stored (see ``ComposePage.open_draft``)."""
    if draft.post_id is not None and draft.post_id != page.post_id:
        page.autosaver.remember_open(draft.post_id)  # reopened after a kill too
    page.post_id = draft.post_id
    page._opened = draft
    page.editor.blockSignals(True)
    page.editor.setPlainText(draft.text)
    page.editor.blockSignals(False)
    page.tabs.set_master_text(draft.text)
    page._select([], {})  # fresh tabs: nothing of the previous post's versions stays
    page._select(
        [t.account_id for t in draft.targets if t.account_id in page.accounts],
        {t.account_id: t.text_override for t in draft.targets},
    )
    post_time = common_time(draft)
    page._timed = post_time is not None
    if post_time is not None:
        page.schedule.show_time(post_time, page.tz)
    for t in draft.targets:
        tab = page.tabs_by_account.get(t.account_id)
        if tab is not None:
            own = t.scheduled_at if t.scheduled_at != post_time else None
            tab.set_own_time(own, page.tz)
            if own is None:
                tab.when.blockSignals(True)
                tab.when.setDateTime(page.schedule.when.dateTime())
                tab.when.blockSignals(False)
    page.rubric.set_current(draft.rubric_id)
    page.shape.set_current(next((m.preset for m in draft.media if m.preset), None))
    infos = drafts.media_infos(page.ctx.store, draft.media)
    page.media_info = {m.asset_id: m for m in infos}
    page.media.set_items([(m.asset_id, m.name, m.alt_text) for m in infos])
    for m in infos:
        page.photo_intake.load_thumbnail(m.asset_id)
    page.autosaver.mark_clean()
    page.recount()


def read_draft(page: ComposePage) -> drafts.Draft:
    """The post as the editors show it now (what the autosave writes)."""
    tabs = [page.tabs_by_account[aid] for aid in page.selected]
    post_time = page.schedule.chosen(page.tz) if page._timed else None
    alt = page.media.alt_texts()
    own_alt = {m.asset_id for m in page._opened.media if m.alt_text is not None}
    targets = [
        drafts.TargetDraft(t.account.id, t.override(), t.own_instant(page.tz) or post_time)
        for t in tabs
    ]
    return drafts.Draft(
        post_id=page.post_id,
        text=page.editor.toPlainText(),
        title=page._opened.title,
        notes=page._opened.notes,
        rubric_id=page.rubric.current_id(),
        targets=targets,
        media=[
            # a description of its own in this post stays this post's (as edited here)
            drafts.MediaDraft(
                a, alt.get(a, "") if a in own_alt else None, page.shape.current_preset()
            )
            for a in page.media.asset_ids()
        ],
    )


def common_time(draft: drafts.Draft) -> dt.datetime | None:
    """The post's time: the one most of its versions share (the earliest on a tie). The
    versions at another time keep theirs as their own.

    None when a version has no time: a draft's versions without a time go with whatever time
    it is given at Schedule, and the ones with a time were given their own.
    """
    times = [t.scheduled_at for t in draft.targets if t.scheduled_at is not None]
    if not times or len(times) < len(draft.targets):
        return None
    counts = Counter(times)
    return min(counts, key=lambda at: (-counts[at], at))
