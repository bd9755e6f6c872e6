"""Accounts: connect, check, reconnect and remove (Qt-free; used by the GUI and the CLI).

Secrets (app passwords, tokens, bot tokens, Bluesky sessions) live only in the OS keyring via
``credentials.py``. The database keeps who the account is, its state (ok / needs_reconnect /
disabled), the last check and a plain-words message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from smmdesk_gui import credentials
from smmdesk_gui.connectors import mastodon_oauth
from smmdesk_gui.connectors.base import (
    Connector,
    ConnectorError,
    ErrorKind,
    Identity,
    TokenCache,
    server_url_issue,
)
from smmdesk_gui.connectors.registry import (
    CHECKED_PLATFORMS,
    CONNECTED_PLATFORMS,
    AccountConfig,
    build_connector,
)
from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.services import tokens
from smmdesk_gui.services.account_errors import (
    AccountError as AccountError,  # re-exported: the screens and the CLI catch it from here
)
from smmdesk_gui.services.account_errors import (
    connector_error,
    connector_problem,
    keyring_error,
    server_problem,
)
from smmdesk_gui.services.account_secrets import (  # re-exported: where the keyring keeps what
    KeyringTokenCache as KeyringTokenCache,
)
from smmdesk_gui.services.account_secrets import (
    oauth_app_ref as oauth_app_ref,
)
from smmdesk_gui.services.account_secrets import (
    read_user_token as read_user_token,
)
from smmdesk_gui.services.account_secrets import (
    secret_ref as secret_ref,
)
from smmdesk_gui.services.account_secrets import (
    session_ref as session_ref,
)
from smmdesk_gui.services.account_secrets import (
    user_token_ref as user_token_ref,
)
from smmdesk_gui.services.assisted import is_assisted
from smmdesk_gui.services.publish import hosting
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, AccountState, PostTarget, TargetState

#: Platforms that fetch photos from a web address: their connector gets the photo host.
PHOTO_HOSTED = ("instagram", "threads")

ConnectorFactory = Callable[[AccountConfig, str, TokenCache | None], Connector]


@dataclass(frozen=True)
class AccountInfo:
    """An account as the screens and the CLI show it (never a secret)."""

    id: int
    platform: str
    handle: str
    display_name: str
    base_url: str | None
    channel: str | None
    state: str
    state_message: str
    last_checked_at: dt.datetime | None
    assisted: bool
    #: ``state_message`` as a problem code (None for an account checked before codes were kept)
    state_problem: Problem | None = None
    #: When the access token stops (or stopped) working: Instagram and Threads tokens, a Meta
    #: token refused with code 190; None where it does not expire or is not known.
    token_expires_at: dt.datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "platform": self.platform,
            "handle": self.handle,
            "display_name": self.display_name,
            "server": self.base_url,
            "channel": self.channel,
            "state": self.state,
            "message": self.state_message,
            "last_checked_at": self.last_checked_at.isoformat() if self.last_checked_at else None,
            "assisted": self.assisted,
            "expires_at": self.token_expires_at.isoformat() if self.token_expires_at else None,
        }


def _info(a: Account) -> AccountInfo:
    return AccountInfo(
        id=a.id,
        platform=a.platform,
        handle=a.handle,
        display_name=a.display_name,
        base_url=a.base_url,
        channel=a.channel,
        state=a.state,
        state_message=a.state_message,
        last_checked_at=a.last_checked_at,
        assisted=is_assisted(a),
        state_problem=Problem.from_json(a.state_problem),
        token_expires_at=a.token_expires_at,
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AccountService:
    """Connect, list, check, reconnect and remove accounts."""

    def __init__(
        self,
        store: Store,
        connector_factory: ConnectorFactory = build_connector,
        clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        self.store = store
        self.connector_factory = connector_factory
        self.clock = clock

    # -- reading ------------------------------------------------------------------------------

    def list_accounts(self) -> list[AccountInfo]:
        with self.store.session_scope() as s:
            rows = s.scalars(select(Account).order_by(Account.platform, Account.handle)).all()
            return [_info(a) for a in rows]

    def get(self, account_id: int) -> AccountInfo:
        with self.store.session_scope() as s:
            account = s.get(Account, account_id)
            if account is None:
                raise AccountError(Problem("account_gone"))
            return _info(account)

    def connector_for(self, account_id: int) -> Connector:
        """The connector of an account, with its secret from the keyring."""
        info = self.get(account_id)
        if info.assisted:
            raise AccountError(Problem("account_not_connected", platform=info.platform))
        secret = credentials.read_secret(secret_ref(info.platform, info.handle))
        user_token = read_user_token(info.platform, info.handle)
        host, host_problem = (
            hosting.photo_host(self.store) if info.platform in PHOTO_HOSTED else (None, "")
        )
        return self.connector_factory(
            AccountConfig(
                info.platform,
                info.handle,
                info.base_url,
                info.channel,
                user_token,
                photo_host=host,
                photo_host_problem=host_problem,
            ),
            secret,
            KeyringTokenCache(session_ref(info.platform, info.handle)),
        )

    # -- changing -----------------------------------------------------------------------------

    def add(
        self,
        platform: str,
        handle: str,
        secret: str | None = None,
        *,
        server: str | None = None,
        channel: str | None = None,
    ) -> AccountInfo:
        """Connect an account: check the secret against the server, then keep it.

        Assisted platforms take no secret. Raises ``AccountError`` with plain words.
        """
        platform = platform.strip().lower()
        handle = handle.strip()
        if platform not in PLATFORMS:
            known = ", ".join(sorted(PLATFORMS))
            raise AccountError(Problem("account_unknown_platform", platform=platform, known=known))
        if not handle:
            raise AccountError(Problem("account_no_handle"))
        if platform == "telegram" and not (channel or handle):
            raise AccountError(Problem("account_no_channel"))
        if platform == "mastodon" and not server:
            raise AccountError(Problem("account_no_server"))
        server = server.strip() if server else None
        issue = server_url_issue(server) if server else None
        if issue is not None:  # before any request: nothing to try again
            raise AccountError(issue)
        if platform == "telegram":
            channel = channel or handle
        with self.store.session_scope() as s:
            exists = s.scalar(
                select(Account.id).where(Account.platform == platform, Account.handle == handle)
            )
        if exists is not None:
            raise AccountError(Problem("account_exists", platform=platform, handle=handle))
        identity: Identity | None = None
        if platform in CONNECTED_PLATFORMS:
            if not secret:
                raise AccountError(Problem("account_needs_secret", platform=platform))
            identity = self._verify(platform, handle, secret, server, channel)
            credentials.store_secret(secret_ref(platform, handle), secret)
        elif secret and platform in CHECKED_PLATFORMS:
            # Checked and kept for when SMM Desk can publish there; posts stay assisted.
            identity = self._verify(platform, handle, secret, server, channel)
            credentials.store_secret(secret_ref(platform, handle), secret)
        elif secret:
            raise AccountError(Problem("account_assisted_no_secret", platform=platform))
        with self.store.session_scope() as s:
            account = Account(
                platform=platform,
                handle=handle,
                display_name=identity.display_name if identity else "",
                base_url=server,
                channel=channel,
                state=AccountState.OK.value,
                state_message="",
                keyring_key=secret_ref(platform, handle).key if identity else None,
                settings={"remote_id": identity.remote_id, "limits": identity.limits}
                if identity
                else {},
                last_checked_at=self.clock() if identity else None,
            )
            s.add(account)
            s.flush()
            account_id = account.id
        if identity is not None:
            tokens.note_new_token(self.store, account_id, self.clock())
        return self.get(account_id)

    def _verify(
        self,
        platform: str,
        handle: str,
        secret: str,
        server: str | None,
        channel: str | None,
    ) -> Identity:
        # A new login replaces any session kept for an earlier connection.
        with contextlib.suppress(credentials.CredentialError):
            credentials.delete_secret(session_ref(platform, handle))
        tokens = KeyringTokenCache(session_ref(platform, handle))
        connector = self.connector_factory(
            AccountConfig(platform, handle, server, channel), secret, tokens
        )
        try:
            return connector.check()
        except ConnectorError as exc:
            raise connector_error(exc, platform) from None

    def check(self, account_id: int) -> AccountInfo:
        """Ask the platform whether the saved secret still works; record the outcome."""
        info = self.get(account_id)
        if info.assisted:
            return self._set_state(account_id, AccountState.OK, None, checked=True)
        try:
            identity = self.connector_for(account_id).check()
        except credentials.SecretMissingError:
            return self._set_state(
                account_id,
                AccountState.NEEDS_RECONNECT,
                Problem("account_secret_missing"),
                checked=True,
            )
        except credentials.CredentialError as exc:
            raise keyring_error(exc) from None
        except ConnectorError as exc:
            if exc.kind is ErrorKind.AUTH_EXPIRED or exc.kind is ErrorKind.REJECTED:
                return self._set_state(
                    account_id,
                    AccountState.NEEDS_RECONNECT,
                    connector_problem(exc, info.platform),
                    checked=True,
                    message=str(exc),
                )
            raise connector_error(exc, info.platform) from None
        with self.store.session_scope() as s:
            account = s.get(Account, account_id)
            assert account is not None
            account.display_name = identity.display_name or account.display_name
            account.settings = {
                **account.settings,
                "remote_id": identity.remote_id,
                "limits": identity.limits,
            }
        return self._set_state(account_id, AccountState.OK, None, checked=True)

    def reconnect(self, account_id: int, secret: str) -> AccountInfo:
        """Save a new secret after checking it; the account becomes ok again."""
        info = self.get(account_id)
        if not info.assisted or info.platform in CHECKED_PLATFORMS:  # Instagram keeps a token
            self._verify(info.platform, info.handle, secret, info.base_url, info.channel)
            credentials.store_secret(secret_ref(info.platform, info.handle), secret)
            tokens.note_new_token(self.store, account_id, self.clock())
        return self._set_state(account_id, AccountState.OK, None, checked=True)

    # -- Mastodon sign-in with OAuth (out-of-band code) ---------------------------------------

    def mastodon_sign_in(self, server: str) -> mastodon_oauth.OAuthStart:
        """Start a Mastodon sign-in: the URL to open; the owner then pastes the code shown.

        SMM Desk registers itself on the server once (``POST /api/v1/apps``) and keeps the
        registration in the keyring for the next sign-in.
        """
        try:
            server = mastodon_oauth.normalize_server(server)
        except ValueError as exc:
            raise AccountError(server_problem(server), str(exc)) from None
        ref = oauth_app_ref(server)
        app = None
        with contextlib.suppress(credentials.SecretMissingError, ValueError, KeyError):
            app = mastodon_oauth.OAuthApp.from_json(credentials.read_secret(ref))
        if app is None or app.server != server:
            try:
                app = mastodon_oauth.register_app(server)
            except ConnectorError as exc:
                raise connector_error(exc, "mastodon") from None
            credentials.store_secret(ref, app.to_json())
        return mastodon_oauth.begin(app)

    def mastodon_finish_sign_in(
        self,
        start: mastodon_oauth.OAuthStart,
        code: str,
        handle: str = "",
        account_id: int | None = None,
    ) -> AccountInfo:
        """Trade the pasted code for a token; connect the account (or reconnect ``account_id``).

        Without ``handle`` the account is named after what the server reports (``@name``).
        """
        try:
            token = mastodon_oauth.exchange_code(start, code)
        except ConnectorError as exc:
            if exc.kind is ErrorKind.AUTH_EXPIRED:  # the registration is gone: register anew
                with contextlib.suppress(credentials.CredentialError):
                    credentials.delete_secret(oauth_app_ref(start.app.server))
            raise connector_error(exc, "mastodon") from None
        if account_id is not None:
            return self.reconnect(account_id, token)
        if not handle.strip():
            config = AccountConfig("mastodon", "", start.app.server, None)
            try:
                me = self.connector_factory(config, token, None).check()
            except ConnectorError as exc:
                raise connector_error(exc, "mastodon") from None
            handle = me.handle.lstrip("@").split("@", 1)[0] or me.handle
        return self.add("mastodon", handle, token, server=start.app.server)

    # -- VK: the optional user token for photos -----------------------------------------------

    def set_user_token(self, account_id: int, token: str) -> str:
        """Check a VK user token against the account's community and keep it in the keyring.

        Returns the token owner's name. Without it, VK posts with photos are assisted.
        """
        info = self.get(account_id)
        token = token.strip()
        if info.platform != "vk":
            raise AccountError(Problem("user_token_not_vk"))
        if not token:
            raise AccountError(Problem("user_token_empty"))
        secret = credentials.read_secret(secret_ref(info.platform, info.handle))
        config = AccountConfig(info.platform, info.handle, info.base_url, info.channel, token)
        connector: Any = self.connector_factory(config, secret, None)
        try:
            name = str(connector.check_user_token())
        except ConnectorError as exc:
            raise AccountError(
                Problem("user_token_refused", reason=str(exc), detail=exc.detail)
            ) from None
        credentials.store_secret(user_token_ref(info.platform, info.handle), token)
        return name

    def remove_user_token(self, account_id: int) -> None:
        """Forget a VK account's user token: its posts with photos become assisted again."""
        info = self.get(account_id)
        with contextlib.suppress(credentials.CredentialError):
            credentials.delete_secret(user_token_ref(info.platform, info.handle))

    def has_user_token(self, account_id: int) -> bool:
        info = self.get(account_id)
        return read_user_token(info.platform, info.handle) is not None

    def mark_needs_reconnect(
        self, account_id: int, problem: Problem | str, message: str | None = None
    ) -> AccountInfo:
        """The platform refused the account's login: its posts wait until it is reconnected.

        Args:
            problem: why, as a code (a bare sentence is kept as it is, without a code).
            message: the English sentence to keep, when fuller than the code's (a connector's).
        """
        return self._set_state(
            account_id, AccountState.NEEDS_RECONNECT, problem, checked=False, message=message
        )

    def set_enabled(self, account_id: int, enabled: bool) -> AccountInfo:
        state = AccountState.OK if enabled else AccountState.DISABLED
        return self._set_state(account_id, state, None, checked=False)

    def remove(self, account_id: int) -> Problem:
        """Forget an account's secrets. An account with posts is disabled (its history stays);
        one without any is deleted. Returns what happened, as a code (``.message`` in English:
        ``account_deleted`` or ``account_disconnected`` with the drafts it made)."""
        info = self.get(account_id)
        for ref in (
            secret_ref(info.platform, info.handle),
            session_ref(info.platform, info.handle),
            user_token_ref(info.platform, info.handle),
        ):
            with contextlib.suppress(credentials.CredentialError):
                credentials.delete_secret(ref)
        with self.store.session_scope() as s:
            account = s.get(Account, account_id)
            assert account is not None
            has_posts = s.scalar(
                select(PostTarget.id).where(PostTarget.account_id == account_id).limit(1)
            )
            if has_posts is None:
                s.delete(account)
                return Problem("account_deleted", handle=info.handle)
            pending = s.scalars(
                select(PostTarget).where(
                    PostTarget.account_id == account_id,
                    PostTarget.state.in_(
                        [TargetState.SCHEDULED.value, TargetState.RETRY_WAIT.value]
                    ),
                )
            ).all()
            for target in pending:
                target.state = TargetState.DRAFT.value
            removed = Problem("account_removed")
            account.state = AccountState.DISABLED.value
            account.state_message = removed.message
            account.state_problem = removed.as_json()
            account.keyring_key = None
            return Problem("account_disconnected", handle=info.handle, drafts=len(pending))

    def _set_state(
        self,
        account_id: int,
        state: AccountState,
        problem: Problem | str | None,
        *,
        checked: bool,
        message: str | None = None,
    ) -> AccountInfo:
        """Record the account's state and why (``message``: an English sentence fuller than
        the problem's own, e.g. a connector's; a bare sentence is kept without a code)."""
        if isinstance(problem, str):
            problem, message = None, message or problem
        with self.store.session_scope() as s:
            account = s.get(Account, account_id)
            if account is None:
                raise AccountError(Problem("account_gone"))
            account.state = state.value
            account.state_message = message or (problem.message if problem else "")
            account.state_problem = problem.as_json() if problem is not None else None
            if checked:
                account.last_checked_at = self.clock()
            s.flush()
            return _info(account)
