"""Followed changes reach a real HTTP receiver on loopback: signed, once, and retried."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest
import time_machine
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from standardwebhooks.webhooks import Webhook

from notifications.models import EventFilter, Follow
from notifications.webhook_delivery import (
    CLAIM_LEASE,
    MAX_ATTEMPTS,
    RETRY_FIRST,
    retry_delay,
    send_webhooks,
    webhook_claim,
    webhook_fan_out,
)
from notifications.webhook_models import WebhookDelivery, WebhookStatus
from notifications.webhook_payload import webhook_body
from notifications.webhook_send import webhook_post
from tests.notifications.receiver import Receiver
from tests.notifications.webhook_world import RUN_AT, endpoint_with_changes
from timeline.models import ChangeEvent

pytestmark = pytest.mark.django_db


def run(at: dt.datetime) -> object:
    with time_machine.travel(at, tick=False):
        return send_webhooks(now=at)


def test_each_followed_change_is_posted_once_signed_with_the_endpoints_secret(
    analyst: User, receiver: Receiver
) -> None:
    endpoint = endpoint_with_changes(analyst, receiver)
    report = run(RUN_AT)
    assert (report.queued, report.sent, report.failed) == (2, 2, 0)
    bodies = []
    for request in receiver.requests:
        with time_machine.travel(RUN_AT, tick=False):
            bodies.append(Webhook(endpoint.secret).verify(request.body, request.headers))
    assert sorted(b["type"] for b in bodies) == [
        "initiative.action_added",
        "initiative.status_changed",
    ]
    assert {b["data"]["initiative"]["title"] for b in bodies} == {"Joint ammunition procurement"}
    rows = WebhookDelivery.objects.filter(endpoint=endpoint)
    assert {(r.status, r.response_code, r.attempts) for r in rows} == {(WebhookStatus.SENT, 200, 1)}
    assert {r.msg_id for r in rows} == {r.headers["webhook-id"] for r in receiver.requests}

    again = run(RUN_AT + dt.timedelta(minutes=5))  # a run repeated sends nothing twice
    assert (again.queued, again.sent) == (0, 0)
    assert len(receiver.requests) == 2


def test_a_failed_delivery_is_retried_later_with_the_same_webhook_id(
    analyst: User, receiver: Receiver
) -> None:
    endpoint_with_changes(analyst, receiver)
    Follow.objects.filter(user=analyst).update(events=EventFilter.STATUS)  # one change
    receiver.statuses = [500, 503, 200]
    assert run(RUN_AT).failed == 1
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_code) == (
        WebhookStatus.RETRY,
        1,
        500,
    )
    assert delivery.next_attempt_at == RUN_AT + RETRY_FIRST
    assert delivery.last_error == "The endpoint answered 500."

    assert run(RUN_AT + RETRY_FIRST - dt.timedelta(seconds=1)).failed == 0  # not due yet
    assert len(receiver.requests) == 1
    second = RUN_AT + RETRY_FIRST
    assert run(second).failed == 1
    third = second + retry_delay(2)
    assert run(third).sent == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.response_code) == (
        WebhookStatus.SENT,
        3,
        200,
    )
    assert [r.headers["webhook-id"] for r in receiver.requests] == [delivery.msg_id] * 3
    assert len({r.body for r in receiver.requests}) == 1  # the same body every time


def test_an_endpoint_that_fails_is_not_tried_again_in_the_same_run(
    analyst: User, receiver: Receiver
) -> None:
    endpoint_with_changes(analyst, receiver)
    receiver.statuses = [500]
    report = run(RUN_AT)
    assert (report.queued, report.failed, report.sent) == (2, 1, 0)
    assert len(receiver.requests) == 1
    statuses = sorted(WebhookDelivery.objects.values_list("status", flat=True))
    assert statuses == [WebhookStatus.PENDING, WebhookStatus.RETRY]


def test_retries_back_off_exponentially_over_about_a_day() -> None:
    waits = [retry_delay(n) for n in range(1, MAX_ATTEMPTS)]
    assert all(later == earlier * 3 for earlier, later in itertools.pairwise(waits))
    assert dt.timedelta(hours=20) <= sum(waits, dt.timedelta()) <= dt.timedelta(hours=30)


def test_a_run_that_died_after_sending_is_resent_once_with_the_same_id(
    analyst: User, receiver: Receiver
) -> None:
    endpoint = endpoint_with_changes(analyst, receiver)
    with time_machine.travel(RUN_AT, tick=False):
        assert webhook_fan_out(now=RUN_AT) == 2
        # A run claims the first row, posts it, and dies before marking it.
        doomed = webhook_claim(pk=WebhookDelivery.objects.order_by("pk")[0].pk, now=RUN_AT)
        webhook_post(
            url=endpoint.url,
            secret=endpoint.secret,
            msg_id=doomed.msg_id,
            timestamp=int(RUN_AT.timestamp()),
            body=webhook_body(endpoint.url, doomed.payload),
        )
    after_crash = run(RUN_AT + dt.timedelta(minutes=1))
    assert (after_crash.sent, after_crash.skipped) == (1, 0)  # the other row; the claim holds
    assert len(receiver.requests) == 2
    lease_over = run(RUN_AT + CLAIM_LEASE)
    assert lease_over.sent == 1
    assert run(RUN_AT + CLAIM_LEASE * 2).sent == 0
    ids = [r.headers["webhook-id"] for r in receiver.requests]
    assert ids.count(doomed.msg_id) == 2  # the at-least-once resend, recognisable by its id
    assert len(ids) == 3 and len(set(ids)) == 2
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {WebhookStatus.SENT}
    assert json.loads(receiver.requests[0].body) == json.loads(receiver.requests[2].body)


def test_queuing_runs_the_same_queries_however_many_changes(
    analyst: User, receiver: Receiver
) -> None:
    endpoint_with_changes(analyst, receiver)
    with CaptureQueriesContext(connection) as few:
        assert webhook_fan_out(now=RUN_AT) == 2
    followed = ChangeEvent.objects.filter(initiative__slug="ammunition").first()
    ChangeEvent.objects.bulk_create(
        ChangeEvent(
            initiative=followed.initiative,
            kind="status_changed",
            summary=f"Change {n}",
            via=followed.via,
            occurred_at=RUN_AT,
        )
        for n in range(40)
    )
    later = RUN_AT + dt.timedelta(minutes=1)
    with CaptureQueriesContext(connection) as many:
        assert webhook_fan_out(now=later) == 40
    assert len(many.captured_queries) == len(few.captured_queries)
