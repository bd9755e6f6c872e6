"""Registering publish-due with Task Scheduler, launchd and a systemd user timer."""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from pathlib import Path

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.services.publish import os_schedule

CMD = ["/opt/SMM Desk/smmdesk-cli", "--home", "/home/ann/My Shop", "publish-due"]


def test_linux_systemd_units_quote_paths_and_enable_the_timer(tmp_path: Path) -> None:
    plan = os_schedule.schedule_plan("linux", CMD, tmp_path)
    ran: list[Sequence[str]] = []
    os_schedule.install(plan, lambda cmd: ran.append(cmd) or 0)
    unit = (tmp_path / ".config/systemd/user/smmdesk-publish.service").read_text()
    assert "ExecStart='/opt/SMM Desk/smmdesk-cli' --home '/home/ann/My Shop' publish-due" in unit
    timer = (tmp_path / ".config/systemd/user/smmdesk-publish.timer").read_text()
    assert "OnUnitActiveSec=5min" in timer and "Persistent=true" in timer
    assert ran[-1] == ("systemctl", "--user", "enable", "--now", "smmdesk-publish.timer")
    os_schedule.remove(plan, lambda cmd: 0)
    assert not (tmp_path / ".config/systemd/user/smmdesk-publish.timer").exists()


def test_macos_plist_is_valid_and_windows_command_is_quoted(tmp_path: Path) -> None:
    plan = os_schedule.schedule_plan("macos", CMD, tmp_path)
    [(path, text)] = plan.files.items()
    data = plistlib.loads(text.encode())
    assert data["ProgramArguments"] == CMD and data["StartInterval"] == 300
    assert path.name == "app.smmdesk.publish.plist"
    win = os_schedule.schedule_plan("windows", CMD, tmp_path)
    create = win.install_commands[0]
    assert create[create.index("/TR") + 1].startswith('"/opt/SMM Desk/smmdesk-cli" --home')


def test_a_refusing_scheduler_is_reported_in_plain_words(tmp_path: Path) -> None:
    plan = os_schedule.schedule_plan("linux", CMD, tmp_path)
    try:
        os_schedule.install(plan, lambda cmd: 1)
    except os_schedule.ScheduleError as exc:
        assert str(exc) == (
            "systemctl refused (exit code 1). Set it up by hand as described in the help "
            "(docs/publishing.md)."
        )
        assert exc.problem == Problem("schedule_refused", command="systemctl", code=1)
    else:
        raise AssertionError("a failing systemctl must be reported")


def test_systemd_unit_escapes_specifiers_and_dollars(tmp_path: Path) -> None:
    cmd = ["/opt/smmdesk-cli", "--home", "/home/ann/50% off $shop %h", "publish-due"]
    plan = os_schedule.schedule_plan("linux", cmd, tmp_path)
    service = plan.files[tmp_path / ".config/systemd/user/smmdesk-publish.service"]
    [line] = [x for x in service.splitlines() if x.startswith("ExecStart=")]
    assert line == "ExecStart=/opt/smmdesk-cli --home '/home/ann/50%% off $$shop %%h' publish-due"


def test_each_systems_job_is_described_as_the_cli_prints_it_and_as_a_code(tmp_path: Path) -> None:
    described = {
        system: os_schedule.schedule_plan(system, CMD, tmp_path)
        for system in ("windows", "macos", "linux")
    }
    assert described["windows"].description == (
        'Task Scheduler task "SMM Desk publish", every 5 minutes'
    )
    assert described["macos"].description == "launchd agent app.smmdesk.publish, every 5 minutes"
    assert described["linux"].description == (
        "systemd user timer smmdesk-publish.timer, every 5 minutes"
    )
    for plan in described.values():  # the window words the same job from its code
        assert plan.job.code == "schedule_job" and plan.job.message == plan.description
