"""A server that answers late, or refuses the message for good: no duplicate, no endless retry."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import override_settings

from notifications.delivery import UNCERTAIN_RETRY_AFTER
from notifications.models import Delivery, DeliveryStatus
from tests.factories import SEND_AT
from tests.notifications.test_send_smtp import Mailbox, readers, run, smtp

pytestmark = pytest.mark.django_db
__all__ = ["readers"]  # the fixture, shared with the plain SMTP tests

CLIENT_TIMEOUT = 1
LATE_BY = 2


class LateMailbox(Mailbox):
    """Stores every message, then answers only after the client stopped waiting."""

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        answer = await super().handle_DATA(server, session, envelope)
        await asyncio.sleep(LATE_BY)
        return answer


class SpamFilter(Mailbox):
    """Refuses the content of the message for `rejected` recipients, for good."""

    def __init__(self, *, rejected: set[str]) -> None:
        super().__init__()
        self.rejected = rejected

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if set(envelope.rcpt_tos) & self.rejected:
            return "554 5.7.1 Message rejected as spam"
        return await super().handle_DATA(server, session, envelope)


def late_run(now: dt.datetime, mailbox: Mailbox) -> None:
    with smtp(mailbox), override_settings(EMAIL_TIMEOUT=CLIENT_TIMEOUT):
        run(now)


def test_a_late_reply_is_uncertain_and_retried_once_later_with_the_same_message_id(
    readers: list[User],
) -> None:
    first = LateMailbox()
    late_run(SEND_AT, first)
    assert len(first.messages) == 3  # stored, but the client gave up waiting
    rows = Delivery.objects.order_by("pk")
    assert [r.status for r in rows] == [DeliveryStatus.RETRY] * 3
    assert all(r.uncertain_at == SEND_AT for r in rows)
    assert all(r.next_attempt_at == SEND_AT + UNCERTAIN_RETRY_AFTER for r in rows)
    assert all(r.last_error.startswith("Uncertain, retried once later") for r in rows)

    calm = Mailbox()
    with smtp(calm):
        run(SEND_AT + dt.timedelta(hours=1))  # an ordinary retry would have resent by now
        assert calm.messages == []
        run(SEND_AT + UNCERTAIN_RETRY_AFTER)
        run(SEND_AT + UNCERTAIN_RETRY_AFTER + dt.timedelta(hours=1))
    assert len(calm.messages) == 3  # exactly one retry each
    expected = {f"<digest-{r.pk}@localhost>" for r in rows}
    assert {m["Message-ID"] for m in first.messages} == expected
    assert {m["Message-ID"] for m in calm.messages} == expected
    assert set(Delivery.objects.values_list("status", flat=True)) == {DeliveryStatus.SENT}


def test_a_retry_that_is_late_again_is_not_retried_a_third_time(readers: list[User]) -> None:
    mailbox = LateMailbox()
    late_run(SEND_AT, mailbox)
    late_run(SEND_AT + UNCERTAIN_RETRY_AFTER, mailbox)
    late_run(SEND_AT + UNCERTAIN_RETRY_AFTER + dt.timedelta(hours=1), mailbox)  # same day
    assert len(mailbox.messages) == 6  # two copies of each, under one Message-ID each
    assert len({m["Message-ID"] for m in mailbox.messages}) == 3
    rows = Delivery.objects.all()
    assert {(r.status, r.attempts) for r in rows} == {(DeliveryStatus.UNCERTAIN, 2)}


def test_a_554_on_data_is_permanent_and_never_retried(readers: list[User]) -> None:
    mailbox = SpamFilter(rejected={"flaky@example.org"})
    with smtp(mailbox):
        run(SEND_AT)
        run(SEND_AT + dt.timedelta(hours=2))
    assert sorted(m["To"] for m in mailbox.messages) == [
        "analyst@example.org",
        "refused@example.org",
    ]
    assert mailbox.rcpt_attempts.count("flaky@example.org") == 1
    row = Delivery.objects.get(user__username="flaky")
    assert (row.status, row.attempts) == (DeliveryStatus.FAILED, 1)
    assert "554" in row.last_error
    assert row.next_attempt_at is None
