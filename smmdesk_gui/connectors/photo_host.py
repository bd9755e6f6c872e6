"""The owner's own S3-compatible bucket as a place Instagram and Threads fetch photos from.

Instagram and Threads take no upload: they fetch every photo from a public web address
(instagram-platform/content-publishing, "Media on a public server": "We cURL media used in
publishing attempts, so the media must be hosted on a publicly accessible server at the time of
the attempt"; threads/posts, Step 1 ``image_url``: "it must be on a public server"). The
owner's bucket (AWS S3, Cloudflare R2, Backblaze B2, Wasabi, MinIO) stays private: each photo is
put under an unguessable key and handed over as a presigned GET URL (AWS Signature Version 4 in
the query string) that works for ``URL_LIFETIME``, then deleted once the post is published or
refused. Objects a crash left behind are deleted by ``sweep`` at a later run.

The signing is the ``minio`` client's (a small, typed S3 client; see docs/publishing.md for why
not botocore). Nothing here reads the keyring or the database: the service hands in the keys.
No error text ever holds the secret key (S3 errors name a code, a message and a resource only).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import secrets
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol, TypeVar

from smmdesk_gui.connectors.base import ConnectorError, ErrorKind, MediaItem, PublishResult
from smmdesk_gui.connectors.http import server_url_problem

log = logging.getLogger(__name__)
_T = TypeVar("_T")

#: How long Meta may take to fetch a photo: a container is processed within minutes; a retry
#: that finds the container still IN_PROGRESS keeps the objects (only the sweep deletes them).
URL_LIFETIME = dt.timedelta(hours=1)
#: Every object SMM Desk puts in the bucket starts with this, so the sweep touches nothing else.
PREFIX = "smmdesk-publish/"
#: Objects older than this are leftovers (their URL has expired): the sweep deletes them.
SWEEP_AFTER = URL_LIFETIME + dt.timedelta(minutes=30)
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}
#: S3 error codes that mean the keys are wrong (AWS S3 API reference, "Error codes").
_BAD_KEYS = (
    "SignatureDoesNotMatch",
    "InvalidAccessKeyId",
    "InvalidToken",
    "AuthorizationHeaderMalformed",
)


class HostProblem(StrEnum):
    """Why the bucket could not be used; the Settings dialog words each kind."""

    MISSING = "missing"  # a field is empty
    BAD_ADDRESS = "bad_address"  # the endpoint is not an https:// address
    BAD_KEYS = "bad_keys"  # access key id or secret key refused
    NO_BUCKET = "no_bucket"  # the bucket does not exist at this endpoint/region
    DENIED = "denied"  # the keys work but may not write/read/delete there
    UNREACHABLE = "unreachable"  # no answer (address, network)
    NOT_PUBLIC = "not_public"  # the presigned URL did not give the photo back
    OTHER = "other"


class PhotoHostError(Exception):
    """The bucket refused or could not be reached. ``str()`` is plain English, without secrets.

    Attributes:
        problem: what kind of failure, for the screens' own words.
        detail: the storage service's own code and message (behind "Details").
    """

    def __init__(self, problem: HostProblem, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class S3Settings:
    """Where the bucket is and the keys to it (the keys come from the keyring)."""

    endpoint: str  # https://s3.eu-central-1.amazonaws.com, https://<id>.r2.cloudflarestorage.com
    region: str  # eu-central-1; "auto" on Cloudflare R2
    bucket: str
    access_key: str = field(repr=False)
    secret_key: str = field(repr=False)

    @property
    def label(self) -> str:
        """The host in plain words, for statuses: "bucket shop-photos at s3.amazonaws.com"."""
        host = urllib.parse.urlsplit(self.endpoint.strip()).hostname or self.endpoint
        return f"bucket {self.bucket} at {host}"


@dataclass(frozen=True)
class HostedPhoto:
    key: str
    url: str


class PhotoHost(Protocol):
    """What a connector needs from a photo host."""

    label: str

    def put(self, path: Path, mime: str) -> HostedPhoto: ...

    def delete(self, key: str) -> None: ...


def settings_problem(endpoint: str, region: str, bucket: str) -> str | None:
    """Why these settings cannot work, in a plain sentence; None when they may."""
    if not endpoint.strip() or not bucket.strip() or not region.strip():
        return "Fill in the endpoint address, the region and the bucket."
    problem = server_url_problem(endpoint)
    if problem is not None:
        return problem
    parts = urllib.parse.urlsplit(endpoint.strip())
    if parts.path.strip("/") or parts.query:
        return (
            "Enter the endpoint without a path, e.g. https://s3.eu-central-1.amazonaws.com "
            "(the bucket goes in its own field)."
        )
    return None


class S3PhotoHost:
    """Puts photos in one bucket and hands out presigned GET URLs."""

    def __init__(
        self,
        settings: S3Settings,
        *,
        clock: Callable[[], dt.datetime] | None = None,
        timeout: tuple[float, float] = (10.0, 60.0),
    ) -> None:
        problem = settings_problem(settings.endpoint, settings.region, settings.bucket)
        if problem is not None:
            raise PhotoHostError(HostProblem.BAD_ADDRESS, problem)
        import urllib3
        from minio import Minio

        self.settings = settings
        self.label = settings.label
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        parts = urllib.parse.urlsplit(settings.endpoint.strip())
        # Few retries: the Test button must answer within seconds, and a publish that cannot
        # reach the bucket is tried again later by the queue anyway.
        http = urllib3.PoolManager(
            timeout=urllib3.Timeout(connect=timeout[0], read=timeout[1]),
            retries=urllib3.Retry(total=2, backoff_factor=0.2, status_forcelist=(502, 503, 504)),
        )
        self.client = Minio(
            parts.netloc,
            access_key=settings.access_key,
            secret_key=settings.secret_key,
            secure=parts.scheme.lower() == "https",
            # Given, so no GetBucketLocation call is made first (R2 and B2 do not answer it).
            region=settings.region.strip(),
            http_client=http,
        )

    # -- the three operations -------------------------------------------------------------

    def put(self, path: Path, mime: str) -> HostedPhoto:
        """Upload ``path`` under a new unguessable key; its presigned GET URL."""
        key = f"{PREFIX}{secrets.token_urlsafe(24)}{_EXTENSIONS.get(mime, '')}"
        data = path.read_bytes()
        self._call(
            lambda: self.client.put_object(
                self.settings.bucket, key, io.BytesIO(data), len(data), content_type=mime
            )
        )
        return HostedPhoto(key, self.url(key))

    def url(self, key: str) -> str:
        """The presigned GET URL of ``key`` (made locally: no request)."""
        return self._call(
            lambda: self.client.presigned_get_object(
                self.settings.bucket, key, expires=URL_LIFETIME
            )
        )

    def delete(self, key: str) -> None:
        """Delete ``key`` (deleting a missing key is not an error in S3)."""
        self._call(lambda: self.client.remove_object(self.settings.bucket, key))

    def sweep(self, now: dt.datetime | None = None) -> int:
        """Delete SMM Desk's objects whose URL has expired; how many were deleted."""
        cutoff = (now or self.clock()) - SWEEP_AFTER
        old = self._call(
            lambda: [
                o.object_name
                for o in self.client.list_objects(self.settings.bucket, PREFIX, recursive=True)
                if o.object_name and o.last_modified is not None and o.last_modified < cutoff
            ]
        )
        for key in old:
            self.delete(key)
        return len(old)

    def test(self, fetch: Callable[[str], bytes]) -> None:
        """Upload a tiny object, fetch it through its presigned URL, delete it.

        Args:
            fetch: gets a URL's bytes the way Meta would (no credentials, a plain GET).

        Raises:
            PhotoHostError: with the step that failed in plain words.
        """
        key = f"{PREFIX}test-{secrets.token_urlsafe(12)}.txt"
        payload = b"SMM Desk photo hosting test"
        self._call(
            lambda: self.client.put_object(
                self.settings.bucket, key, io.BytesIO(payload), len(payload), "text/plain"
            )
        )
        try:
            try:
                got = fetch(self.url(key))
            except OSError as exc:
                raise PhotoHostError(
                    HostProblem.NOT_PUBLIC,
                    "The test photo was stored, but its temporary web address did not give it "
                    "back. Check that the endpoint is the bucket's public address.",
                    detail=type(exc).__name__,
                ) from None
            if got != payload:
                raise PhotoHostError(
                    HostProblem.NOT_PUBLIC,
                    "The test photo was stored, but its temporary web address gave something "
                    "else back. Check the endpoint address.",
                )
        finally:
            try:
                self.delete(key)
            except PhotoHostError:
                log.warning("the photo hosting test object could not be deleted")

    # -- errors -----------------------------------------------------------------------------

    def _call(self, fn: Callable[[], _T]) -> _T:
        import urllib3
        from minio.error import InvalidResponseError, S3Error, ServerError

        where = self.label
        try:
            return fn()
        except S3Error as exc:
            code = exc.code or ""
            detail = f"{code}: {exc.message or ''}".strip(": ")
            if code in _BAD_KEYS:
                raise PhotoHostError(
                    HostProblem.BAD_KEYS,
                    f"The storage service refused the keys for {where}. Check the access key "
                    "id and the secret key (copy them again from the service's console).",
                    detail,
                ) from None
            if code == "NoSuchBucket":
                raise PhotoHostError(
                    HostProblem.NO_BUCKET,
                    f"There is no bucket named {self.settings.bucket} at this endpoint. Check "
                    "the bucket name, the endpoint and the region.",
                    detail,
                ) from None
            if code in ("AccessDenied", "AllAccessDisabled"):
                raise PhotoHostError(
                    HostProblem.DENIED,
                    f"The keys work, but may not put, read or delete files in {where}. Give "
                    "them read, write, list and delete rights on this bucket.",
                    detail,
                ) from None
            raise PhotoHostError(
                HostProblem.OTHER,
                f"The storage service refused the request for {where} ({code or 'no code'}).",
                detail,
            ) from None
        except (ServerError, InvalidResponseError) as exc:
            raise PhotoHostError(
                HostProblem.OTHER,
                f"The storage service at {where} gave an answer SMM Desk cannot read. Check "
                "the endpoint address; try again later.",
                type(exc).__name__,
            ) from None
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise PhotoHostError(
                HostProblem.UNREACHABLE,
                f"SMM Desk could not reach the storage service for {where}. Check the endpoint "
                "address and your internet connection.",
                type(exc).__name__,
            ) from None


