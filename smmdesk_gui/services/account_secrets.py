"""Where the keyring keeps each account's secrets: the token, a connector's login session, VK's
optional user token, and SMM Desk's OAuth registration on a Mastodon server. Never the database.
"""

from __future__ import annotations

from smmdesk_gui import credentials


def secret_ref(platform: str, handle: str) -> credentials.SecretRef:
    return credentials.SecretRef.for_account(platform, handle, "secret")


def session_ref(platform: str, handle: str) -> credentials.SecretRef:
    return credentials.SecretRef.for_account(platform, handle, "session")


class KeyringTokenCache:
    """A connector's login session, kept in the keyring (never in the database)."""

    def __init__(self, ref: credentials.SecretRef) -> None:
        self.ref = ref

    def load(self) -> str | None:
        try:
            return credentials.read_secret(self.ref)
        except credentials.SecretMissingError:
            return None

    def save(self, value: str) -> None:
        credentials.store_secret(self.ref, value)


def user_token_ref(platform: str, handle: str) -> credentials.SecretRef:
    """An account's optional second secret (VK: an administrator's user token for photos)."""
    return credentials.SecretRef.for_account(platform, handle, "user_token")


def read_user_token(platform: str, handle: str) -> str | None:
    """The account's user token from the keyring, or None when none was connected."""
    if platform != "vk":
        return None
    try:
        return credentials.read_secret(user_token_ref(platform, handle))
    except credentials.SecretMissingError:
        return None


def oauth_app_ref(server: str) -> credentials.SecretRef:
    """Where SMM Desk's OAuth registration on a Mastodon server is kept (client secret)."""
    host = server.split("://", 1)[-1].rstrip("/")
    return credentials.SecretRef.for_account("mastodon", host, "oauth_app")
