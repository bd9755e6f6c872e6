"""Migration 0053: Instagram and Threads accounts kept before it get an expiry to watch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from sqlalchemy import text

from smmdesk_gui import credentials
from smmdesk_gui.connectors.meta_tokens import RefreshedToken
from smmdesk_gui.services import tokens
from smmdesk_gui.services.accounts import AccountService, secret_ref
from smmdesk_gui.store.db import alembic_config, make_engine, open_store


def test_meta_accounts_from_before_get_an_estimated_expiry(tmp_path: Path) -> None:
    db = tmp_path / "smmdesk.db"
    engine = make_engine(db)
    command.upgrade(alembic_config(engine), "0051_post_media_preset")
    with engine.begin() as conn:
        for platform, handle, key in (
            ("threads", "corner.bakery", "threads:corner.bakery:secret"),
            ("instagram", "shop.ig", None),  # assisted, no token kept
            ("facebook", "1234567890", "facebook:1234567890:secret"),
        ):
            conn.execute(
                text(
                    "INSERT INTO account (platform, handle, display_name, state, state_message, "
                    "keyring_key, settings, created_at) VALUES (:p, :h, '', 'ok', '', :k, '{}', "
                    "'2026-10-01 09:30:00.000000')"
                ),
                {"p": platform, "h": handle, "k": key},
            )
    engine.dispose()
    store = open_store(db, tmp_path / "backups")
    try:
        rows = {a.platform: a for a in AccountService(store).list_accounts()}
        connected = dt.datetime(2026, 10, 1, 9, 30, tzinfo=dt.UTC)
        assert rows["threads"].token_expires_at == connected + dt.timedelta(days=60)
        assert rows["instagram"].token_expires_at is None
        assert rows["facebook"].token_expires_at is None
        # Due for its first refresh at once (connected more than a week before).
        credentials.store_secret(secret_ref("threads", "corner.bakery"), "THAA-kept")
        calls: list[str] = []

        def refresher(platform: str, token: str, api_url: str | None) -> RefreshedToken:
            calls.append(token)
            return RefreshedToken("THAA-renewed", dt.timedelta(days=60))

        later = connected + dt.timedelta(days=8)
        [outcome] = tokens.refresh_due_tokens(store, later, refresher=refresher)
        assert calls == ["THAA-kept"] and outcome.expires_at == later + dt.timedelta(days=60)
    finally:
        store.dispose()
