"""Which accounts the owner posts to by hand ("assisted"): the one rule the queue, the account
list, the composer and the calendar share (connectors/registry.has_connector)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import object_session

from smmdesk_gui.connectors.registry import has_connector
from smmdesk_gui.services.publish import hosting
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, Setting


def is_assisted(a: Account) -> bool:
    """Whether the owner posts to ``a`` by hand (SMM Desk only reminds them).

    Instagram publishes by itself once a photo host is set up and its login is kept, as the
    queue decides (services/publish/service.py ``_candidates``).
    """
    session = object_session(a)
    setting = session.get(Setting, hosting.SETTING) if session is not None else None
    hosted = (
        setting is not None
        and hosting.place_from_value(setting.value) is not None
        and a.keyring_key is not None
    )
    return not has_connector(a.platform, photo_hosting=hosted)


def assisted_account_ids(store: Store) -> frozenset[int]:
    """The accounts the owner posts to by hand (no API, or Instagram without a photo host)."""
    with store.session_scope() as s:
        return frozenset(a.id for a in s.scalars(select(Account)) if is_assisted(a))
