"""Standard Webhooks signatures (https://www.standardwebhooks.com/): every delivery carries
``webhook-id``, ``webhook-timestamp`` and ``webhook-signature``, an HMAC-SHA256 of
``id.timestamp.body`` with the endpoint's secret, so that a receiver can check that the
body came from Docket, unchanged, and recently."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

SECRET_PREFIX = "whsec_"  # noqa: S105 (the scheme's prefix, not a secret)
SECRET_BYTES = 32  # 256 bits, as long as the hash


def new_secret() -> str:
    """A new endpoint secret, in the scheme's ``whsec_<base64>`` form."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def _key(secret: str) -> bytes:
    if not secret.startswith(SECRET_PREFIX):
        raise ValueError("A webhook secret starts with whsec_.")
    return base64.b64decode(secret.removeprefix(SECRET_PREFIX))


def sign(*, secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` value: version 1, base64 of the HMAC."""
    signed = b"%s.%d.%s" % (msg_id.encode(), timestamp, body)
    digest = hmac.new(_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(*, secret: str, msg_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret=secret, msg_id=msg_id, timestamp=timestamp, body=body),
    }
