"""A read-only data folder is told as what it is, not as a damaged file (issue 15, item 10).

Integration: making a folder read-only as root takes ``chattr +i`` (a child process).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from smmdesk_gui.cli import main
from smmdesk_gui.store import db
from tests.fakes.damaged_db import read_only, workspace, writable


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_is_not_called_a_damaged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = workspace(tmp_path / "home")
    read_only(paths.home)
    try:
        with pytest.raises(db.UnwritableFolderError) as err:
            db.open_store(paths.database, paths.backups)
        monkeypatch.setenv("SMMDESK_HOME", str(paths.home))
        assert main(["export-posts", str(tmp_path / "out.csv")]) == 2
    finally:
        writable(paths.home)
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
    paths = workspace(tmp_path / "home")
    read_only(paths.home)
    try:
        assert app_main(["--home", str(paths.home)]) == 1  # was: "already running"
    finally:
        writable(paths.home)
    err = capsys.readouterr().err
    assert f"SMM Desk cannot write to the folder {paths.home}" in err
    assert "already running" not in err
