"""The local SQLite store: SQLAlchemy 2 models, engine and sessions, Alembic migrations."""
