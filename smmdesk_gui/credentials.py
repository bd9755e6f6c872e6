"""The keyring wrapper: the only module that imports ``keyring``.

Secrets live only in the OS keyring under the service ``smmdesk``, one entry per account and kind
of secret. The backend is looked up on every use, so a keyring unlocked (or installed) after start
is noticed. Three outcomes are kept apart because the user must act differently on each:

- no usable backend (``NoKeyringError``): the system has no secure store;
- the keyring is locked (``KeyringLockedError``): unlock it and try again;
- no secret stored for this account (``SecretMissingError``): reconnect the account.

The secret never appears in an exception's text, a log line or the database.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from smmdesk_gui.logs import register_secret

log = logging.getLogger(__name__)

SERVICE = "smmdesk"

_INSECURE_MODULES = ("keyrings.alt",)


class CredentialError(Exception):
    """A credential problem; ``str()`` is a message for the user, without the secret."""

    user_message: str = ""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.user_message)


class NoKeyringError(CredentialError):
    user_message = (
        "This computer has no secure password store available, so SMM Desk cannot keep your "
        "account passwords. On Linux, install and start a keyring service (for example GNOME "
        "Keyring). Your drafts and plans keep working."
    )


class KeyringLockedError(CredentialError):
    user_message = (
        "Your system keyring is locked. Unlock it (log in again or open your password manager) "
        "and try again. Your drafts and plans keep working."
    )


class SecretMissingError(CredentialError):
    user_message = (
        "No password or token is saved for this account. Reconnect the account to save it again."
    )


@dataclass(frozen=True)
class SecretRef:
    """Where one secret lives: the keyring user name under the ``smmdesk`` service."""

    key: str

    @classmethod
    def for_account(cls, platform: str, handle: str, kind: str = "token") -> SecretRef:
        return cls(f"{platform}:{handle}:{kind}")


def _backend() -> object:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise NoKeyringError()
    module = type(backend).__module__
    if any(module.startswith(m) for m in _INSECURE_MODULES):
        raise NoKeyringError()
    return backend


def _translate(exc: BaseException) -> CredentialError:
    """Map keyring's errors to ours, dropping their text (it might echo a secret)."""
    from keyring import errors

    if isinstance(exc, errors.KeyringLocked):
        return KeyringLockedError()
    if isinstance(exc, errors.NoKeyringError):
        return NoKeyringError()
    if isinstance(exc, errors.InitError):
        return NoKeyringError()
    text = type(exc).__name__
    return CredentialError(
        f"The system keyring refused the request ({text}). Try again; if it keeps failing, "
        "restart the computer's keyring service."
    )


def backend_name() -> str:
    """A short description of the backend in use, or why there is none."""
    try:
        backend = _backend()
    except CredentialError as exc:
        return f"none ({type(exc).__name__})"
    return f"{type(backend).__module__}.{type(backend).__name__}"


def store_secret(ref: SecretRef, secret: str) -> None:
    """Save ``secret`` under ``ref``. Raises a ``CredentialError`` subclass on failure."""
    if not secret:
        raise CredentialError("The password or token is empty.")
    register_secret(secret)
    backend = _backend()
    try:
        backend.set_password(SERVICE, ref.key, secret)  # type: ignore[attr-defined]
    except Exception as exc:
        log.warning("keyring set failed for %s: %s", ref.key, type(exc).__name__)
        raise _translate(exc) from None


def read_secret(ref: SecretRef) -> str:
    """The secret stored under ``ref``. Raises ``SecretMissingError`` when there is none."""
    backend = _backend()
    try:
        value = backend.get_password(SERVICE, ref.key)  # type: ignore[attr-defined]
    except Exception as exc:
        log.warning("keyring get failed for %s: %s", ref.key, type(exc).__name__)
        raise _translate(exc) from None
    if value is None:
        raise SecretMissingError()
    register_secret(str(value))
    return str(value)


def delete_secret(ref: SecretRef) -> None:
    """Remove the secret under ``ref``; a missing one is not an error."""
    from keyring import errors

    backend = _backend()
    try:
        backend.delete_password(SERVICE, ref.key)  # type: ignore[attr-defined]
    except errors.PasswordDeleteError:
        return
    except Exception as exc:
        log.warning("keyring delete failed for %s: %s", ref.key, type(exc).__name__)
        raise _translate(exc) from None
