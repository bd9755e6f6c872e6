from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from smmdesk_gui.store.db import (
    NewerDatabaseError,
    StoreError,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_store,
)

FIRST = "0001"


def _make_first_revision_db(path: Path) -> None:
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), FIRST)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO account (platform, handle, display_name, state, state_message, "
                "settings, created_at) VALUES ('bluesky', 'bakery.test', 'Bakery', 'ok', '', "
                "'{}', '2026-01-01 10:00:00')"
            )
        )
    engine.dispose()


def test_first_migration_upgrades_to_head_keeping_data_and_backing_up(tmp_path: Path) -> None:
    db = tmp_path / "smmdesk.db"
    _make_first_revision_db(db)
    store = open_store(db, tmp_path / "backups")
    try:
        assert current_revision(store.engine) == head_revision() != FIRST
        with store.engine.connect() as conn:
            handle = conn.execute(text("SELECT handle FROM account")).scalar_one()
        assert handle == "bakery.test"
        assert "snippet" in inspect(store.engine).get_table_names()
    finally:
        store.dispose()
    backups = list((tmp_path / "backups").glob("smmdesk-*-0001.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
        assert conn.execute("SELECT handle FROM account").fetchone() == ("bakery.test",)


def test_a_fresh_database_needs_no_backup(tmp_path: Path) -> None:
    store = open_store(tmp_path / "smmdesk.db", tmp_path / "backups")
    store.dispose()
    assert not list((tmp_path / "backups").glob("*.db"))


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "smmdesk.db"
    store = open_store(db, tmp_path / "backups")
    store.dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(NewerDatabaseError, match="newer version of SMM Desk"):
        open_store(db, tmp_path / "backups")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "smmdesk.db"
    db.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match=r"is damaged .* \(file is not a database\)"):
        open_store(db, tmp_path / "backups")


def test_wal_mode_and_foreign_keys_are_on(tmp_path: Path) -> None:
    store = open_store(tmp_path / "smmdesk.db", tmp_path / "backups")
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    finally:
        store.dispose()


def test_models_match_the_migrations(tmp_path: Path) -> None:
    """Autogenerate finds nothing to do: models and migrations describe the same schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from smmdesk_gui.store.models import Base

    store = open_store(tmp_path / "smmdesk.db", tmp_path / "backups")
    try:
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        store.dispose()
    assert diff == []


def test_schema_head_check_agrees_with_alembic(tmp_path: Path) -> None:
    from smmdesk_gui.store.db import is_at_head, schema_head

    assert schema_head() == head_revision()
    db = tmp_path / "smmdesk.db"
    assert not is_at_head(db)
    _make_first_revision_db(db)
    assert not is_at_head(db)
    open_store(db, tmp_path / "backups").dispose()
    assert is_at_head(db)
