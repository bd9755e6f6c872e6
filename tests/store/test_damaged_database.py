"""A damaged database is diagnosed at open and when met later, and the newest good copy offered
(issue 15, 9); an unwritable data folder is told as such (issue 15, 10)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from smmdesk_gui.cli import main
from smmdesk_gui.errors import describe_exception
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.store import db
from smmdesk_gui.store.models import Account


def _workspace(home: Path, accounts: int = 300) -> AppPaths:
    paths = AppPaths(home).ensure()
    store = db.open_store(paths.database, paths.backups)
    try:
        with store.session_scope() as s:
            s.add_all(
                Account(platform="x", handle=f"shop{i}", display_name="A shop " * 20)
                for i in range(accounts)
            )
        with store.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        store.dispose()
    return paths


def _copy(database: Path, target: Path) -> Path:
    src, dst = sqlite3.connect(database), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _damage(database: Path, pages: range) -> None:
    """Random bytes over most of some pages, as a failing disk or a bad copy leaves them."""
    size = sqlite3.connect(database).execute("PRAGMA page_size").fetchone()[0]
    with database.open("r+b") as fh:
        for page in pages:
            fh.seek(page * size + 64)
            fh.write(os.urandom(size - 128))


def test_damage_found_at_open_names_the_newest_good_backup(tmp_path: Path) -> None:
    paths = _workspace(tmp_path / "home")
    good = _copy(paths.database, paths.backups / "smmdesk-20260101T000000000000Z-0009.db")
    newer_bad = _copy(paths.database, paths.backups / "smmdesk-20260201T000000000000Z-0009.db")
    _damage(newer_bad, range(2, 12))
    _damage(paths.database, range(2, 12))
    with pytest.raises(db.DamagedDatabaseError) as err:
        db.open_store(paths.database, paths.backups)
    assert err.value.backup == good
    message = str(err.value)
    assert f"The data file {paths.database} is damaged" in message and str(good) in message
    assert describe_exception(err.value) == (True, message)


def test_cli_says_so_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _workspace(tmp_path / "home")
    good = _copy(paths.database, paths.backups / "smmdesk-20260101T000000000000Z-0009.db")
    _damage(paths.database, range(3, 9))
    monkeypatch.setenv("SMMDESK_HOME", str(paths.home))
    assert main(["export-posts", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and str(good) in err and "unexpected" not in err


def test_restore_keeps_the_damaged_file_aside(tmp_path: Path) -> None:
    paths = _workspace(tmp_path / "home")
    good = _copy(paths.database, paths.backups / "smmdesk-20260101T000000000000Z-0009.db")
    _damage(paths.database, range(2, 12))
    damaged_bytes = paths.database.read_bytes()
    aside = db.restore_backup(paths.database, good)
    assert aside.read_bytes() == damaged_bytes and aside.parent == paths.home
    assert db.quick_check(paths.database) is None
    store = db.open_store(paths.database, paths.backups)
    try:
        with store.session_scope() as s:
            assert len(list(s.scalars(select(Account)))) == 300
    finally:
        store.dispose()


def test_damage_met_while_working_is_told_in_plain_words(tmp_path: Path) -> None:
    paths = _workspace(tmp_path / "home")
    good = _copy(paths.database, paths.backups / "smmdesk-20260101T000000000000Z-0009.db")
    store = db.open_store(paths.database, paths.backups)
    try:
        _damage(paths.database, range(1, 40))  # after the check at open, as a disk fails later
        store.engine.dispose()  # a fresh connection reads the pages from the file
        with pytest.raises(Exception) as err, store.session_scope() as s:
            list(s.scalars(select(Account)))
    finally:
        store.dispose()
    known, message = describe_exception(err.value)
    assert known and "is damaged" in message and str(good) in message


def test_no_good_backup_says_what_to_do(tmp_path: Path) -> None:
    paths = _workspace(tmp_path / "home")
    _damage(paths.database, range(2, 12))
    with pytest.raises(db.DamagedDatabaseError, match="There is no good copy"):
        db.open_store(paths.database, paths.backups)


def _read_only(folder: Path) -> None:
    """Make ``folder`` refuse new files: chmod for a user; for root (who ignores modes) the
    immutable attribute, as a read-only mount would."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        return
    done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("root without chattr +i cannot make a read-only folder here")


def _writable(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True, check=False)
    folder.chmod(0o700)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_is_not_called_a_damaged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _workspace(tmp_path / "home")
    _read_only(paths.home)
    try:
        with pytest.raises(db.UnwritableFolderError) as err:
            db.open_store(paths.database, paths.backups)
        monkeypatch.setenv("SMMDESK_HOME", str(paths.home))
        assert main(["export-posts", str(tmp_path / "out.csv")]) == 2
    finally:
        _writable(paths.home)
    message = str(err.value)
    assert f"SMM Desk cannot write to the folder {paths.home}" in message
    assert "permissions" in message and "restore" not in message.lower()
    assert f"cannot write to the folder {paths.home}" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_app_start_on_a_read_only_folder_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: Any
) -> None:
    from smmdesk_gui.app import main as app_main

    qapp.setProperty("smmdesk_no_dialogs", True)  # the message box would wait for a click
    paths = _workspace(tmp_path / "home")
    _read_only(paths.home)
    try:
        assert app_main(["--home", str(paths.home)]) == 1  # was: "already running"
    finally:
        _writable(paths.home)
    err = capsys.readouterr().err
    assert f"SMM Desk cannot write to the folder {paths.home}" in err
    assert "already running" not in err
