"""``smmdesk-cli about``: version, data and log folders, bundled components and their licenses."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from smmdesk_gui.commands.common import EXIT_OK, emit_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "about", help="print the version, the data and log folders and the bundled licenses"
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=_about)


def _about(args: argparse.Namespace) -> int:
    from smmdesk_gui import __version__
    from smmdesk_gui.licenses import bundled_components
    from smmdesk_gui.paths import app_paths

    paths = app_paths()
    components = bundled_components()
    if args.json:
        emit_json(
            {
                "version": __version__,
                "data_folder": str(paths.home),
                "log_folder": str(paths.logs),
                "components": [asdict(c) for c in components],
            }
        )
        return EXIT_OK
    print(f"SMM Desk {__version__}")
    print(f"Data folder: {paths.home}")
    print(f"Log files:   {paths.logs}")
    print("Bundled components:")
    width = max(len(c.name) for c in components)
    for c in components:
        print(f"  {c.name:<{width}}  {c.version:<12}  {c.license}")
    return EXIT_OK
