"""Demo data for the Compose screen: a post in progress, so the screen opens with something."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.compose.drafts import Draft, TargetDraft, remember_open, save_draft
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account

TEXT = (
    "This weekend only: our cardamom buns come with a free coffee. ☕\n"
    "Pre-order at korenbloem.example/weekend and skip the queue.\n"
    "#bakery #cardamom #weekend"
)
X_TEXT = "Cardamom buns + free coffee, this weekend only ☕ korenbloem.example/weekend #bakery"


def seed(store: Store, paths: AppPaths, now: dt.datetime) -> None:
    """One draft for every demo account, with its own shorter version for Bluesky."""
    with store.session_scope() as s:
        accounts = s.scalars(select(Account).order_by(Account.id)).all()
        targets = [TargetDraft(a.id, X_TEXT if a.platform == "bluesky" else None) for a in accounts]
    draft = save_draft(store, Draft(text=TEXT, title="Weekend cardamom buns", targets=targets))
    remember_open(store, draft.post_id)  # the composer opens on it
