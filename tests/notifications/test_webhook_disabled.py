"""An endpoint that keeps failing is disabled, once, and its owner gets one email."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import User
from django.test import Client

from notifications.models import Delivery, DeliveryKind
from notifications.webhook_delivery import DISABLE_AFTER_FAILURES, MAX_ATTEMPTS, send_webhooks
from notifications.webhook_models import WebhookDelivery, WebhookEndpoint, WebhookStatus
from tests.notifications.receiver import Receiver
from tests.notifications.test_send_smtp import Mailbox, smtp
from tests.notifications.webhook_world import RUN_AT, endpoint_with_changes

pytestmark = pytest.mark.django_db


def run_until_quiet(start: dt.datetime) -> dt.datetime:
    """Run at each next attempt's time until nothing is due; return the last run's time."""
    at = start
    while True:
        with time_machine.travel(at, tick=False):
            send_webhooks(now=at)
        waiting = WebhookDelivery.objects.filter(endpoint__enabled=True)
        if waiting.filter(status=WebhookStatus.PENDING).exists():
            at += dt.timedelta(minutes=1)  # the periodic task's next run
            continue
        due = (
            waiting.filter(status=WebhookStatus.RETRY)
            .order_by("next_attempt_at")
            .values_list("next_attempt_at", flat=True)
            .first()
        )
        if due is None:
            return at
        at = due


def test_a_failing_endpoint_is_disabled_and_its_owner_emailed_once(
    analyst: User, receiver: Receiver, client: Client
) -> None:
    endpoint = endpoint_with_changes(analyst, receiver)
    receiver.statuses = [500]
    with smtp(Mailbox()) as mailbox:
        last = run_until_quiet(RUN_AT)
        # Runs after it was disabled send nothing more, and tell its owner nothing more.
        with time_machine.travel(last + dt.timedelta(days=2), tick=False):
            report = send_webhooks(now=last + dt.timedelta(days=2))
    assert report.sent == report.failed == 0
    endpoint.refresh_from_db()
    assert not endpoint.enabled
    assert endpoint.failure_count == DISABLE_AFTER_FAILURES
    assert "The endpoint answered 500." in endpoint.disabled_reason
    # Two rows failing in turn reach the threshold before either has used its attempts.
    assert len(receiver.requests) == DISABLE_AFTER_FAILURES
    rows = WebhookDelivery.objects.filter(endpoint=endpoint)
    assert all(r.attempts < MAX_ATTEMPTS for r in rows)
    assert {r.status for r in rows} == {WebhookStatus.RETRY}  # kept, for when it is back on

    (message,) = mailbox.messages
    assert message["To"] == "analyst@example.org"
    assert message["Subject"] == f"Webhook disabled: {receiver.url}"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert receiver.url in text and receiver.url in html
    assert "http://127.0.0.1:8000/webhooks/" in text
    assert "8 deliveries in a row failed" in text
    assert Delivery.objects.filter(kind=DeliveryKind.WEBHOOK_DISABLED).count() == 1

    client.force_login(analyst)
    page = client.get(f"/webhooks/{endpoint.pk}/").content.decode()
    assert "Disabled" in page and "Turn it back on" in page
    with time_machine.travel(last + dt.timedelta(days=3), tick=False):
        client.post(f"/webhooks/{endpoint.pk}/enable/")
    endpoint.refresh_from_db()
    assert endpoint.enabled and endpoint.failure_count == 0


def test_one_success_resets_the_run_of_failures(analyst: User, receiver: Receiver) -> None:
    endpoint = endpoint_with_changes(analyst, receiver)
    receiver.statuses = [500, 200, 200]
    with time_machine.travel(RUN_AT, tick=False):
        send_webhooks(now=RUN_AT)
    assert WebhookEndpoint.objects.get(pk=endpoint.pk).failure_count == 1
    later = RUN_AT + dt.timedelta(minutes=1)
    with time_machine.travel(later, tick=False):
        send_webhooks(now=later)  # the row left pending goes through
    assert WebhookEndpoint.objects.get(pk=endpoint.pk).failure_count == 0
