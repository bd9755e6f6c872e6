"""Photo hosting settings: the owner's S3-compatible bucket for Instagram and Threads photos.

Where the bucket is (endpoint, region, bucket) is a workspace setting; the access key id and the
secret key live only in the keyring (``credentials.py``), never in the database or a log. The
settings are kept only after a test round trip worked (``save_photo_hosting``), so a wrong key
never turns the queue's Instagram posts from assisted into failures.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from smmdesk_gui import credentials
from smmdesk_gui.connectors.photo_host import (
    HostProblem,
    PhotoHostError,
    S3PhotoHost,
    S3Settings,
    settings_problem,
)
from smmdesk_gui.services.workspace import get_setting, set_setting
from smmdesk_gui.store.db import Store

log = logging.getLogger(__name__)

SETTING = "photo_hosting"
KEY_ID_REF = credentials.SecretRef("photo_hosting:s3:access_key_id")
SECRET_REF = credentials.SecretRef("photo_hosting:s3:secret_key")


@dataclass(frozen=True)
class HostingPlace:
    """Where the bucket is; what the Settings dialog shows (no keys)."""

    endpoint: str
    region: str
    bucket: str

    @property
    def label(self) -> str:
        return S3Settings(self.endpoint, self.region, self.bucket, "", "").label


def place_from_value(value: Any) -> HostingPlace | None:
    """The bucket a stored ``photo_hosting`` setting names, or None (not set up, or cleared)."""
    if not isinstance(value, dict):
        return None
    try:
        place = HostingPlace(str(value["endpoint"]), str(value["region"]), str(value["bucket"]))
    except KeyError:
        return None
    return place if place.endpoint and place.bucket else None


def hosting_place(store: Store) -> HostingPlace | None:
    """The configured bucket, or None when photo hosting is not set up."""
    return place_from_value(get_setting(store, SETTING))


def hosting_configured(store: Store) -> bool:
    """Whether the owner set up a photo host (the queue's decision for Instagram)."""
    return hosting_place(store) is not None


def photo_host(store: Store) -> tuple[S3PhotoHost | None, str]:
    """The photo host to publish through, or None with the reason it cannot be used."""
    place = hosting_place(store)
    if place is None:
        return None, ""
    try:
        key_id = credentials.read_secret(KEY_ID_REF)
        secret = credentials.read_secret(SECRET_REF)
    except credentials.SecretMissingError:
        return None, (
            "The keys of your photo host are missing from this computer's keyring. Enter them "
            "again in Settings > Photo hosting."
        )
    except credentials.CredentialError as exc:
        return None, str(exc)
    try:
        return S3PhotoHost(
            S3Settings(place.endpoint, place.region, place.bucket, key_id, secret)
        ), ""
    except PhotoHostError as exc:
        return None, str(exc)


def check_photo_hosting(
    endpoint: str,
    region: str,
    bucket: str,
    access_key_id: str,
    secret_key: str,
) -> None:
    """Upload, fetch through the presigned URL, delete a tiny object; nothing is kept.

    Empty key fields mean the keys already saved in the keyring.

    Raises:
        PhotoHostError: what failed, in plain words (never with the secret key).
        credentials.CredentialError: the saved keys could not be read.
    """
    access_key_id, secret_key = _keys_or_saved(access_key_id, secret_key)
    fields = (endpoint, region, bucket, access_key_id, secret_key)
    if not all(v.strip() for v in fields):
        raise PhotoHostError(
            HostProblem.MISSING,
            "Fill in the endpoint address, the region, the bucket and both keys.",
        )
    problem = settings_problem(endpoint, region, bucket)
    if problem is not None:
        raise PhotoHostError(HostProblem.BAD_ADDRESS, problem)
    # Registered before any request: no log line or error text may carry it.
    from smmdesk_gui.logs import register_secret

    register_secret(secret_key.strip())
    host = S3PhotoHost(
        S3Settings(
            endpoint.strip(),
            region.strip(),
            bucket.strip(),
            access_key_id.strip(),
            secret_key.strip(),
        )
    )
    host.test(_fetch_like_meta)


def _keys_or_saved(access_key_id: str, secret_key: str) -> tuple[str, str]:
    """The typed keys; an empty one is the one saved in the keyring (or stays empty)."""
    out = []
    for typed, ref in ((access_key_id, KEY_ID_REF), (secret_key, SECRET_REF)):
        if not typed.strip():
            try:
                typed = credentials.read_secret(ref)
            except credentials.SecretMissingError:
                typed = ""
        out.append(typed.strip())
    return out[0], out[1]


def save_photo_hosting(
    store: Store,
    endpoint: str,
    region: str,
    bucket: str,
    access_key_id: str,
    secret_key: str,
) -> HostingPlace:
    """Test the bucket, then keep the place in the workspace and the keys in the keyring.

    Raises:
        PhotoHostError: the test failed; nothing was stored.
        credentials.CredentialError: the keyring refused the keys; the place is not stored.
    """
    check_photo_hosting(endpoint, region, bucket, access_key_id, secret_key)
    access_key_id, secret_key = _keys_or_saved(access_key_id, secret_key)
    credentials.store_secret(KEY_ID_REF, access_key_id.strip())
    credentials.store_secret(SECRET_REF, secret_key.strip())
    place = HostingPlace(endpoint.strip().rstrip("/"), region.strip(), bucket.strip())
    set_setting(
        store,
        SETTING,
        {"endpoint": place.endpoint, "region": place.region, "bucket": place.bucket},
    )
    return place


def remove_photo_hosting(store: Store) -> None:
    """Forget the bucket and its keys; Instagram posts become assisted again."""
    set_setting(store, SETTING, None)
    for ref in (KEY_ID_REF, SECRET_REF):
        try:
            credentials.delete_secret(ref)
        except credentials.CredentialError as exc:
            log.warning("photo hosting keys not removed from the keyring: %s", type(exc).__name__)


def sweep_leftovers(store: Store) -> int:
    """Delete photos an interrupted publish left in the bucket; how many (0 without a host)."""
    host, _ = photo_host(store)
    if host is None:
        return 0
    try:
        return host.sweep()
    except PhotoHostError as exc:
        log.info("photo host sweep skipped: %s", exc.problem.value)
        return 0


def _fetch_like_meta(url: str) -> bytes:
    """GET ``url`` without credentials, as Meta's fetcher does."""
    import requests

    from smmdesk_gui.connectors.base import make_session

    try:
        answer = make_session().get(url, timeout=(10.0, 30.0))
    except requests.RequestException as exc:
        raise OSError(type(exc).__name__) from None
    if answer.status_code != 200:
        raise OSError(f"HTTP {answer.status_code}")
    return answer.content
