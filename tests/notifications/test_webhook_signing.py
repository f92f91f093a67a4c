"""Deliveries are signed in the Standard Webhooks scheme, checked by its own package."""

from __future__ import annotations

import json
import time

import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from notifications.webhook_send import webhook_post
from notifications.webhook_signing import new_secret, sign
from tests.notifications.receiver import Receiver


def test_a_receiver_verifies_the_signature_with_the_standard_webhooks_package(
    receiver: Receiver,
) -> None:
    secret = new_secret()
    body = json.dumps({"type": "initiative.status_changed", "data": {"title": "Ünïcode"}}).encode()
    result = webhook_post(
        url=receiver.url, secret=secret, msg_id="msg_1", timestamp=int(time.time()), body=body
    )
    assert result.ok and result.status_code == 200
    (received,) = receiver.requests
    assert received.path == "/hooks/docket"
    assert received.headers["content-type"] == "application/json"
    assert received.headers["webhook-id"] == "msg_1"
    assert received.body == body
    verified = Webhook(secret).verify(received.body, received.headers)
    assert verified["data"]["title"] == "Ünïcode"

    with pytest.raises(WebhookVerificationError):  # another endpoint's secret
        Webhook(new_secret()).verify(received.body, received.headers)
    with pytest.raises(WebhookVerificationError):  # a body changed on the way
        Webhook(secret).verify(received.body.replace(b"status", b"statue"), received.headers)
    with pytest.raises(WebhookVerificationError):  # a replay of an old delivery
        old = dict(received.headers, **{"webhook-timestamp": str(int(time.time()) - 3600)})
        Webhook(secret).verify(received.body, old)


def test_each_endpoint_gets_its_own_secret_in_the_schemes_form() -> None:
    first, second = new_secret(), new_secret()
    assert first.startswith("whsec_") and first != second
    assert len(Webhook(first)._whsecret) == 32
    signature = sign(secret=first, msg_id="msg_1", timestamp=1_700_000_000, body=b"{}")
    assert signature.startswith("v1,")
    with pytest.raises(ValueError, match="whsec_"):
        sign(secret="plain", msg_id="msg_1", timestamp=1, body=b"{}")
