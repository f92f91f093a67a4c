"""An analyst with a webhook endpoint on a loopback receiver, and two followed changes."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User

from notifications.webhook_models import WebhookEndpoint
from notifications.webhook_services import webhook_endpoint_create
from tests.factories import CHANGED_AT, InitiativeFactory, make_world
from tests.notifications.receiver import Receiver
from timeline.models import EventVia
from timeline.services import event_record

REGISTERED_AT = CHANGED_AT - dt.timedelta(days=1)
RUN_AT = CHANGED_AT + dt.timedelta(minutes=1)


def endpoint_with_changes(user: User, receiver: Receiver) -> WebhookEndpoint:
    """Registered the day before make_world's two changes (a status change, a new action)
    to an initiative the user follows; a change to an unfollowed one comes with them."""
    endpoint = webhook_endpoint_create(user=user, url=receiver.url, now=REGISTERED_AT)
    make_world(user)
    other = InitiativeFactory(title="Unfollowed initiative")
    event_record(
        initiative=other,
        kind="status_changed",
        summary="Not for this user",
        via=EventVia.ADMIN,
        occurred_at=CHANGED_AT,
    )
    return endpoint
