"""Demo data for the Compose screen: a post in progress, so the screen opens with something."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.compose.drafts import (
    Draft,
    MediaDraft,
    TargetDraft,
    remember_open,
    save_draft,
)
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, MediaAsset, Rubric

TEXT = (
    "This weekend only: our cardamom buns come with a free coffee. ☕\n"
    "Pre-order at korenbloem.example/weekend and skip the queue.\n"
    "#bakery #cardamom #weekend"
)
X_TEXT = "Cardamom buns + free coffee, this weekend only ☕ korenbloem.example/weekend #bakery"


def seed(store: Store, paths: AppPaths, now: dt.datetime) -> None:
    """One draft for every demo account, with its own shorter version for Bluesky, the demo's
    cardamom bun photo in Instagram's portrait shape, in the Product rubric."""
    with store.session_scope() as s:
        accounts = s.scalars(select(Account).order_by(Account.id)).all()
        targets = [TargetDraft(a.id, X_TEXT if a.platform == "bluesky" else None) for a in accounts]
        photo = s.scalars(select(MediaAsset.id).where(MediaAsset.original_name == "IMG_2057.jpg"))
        media = [MediaDraft(a, None, "instagram.portrait") for a in photo]
        rubric = s.scalar(select(Rubric.id).where(Rubric.name == "Product"))
    draft = save_draft(
        store,
        Draft(
            text=TEXT,
            title="Weekend cardamom buns",
            rubric_id=rubric,
            targets=targets,
            media=media,
        ),
    )
    remember_open(store, draft.post_id)  # the composer opens on it
