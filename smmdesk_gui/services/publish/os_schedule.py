"""Register ``smmdesk-cli publish-due`` with the OS scheduler, so posts go out while SMM Desk is
closed: Windows Task Scheduler, a launchd agent on macOS, a systemd user timer on Linux.

``schedule_plan`` is pure (which files, which commands); ``install`` / ``remove`` carry it out
with an injectable command runner (tests record the commands instead of running them).
"""

from __future__ import annotations

import contextlib
import shlex
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from smmdesk_gui.domain.problems import Problem

TASK_NAME = "SMM Desk publish"
LAUNCHD_LABEL = "app.smmdesk.publish"
SYSTEMD_NAME = "smmdesk-publish"
EVERY_MINUTES = 5

Runner = Callable[[Sequence[str]], int]


@dataclass(frozen=True)
class SchedulePlan:
    """What registering the job means on one system."""

    system: str  # "windows" | "macos" | "linux"
    files: dict[Path, str] = field(default_factory=dict)
    install_commands: tuple[tuple[str, ...], ...] = ()
    remove_commands: tuple[tuple[str, ...], ...] = ()
    description: str = ""

    @property
    def job(self) -> Problem:
        """``description`` as a code with values (``schedule_job``), for the window to word."""
        names = {"windows": TASK_NAME, "macos": LAUNCHD_LABEL, "linux": f"{SYSTEMD_NAME}.timer"}
        return Problem(
            "schedule_job", system=self.system, name=names[self.system], minutes=EVERY_MINUTES
        )


def current_system() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def cli_command(home: Path | None = None) -> list[str]:
    """How to run ``publish-due`` from here: the frozen app's own CLI, or this Python."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        cli = exe.with_name("smmdesk-cli.exe" if exe.suffix == ".exe" else "smmdesk-cli")
        cmd = [str(cli)]
    else:
        cmd = [sys.executable, "-m", "smmdesk_gui.cli"]
    if home is not None:
        cmd += ["--home", str(home)]
    return [*cmd, "publish-due"]


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _systemd_word(arg: str) -> str:
    """One ``ExecStart=`` word: shell-quoted, then systemd's own ``%`` specifiers (``%h``, ``%u``)
    and ``$VAR`` substitution undone, so a folder named ``50% off`` or ``$shop`` stays itself."""
    return shlex.quote(arg).replace("%", "%%").replace("$", "$$")


def schedule_plan(system: str, command: Sequence[str], user_home: Path) -> SchedulePlan:
    """The files and commands that register ``command`` every few minutes on ``system``."""
    if system == "windows":
        line = subprocess.list2cmdline(list(command))
        return SchedulePlan(
            system,
            install_commands=(
                (
                    "schtasks",
                    "/Create",
                    "/TN",
                    TASK_NAME,
                    "/SC",
                    "MINUTE",
                    "/MO",
                    str(EVERY_MINUTES),
                    "/TR",
                    line,
                    "/F",
                ),
            ),
            remove_commands=(("schtasks", "/Delete", "/TN", TASK_NAME, "/F"),),
            description=Problem(
                "schedule_job", system="windows", name=TASK_NAME, minutes=EVERY_MINUTES
            ).message,
        )
    if system == "macos":
        plist = user_home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
        args = "\n".join(f"    <string>{_xml(a)}</string>" for a in command)
        body = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key><string>{LAUNCHD_LABEL}</string>
  <key>ProgramArguments</key>
  <array>
{args}
  </array>
  <key>StartInterval</key><integer>{EVERY_MINUTES * 60}</integer>
  <key>RunAtLoad</key><true/>
</dict>
</plist>
"""
        return SchedulePlan(
            system,
            files={plist: body},
            install_commands=(("launchctl", "load", "-w", str(plist)),),
            remove_commands=(("launchctl", "unload", "-w", str(plist)),),
            description=Problem(
                "schedule_job", system="macos", name=LAUNCHD_LABEL, minutes=EVERY_MINUTES
            ).message,
        )
    units = user_home / ".config" / "systemd" / "user"
    exec_line = " ".join(_systemd_word(a) for a in command)
    service = f"""[Unit]
Description=SMM Desk: send due posts

[Service]
Type=oneshot
ExecStart={exec_line}
"""
    timer = f"""[Unit]
Description=SMM Desk: send due posts every {EVERY_MINUTES} minutes

[Timer]
OnBootSec=2min
OnUnitActiveSec={EVERY_MINUTES}min
Persistent=true

[Install]
WantedBy=timers.target
"""
    return SchedulePlan(
        "linux",
        files={units / f"{SYSTEMD_NAME}.service": service, units / f"{SYSTEMD_NAME}.timer": timer},
        install_commands=(
            ("systemctl", "--user", "daemon-reload"),
            ("systemctl", "--user", "enable", "--now", f"{SYSTEMD_NAME}.timer"),
        ),
        remove_commands=(("systemctl", "--user", "disable", "--now", f"{SYSTEMD_NAME}.timer"),),
        description=Problem(
            "schedule_job", system="linux", name=f"{SYSTEMD_NAME}.timer", minutes=EVERY_MINUTES
        ).message,
    )


def _run(cmd: Sequence[str]) -> int:
    return subprocess.run(list(cmd), check=False, capture_output=True, timeout=60).returncode


class ScheduleError(Exception):
    """Registering failed; ``str()`` says what to do, ``problem`` the same as a code."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def install(plan: SchedulePlan, runner: Runner | None = None) -> None:
    runner = runner or _run
    for path, text in plan.files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for cmd in plan.install_commands:
        try:
            code = runner(cmd)
        except (OSError, subprocess.SubprocessError) as exc:
            raise ScheduleError(
                Problem("schedule_could_not_run", command=cmd[0], error=type(exc).__name__)
            ) from None
        if code != 0:
            raise ScheduleError(Problem("schedule_refused", command=cmd[0], code=code))


def remove(plan: SchedulePlan, runner: Runner | None = None) -> None:
    runner = runner or _run
    for cmd in plan.remove_commands:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            runner(cmd)
    for path in plan.files:
        path.unlink(missing_ok=True)
