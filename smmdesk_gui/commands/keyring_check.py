"""``smmdesk-cli keyring-check``: does this computer's keyring keep SMM Desk's passwords?

Saves a random test entry under the ``smmdesk`` service, reads it back and removes it. The steps
can also run one per process (``--step save``, then ``--step read`` after a restart or a new
login, then ``--step remove``) to show the secret survives. Only a fingerprint of the test value
is printed, never the value.
"""

from __future__ import annotations

import argparse
import hashlib
import secrets

from smmdesk_gui import credentials
from smmdesk_gui.commands.common import EXIT_FAILED, EXIT_OK, emit_json

CHECK_REF = credentials.SecretRef("smmdesk-cli:keyring-check:test")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "keyring-check",
        help="save, read back and remove a test password in the system keyring",
    )
    p.add_argument(
        "--step",
        choices=("all", "save", "read", "remove"),
        default="all",
        help="run one step only (default: all three in this process)",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=_keyring_check)


def _fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def _keyring_check(args: argparse.Namespace) -> int:

    result: dict[str, object] = {
        "backend": credentials.backend_name(),
        "step": args.step,
        "ok": False,
        "fingerprint": None,
        "message": "",
    }
    try:
        if args.step in ("all", "save"):
            value = secrets.token_urlsafe(24)
            credentials.store_secret(CHECK_REF, value)
            result["fingerprint"] = _fingerprint(value)
        if args.step in ("all", "read"):
            read = credentials.read_secret(CHECK_REF)
            if result["fingerprint"] not in (None, _fingerprint(read)):
                raise credentials.CredentialError(
                    "The keyring returned a different value than was saved."
                )
            result["fingerprint"] = _fingerprint(read)
        if args.step in ("all", "remove"):
            credentials.delete_secret(CHECK_REF)
        result["ok"] = True
        result["message"] = "The keyring works."
    except credentials.CredentialError as exc:
        result["message"] = str(exc)
    if args.json:
        emit_json(result)
    else:
        print(f"keyring: {result['backend']}")
        if result["fingerprint"]:
            print(f"test value fingerprint: {result['fingerprint']}")
        print(result["message"])
    return EXIT_OK if result["ok"] else EXIT_FAILED
