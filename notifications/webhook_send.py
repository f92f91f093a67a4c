"""One POST of a signed webhook body. Never raises for the receiver's faults: the result
says what happened, for the delivery log."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from notifications.webhook_guard import UnsafeWebhookURL, check_webhook_url
from notifications.webhook_signing import signed_headers

# Seconds to connect, and to wait for each part of the answer.
WEBHOOK_TIMEOUT = 5.0
USER_AGENT = "Docket-Webhooks/1"


@dataclass(frozen=True)
class SendResult:
    ok: bool
    status_code: int | None = None
    error: str = ""


def webhook_post(*, url: str, secret: str, msg_id: str, timestamp: int, body: bytes) -> SendResult:
    """POST ``body`` to ``url``, signed. The URL is checked again here (after DNS
    resolution) and the request goes to the checked address; redirects are not followed."""
    try:
        target = check_webhook_url(url)
    except UnsafeWebhookURL as error:
        return SendResult(ok=False, error=str(error))
    headers = {
        "Host": target.parts.netloc,
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        **signed_headers(secret=secret, msg_id=msg_id, timestamp=timestamp, body=body),
    }
    pinned = httpx.URL(target.url).copy_with(host=str(target.address))
    # Certificates are checked against the name, though the connection is to the address.
    extensions = {"sni_hostname": target.host} if target.parts.scheme == "https" else {}
    try:
        # trust_env off: a proxy from the environment would resolve the name itself.
        with (
            httpx.Client(timeout=WEBHOOK_TIMEOUT, follow_redirects=False, trust_env=False) as c,
            c.stream("POST", pinned, content=body, headers=headers, extensions=extensions) as r,
        ):
            status = r.status_code  # the body is not read: the status is the answer
    except httpx.TimeoutException:
        return SendResult(ok=False, error=f"No answer within {WEBHOOK_TIMEOUT:g} seconds.")
    except httpx.HTTPError as error:
        return SendResult(ok=False, error=f"Could not connect: {error}"[:500])
    if 200 <= status < 300:
        return SendResult(ok=True, status_code=status)
    if 300 <= status < 400:
        return SendResult(
            ok=False,
            status_code=status,
            error=f"Redirected ({status}); Docket does not follow redirects: give the final address.",
        )
    return SendResult(ok=False, status_code=status, error=f"The endpoint answered {status}.")
