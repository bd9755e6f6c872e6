"""Alembic environment: run programmatically with the app's own engine."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from smmdesk_gui.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:
        from sqlalchemy import create_engine

        url = config.get_main_option("sqlalchemy.url")
        assert url, "give an engine in config.attributes or sqlalchemy.url"
        engine = create_engine(url)
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite: ALTER via table copy
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
