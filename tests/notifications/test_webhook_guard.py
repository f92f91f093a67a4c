"""Webhooks go to public addresses only: checked at registration and again at each send."""

from __future__ import annotations

import time

import pytest

from notifications.webhook_guard import UnsafeWebhookURL, check_webhook_url
from notifications.webhook_send import webhook_post
from notifications.webhook_signing import new_secret
from tests.notifications.receiver import Receiver


@pytest.mark.parametrize(
    "url",
    [
        "https://127.0.0.1/hook",
        "https://localhost:8443/hook",  # a name that resolves to loopback
        "https://[::1]/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://10.1.2.3/hook",
        "https://192.168.0.10/hook",
        "https://172.16.5.4/hook",
        "https://169.254.169.254/latest/meta-data/",  # cloud metadata
        "https://[fd00:ec2::254]/",  # cloud metadata over IPv6
        "https://[fe80::1]/hook",
        "https://100.100.100.200/",  # shared address space: another cloud's metadata
        "https://0.0.0.0/hook",
        "https://224.0.0.1/hook",
    ],
)
def test_it_refuses_private_loopback_link_local_and_metadata_addresses(url: str) -> None:
    with pytest.raises(UnsafeWebhookURL, match="public addresses"):
        check_webhook_url(url)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/hook", "starting with https://"),
        ("hooks.example.org/x", "starting with https://"),
        ("https://user:pw@93.184.215.14/hook", "user name and password"),
        ("https://93.184.215.14:99999/hook", "port"),
        ("https://no-such-host.invalid/hook", "cannot be found"),
    ],
)
def test_a_bad_address_gets_a_message_saying_what_to_do(url: str, message: str) -> None:
    with pytest.raises(UnsafeWebhookURL, match=message):
        check_webhook_url(url)


def test_a_public_address_is_accepted_over_https_and_over_http_only_with_debug(
    settings: object,
) -> None:
    target = check_webhook_url("https://93.184.215.14:8443/hook")
    assert (str(target.address), target.port) == ("93.184.215.14", 8443)
    settings.DEBUG = False
    with pytest.raises(UnsafeWebhookURL, match="https://"):
        check_webhook_url("http://93.184.215.14/hook")
    settings.DEBUG = True
    assert check_webhook_url("http://93.184.215.14/hook").port == 80


def test_loopback_is_allowed_only_by_the_explicit_setting(settings: object) -> None:
    settings.DEBUG = False
    settings.WEBHOOKS_ALLOW_LOOPBACK = True
    assert str(check_webhook_url("http://127.0.0.1:9/hook").address) == "127.0.0.1"
    with pytest.raises(UnsafeWebhookURL):  # the setting opens loopback, not the network
        check_webhook_url("https://10.1.2.3/hook")
    settings.WEBHOOKS_ALLOW_LOOPBACK = False
    with pytest.raises(UnsafeWebhookURL):
        check_webhook_url("http://127.0.0.1:9/hook")


def test_it_checks_again_at_send_time_and_sends_nothing_to_a_refused_address(
    receiver: Receiver, settings: object
) -> None:
    check_webhook_url(receiver.url)  # accepted when registered
    settings.WEBHOOKS_ALLOW_LOOPBACK = False  # … but refused now
    result = webhook_post(
        url=receiver.url, secret=new_secret(), msg_id="m", timestamp=int(time.time()), body=b"{}"
    )
    assert not result.ok
    assert "public addresses" in result.error
    assert receiver.requests == []
