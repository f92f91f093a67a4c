"""Periodic work, scheduled by Celery beat (see CELERY_BEAT_SCHEDULE). Thin: each task
parses its arguments and calls the service that the management commands call too."""

from __future__ import annotations

import datetime as dt

from celery import shared_task
from django.utils import timezone

from timeline.services import actions_record_overdue


def parse_now(now: str | None) -> dt.datetime:
    if not now:
        return timezone.now()
    value = dt.datetime.fromisoformat(now)
    return value if timezone.is_aware(value) else value.replace(tzinfo=dt.UTC)


@shared_task(name="timeline.tasks.mark_overdue_actions")
def mark_overdue_actions(today: str | None = None) -> int:
    day = dt.date.fromisoformat(today) if today else timezone.localdate()
    return actions_record_overdue(today=day)


@shared_task(name="timeline.tasks.refresh_dashboard_delivery")
def refresh_dashboard_delivery(today: str | None = None) -> int:
    """Count the dashboard's promise against delivery again (see timeline.summary)."""
    from timeline.summary import dashboard_delivery_refresh

    day = dt.date.fromisoformat(today) if today else timezone.localdate()
    return dashboard_delivery_refresh(today=day)[0].promised
