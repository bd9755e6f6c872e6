"""Core subcommands: version, self-test, demo."""

from __future__ import annotations

import argparse

from smmdesk_gui import __version__
from smmdesk_gui.commands.common import EXIT_OK, emit_json, open_workspace


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("version", help="print the version")
    p.set_defaults(handler=_version)

    p = sub.add_parser(
        "self-test",
        help="open the store, run migrations, render the main window offscreen; exit 0 if OK",
    )
    p.add_argument("--screenshot", metavar="PNG", help="save the rendered window here")
    p.set_defaults(handler=_self_test)

    p = sub.add_parser("demo", help="create the demo workspace and open it in the app")
    p.add_argument(
        "--no-open", action="store_true", help="only create the demo data, do not start the app"
    )
    p.add_argument("--json", action="store_true", help="print the demo folder as JSON")
    p.set_defaults(handler=_demo)


def _version(args: argparse.Namespace) -> int:
    print(__version__)
    return EXIT_OK


def _self_test(args: argparse.Namespace) -> int:
    from smmdesk_gui.self_test import run_self_test

    # The data folder when one is given ($SMMDESK_HOME or --home), else a temporary one: a
    # check of the installation must not create or migrate the user's real data.
    return run_self_test(home=None, screenshot=args.screenshot)


def _demo(args: argparse.Namespace) -> int:
    from smmdesk_gui.demo.workspace import build_demo, is_empty
    from smmdesk_gui.paths import demo_home

    with open_workspace(demo_home()) as (paths, store):
        created = is_empty(store)
        build_demo(store, paths)
    if args.json:
        emit_json({"home": str(paths.home), "created": created})
    else:
        print(f"Demo workspace {'created' if created else 'ready'} in {paths.home}")
    if args.no_open:
        return EXIT_OK
    from smmdesk_gui.app import main as gui_main

    return gui_main(["--demo"])
