"""A real Celery worker on Redis runs send_reminders, as beat triggers it in production."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from config.celery import app
from notifications.models import Delivery, DeliveryStatus
from notifications.tasks import send_reminders
from tests.factories import ActorFactory, FollowUpActionFactory, UserFactory, follow


@pytest.mark.worker
def test_a_real_worker_sends_each_reminder_once(celery_worker: object) -> None:
    assert not app.conf.task_always_eager
    analyst = UserFactory(username="analyst")
    action = FollowUpActionFactory(
        description="Open the joint procurement office",
        owner=ActorFactory(name="European Defence Agency"),
        due_earliest=None,
        due_latest=dt.date(2026, 12, 1),
    )
    follow(analyst, action.initiative)
    first = send_reminders.delay("2026-11-24T06:15:00+00:00").get(timeout=60)
    second = send_reminders.delay("2026-11-24T07:15:00+00:00").get(timeout=60)
    assert (first["sent"], second["sent"]) == (1, 0)
    [message] = mail.outbox  # the worker thread shares this process's locmem outbox
    assert message.to == ["analyst@example.org"]
    assert "Open the joint procurement office" in message.body
    assert Delivery.objects.get().status == DeliveryStatus.SENT
