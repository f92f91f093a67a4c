"""One POST: the receiver's answer, a timeout, a redirect not followed."""

from __future__ import annotations

import time

import pytest

from notifications import webhook_send
from notifications.webhook_send import webhook_post
from notifications.webhook_signing import new_secret
from tests.notifications.receiver import Receiver


def post(url: str) -> webhook_send.SendResult:
    return webhook_post(
        url=url, secret=new_secret(), msg_id="msg_1", timestamp=int(time.time()), body=b"{}"
    )


def test_a_2xx_answer_is_a_delivery_and_anything_else_a_failure(receiver: Receiver) -> None:
    receiver.statuses = [204, 500, 410]
    assert post(receiver.url) == webhook_send.SendResult(ok=True, status_code=204)
    failed = post(receiver.url)
    assert (failed.ok, failed.status_code, failed.error) == (
        False,
        500,
        "The endpoint answered 500.",
    )
    assert post(receiver.url).status_code == 410
    assert len(receiver.requests) == 3


def test_a_redirect_is_not_followed(receiver: Receiver) -> None:
    receiver.statuses = [302]
    receiver.location = receiver.url + "/elsewhere"
    result = post(receiver.url)
    assert (result.ok, result.status_code) == (False, 302)
    assert "does not follow redirects" in result.error
    assert [r.path for r in receiver.requests] == ["/hooks/docket"]


def test_a_slow_receiver_times_out(receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> None:
    assert webhook_send.WEBHOOK_TIMEOUT == 5.0
    monkeypatch.setattr(webhook_send, "WEBHOOK_TIMEOUT", 0.5)  # the same path, sooner
    receiver.delay = 2
    started = time.monotonic()
    result = post(receiver.url)
    assert time.monotonic() - started < 1.5
    assert (result.ok, result.status_code, result.error) == (
        False,
        None,
        "No answer within 0.5 seconds.",
    )


def test_a_closed_port_is_a_failure_not_an_exception(receiver: Receiver) -> None:
    result = post("http://127.0.0.1:9/hook")  # discard: nothing listens
    assert not result.ok
    assert result.error.startswith("Could not connect")
