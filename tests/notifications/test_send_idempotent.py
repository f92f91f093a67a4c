"""Exactly once: a crash half-way, and two runs at once, send each digest once."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Sequence

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.core.mail import EmailMessage
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection
from django.test import override_settings

from initiatives.models import Status
from initiatives.services import initiative_save
from notifications.delivery import CLAIM_LEASE
from notifications.digests import send_digests
from notifications.models import Delivery, DeliveryStatus
from tests.factories import CHANGED_AT, SEND_AT, InitiativeFactory, UserFactory, follow, set_daily
from timeline.models import EventVia

USERS = 6


class CrashingBackend(EmailBackend):
    """Accepts `accept` messages, then dies as a killed process would: no cleanup."""

    accept = 2

    def send_messages(self, messages: Sequence[EmailMessage]) -> int:
        if len(mail.outbox) >= self.accept:
            raise SystemExit("killed half-way")
        return super().send_messages(messages)


def make_readers(count: int) -> list[str]:
    initiative = InitiativeFactory(status=Status.PROPOSED)
    emails = []
    for n in range(count):
        user = UserFactory(username=f"reader{n}")
        set_daily(user)
        follow(user, initiative)
        emails.append(user.email)
    with time_machine.travel(CHANGED_AT, tick=False):
        initiative.status = Status.ADOPTED
        initiative_save(initiative=initiative, via=EventVia.ADMIN)
    return emails


def recipients() -> Counter[str]:
    return Counter(address for message in mail.outbox for address in message.to)


@pytest.mark.django_db
def test_a_second_run_after_a_crash_sends_what_is_missing_and_nothing_twice() -> None:
    emails = make_readers(USERS)
    with (
        override_settings(EMAIL_BACKEND="tests.notifications.test_send_idempotent.CrashingBackend"),
        time_machine.travel(SEND_AT, tick=False),
        pytest.raises(SystemExit),
    ):
        send_digests(now=SEND_AT)
    assert len(mail.outbox) == 2
    assert Delivery.objects.filter(status=DeliveryStatus.SENT).count() == 2
    assert Delivery.objects.filter(status=DeliveryStatus.CLAIMED).count() == 1

    # At once, the crashed run's claim is still leased: nobody else sends it yet.
    with time_machine.travel(SEND_AT + dt.timedelta(minutes=1), tick=False):
        send_digests(now=SEND_AT + dt.timedelta(minutes=1))
    assert Delivery.objects.filter(status=DeliveryStatus.CLAIMED).count() == 1
    assert len(mail.outbox) == USERS - 1

    later = SEND_AT + CLAIM_LEASE + dt.timedelta(minutes=1)
    with time_machine.travel(later, tick=False):
        send_digests(now=later)
    assert recipients() == Counter(emails)
    assert Delivery.objects.filter(status=DeliveryStatus.SENT).count() == USERS


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(not settings.IS_POSTGRES, reason="concurrent writers need PostgreSQL")
def test_two_runs_at_once_send_each_digest_once() -> None:
    emails = make_readers(USERS * 3)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            start.wait()
            send_digests(now=SEND_AT)
        except BaseException as error:  # reported by the main thread
            errors.append(error)
        finally:
            connection.close()

    with time_machine.travel(SEND_AT, tick=False):
        threads = [threading.Thread(target=worker) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert errors == []
    assert recipients() == Counter(emails)
    assert Delivery.objects.filter(status=DeliveryStatus.SENT).count() == USERS * 3