class HostedPhotos:
    """The photos of one publish attempt: uploaded on demand, deleted together."""

    def __init__(self, host: PhotoHost) -> None:
        self.host = host
        self.keys: list[str] = []

    def url_for(self, path: Path, mime: str) -> str:
        photo = self.host.put(path, mime)
        self.keys.append(photo.key)
        return photo.url

    def release(self) -> None:
        """Delete every photo of this attempt; one that fails is left for ``sweep``."""
        for key in self.keys:
            try:
                self.host.delete(key)
            except PhotoHostError as exc:
                log.warning("a hosted photo could not be deleted now (%s)", exc.problem.value)
        self.keys.clear()


class HostRefusedError(ConnectorError):
    """The photo host refused a photo before anything reached the platform: the owner posts
    this one (assisted), with the reason, and fixes the host in Settings."""

    to_owner = True


def publish_hosted(
    host: PhotoHost,
    send: Callable[[Callable[[MediaItem], str]], PublishResult],
) -> PublishResult:
    """Run ``send`` with a function that hosts a photo and gives its URL; delete the photos
    once the post is out or refused for good.

    After an error worth retrying the photos stay: the platform may still be fetching them for
    a container the retry picks up again; ``S3PhotoHost.sweep`` deletes them once expired.
    """
    hosted = HostedPhotos(host)

    def url(item: MediaItem) -> str:
        try:
            return hosted.url_for(item.path, item.mime)
        except PhotoHostError as exc:
            if exc.problem is HostProblem.UNREACHABLE:  # nothing sent yet: try again later
                raise ConnectorError(ErrorKind.NETWORK, str(exc), detail=exc.detail) from None
            raise HostRefusedError(
                ErrorKind.REJECTED,
                f"Your photo host did not take this post's photos: {exc} Post this one "
                "yourself, or fix photo hosting in Settings.",
                detail=exc.detail,
            ) from None

    try:
        result = send(url)
    except ConnectorError as exc:
        if not exc.retryable:
            hosted.release()
        raise
    hosted.release()
    return result
