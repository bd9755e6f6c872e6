"""Secrets never reach a log line, whichever handler writes it (the CLI's stderr with -v too)."""

from __future__ import annotations

import io
import logging

import pytest

from smmdesk_gui.logs import redact


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ('"POST /bot123456:AAH-x_yz9/sendMessage HTTP/1.1" 200 80', "AAH-x_yz9"),
        ("https://api.telegram.org/bot987:zz-TOP_secret/getMe", "zz-TOP_secret"),
        ("GET /api/v1/streaming?access_token=tok-abc.123&stream=user", "tok-abc.123"),
        ("Authorization: Bearer eyJhbGciOi.payload.sig", "eyJhbGciOi.payload.sig"),
        ("refresh_token=r3fr3sh&client_secret=s3cr3t-v", "r3fr3sh"),
        ("refresh_token=r3fr3sh&client_secret=s3cr3t-v", "s3cr3t-v"),
    ],
)
def test_tokens_in_urls_and_headers_are_redacted_without_being_registered(
    line: str, secret: str
) -> None:
    cleaned = redact(line)
    assert secret not in cleaned and "[secret]" in cleaned


def test_every_handler_gets_redacted_records() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)  # no filter of ours on it
    logger = logging.getLogger("urllib3.test_logs")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        # urllib3's own format: the URL arrives as an argument, not in the message.
        logger.debug('%s://%s "%s %s" %s', "http", "h", "POST", "/bot1:abc-def/x", 200)
        try:
            raise ValueError("Bearer sekrit-value-1")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert "abc-def" not in text and "sekrit-value-1" not in text
    assert "/bot[secret]/x" in text and "ValueError: Bearer [secret]" in text
