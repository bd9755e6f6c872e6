"""Plan subcommands: ``import-posts``, ``export-posts``, ``export-ics``.

Exit codes: 0 done; 2 bad input (each problem on its own stderr line, row-numbered for CSV rows;
nothing was written).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from smmdesk_gui.commands.common import EXIT_OK, EXIT_USAGE, UserError, emit_json, open_workspace

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

FROM_TO_HELP = "local day YYYY-MM-DD (inclusive)"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import-posts",
        help="import posts from a CSV file (columns: scheduled_at, accounts, text, media, rubric)",
    )
    p.add_argument("file", metavar="FILE.csv", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p.add_argument("--json", action="store_true", help="print the rows and problems as JSON")
    p.add_argument(
        "--queue",
        action="store_true",
        help="rows without scheduled_at go to each account's next free posting slot "
        "(default: they become ideas)",
    )
    p.set_defaults(handler=_import_posts)

    p = sub.add_parser("export-posts", help="export the plan (or a range of days) to CSV")
    p.add_argument("file", metavar="FILE.csv", type=Path)
    p.add_argument("--from", dest="date_from", metavar="DATE", help=FROM_TO_HELP)
    p.add_argument("--to", dest="date_to", metavar="DATE", help=FROM_TO_HELP)
    p.set_defaults(handler=_export_posts)

    p = sub.add_parser("export-ics", help="export scheduled posts as an iCalendar (.ics) file")
    p.add_argument("file", metavar="FILE.ics", type=Path)
    p.add_argument("--from", dest="date_from", metavar="DATE", help=FROM_TO_HELP)
    p.add_argument("--to", dest="date_to", metavar="DATE", help=FROM_TO_HELP)
    p.set_defaults(handler=_export_ics)


def _day(value: str | None, flag: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{flag} {value}: write the day as YYYY-MM-DD, e.g. 2026-06-01") from None


def _bounds(
    args: argparse.Namespace, zone: ZoneInfo
) -> tuple[dt.datetime | None, dt.datetime | None]:
    from smmdesk_gui.domain.slots import local_to_utc

    first, last = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    if first and last and last < first:
        raise UserError(f"--to {last} is before --from {first}")
    start = local_to_utc(dt.datetime.combine(first, dt.time()), zone) if first else None
    end = (
        local_to_utc(dt.datetime.combine(last + dt.timedelta(days=1), dt.time()), zone)
        if last
        else None
    )
    return start, end


def _import_posts(args: argparse.Namespace) -> int:
    from smmdesk_gui.services.plan.csv_import import CsvImportError, import_posts, preview_import
    from smmdesk_gui.services.workspace import workspace_zone

    if not args.file.is_file():
        raise UserError(f"{args.file}: no such file")
    with open_workspace() as (paths, store):
        zone = workspace_zone(store)
        now = dt.datetime.now(dt.UTC)
        try:
            preview = import_posts(
                store, paths, args.file, zone, now, queue=args.queue, dry_run=args.dry_run
            )
        except CsvImportError as exc:
            if args.json:
                full = preview_import(store, args.file, zone, now, queue=args.queue)
                emit_json(
                    {
                        "ok": False,
                        "dry_run": args.dry_run,
                        "imported": 0,
                        "rows": [r.as_json() for r in full.rows],
                        "problems": exc.messages,
                    }
                )
            for message in exc.messages:
                print(f"smmdesk-cli: {message}", file=sys.stderr)
            print("smmdesk-cli: nothing was imported; fix the rows above.", file=sys.stderr)
            return EXIT_USAGE
    scheduled = sum(1 for r in preview.rows if r.scheduled_at)
    ideas = len(preview.rows) - scheduled
    if args.json:
        emit_json(
            {
                "ok": True,
                "dry_run": args.dry_run,
                "imported": 0 if args.dry_run else len(preview.rows),
                "rows": [r.as_json() for r in preview.rows],
                "problems": [],
            }
        )
    elif args.dry_run:
        print(
            f"All {len(preview.rows)} rows are fine ({scheduled} scheduled, {ideas} ideas). "
            "Nothing was written (dry run)."
        )
    else:
        print(f"Imported {len(preview.rows)} posts ({scheduled} scheduled, {ideas} ideas).")
    return EXIT_OK


def _export(args: argparse.Namespace, kind: str) -> int:
    from smmdesk_gui.services.plan.export import (
        ExportError,
        check_target,
        collect,
        export_csv,
        export_ics,
    )
    from smmdesk_gui.services.workspace import workspace_zone

    if args.file.parent and not args.file.parent.exists():
        raise UserError(f"{args.file.parent}: no such folder")
    try:
        check_target(args.file)  # before the store opens: a FIFO would block the write forever
    except ExportError as exc:
        raise UserError(str(exc)) from None
    with open_workspace() as (paths, store):
        zone = workspace_zone(store)
        start, end = _bounds(args, zone)
        rows = collect(store, paths, start, end, include_ideas=kind == "csv")
    if kind == "csv":
        n = export_csv(rows, args.file, zone)
        print(f"Exported {n} rows to {args.file}.")
    else:
        n = export_ics(rows, args.file)
        print(f"Exported {n} events to {args.file}.")
    return EXIT_OK


def _export_posts(args: argparse.Namespace) -> int:
    return _export(args, "csv")


def _export_ics(args: argparse.Namespace) -> int:
    return _export(args, "ics")
