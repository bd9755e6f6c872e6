"""Composer subcommands: ``count`` measures a text the way a platform counts it."""

from __future__ import annotations

import argparse

from smmdesk_gui.commands.common import EXIT_OK, UserError, emit_json
from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.text_rules import count_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "count",
        help="count a text the way a platform does",
        description=(
            "Print the platform-counted length of TEXT, the platform's limit and whether the "
            "text fits. Exit 0 when the text was counted (see 'valid'), 2 on bad input."
        ),
    )
    p.add_argument(
        "--platform",
        required=True,
        metavar="NAME",
        help="one of: " + ", ".join(PLATFORMS),
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument(
        "--media",
        action="store_true",
        help="the post carries images (Telegram then allows a 1024-character caption)",
    )
    p.add_argument("text", metavar="TEXT", help="the post text (quote it)")
    p.set_defaults(handler=_count)


def _count(args: argparse.Namespace) -> int:
    name = args.platform.strip().lower()
    if name not in PLATFORMS:
        raise UserError(f"unknown platform {args.platform!r}; use one of: {', '.join(PLATFORMS)}")
    result = count_text(name, args.text, has_media=args.media)
    if args.json:
        emit_json(
            {
                "platform": result.platform,
                "length": result.length,
                "limit": result.limit,
                "valid": result.valid,
                "over_at": result.over_at,
                "problems": [p.message for p in result.problems],
            }
        )
    else:
        state = "fits" if result.valid else "does not fit"
        print(f"{PLATFORMS[name].name}: {result.length}/{result.limit} ({state})")
        for problem in result.problems:
            print(f"- {problem.message}")
    return EXIT_OK
