"""Engine, sessions and start-up migration of the SQLite store.

SQLite runs in WAL mode with foreign keys on. ``open_store`` migrates the database to the newest
schema at start, after saving a copy of the file to ``backups/``; a database written by a newer
SMM Desk is refused, never touched.

Writes on the GUI thread (docs/architecture.md, "Database writes"): the thread marked with
``Store.mark_interactive_thread`` gets its own engine whose busy timeout is about a second, and a
write that finds the database locked for that long raises ``DatabaseBusyError`` instead of
freezing the window; every other thread (workers, the CLI) waits up to ``BUSY_TIMEOUT_MS``.

Importing this module does not import SQLAlchemy (about 0.3 s of CPU): the checks at opening
(damage, schema version) use plain ``sqlite3``, and a ``Store`` makes its engines on first use,
so the Plan can be painted from a plain read (``services/plan/first_view.py``) first.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smmdesk_gui.private_files import private_file, unwritable_reason

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
KEEP_BACKUPS = 10
# How long a write waits for another connection's write lock (a CLI import, the publisher).
BUSY_TIMEOUT_MS = 10_000
# The same on the GUI thread: longer than a normal short write takes, short enough that a window
# waiting on a locked database does not look hung (a long import holds the lock for seconds).
INTERACTIVE_BUSY_TIMEOUT_MS = 1_000


class StoreError(Exception):
    """An environment problem with the database, told to the user in plain words."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer version of SMM Desk."""


BUSY_MESSAGE = (
    "SMM Desk's database is busy with another task (an import?). "
    "Your change was not saved yet; try again in a moment."
)


class DamagedDatabaseError(StoreError):
    """The database file is damaged; ``backup`` is the newest good copy, if there is one."""

    def __init__(self, database: Path, backup: Path | None, detail: str) -> None:
        self.database = database
        self.backup = backup
        self.detail = detail
        if backup is not None:
            advice = (
                f"The newest good copy is {backup}. SMM Desk offers to put it back when it "
                "starts, keeping the damaged file beside it; or quit SMM Desk and copy that file "
                f"over {database.name}."
            )
        else:
            advice = (
                "There is no good copy in the backups folder. Keep the file: a data recovery "
                "tool may save part of it."
            )
        super().__init__(
            f"The data file {database} is damaged and cannot be used safely ({detail}). {advice}"
        )


class UnwritableFolderError(StoreError):
    """The data folder cannot be written (permissions, read-only disk, or full)."""


# SQLite's words for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB); other errors are not damage.
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")
_opened: tuple[Path, Path] | None = None  # (database, backups) of the store this process opened


def is_damage(exc: BaseException) -> bool:
    """True when ``exc`` (sqlite3 or SQLAlchemy) says the database file is damaged."""
    text = str(exc).lower()
    return any(word in text for word in _DAMAGE_WORDS)


def quick_check(database: Path) -> str | None:
    """``PRAGMA quick_check`` of ``database``: None when it is fine, else what is wrong.

    Measured on the demo database (1.1 MB): about 2 ms; it reads every page once without
    checking indexes against tables (``integrity_check`` does, and costs several times more).

    Raises:
        sqlite3.Error: the file cannot be opened at all for another reason (permissions...).
    """
    conn = sqlite3.connect(database)
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return str(exc)
        raise
    finally:
        conn.close()
    found = [str(r[0]) for r in rows]
    if found == ["ok"]:
        return None
    lines = [line for r in found for line in r.splitlines() if not line.startswith("***")]
    return (lines or found)[0][:120]  # the first problem: enough to tell it in the log


def newest_good_backup(backups: Path) -> Path | None:
    """The newest copy in ``backups`` that passes :func:`quick_check`."""
    for candidate in sorted(backups.glob("smmdesk-*.db"), reverse=True):
        try:
            if quick_check(candidate) is None:
                return candidate
        except sqlite3.Error:
            continue
    return None


def damage_of(exc: BaseException) -> DamagedDatabaseError | None:
    """For a DatabaseError met while working: the damage report of the open store, if damaged."""
    if isinstance(exc, DamagedDatabaseError):
        return exc
    if _opened is None or not is_damage(exc):
        return None
    database, backups = _opened
    return DamagedDatabaseError(database, newest_good_backup(backups), str(exc).split("\n")[0])


