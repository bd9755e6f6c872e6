"""``photo-hosting``: the owner's S3-compatible bucket for Instagram and Threads photos.

``set`` tests the bucket (a small file put, fetched through a presigned URL, deleted) and keeps
it only when that worked; the secret key is read from standard input, never from the command
line, and goes to the keyring with the access key id (docs/publishing.md, "Photo hosting").
Exit codes: 0 done, 1 the test failed, 2 bad input.
"""

from __future__ import annotations

import argparse
import sys

from smmdesk_gui.commands.common import EXIT_FAILED, EXIT_OK, UserError, emit_json, open_workspace


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    host = sub.add_parser(
        "photo-hosting", help="your storage bucket for Instagram and Threads photos"
    )
    host_sub = host.add_subparsers(dest="hosting_command", metavar="ACTION")
    host_sub.required = True
    put = host_sub.add_parser("set", help="test a bucket and use it (keys go to the keyring)")
    put.add_argument("--endpoint", required=True, help="e.g. https://s3.eu-central-1.amazonaws.com")
    put.add_argument("--region", required=True, help='e.g. eu-central-1 ("auto" on Cloudflare R2)')
    put.add_argument("--bucket", required=True)
    put.add_argument("--access-key-id", required=True)
    put.add_argument(
        "--secret-stdin",
        action="store_true",
        required=True,
        help="read the secret key from standard input (never from the command line)",
    )
    put.set_defaults(handler=_set)
    show = host_sub.add_parser("show", help="which bucket is in use (never the keys)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)
    remove = host_sub.add_parser("remove", help="stop using the bucket; forget its keys")
    remove.set_defaults(handler=_remove)


def _set(args: argparse.Namespace) -> int:
    from smmdesk_gui.connectors.photo_host import PhotoHostError
    from smmdesk_gui.services.publish.hosting import save_photo_hosting

    secret = sys.stdin.readline().strip()
    if not secret:
        raise UserError("no secret key on standard input")
    with open_workspace() as (_, store):
        try:
            place = save_photo_hosting(
                store, args.endpoint, args.region, args.bucket, args.access_key_id, secret
            )
        except PhotoHostError as exc:
            print(f"photo hosting not saved: {exc}", file=sys.stderr)
            return EXIT_FAILED
    print(f"photo hosting: {place.label} (tested: stored, fetched, deleted)")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from smmdesk_gui.services.publish.hosting import hosting_place

    with open_workspace() as (_, store):
        place = hosting_place(store)
    if args.json:
        emit_json(
            None
            if place is None
            else {"endpoint": place.endpoint, "region": place.region, "bucket": place.bucket}
        )
    elif place is None:
        print("photo hosting: not set up (Instagram posts are assisted)")
    else:
        print(f"photo hosting: {place.label}")
    return EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    from smmdesk_gui.services.publish.hosting import remove_photo_hosting

    with open_workspace() as (_, store):
        remove_photo_hosting(store)
    print("photo hosting: removed (Instagram posts are assisted again)")
    return EXIT_OK
