"""Periodic email, scheduled by Celery beat (see CELERY_BEAT_SCHEDULE). Thin: each task
parses its arguments and calls the service that the management commands call too.

The tasks keep the names they had when they lived in timeline/, so that beat schedules
stored in the database and messages already queued still reach them."""

from __future__ import annotations

from celery import shared_task
from django.utils import timezone

from notifications import digests, reminders, webhook_delivery
from timeline.tasks import parse_now


@shared_task(name="timeline.tasks.send_digests")
def send_digests(now: str | None = None) -> dict[str, int]:
    report = digests.send_digests(now=parse_now(now))
    return {"due": report.due, "sent": report.sent, "empty": report.empty, "failed": report.failed}


@shared_task(name="timeline.tasks.send_reminders")
def send_reminders(now: str | None = None) -> dict[str, int]:
    report = reminders.send_reminders(now=parse_now(now))
    return {"due": report.due, "sent": report.sent, "failed": report.failed}


@shared_task(name="notifications.tasks.send_webhooks")
def send_webhooks(now: str | None = None) -> dict[str, int]:
    report = webhook_delivery.send_webhooks(now=parse_now(now))
    return {
        "queued": report.queued,
        "sent": report.sent,
        "failed": report.failed,
        "disabled": report.disabled,
    }


@shared_task(name="notifications.tasks.send_webhook")
def send_webhook(delivery_id: int) -> bool:
    """One delivery at once (a test event); the periodic run catches whatever this misses."""
    result = webhook_delivery.webhook_send_one(pk=delivery_id, now=timezone.now())
    return bool(result and result.ok)
