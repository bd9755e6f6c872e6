"""``accounts`` and ``publish-due``: connect accounts and send due posts from the command line.

``publish-due`` is what the OS scheduler runs while the window is closed (docs/publishing.md).
Exit codes: 0 done (nothing failed), 1 some post failed or needs checking, 2 bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from smmdesk_gui.commands.common import EXIT_FAILED, EXIT_OK, UserError, emit_json, open_workspace


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    acc = sub.add_parser("accounts", help="connect, list and check social accounts")
    acc_sub = acc.add_subparsers(dest="accounts_command", metavar="ACTION")
    acc_sub.required = True

    add = acc_sub.add_parser("add", help="connect an account (the secret goes to the keyring)")
    add.add_argument(
        "platform",
        help="bluesky, mastodon, telegram, vk, facebook, threads, instagram (token checked, "
        "posts assisted), or an assisted platform",
    )
    add.add_argument("--handle", required=True, help="the account's handle or name")
    add.add_argument(
        "--server",
        help="Bluesky PDS or Mastodon server address (Telegram, VK, Facebook, Threads, "
        "Instagram: API URL)",
    )
    add.add_argument("--channel", help="Telegram channel: @name or numeric id")
    add.add_argument(
        "--secret-stdin",
        action="store_true",
        help="read the app password / token from standard input (never from the command line)",
    )
    add.add_argument(
        "--oauth",
        action="store_true",
        help="Mastodon: sign in through the browser; prints the address to open, then reads "
        "the code the server shows from standard input",
    )
    add.add_argument(
        "--user-token-stdin",
        action="store_true",
        help="VK: read an administrator's user token (for photos) from the next line of "
        "standard input, after the community token",
    )
    add.add_argument("--json", action="store_true", help="print the account as JSON")
    add.set_defaults(handler=_add)

    lst = acc_sub.add_parser("list", help="list connected accounts")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(handler=_list)

    chk = acc_sub.add_parser("check", help="check every account's login against its platform")
    chk.add_argument("--json", action="store_true", help="print JSON")
    chk.set_defaults(handler=_check)

    due = sub.add_parser("publish-due", help="send the posts that are due now")
    due.add_argument("--json", action="store_true", help="print what happened as JSON")
    due.add_argument(
        "--wait",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="stay up to this long for retries that come due (default 60)",
    )
    due.set_defaults(handler=_publish_due)

    sched = sub.add_parser(
        "publish-schedule",
        help="run publish-due every 5 minutes with the system scheduler (window closed)",
    )
    sched.add_argument("action", choices=("install", "remove", "show"))
    sched.set_defaults(handler=_publish_schedule)


def _add(args: argparse.Namespace) -> int:
    from smmdesk_gui.services.accounts import AccountError, AccountService

    if args.oauth:
        return _add_oauth(args)
    secret = None
    if args.secret_stdin:
        secret = sys.stdin.readline().strip()
        if not secret:
            raise UserError("no secret on standard input")
    user_token = None
    if args.user_token_stdin:
        if args.platform.strip().lower() != "vk":
            raise UserError("--user-token-stdin is for VK communities")
        user_token = sys.stdin.readline().strip()
        if not user_token:
            raise UserError("no user token on standard input")
    with open_workspace() as (_, store):
        service = AccountService(store)
        try:
            info = service.add(
                args.platform, args.handle, secret, server=args.server, channel=args.channel
            )
            if user_token:
                service.set_user_token(info.id, user_token)
        except AccountError as exc:
            raise UserError(str(exc)) from None
    if args.json:
        emit_json(info.as_json())
    else:
        kind = "assisted publishing" if info.assisted else "connected"
        print(f"{info.platform} {info.handle}: {kind}")
    return EXIT_OK


def _add_oauth(args: argparse.Namespace) -> int:
    from smmdesk_gui.services.accounts import AccountError, AccountService

    if args.platform.strip().lower() != "mastodon":
        raise UserError("--oauth works for Mastodon; use --secret-stdin for other platforms")
    if args.secret_stdin:
        raise UserError("use either --oauth or --secret-stdin, not both")
    if not args.server:
        raise UserError("--oauth needs --server, e.g. --server https://mastodon.social")
    with open_workspace() as (_, store):
        service = AccountService(store)
        try:
            start = service.mastodon_sign_in(args.server)
            # Prompts go to stderr so that --json output on stdout stays clean.
            print(
                "Open this address in your browser, sign in and allow SMM Desk:\n"
                f"  {start.authorize_url}\n"
                "Then paste the code your server shows and press Enter:",
                file=sys.stderr,
                flush=True,
            )
            code = sys.stdin.readline().strip()
            if not code:
                raise UserError("no code on standard input")
            info = service.mastodon_finish_sign_in(start, code, args.handle)
        except AccountError as exc:
            raise UserError(str(exc)) from None
    if args.json:
        emit_json(info.as_json())
    else:
        print(f"{info.platform} {info.handle}: connected")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from smmdesk_gui.services.accounts import AccountService

    with open_workspace() as (_, store):
        accounts = AccountService(store).list_accounts()
    if args.json:
        emit_json([a.as_json() for a in accounts])
        return EXIT_OK
    if not accounts:
        print("No accounts yet. Add one with: smmdesk-cli accounts add PLATFORM --handle H")
    from smmdesk_gui.services.tokens import expires_soon

    now = dt.datetime.now(dt.UTC)
    for a in accounts:
        extra = " (assisted)" if a.assisted else ""
        if a.token_expires_at is not None and expires_soon(a.token_expires_at, now):
            day = a.token_expires_at.date().isoformat()
            extra += f" (login ends {day}: reconnect it)"
        print(f"{a.platform:<10} {a.handle:<30} {a.state}{extra}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from smmdesk_gui.services.accounts import AccountError, AccountService

    results: list[dict[str, Any]] = []
    failed = False
    with open_workspace() as (_, store):
        service = AccountService(store)
        for account in service.list_accounts():
            try:
                info = service.check(account.id)
                row = info.as_json()
            except AccountError as exc:
                row = {**account.as_json(), "message": str(exc)}
            failed = failed or row["state"] != "ok" or bool(row["message"])
            results.append(row)
    if args.json:
        emit_json(results)
    else:
        for row in results:
            note = f": {row['message']}" if row["message"] else ""
            print(f"{row['platform']:<10} {row['handle']:<30} {row['state']}{note}")
    return EXIT_FAILED if failed else EXIT_OK


def _publish_due(args: argparse.Namespace) -> int:
    from smmdesk_gui.services.publish.service import PublishingService

    with open_workspace() as (paths, store):
        report = PublishingService(store, paths).publish_due(wait_for_retries=max(0.0, args.wait))
    if args.json:
        emit_json(report.as_json())
    else:
        for v in report.published:
            print(f"published  {v.platform} {v.handle}: {v.url or v.text}")
        for v in report.retrying:
            print(f"will retry {v.platform} {v.handle} at {v.next_attempt_at}: {v.message}")
        for v in report.failed:
            print(f"FAILED     {v.platform} {v.handle}: {v.message}")
        for v in report.unconfirmed:
            print(f"CHECK      {v.platform} {v.handle}: {v.message}")
        for v in report.due:
            print(f"post by hand {v.platform} {v.handle}: open SMM Desk to post it")
        if report.missed:
            print(
                f"{len(report.missed)} post(s) missed their time while SMM Desk was not running; "
                "open SMM Desk to post them now, reschedule or skip them."
            )
        for v in report.waiting_for_account:
            print(f"waiting    {v.platform} {v.handle}: reconnect the account in SMM Desk")
    return EXIT_FAILED if report.needs_attention else EXIT_OK


def _publish_schedule(args: argparse.Namespace) -> int:
    from pathlib import Path

    from smmdesk_gui.paths import app_paths
    from smmdesk_gui.services.publish import os_schedule

    home = app_paths().home
    plan = os_schedule.schedule_plan(
        os_schedule.current_system(), os_schedule.cli_command(home), Path.home()
    )
    if args.action == "show":
        print(plan.description)
        for path, text in plan.files.items():
            print(f"--- {path}\n{text}")
        for cmd in plan.install_commands:
            print("$ " + " ".join(cmd))
        return EXIT_OK
    if args.action == "remove":
        os_schedule.remove(plan)
        print(f"removed: {plan.description}")
        return EXIT_OK
    try:
        os_schedule.install(plan)
    except os_schedule.ScheduleError as exc:
        print(f"smmdesk-cli: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"installed: {plan.description}")
    return EXIT_OK
