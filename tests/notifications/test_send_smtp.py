"""Digests through a real SMTP server on loopback: delivered, refused, or cut off."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.contrib.auth.models import User
from django.test import override_settings

from notifications.digests import send_digests
from notifications.models import Delivery, DeliveryStatus, Profile
from tests.factories import SEND_AT, UserFactory, follow, make_world, set_daily

pytestmark = pytest.mark.django_db


class Mailbox:
    """Accepts mail, refuses RCPT for `refused`, and hangs up on DATA for `flaky`."""

    def __init__(self, *, refused: set[str] = frozenset(), flaky: set[str] = frozenset()) -> None:
        self.refused, self.flaky = refused, flaky
        self.messages: list[email.message.EmailMessage] = []
        self.rcpt_attempts: list[str] = []

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list
    ) -> str:
        self.rcpt_attempts.append(address)
        if address in self.refused:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if set(envelope.rcpt_tos) & self.flaky:
            server.transport.close()
            return "421 4.3.0 Closing connection"
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)
        )
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def smtp(mailbox: Mailbox) -> Iterator[Mailbox]:
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=controller.port,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
            EMAIL_TIMEOUT=5,
        ):
            yield mailbox
    finally:
        controller.stop()


@pytest.fixture
def readers(analyst: User) -> list[User]:
    world = make_world(analyst)
    users = [analyst]
    for name in ("refused", "flaky"):
        user = UserFactory(username=name)
        set_daily(user)
        follow(user, world.initiative)
        users.append(user)
    return users


def run(now: dt.datetime) -> None:
    with time_machine.travel(now, tick=False):
        send_digests(now=now)


def test_a_real_smtp_server_receives_the_digest_with_both_parts(readers: list[User]) -> None:
    with smtp(Mailbox()) as mailbox:
        run(SEND_AT)
    assert sorted(m["To"] for m in mailbox.messages) == [
        "analyst@example.org",
        "flaky@example.org",
        "refused@example.org",
    ]
    message = mailbox.messages[0]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["List-Unsubscribe"].strip().startswith("<http://127.0.0.1:8000/unsubscribe/")
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert "Joint ammunition procurement [Adopted]" in text
    assert "Publish the &lt;script&gt;" in html
    assert Delivery.objects.filter(status=DeliveryStatus.SENT).count() == 3


def test_a_refused_address_is_recorded_and_skipped_while_others_get_theirs(
    readers: list[User],
) -> None:
    with smtp(Mailbox(refused={"refused@example.org"})) as mailbox:
        run(SEND_AT)
        run(SEND_AT + dt.timedelta(days=1))
    delivered = [m["To"] for m in mailbox.messages]
    assert delivered.count("analyst@example.org") == 2
    assert "refused@example.org" not in delivered
    assert mailbox.rcpt_attempts.count("refused@example.org") == 1  # not tried again
    row = Delivery.objects.get(user__username="refused")
    assert row.status == DeliveryStatus.BOUNCED
    assert "550" in row.last_error
    assert Profile.objects.get(user__username="refused").bounced_email == "refused@example.org"


def test_a_dropped_connection_is_retried_later_and_sent_once(readers: list[User]) -> None:
    with smtp(Mailbox(flaky={"flaky@example.org"})) as mailbox:
        run(SEND_AT)
    assert sorted(m["To"] for m in mailbox.messages) == [
        "analyst@example.org",
        "refused@example.org",
    ]
    row = Delivery.objects.get(user__username="flaky")
    assert (row.status, row.attempts) == (DeliveryStatus.RETRY, 1)
    assert row.next_attempt_at == SEND_AT + dt.timedelta(minutes=10)

    with smtp(Mailbox()) as mailbox:
        run(SEND_AT + dt.timedelta(minutes=5))  # backing off: not yet
        assert mailbox.messages == []
        run(SEND_AT + dt.timedelta(hours=1))
    assert [m["To"] for m in mailbox.messages] == ["flaky@example.org"]
    row.refresh_from_db()
    assert (row.status, row.attempts) == (DeliveryStatus.SENT, 2)


def test_it_gives_up_after_a_bounded_number_of_attempts(readers: list[User]) -> None:
    with smtp(Mailbox(flaky={"flaky@example.org"})) as mailbox:
        for hour in range(0, 14, 2):
            run(SEND_AT + dt.timedelta(hours=hour))
    row = Delivery.objects.get(user__username="flaky")
    assert (row.status, row.attempts) == (DeliveryStatus.FAILED, 5)
    assert mailbox.rcpt_attempts.count("flaky@example.org") == 5
