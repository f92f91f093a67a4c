"""Registering, removing, re-enabling and testing webhook endpoints: the writes that the
pages (and later the API) call."""

from __future__ import annotations

import datetime as dt
import logging

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction

from notifications.webhook_guard import UnsafeWebhookURL, check_webhook_url
from notifications.webhook_models import WebhookDelivery, WebhookEndpoint, WebhookStatus
from notifications.webhook_payload import ping_payload

logger = logging.getLogger(__name__)

MAX_ENDPOINTS_PER_USER = 10


def webhook_endpoint_create(
    *, user: AbstractBaseUser, url: str, now: dt.datetime
) -> WebhookEndpoint:
    """Register ``url`` for ``user``'s follows, from ``now`` on. The returned endpoint's
    secret is to be shown this once."""
    url = url.strip()
    try:
        check_webhook_url(url)
    except UnsafeWebhookURL as error:
        raise ValidationError({"url": str(error)}) from error
    with transaction.atomic():
        if WebhookEndpoint.objects.filter(user=user).count() >= MAX_ENDPOINTS_PER_USER:
            raise ValidationError(
                f"You can register up to {MAX_ENDPOINTS_PER_USER} endpoints; delete one first."
            )
        endpoint = WebhookEndpoint(user=user, url=url, created_at=now, events_until=now)
        endpoint.full_clean()
        endpoint.save()
    return endpoint


def webhook_endpoint_delete(*, user: AbstractBaseUser, pk: int) -> bool:
    """Delete one of ``user``'s endpoints, with its log; False if it was not theirs."""
    deleted, _ = WebhookEndpoint.objects.filter(user=user, pk=pk).delete()
    return bool(deleted)


def webhook_endpoint_enable(*, user: AbstractBaseUser, pk: int, now: dt.datetime) -> bool:
    """Turn a disabled endpoint back on. What changed while it was off is not sent."""
    return bool(
        WebhookEndpoint.objects.filter(user=user, pk=pk, enabled=False).update(
            enabled=True, failure_count=0, disabled_at=None, disabled_reason="", events_until=now
        )
    )


def webhook_test_create(*, endpoint: WebhookEndpoint, now: dt.datetime) -> WebhookDelivery:
    """Queue a test event for ``endpoint``, handed to a worker once committed; if the
    broker is down, the next periodic run sends it."""
    payload = ping_payload(now=now)
    with transaction.atomic():
        delivery = WebhookDelivery.objects.create(
            endpoint=endpoint,
            event_type=payload["type"],
            payload=payload,
            status=WebhookStatus.PENDING,
            created_at=now,
            next_attempt_at=now,
        )
        transaction.on_commit(lambda: webhook_enqueue(pk=delivery.pk))
    return delivery


def webhook_enqueue(*, pk: int) -> bool:
    from notifications.tasks import send_webhook

    try:
        send_webhook.delay(pk)
    except Exception as error:  # the broker is down: the periodic run sends it
        logger.warning("Webhook delivery %s waits for the next run: %s", pk, error)
        return False
    return True
