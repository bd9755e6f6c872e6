"""The Accounts use cases' errors: what the user must fix, as a problem code and in English.

``AccountError`` carries a ``Problem`` (``domain/problems.py``) that the window words in the
owner's language; its ``str()`` stays the English sentence the CLI prints (a connector's own,
where it says more than the code's).
"""

from __future__ import annotations

from smmdesk_gui import credentials
from smmdesk_gui.connectors.base import ConnectorError, server_url_issue
from smmdesk_gui.domain.problems import Problem, account_failure_code

__all__ = [
    "AccountError",
    "connector_error",
    "connector_problem",
    "keyring_error",
    "server_problem",
]


class AccountError(Exception):
    """A problem the user must fix; ``str()`` says what happened and what to do, in English.

    Attributes:
        problem: the same as a code with values, for the window to word in the owner's
            language (None only where a caller passed a bare sentence).
    """

    def __init__(self, problem: Problem | str, message: str | None = None) -> None:
        if isinstance(problem, str):
            super().__init__(problem)
            self.problem: Problem | None = None
        else:
            # ``message``: a fuller English sentence than the code's (a connector's own)
            super().__init__(message or problem.message)
            self.problem = problem


def connector_problem(exc: ConnectorError, platform: str) -> Problem:
    """A connector's failure while connecting or checking an account, as a problem code."""
    return Problem(account_failure_code(exc.kind.value), platform=platform, detail=exc.detail)


def connector_error(exc: ConnectorError, platform: str) -> AccountError:
    """A connector's failure as an ``AccountError`` that keeps the connector's sentence."""
    return AccountError(connector_problem(exc, platform), str(exc))


def keyring_error(exc: credentials.CredentialError) -> AccountError:
    """The keyring failed: its own sentence in English, a code for the window."""
    return AccountError(Problem("keyring_failed", reason=str(exc)))


def server_problem(server: str) -> Problem:
    """Why a Mastodon server's address was refused (as ``mastodon_oauth.normalize_server``)."""
    server = server.strip().rstrip("/")
    if not server:
        return Problem("account_no_server")
    if not server.startswith(("http://", "https://")):
        server = "https://" + server
    return server_url_issue(server) or Problem("account_no_server")
