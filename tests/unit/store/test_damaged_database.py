"""A damaged database is diagnosed at open and when met later, and the newest good copy offered
(issue 15, 9); an unwritable data folder is told as such (issue 15, 10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from smmdesk_gui.cli import main
from smmdesk_gui.errors import describe_exception
from smmdesk_gui.store import db
from smmdesk_gui.store.models import Account
from tests.fakes.damaged_db import copy_db, damage, workspace


def test_damage_found_at_open_names_the_newest_good_backup(tmp_path: Path) -> None:
    paths = workspace(tmp_path / "home")
    good = copy_db(paths.database, paths.backups / "smmdesk-20260101T000000000000Z-0009.db")
    newer_bad = copy_db(paths.database, paths.backups / "smmdesk-20260201T000000000000Z-0009.db")
    damage(newer_bad, range(2, 12))
    damage(paths.database, range(2, 12))
    with pytest.raises(db.DamagedDatabaseError) as err:
        db.open_store(paths.database, paths.backups)
    assert err.value.backup == good
    message = str(err.value)
    assert f"The data file {paths.database} is damaged" in message and str(good) in message
    assert describe_exception(err.value) == (True, message)


def test_cli_says_so_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = workspace(tmp_path / "home")
    good = copy_db(paths.database, paths.backups / "smmdesk-20260101T000000000000Z-0009.db")
    damage(paths.database, range(3, 9))
    monkeypatch.setenv("SMMDESK_HOME", str(paths.home))
    assert main(["export-posts", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and str(good) in err and "unexpected" not in err


def test_restore_keeps_the_damaged_file_aside(tmp_path: Path) -> None:
    paths = workspace(tmp_path / "home")
    good = copy_db(paths.database, paths.backups / "smmdesk-20260101T000000000000Z-0009.db")
    damage(paths.database, range(2, 12))
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
    paths = workspace(tmp_path / "home")
    good = copy_db(paths.database, paths.backups / "smmdesk-20260101T000000000000Z-0009.db")
    store = db.open_store(paths.database, paths.backups)
    try:
        damage(paths.database, range(1, 40))  # after the check at open, as a disk fails later
        store.engine.dispose()  # a fresh connection reads the pages from the file
        with pytest.raises(Exception) as err, store.session_scope() as s:
            list(s.scalars(select(Account)))
    finally:
        store.dispose()
    known, message = describe_exception(err.value)
    assert known and "is damaged" in message and str(good) in message


def test_no_good_backup_says_what_to_do(tmp_path: Path) -> None:
    paths = workspace(tmp_path / "home")
    damage(paths.database, range(2, 12))
    with pytest.raises(db.DamagedDatabaseError, match="There is no good copy"):
        db.open_store(paths.database, paths.backups)
