"""A follow's choice of changes applies to webhooks as it does to digests."""

from __future__ import annotations

import json

import pytest
import time_machine
from django.contrib.auth.models import User

from notifications.models import EventFilter, Follow
from notifications.webhook_delivery import send_webhooks
from tests.notifications.receiver import Receiver
from tests.notifications.webhook_world import RUN_AT, endpoint_with_changes

pytestmark = pytest.mark.django_db


def sent_types(receiver: Receiver) -> list[str]:
    return sorted(json.loads(r.body)["type"] for r in receiver.requests)


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (EventFilter.ALL, ["initiative.action_added", "initiative.status_changed"]),
        (EventFilter.STATUS, ["initiative.status_changed"]),
        (EventFilter.DEADLINES, ["initiative.action_added"]),
        (EventFilter.DOCUMENTS, []),
    ],
)
def test_only_the_kinds_of_change_a_follow_asks_for_are_posted(
    analyst: User, receiver: Receiver, choice: str, expected: list[str]
) -> None:
    endpoint_with_changes(analyst, receiver)
    Follow.objects.filter(user=analyst).update(events=choice)
    with time_machine.travel(RUN_AT, tick=False):
        report = send_webhooks(now=RUN_AT)
    assert report.queued == len(expected)
    assert sent_types(receiver) == expected
