"""``smmdesk-cli keyring-check`` against the in-memory keyring of the tests."""

from __future__ import annotations

import json
from typing import Any

from smmdesk_gui.cli import main
from smmdesk_gui.commands.keyring_check import CHECK_REF
from smmdesk_gui.credentials import SERVICE


def test_all_steps_leave_nothing_behind(memory_keyring: Any, capsys: Any) -> None:
    assert main(["keyring-check", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is True and out["step"] == "all" and len(out["fingerprint"]) == 16
    assert memory_keyring.data == {}


def test_steps_in_separate_runs_agree(memory_keyring: Any, capsys: Any) -> None:
    assert main(["keyring-check", "--step", "save", "--json"]) == 0
    saved = json.loads(capsys.readouterr().out)
    stored = memory_keyring.data[(SERVICE, CHECK_REF.key)]
    assert stored not in json.dumps(saved)  # only a fingerprint is printed
    assert main(["keyring-check", "--step", "read", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["fingerprint"] == saved["fingerprint"]
    assert main(["keyring-check", "--step", "remove"]) == 0
    assert memory_keyring.data == {}


def test_locked_and_missing_are_told_apart(memory_keyring: Any, capsys: Any) -> None:
    assert main(["keyring-check", "--step", "read"]) == 1
    assert "Reconnect the account" in capsys.readouterr().out
    memory_keyring.locked = True
    assert main(["keyring-check", "--json"]) == 1
    assert "locked" in json.loads(capsys.readouterr().out)["message"]


def test_about_lists_folders_and_licenses(smm_home: Any, capsys: Any) -> None:
    assert main(["about", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["data_folder"] == str(smm_home) and out["log_folder"].endswith("logs")
    names = {c["name"] for c in out["components"]}
    assert {"Python", "keyring", "SQLAlchemy"} <= names
    assert all(c["license"] for c in out["components"])
