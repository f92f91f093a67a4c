"""The dashboard's promise against delivery, overall and per area, kept rather than
counted on every view.

Both records read every action (seconds at a million), so they are kept in the cache,
with the time they were counted by Docket's clock (not the cache's own expiry: Redis keeps
time of its own), so that "at most MAX_AGE behind" holds, and can be tested, on every
backend. Beat counts them again every five minutes (`refresh-dashboard-delivery`), so a
view never waits for them; without beat (SQLite, `make run`) a view finding them older
than MAX_AGE counts them itself. The initiative and actor pages count their own records
on every view and are never behind.
"""

from __future__ import annotations

import datetime as dt

from django.core.cache import cache
from django.utils import timezone

from timeline.delivery import DeliveryRecord
from timeline.models import FollowUpAction

# How far behind the records the dashboard's figures may be.
MAX_AGE = dt.timedelta(minutes=10)

Figures = tuple[DeliveryRecord, dict[int, DeliveryRecord]]


def _key(today: dt.date) -> str:
    return f"dashboard-delivery:{today.isoformat()}"


def dashboard_delivery(*, today: dt.date, now: dt.datetime | None = None) -> Figures:
    """The record overall and per area (keyed by area id), as kept, or counted now if
    none is kept for ``today`` or it is older than MAX_AGE."""
    now = now or timezone.now()
    kept = cache.get(_key(today))
    if kept is not None and now - kept[0] < MAX_AGE:
        return kept[1]
    return dashboard_delivery_refresh(today=today, now=now)


def dashboard_delivery_refresh(*, today: dt.date, now: dt.datetime | None = None) -> Figures:
    """Count both records for ``today`` and keep them."""
    now = now or timezone.now()
    found = (
        FollowUpAction.objects.delivery_record(today=today),
        FollowUpAction.objects.delivery_records(by="area", today=today),
    )
    cache.set(_key(today), (now, found), int(2 * MAX_AGE.total_seconds()))
    return found
