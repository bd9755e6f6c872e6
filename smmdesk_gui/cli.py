"""``smmdesk-cli``: the app's main jobs for scripts, the OS scheduler and tests.

The subcommands, flags, exit codes and ``--json`` fields are a public interface (see README):
extend, never rename. Exit codes: 0 success, 1 the job ran and failed, 2 bad input (one-line
message on stderr, never a traceback).

Each feature adds its subcommands in a module of ``smmdesk_gui/commands/`` that exposes
``register(subparsers)``; the module is listed in ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

COMMAND_MODULES: tuple[str, ...] = (
    "smmdesk_gui.commands.core",
    "smmdesk_gui.commands.compose",
    "smmdesk_gui.commands.media",
    "smmdesk_gui.commands.plan",
    "smmdesk_gui.commands.publish",
    "smmdesk_gui.commands.stats",
    "smmdesk_gui.commands.keyring_check",
    "smmdesk_gui.commands.about",
)


class UserError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


class CliParser(argparse.ArgumentParser):
    """argparse that exits 2 with a one-line message (argparse's own usage dump is noise)."""

    def error(self, message: str) -> Any:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


Handler = Callable[[argparse.Namespace], int]


def emit_json(data: object) -> None:
    """Print ``data`` as JSON on stdout (the ``--json`` contract)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def build_parser() -> CliParser:
    parser = CliParser(
        prog="smmdesk-cli",
        description="SMM Desk from the command line: plan, publish, report.",
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="data folder to use (default: $SMMDESK_HOME or the user data folder)",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.home:
        os.environ["SMMDESK_HOME"] = str(Path(args.home).expanduser().resolve())
    from smmdesk_gui.logs import install_redaction

    install_redaction()  # before the first record: -v prints URLs that carry tokens
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    handler: Handler = args.handler
    try:
        return handler(args)
    except UserError as exc:
        print(f"smmdesk-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # an environment problem the user must see, not a traceback
        from smmdesk_gui.errors import describe_exception

        known, message = describe_exception(exc)
        if not known:
            logging.getLogger("smmdesk_gui.cli").exception("unexpected error")
        print(f"smmdesk-cli: {message}", file=sys.stderr)
        return EXIT_USAGE if known else EXIT_FAILED


if __name__ == "__main__":
    # Run through the package module, so that ``UserError`` raised by the commands (which import
    # ``smmdesk_gui.cli``) is the class caught here, not a twin from ``__main__``.
    from smmdesk_gui.cli import main as package_main

    raise SystemExit(package_main())
