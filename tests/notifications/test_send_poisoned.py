"""One user's bad data never stops a digest run: it is recorded, backed off, reported."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter

import pytest
import time_machine
from django.core.management import CommandError, call_command

from initiatives.models import Status
from initiatives.services import initiative_save
from notifications.digests import send_digests
from notifications.models import Delivery, DeliveryStatus
from tests.factories import CHANGED_AT, SEND_AT, InitiativeFactory, UserFactory, follow, set_daily
from tests.notifications.test_send_smtp import Mailbox, smtp
from timeline.models import EventVia

pytestmark = pytest.mark.django_db

USERS = 30
POISONED = "reader4"


def poison_address(user: object) -> None:
    # A header injection that a form would refuse; written straight into the table.
    type(user).objects.filter(pk=user.pk).update(email="reader4@example.org\nBcc: x@example.org")


# A saved search that once broke PostgreSQL's full-text search is now cleaned when read
# (initiatives.search.clean_query), so the poison left is a header injection.
@pytest.fixture(params=[poison_address], ids=["address"])
def readers(request: pytest.FixtureRequest) -> list[str]:
    initiative = InitiativeFactory(status=Status.PROPOSED)
    for n in range(USERS):
        user = UserFactory(username=f"reader{n}", password=None)  # None: no slow hashing
        set_daily(user)
        follow(user, initiative)
        if user.username == POISONED:
            request.param(user)
    with time_machine.travel(CHANGED_AT, tick=False):
        initiative.status = Status.ADOPTED
        initiative_save(initiative=initiative, via=EventVia.ADMIN)
    return [f"reader{n}@example.org" for n in range(USERS) if f"reader{n}" != POISONED]


def run(now: dt.datetime) -> None:
    with time_machine.travel(now, tick=False):
        send_digests(now=now)


def test_it_sends_everyone_else_their_digest_and_records_the_failure(readers: list[str]) -> None:
    out = io.StringIO()
    with (
        smtp(Mailbox()) as mailbox,
        time_machine.travel(SEND_AT, tick=False),
        pytest.raises(CommandError, match=r"^1 failed") as failure,
    ):
        call_command("send_digests", "--now", SEND_AT.isoformat(), stdout=out)
    assert failure.value.returncode == 1
    assert "30 digest(s) due: 29 sent, 0 empty, 0 taken by another run, 1 failed." in out.getvalue()
    assert Counter(m["To"] for m in mailbox.messages) == Counter(readers)
    row = Delivery.objects.get(user__username=POISONED)
    assert (row.status, row.attempts) == (DeliveryStatus.RETRY, 1)
    assert row.last_error
    assert row.next_attempt_at == SEND_AT + dt.timedelta(minutes=10)


def test_a_second_run_resends_nothing_and_retries_the_bad_one_after_backoff(
    readers: list[str],
) -> None:
    with smtp(Mailbox()) as mailbox:
        run(SEND_AT)
        assert len(mailbox.messages) == USERS - 1
        run(SEND_AT + dt.timedelta(minutes=5))  # backing off: the bad one waits
        row = Delivery.objects.get(user__username=POISONED)
        assert row.attempts == 1
        run(SEND_AT + dt.timedelta(minutes=11))
    assert len(mailbox.messages) == USERS - 1  # nobody got a second copy
    row.refresh_from_db()
    assert (row.status, row.attempts) == (DeliveryStatus.RETRY, 2)
    assert row.next_attempt_at == SEND_AT + dt.timedelta(minutes=11 + 20)
    assert Delivery.objects.filter(status=DeliveryStatus.SENT).count() == USERS - 1
