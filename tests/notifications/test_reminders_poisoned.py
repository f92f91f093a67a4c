"""One reader's bad data never stops the reminders of the others."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import mail

from notifications.models import Delivery, DeliveryStatus
from notifications.reminders import send_reminders
from tests.factories import FollowUpActionFactory, UserFactory, follow

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 12, 1, 6, 15, tzinfo=dt.UTC)


def test_a_reminder_that_cannot_be_sent_is_recorded_and_the_others_go() -> None:
    action = FollowUpActionFactory(due_earliest=None, due_latest=dt.date(2026, 12, 10))
    for name in ("ada", "bad", "cy"):
        follow(UserFactory(username=name, password=None), action.initiative)
    # A header injection that a form would refuse; written straight into the table.
    UserFactory._meta.model.objects.filter(username="bad").update(
        email="bad@example.org\nBcc: x@example.org"
    )
    with time_machine.travel(NOW, tick=False):
        report = send_reminders(now=NOW)
    assert (report.sent, report.failed) == (2, 1)
    assert sorted(m.to[0] for m in mail.outbox) == ["ada@example.org", "cy@example.org"]
    row = Delivery.objects.get(user__username="bad")
    assert (row.status, row.attempts) == (DeliveryStatus.RETRY, 1)
    assert "BadHeaderError" in row.last_error
    assert row.next_attempt_at == NOW + dt.timedelta(minutes=10)
