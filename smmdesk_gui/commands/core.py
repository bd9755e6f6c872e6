"""Core subcommands: version (self-test and demo come with the app shell)."""

from __future__ import annotations

import argparse

from smmdesk_gui import __version__

EXIT_OK = 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("version", help="print the version")
    p.set_defaults(handler=_version)


def _version(args: argparse.Namespace) -> int:
    print(__version__)
    return EXIT_OK
