"""Stats subcommands: ``stats import``, ``stats refresh``, ``stats mappings``, ``kpi``, ``report``.

Exit codes: 0 done; 1 the job ran but part of it failed (rows with problems, an account that
could not be refreshed); 2 bad input (unknown mapping, unreadable file, bad date).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

from smmdesk_gui.commands.common import EXIT_FAILED, EXIT_OK, UserError, emit_json, open_workspace


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stats = sub.add_parser("stats", help="import, refresh and list stats")
    ssub = stats.add_subparsers(dest="stats_command", metavar="ACTION")
    ssub.required = True

    p = ssub.add_parser("import", help="import an exported stats CSV file")
    p.add_argument("file", metavar="FILE", help="the CSV file exported by the platform")
    p.add_argument(
        "--mapping",
        required=True,
        metavar="NAME",
        help="column mapping: meta-instagram, meta-facebook, x-posts, vk-community, "
        "or a saved one (see 'stats mappings')",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="show what would be imported, write nothing"
    )
    p.add_argument(
        "--account",
        type=int,
        metavar="ID",
        help="the account the file belongs to (needed with several accounts of the platform)",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=_import)

    p = ssub.add_parser("refresh", help="fetch live figures from the connected platforms")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=_refresh)

    p = ssub.add_parser("mappings", help="list the column mappings for 'stats import'")
    p.add_argument("--json", action="store_true", help="print them as JSON")
    p.set_defaults(handler=_mappings)

    p = sub.add_parser("kpi", help="the KPIs of a period and of the period before it")
    p.add_argument(
        "--from", dest="first", required=True, metavar="DATE", help="first day, YYYY-MM-DD"
    )
    p.add_argument("--to", dest="last", required=True, metavar="DATE", help="last day (included)")
    p.add_argument("--account", type=int, metavar="ID", help="one account (default: all)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(handler=_kpi)

    p = sub.add_parser("report", help="write the monthly report as PDF")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="the month to report on")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--csv", metavar="FILE.csv", help="also write the numbers as CSV")
    p.add_argument("--account", type=int, metavar="ID", help="one account (default: all)")
    p.add_argument("--lang", metavar="CODE", help="report language (default: the app's)")
    p.set_defaults(handler=_report)


def _check_account(store: Any, account_id: int | None) -> None:
    if account_id is None:
        return
    from smmdesk_gui.store.models import Account

    with store.session_scope() as s:
        if s.get(Account, account_id) is None:
            raise UserError(f"there is no account with id {account_id}")


def _import(args: argparse.Namespace) -> int:
    from smmdesk_gui.services.stats.csv_import import StatsImportError, apply_import, preview_import
    from smmdesk_gui.services.stats.mappings import all_mappings

    with open_workspace() as (_paths, store):
        mappings = all_mappings(store)
        mapping = mappings.get(args.mapping)
        if mapping is None:
            raise UserError(
                f"unknown mapping {args.mapping!r}; choose one of: " + ", ".join(sorted(mappings))
            )
        try:
            preview = preview_import(store, Path(args.file), mapping, args.account)
        except StatsImportError as exc:
            raise UserError(str(exc)) from None
        result = None if args.dry_run else apply_import(store, preview)
    problems = preview.problems
    if args.json:
        emit_json(
            {
                "file": str(preview.path),
                "mapping": mapping.name,
                "account_id": preview.account_id,
                "dry_run": bool(args.dry_run),
                "columns": preview.columns,
                "rows": len(preview.rows),
                "new_rows": preview.count("new"),
                "duplicate_rows": preview.count("duplicate"),
                "problem_rows": len(problems),
                "new_posts": sum(1 for r in preview.rows if r.status == "new" and r.is_new_post),
                "snapshots_added": result.snapshots_added if result else 0,
                "posts_created": result.posts_created if result else 0,
                "problems": [{"line": r.line, "problem": r.problem} for r in problems],
            }
        )
    else:
        verb = "Would import" if args.dry_run else "Imported"
        print(
            f"{verb} {preview.count('new')} rows into {preview.account_label} "
            f"({preview.count('duplicate')} already imported, {len(problems)} with problems)."
        )
        if result:
            print(
                f"Added {result.snapshots_added} figures and {result.posts_created} posts "
                "SMM Desk did not know yet."
            )
        for r in problems:
            print(f"  line {r.line}: {r.problem}")
    return EXIT_FAILED if problems else EXIT_OK


def _refresh(args: argparse.Namespace) -> int:
    from smmdesk_gui.services.stats.kpis import refresh
    from smmdesk_gui.services.stats.sources import live_sources

    with open_workspace() as (_paths, store):
        report = refresh(store, live_sources())
    if args.json:
        emit_json(
            {
                "snapshots_added": report.snapshots,
                "accounts": [
                    {
                        "account_id": a.account_id,
                        "platform": a.platform,
                        "handle": a.handle,
                        "ok": a.ok,
                        "snapshots": a.snapshots,
                        "message": a.message,
                    }
                    for a in report.accounts
                ],
                "skipped": report.skipped,
            }
        )
    else:
        for a in report.accounts:
            state = f"{a.snapshots} figures" if a.ok else f"failed: {a.message}"
            print(f"{a.platform} · {a.handle}: {state}")
        for line in report.skipped:
            print(f"{line} (skipped)")
        if not report.accounts:
            print("No account can be refreshed live; import CSV exports or enter figures by hand.")
    return EXIT_FAILED if report.failed else EXIT_OK


def _mappings(args: argparse.Namespace) -> int:
    from smmdesk_gui.services.stats.mappings import all_mappings

    with open_workspace() as (_paths, store):
        mappings = all_mappings(store)
    if args.json:
        emit_json([{**m.to_json(), "builtin": m.builtin} for m in mappings.values()])
    else:
        for m in sorted(mappings.values(), key=lambda m: (not m.builtin, m.name)):
            print(f"{m.name:16} {m.label}")
    return EXIT_OK


def _date(text: str, flag: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{flag} wants a date as YYYY-MM-DD, not {text!r}") from None


def kpis_json(k: Any) -> dict[str, Any]:
    """The ``kpi --json`` fields of one period (ratios as fractions; null = not enough data)."""
    figures = {
        "growth": k.growth,
        "growth_rate": k.growth_rate,
        "er_reach": k.er_reach,
        "er_followers": k.er_followers,
        "reach_rate": k.reach_rate,
        "ctr": k.ctr,
        "cpm": k.cpm,
        "cpc": k.cpc,
        "cpl": k.cpl,
        "cost_per_follower": k.cost_per_follower,
    }
    best = k.best_post
    return {
        "from": k.period.first.isoformat(),
        "to": k.period.last.isoformat(),
        "followers_start": k.followers_start,
        "followers_end": k.followers_end,
        "posts": k.posts,
        "reach": k.reach,
        "impressions": k.impressions,
        "clicks": k.clicks,
        "interactions": k.interactions.total,
        "interaction_parts": list(k.interactions.parts),
        **{name: f.value for name, f in figures.items()},
        "spend": k.spend,
        "ad_impressions": k.ad_impressions,
        "ad_clicks": k.ad_clicks,
        "leads": k.leads,
        "not_enough_data": [name for name, f in figures.items() if f.value is None],
        "best_post": None
        if best is None
        else {
            "post_id": best.post_id,
            "target_id": best.target_id,
            "account_id": best.account_id,
            "title": best.title,
            "published_at": best.published_at.isoformat(),
            "interactions": best.interactions.total,
            "er_reach": best.er_reach.value,
        },
    }


def _show(v: float | None, unit: str, currency: str) -> str:
    if v is None:
        return "not enough data"
    if unit == "percent":
        return f"{v * 100:.1f} %"
    if unit == "money":
        return f"{v:.2f} {currency}".strip()
    return f"{v:,.0f}"


def _kpi(args: argparse.Namespace) -> int:
    from smmdesk_gui.services.stats.kpis import Period, kpis
    from smmdesk_gui.services.stats.report import headline_rows
    from smmdesk_gui.services.workspace import workspace_zone

    first, last = _date(args.first, "--from"), _date(args.last, "--to")
    if last < first:
        raise UserError("--to must be on or after --from")
    period = Period(first, last)
    with open_workspace() as (_paths, store):
        _check_account(store, args.account)
        tz = workspace_zone(store)
        cur = kpis(store, period, args.account, tz)
        prev = kpis(store, period.previous(), args.account, tz)
    if args.json:
        emit_json(
            {
                "account_id": args.account,
                "timezone": str(tz),
                "current": kpis_json(cur),
                "previous": kpis_json(prev),
            }
        )
        return EXIT_OK
    print(f"{period.label()} (previous: {period.previous().label()})")
    for row in headline_rows(cur, prev):
        now, before = (_show(v, row.unit, row.currency) for v in (row.value, row.previous))
        print(f"  {row.key:18} {now:>18}   previous {before}")
    return EXIT_OK


def _gui_app(lang: str | None, settings_file: Path) -> Any:
    """A QApplication for painting the PDF (offscreen when there is no screen)."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from smmdesk_gui.ui.i18n import apply_language, system_language

    app = QApplication.instance() or QApplication(["smmdesk-cli"])
    code = lang or str(
        QSettings(str(settings_file), QSettings.Format.IniFormat).value(
            "ui/language", system_language()
        )
    )
    apply_language(app, code)  # type: ignore[arg-type]
    return app


def _report(args: argparse.Namespace) -> int:
    from smmdesk_gui.services.stats.kpis import Period, dashboard_data
    from smmdesk_gui.services.stats.report import report_branding, write_report_csv
    from smmdesk_gui.services.workspace import workspace_zone

    try:
        period = Period.parse_month(args.month)
    except ValueError:
        raise UserError(f"--month wants YYYY-MM, not {args.month!r}") from None
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UserError("--out must name a .pdf file")
    with open_workspace() as (paths, store):
        _check_account(store, args.account)
        tz = workspace_zone(store)
        data = dashboard_data(store, period, args.account, tz)
        branding = report_branding(store, paths)  # the shop's name and logo, as on screen
        workspace = ""
        if args.account is not None:
            from smmdesk_gui.services.stats.kpis import account_choices

            workspace = dict(account_choices(store)).get(args.account, "")
    _gui_app(args.lang, paths.settings_file)
    from smmdesk_gui.ui.report.monthly import render_monthly_report

    render_monthly_report(data, out, workspace, tz, branding)
    print(f"Report written to {out}")
    if args.csv:
        write_report_csv(data, Path(args.csv))
        print(f"Numbers written to {args.csv}")
    return EXIT_OK
