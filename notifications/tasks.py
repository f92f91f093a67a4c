"""Periodic email, scheduled by Celery beat (see CELERY_BEAT_SCHEDULE). Thin: each task
parses its arguments and calls the service that the management commands call too.

The tasks keep the names they had when they lived in timeline/, so that beat schedules
stored in the database and messages already queued still reach them."""

from __future__ import annotations

from celery import shared_task

from notifications import digests, reminders
from timeline.tasks import parse_now


@shared_task(name="timeline.tasks.send_digests")
def send_digests(now: str | None = None) -> dict[str, int]:
    report = digests.send_digests(now=parse_now(now))
    return {"due": report.due, "sent": report.sent, "empty": report.empty, "failed": report.failed}


@shared_task(name="timeline.tasks.send_reminders")
def send_reminders(now: str | None = None) -> dict[str, int]:
    report = reminders.send_reminders(now=parse_now(now))
    return {"due": report.due, "sent": report.sent, "failed": report.failed}
