"""``smmdesk-cli``: the app's main jobs for scripts, the OS scheduler and tests.

The subcommands, flags, exit codes and ``--json`` fields are a public interface (see README):
extend, never rename. Exit codes: 0 success, 1 the job ran and failed, 2 bad input (one-line
message on stderr, never a traceback).

Each feature adds its subcommands in a module of ``smmdesk_gui/commands/`` that exposes
``register(subparsers)``; the module is listed in ``COMMAND_MODULES``. The commands share
``commands/common.py`` and never import this module.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from smmdesk_gui.commands import (
    about,
    compose,
    core,
    hosting,
    keyring_check,
    media,
    plan,
    publish,
    stats,
)
from smmdesk_gui.commands.common import EXIT_FAILED, EXIT_USAGE, UserError

#: The subcommand modules, in the order of ``--help``; each exposes ``register(subparsers)``.
COMMAND_MODULES: tuple[ModuleType, ...] = (
    core,
    compose,
    media,
    plan,
    publish,
    hosting,
    stats,
    keyring_check,
    about,
)


class CliParser(argparse.ArgumentParser):
    """argparse that exits 2 with a one-line message (argparse's own usage dump is noise)."""

    def error(self, message: str) -> Any:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


Handler = Callable[[argparse.Namespace], int]


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
    for module in COMMAND_MODULES:
        module.register(sub)
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
    raise SystemExit(main())
