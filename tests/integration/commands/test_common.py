"""The commands' shared part: the one way to open the workspace, and no import of ``cli``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from smmdesk_gui.commands.common import UserError, open_workspace
from smmdesk_gui.services.workspace import get_setting, set_setting


def test_open_workspace_uses_smmdesk_home_and_creates_the_folders(smm_home: Path) -> None:
    with open_workspace() as (paths, store):
        assert paths.home == smm_home
        assert paths.media.is_dir() and paths.backups.is_dir() and paths.logs.is_dir()
        set_setting(store, "probe", 7)
    assert paths.database.is_file()
    with open_workspace(smm_home) as (_, again):
        assert get_setting(again, "probe") == 7


def test_an_error_inside_the_block_reaches_the_caller(tmp_path: Path) -> None:
    home = tmp_path / "other"
    with pytest.raises(UserError, match="bad input"), open_workspace(home) as (paths, _store):
        raise UserError("bad input")
    assert paths.home == home and paths.database.is_file()


def test_a_command_module_imports_without_the_cli() -> None:
    """``cli`` imports the commands; importing a command must not pull ``cli`` back in."""
    code = (
        "import sys, smmdesk_gui.commands.plan, smmdesk_gui.commands.stats;"
        "print('smmdesk_gui.cli' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "False"
