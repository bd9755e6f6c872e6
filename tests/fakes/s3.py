"""A local S3-compatible bucket on 127.0.0.1 that checks every signature, for the photo host.

It follows the AWS docs (Amazon S3 API reference and "Authenticating Requests (AWS Signature
Version 4)"), each behaviour named where it is coded:

* sigv4-header-based-auth: ``Authorization: AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/
  s3/aws4_request, SignedHeaders=..., Signature=...``, ``x-amz-date``, ``x-amz-content-sha256``
  (the body's SHA-256, or UNSIGNED-PAYLOAD).
* sigv4-query-string-auth (presigned URLs): ``X-Amz-Algorithm``, ``X-Amz-Credential``,
  ``X-Amz-Date``, ``X-Amz-Expires``, ``X-Amz-SignedHeaders``, ``X-Amz-Signature``; the payload
  is UNSIGNED-PAYLOAD; a URL past its expiry is refused (403 AccessDenied "Request has expired").
* create-signed-request: canonical request (method, URI, sorted encoded query, headers, signed
  header names, payload hash), string to sign, and the signing key from the secret key, date,
  region and "s3" (HMAC-SHA256 chain).
* ErrorResponses: ``<Error><Code>`` SignatureDoesNotMatch / InvalidAccessKeyId (403),
  NoSuchBucket / NoSuchKey (404); API_PutObject, API_GetObject, API_DeleteObject (204 even for a
  missing key), API_ListObjectsV2 (``list-type=2``, ``prefix``; ``Contents`` with ``Key``,
  ``LastModified``, ``ETag``, ``Size``).

Path-style addressing only (``/bucket/key``), as for an IP address endpoint.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import threading
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape


@dataclass
class StoredObject:
    data: bytes
    content_type: str
    modified: dt.datetime


def _quote(text: str) -> str:
    # create-signed-request: URI-encode every byte except the unreserved characters.
    return urllib.parse.quote(text, safe="-_.~")


def _sign(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode(), hashlib.sha256).digest()


class FakeS3:
    """One bucket, one key pair; records every request and every object ever stored."""

    def __init__(
        self,
        bucket: str = "shop-photos",
        access_key: str = "AKIATESTHOSTKEY01",
        secret_key: str = "test-secret/Host+Key-0123456789abcdef",
        region: str = "eu-central-1",
    ) -> None:
        self.bucket = bucket
        self.access_key = access_key
        self.secret_key = secret_key
        self.region = region
        self.objects: dict[str, StoredObject] = {}
        self.ever_stored: list[str] = []
        self.log: list[tuple[str, str, int]] = []  # (method, path, status)
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _any(self) -> None:
                fake._serve(self)

            do_GET = do_PUT = do_DELETE = do_HEAD = do_POST = _any  # noqa: N815

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def put_old(self, key: str, age: dt.timedelta) -> None:
        """A leftover object, ``age`` old (a crash between upload and delete)."""
        with self.lock:
            self.objects[key] = StoredObject(b"old", "image/jpeg", dt.datetime.now(dt.UTC) - age)

    def count(self, method: str, status: int | None = None) -> int:
        with self.lock:
            return sum(1 for m, _, s in self.log if m == method and status in (None, s))

    # -- signatures ---------------------------------------------------------------------------

    def _verify(self, method: str, raw_path: str, headers: dict[str, str], body: bytes) -> str:
        """ "" when the request is signed with this bucket's keys, else the S3 error code."""
        path, _, query = raw_path.partition("?")
        params = urllib.parse.parse_qsl(query, keep_blank_values=True)
        q = dict(params)
        if "X-Amz-Signature" in q:  # sigv4-query-string-auth
            if q.get("X-Amz-Algorithm") != "AWS4-HMAC-SHA256":
                return "AuthorizationQueryParametersError"
            credential = q.get("X-Amz-Credential", "")
            amz_date = q.get("X-Amz-Date", "")
            signed = q.get("X-Amz-SignedHeaders", "")
            given = q["X-Amz-Signature"]
            payload_hash = "UNSIGNED-PAYLOAD"
            params = [(k, v) for k, v in params if k != "X-Amz-Signature"]
            when = dt.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
            expires = int(q.get("X-Amz-Expires", "0"))
            if dt.datetime.now(dt.UTC) > when + dt.timedelta(seconds=expires):
                return "ExpiredRequest"
        else:  # sigv4-header-based-auth
            auth = headers.get("authorization", "")
            if not auth.startswith("AWS4-HMAC-SHA256 "):
                return "AccessDenied"
            fields = dict(
                part.strip().split("=", 1)
                for part in auth.removeprefix("AWS4-HMAC-SHA256 ").split(",")
            )
            credential = fields.get("Credential", "")
            signed = fields.get("SignedHeaders", "")
            given = fields.get("Signature", "")
            amz_date = headers.get("x-amz-date", "")
            payload_hash = headers.get("x-amz-content-sha256", "")
            if payload_hash not in ("UNSIGNED-PAYLOAD", hashlib.sha256(body).hexdigest()):
                return "XAmzContentSHA256Mismatch"
        key_id, _, scope = credential.partition("/")
        if key_id != self.access_key:
            return "InvalidAccessKeyId"
        date, region, service, terminal = (scope.split("/") + ["", "", "", ""])[:4]
        if service != "s3" or terminal != "aws4_request" or region != self.region:
            return "AuthorizationHeaderMalformed"
        canonical_query = "&".join(
            f"{_quote(k)}={_quote(v)}" for k, v in sorted(params, key=lambda kv: kv)
        )
        names = signed.split(";")
        canonical_headers = "".join(f"{n}:{' '.join(headers.get(n, '').split())}\n" for n in names)
        canonical = "\n".join(
            (method, path, canonical_query, canonical_headers, signed, payload_hash)
        )
        to_sign = "\n".join(
            (
                "AWS4-HMAC-SHA256",
                amz_date,
                scope,
                hashlib.sha256(canonical.encode()).hexdigest(),
            )
        )
        k = _sign(f"AWS4{self.secret_key}".encode(), date)
        for part in (region, service, terminal):
            k = _sign(k, part)
        expected = hmac.new(k, to_sign.encode(), hashlib.sha256).hexdigest()
        return "" if hmac.compare_digest(expected, given) else "SignatureDoesNotMatch"

    # -- serving ------------------------------------------------------------------------------

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in h.headers.items()}
        status, payload, ctype = self._route(h.command, h.path, headers, body)
        with self.lock:
            self.log.append((h.command, h.path.partition("?")[0], status))
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(payload)))
        h.end_headers()
        if h.command != "HEAD":
            try:
                h.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                h.close_connection = True

    @staticmethod
    def _error(status: int, code: str, message: str) -> tuple[int, bytes, str]:
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<Error><Code>{code}</Code><Message>{escape(message)}</Message>"
            "<Resource>/</Resource><RequestId>4442587FB7D0A2F9</RequestId></Error>"
        )
        return status, xml.encode(), "application/xml"

    def _route(
        self, method: str, raw_path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, bytes, str]:
        problem = self._verify(method, raw_path, headers, body)
        if problem:
            messages = {
                "SignatureDoesNotMatch": "The request signature we calculated does not match "
                "the signature you provided. Check your key and signing method.",
                "InvalidAccessKeyId": "The AWS Access Key Id you provided does not exist in "
                "our records.",
                "ExpiredRequest": "Request has expired",
            }
            status = 400 if problem == "AuthorizationHeaderMalformed" else 403
            return self._error(status, problem, messages.get(problem, problem))
        path, _, query = raw_path.partition("?")
        bucket, _, key = urllib.parse.unquote(path).lstrip("/").partition("/")
        if bucket != self.bucket:
            return self._error(404, "NoSuchBucket", "The specified bucket does not exist")
        q = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
        with self.lock:
            if method == "PUT" and key:  # API_PutObject
                self.objects[key] = StoredObject(
                    body,
                    headers.get("content-type", "application/octet-stream"),
                    dt.datetime.now(dt.UTC),
                )
                self.ever_stored.append(key)
                return 200, b"", "application/xml"
            if method in ("GET", "HEAD") and key:  # API_GetObject
                obj = self.objects.get(key)
                if obj is None:
                    return self._error(404, "NoSuchKey", "The specified key does not exist.")
                return 200, obj.data, obj.content_type
            if method == "DELETE" and key:  # API_DeleteObject: 204 whether or not it existed
                self.objects.pop(key, None)
                return 204, b"", "application/xml"
            if method == "GET" and q.get("list-type") == "2":  # API_ListObjectsV2
                prefix = q.get("prefix", "")
                items = "".join(
                    f"<Contents><Key>{escape(k)}</Key>"
                    f"<LastModified>{o.modified.strftime('%Y-%m-%dT%H:%M:%S.000Z')}"
                    f"</LastModified><ETag>&quot;{hashlib.md5(o.data).hexdigest()}&quot;</ETag>"
                    f"<Size>{len(o.data)}</Size><StorageClass>STANDARD</StorageClass></Contents>"
                    for k, o in sorted(self.objects.items())
                    if k.startswith(prefix)
                )
                xml = (
                    '<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
                    f"<Name>{self.bucket}</Name><Prefix>{escape(prefix)}</Prefix>"
                    f"<KeyCount>{items.count('<Contents>')}</KeyCount><MaxKeys>1000</MaxKeys>"
                    f"<IsTruncated>false</IsTruncated>{items}</ListBucketResult>"
                )
                return 200, xml.encode(), "application/xml"
        return self._error(400, "NotImplemented", "Not handled by the fake")