def unwritable_reason_of_open_store() -> str | None:
    """:func:`unwritable_reason` for the folder of the store this process opened."""
    return None if _opened is None else unwritable_reason(_opened[0].parent)


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` into ``target`` through SQLite's online backup."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def restore_backup(database: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the damaged ``database``; returns where the damaged file went.

    The damaged file (and its -wal and -shm) are renamed ``smmdesk.db.damaged-<time>``, never
    deleted; the copy is written beside the database first, then moved in.
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = database.with_name(f"{database.name}.damaged-{stamp}")
    staged = private_file(database.with_name(f".{database.name}.restoring"))
    _copy_database(backup, staged)
    if database.exists():
        database.rename(aside)
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            side.rename(aside.with_name(aside.name + suffix))
    staged.rename(database)
    log.warning("restored %s from %s; the damaged file is %s", database, backup, aside)
    return aside


class DatabaseBusyError(StoreError):
    """A write on the GUI thread found the database locked by another task for too long.

    Nothing of that write was stored; the caller keeps what the owner typed and may try again.
    """

    def __init__(self, message: str = BUSY_MESSAGE) -> None:
        super().__init__(message)


def is_busy_error(exc: BaseException) -> bool:
    """True when ``exc`` is SQLite's "database is locked" (SQLITE_BUSY) after the busy timeout."""
    kinds: tuple[type[BaseException], ...] = (sqlite3.OperationalError,)
    sa_exc = sys.modules.get("sqlalchemy.exc")  # not imported yet: no SQLAlchemy error exists
    if sa_exc is not None:
        kinds += (sa_exc.OperationalError,)
    if not isinstance(exc, kinds):
        return False
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text


def _pragmas(busy_timeout_ms: int) -> Any:
    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        # First, so that the pragmas below wait (or give up) like every later statement.
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return set_pragmas


def make_engine(database: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine for the SQLite file: WAL, foreign keys and a busy timeout on each connection."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{database}", future=True)
    event.listen(engine, "connect", _pragmas(busy_timeout_ms))
    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _backup(database: Path, backups: Path, revision: str | None) -> Path:
    """Copy the database (consistently, via SQLite's backup API) into ``backups``."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = private_file(backups / f"smmdesk-{stamp}-{revision or 'empty'}.db")
    _copy_database(database, target)
    old = sorted(backups.glob("smmdesk-*.db"))
    for stale in old[:-KEEP_BACKUPS]:
        stale.unlink(missing_ok=True)
    return target


@cache
def schema_head() -> str | None:
    """The head revision read from the migration files' headers, without importing Alembic.

    Only for the fast paths at start (is the database at head? may the Plan be read without the
    ORM?); None when it cannot be told, and Alembic decides. The migration files do not change
    while the app runs. tests/unit/store/test_migrations.py checks it against Alembic's head.
    """
    import re

    revisions: dict[str, str | None] = {}
    pattern = re.compile(r"^(revision|down_revision)\s*=\s*['\"]?([\w]+|None)['\"]?", re.M)
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(pattern.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            revisions[found["revision"]] = None if down in (None, "None") else down
    heads = set(revisions) - {d for d in revisions.values() if d}
    return heads.pop() if len(heads) == 1 else None


def is_at_head(database: Path) -> bool:
    """True when the database file is already at the newest schema (plain sqlite3, no Alembic)."""
    if not database.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == schema_head()


def migrate(engine: Engine, database: Path, backups: Path) -> str | None:
    """Bring the database to head. Returns the backup path taken, if any.

    Raises:
        NewerDatabaseError: the database comes from a newer SMM Desk; nothing was changed.
        StoreError: the file is not a database or cannot be read or written.
    """
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        current = current_revision(engine)
    except Exception as exc:  # sqlite3.DatabaseError: "file is not a database"
        reason = unwritable_reason(database.parent)
        if reason is not None:
            raise UnwritableFolderError(reason) from exc
        if is_damage(exc):
            raise DamagedDatabaseError(
                database, newest_good_backup(backups), str(exc).split("\n")[0]
            ) from exc
        raise StoreError(
            f"The data file {database} cannot be read ({exc.__class__.__name__}). "
            "Restore a copy from the backups folder or move the file away."
        ) from exc
    head = script.get_current_head()
    if current == head:
        return None
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise NewerDatabaseError(
            f"This data was saved by a newer version of SMM Desk (schema {current}). "
            "Install the newer version to open it; nothing was changed."
        )
    backup_path: Path | None = None
    if current is not None and database.exists() and database.stat().st_size > 0:
        backup_path = _backup(database, backups, current)
        log.info("backed up database to %s before migrating %s -> %s", backup_path, current, head)
    try:
        command.upgrade(alembic_config(engine), "head")
    except Exception as exc:
        raise StoreError(
            f"Updating the data file failed: {exc}. A copy from before the update is in {backups}."
        ) from exc
    return str(backup_path) if backup_path else None


class Store:
    """An open database: its engines and session factories, made on first use.

    ``engine`` and ``sessions`` serve workers and the CLI (long busy timeout). Once a thread is
    marked interactive (the GUI thread, by the composition root), its sessions come from an
    engine of its own with a short busy timeout, and a locked database raises
    ``DatabaseBusyError`` there. Nothing of SQLAlchemy is imported before the first session
    (or ``engine``) is asked for: ``open_store`` checks the file with plain ``sqlite3``.
    """

    def __init__(self, database: Path) -> None:
        self.database = database
        self.interactive_thread: int | None = None
        self._lock = threading.Lock()  # the first session may be asked for on two threads
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._interactive_timeout_ms = INTERACTIVE_BUSY_TIMEOUT_MS
        self._interactive_engine: Engine | None = None
        self._interactive_sessions: sessionmaker[Session] | None = None

    @property
    def engine(self) -> Engine:
        """The engine of workers and the CLI (``BUSY_TIMEOUT_MS``), made on first use."""
        self._make_shared()
        assert self._engine is not None
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory of workers and the CLI."""
        self._make_shared()
        assert self._sessions is not None
        return self._sessions

    def _make_shared(self) -> None:
        if self._sessions is not None:
            return
        from sqlalchemy.orm import sessionmaker

        with self._lock:
            if self._sessions is None:
                self._engine = make_engine(self.database)
                self._sessions = sessionmaker(self._engine, expire_on_commit=False, future=True)

    def _interactive_factory(self) -> sessionmaker[Session]:
        if self._interactive_sessions is None:
            from sqlalchemy.orm import sessionmaker

            with self._lock:
                if self._interactive_sessions is None:
                    engine = make_engine(
                        self.database, busy_timeout_ms=self._interactive_timeout_ms
                    )
                    self._interactive_engine = engine
                    self._interactive_sessions = sessionmaker(
                        engine, expire_on_commit=False, future=True
                    )
        return self._interactive_sessions

    def mark_interactive_thread(self, busy_timeout_ms: int = INTERACTIVE_BUSY_TIMEOUT_MS) -> None:
        """Make the calling thread (the GUI thread) write with a short busy timeout.

        Its engine is made with its first session (not here: the composition root marks the
        thread before the first paint, which must not wait for SQLAlchemy).

        Args:
            busy_timeout_ms: how long one of its writes waits for another connection's lock.
        """
        with self._lock:
            if self._interactive_engine is not None:
                self._interactive_engine.dispose()
            self._interactive_engine = None
            self._interactive_sessions = None
            self._interactive_timeout_ms = busy_timeout_ms
            self.interactive_thread = threading.get_ident()

    def on_interactive_thread(self) -> bool:
        """True on the thread marked by ``mark_interactive_thread``."""
        return self.interactive_thread == threading.get_ident()

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """A short unit of work: commit on success, roll back on error, always close.

        Raises:
            DatabaseBusyError: on the interactive thread, when another connection held the
                write lock longer than its short busy timeout; nothing was written.
        """
        interactive = self.on_interactive_thread()
        factory = self._interactive_factory() if interactive else self.sessions
        session = factory()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            if interactive and is_busy_error(exc):
                raise DatabaseBusyError() from exc
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        with self._lock:
            if self._interactive_engine is not None:
                self._interactive_engine.dispose()
            if self._engine is not None:
                self._engine.dispose()


def open_store(database: Path, backups: Path, *, migrate_now: bool = True) -> Store:
    """Open (and by default migrate) the store at ``database``, after checking it.

    Raises:
        UnwritableFolderError: the data folder cannot be written; the file itself may be fine.
        DamagedDatabaseError: ``PRAGMA quick_check`` found damage; names the newest good backup.
        StoreError: another problem with the file, in plain words.
    """
    global _opened
    database.parent.mkdir(parents=True, exist_ok=True)
    reason = unwritable_reason(database.parent)
    if reason is not None:
        raise UnwritableFolderError(reason)
    if database.exists() and database.stat().st_size > 0:
        try:
            damage = quick_check(database)
        except sqlite3.Error as exc:
            raise StoreError(
                f"The data file {database} cannot be opened ({exc}). Check that it is a file "
                "your user may read and change."
            ) from exc
        if damage is not None:
            raise DamagedDatabaseError(database, newest_good_backup(backups), damage)
    _opened = (database, backups)
    # Owner-only (issue 15, 14); SQLite gives the -wal and -shm files the database's mode.
    private_file(database)
    for suffix in ("-wal", "-shm"):  # left by an older version
        if (side := database.with_name(database.name + suffix)).exists():
            private_file(side)
    store = Store(database)
    # At head (the common start) nothing of SQLAlchemy or Alembic is imported here.
    if migrate_now and not is_at_head(database):
        try:
            migrate(store.engine, database, backups)
        except BaseException:
            store.dispose()
            raise
    return store
