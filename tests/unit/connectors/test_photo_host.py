"""The S3 photo host against a local bucket that checks every signature (tests/fakes/s3.py)."""

from __future__ import annotations

import datetime as dt
import urllib.request
from pathlib import Path

import pytest

from smmdesk_gui.connectors.photo_host import (
    PREFIX,
    HostedPhotos,
    HostProblem,
    PhotoHostError,
    S3PhotoHost,
    S3Settings,
    settings_problem,
)
from tests.fakes.s3 import FakeS3


def _host(s3: FakeS3, secret: str | None = None, bucket: str | None = None) -> S3PhotoHost:
    return S3PhotoHost(
        S3Settings(s3.url, s3.region, bucket or s3.bucket, s3.access_key, secret or s3.secret_key),
        timeout=(2.0, 5.0),
    )


def _fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as answer:  # a plain GET, like Meta's
        return bytes(answer.read())


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code


def test_a_photo_is_fetched_through_its_presigned_url_then_deleted(
    s3: FakeS3, tmp_path: Path
) -> None:
    photo = tmp_path / "rye.jpg"
    photo.write_bytes(b"\xff\xd8 a jpeg")
    batch = HostedPhotos(_host(s3))
    url = batch.url_for(photo, "image/jpeg")
    [key] = batch.keys
    assert key.startswith(PREFIX) and key.endswith(".jpg") and len(key) > len(PREFIX) + 30
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=3600" in url
    assert s3.secret_key not in url
    assert _fetch(url) == b"\xff\xd8 a jpeg"
    batch.release()
    assert s3.objects == {} and batch.keys == []
    assert _status(url) == 404


def test_a_tampered_url_is_refused_by_the_bucket(s3: FakeS3, tmp_path: Path) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"x")
    url = _host(s3).put(photo, "image/jpeg").url
    assert _status(url) == 200
    assert _status(url.replace("X-Amz-Expires=3600", "X-Amz-Expires=99999")) == 403


def test_the_test_round_trip_and_its_plain_errors(s3: FakeS3) -> None:
    _host(s3).test(_fetch)
    assert s3.objects == {} and s3.count("PUT") == 1 and s3.count("DELETE") == 1
    with pytest.raises(PhotoHostError) as wrong:
        _host(s3, secret="not-the-secret-key-at-all").test(_fetch)
    assert wrong.value.problem is HostProblem.BAD_KEYS
    assert "secret key" in str(wrong.value) and "not-the-secret" not in str(wrong.value)
    assert s3.secret_key not in str(wrong.value) + wrong.value.detail
    with pytest.raises(PhotoHostError) as missing:
        _host(s3, bucket="other-bucket").test(_fetch)
    assert missing.value.problem is HostProblem.NO_BUCKET
    s3.close()
    with pytest.raises(PhotoHostError) as away:
        _host(s3).test(_fetch)
    assert away.value.problem is HostProblem.UNREACHABLE


def test_the_sweep_deletes_only_expired_leftovers_of_smm_desk(s3: FakeS3) -> None:
    s3.put_old(f"{PREFIX}crashed.jpg", dt.timedelta(hours=3))
    s3.put_old(f"{PREFIX}in-flight.jpg", dt.timedelta(minutes=5))
    s3.put_old("the-owners-own/logo.png", dt.timedelta(days=30))
    assert _host(s3).sweep() == 1
    assert sorted(s3.objects) == [f"{PREFIX}in-flight.jpg", "the-owners-own/logo.png"]


def test_settings_are_checked_before_any_request() -> None:
    assert settings_problem("", "eu-central-1", "b") is not None
    assert "unencrypted" in (settings_problem("http://s3.example.com", "auto", "b") or "")
    assert "without a path" in (settings_problem("https://s3.example.com/b", "auto", "b") or "")
    assert settings_problem("https://s3.eu-central-1.amazonaws.com", "eu-central-1", "b") is None
    with pytest.raises(PhotoHostError):
        S3PhotoHost(S3Settings("ftp://x", "auto", "b", "k", "s"))
