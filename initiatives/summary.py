"""The dashboard's status counts and status × area matrix, kept in `StatusCount` rather
than counted on every view.

A change that moves a count (a new or deleted initiative, a status changed, an area
linked or unlinked) clears the rows, and the next dashboard counts again; beat counts
every few minutes too, so that bulk writes that send no signal (`update()`,
`bulk_create`) show within `MAX_AGE`. At 100,000 initiatives counting takes a few
hundred milliseconds; reading the rows, a fraction of one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from initiatives.models import Initiative, InitiativeArea, StatusCount
from initiatives.statements import Statement

# Counts older than this are counted again by the next dashboard, should beat not run.
MAX_AGE = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class StatusSummary:
    by_status: dict[str, int]
    # (area id, status) → initiatives with that status linked to that area
    cells: dict[tuple[int, str], int]


# The kept counts, a statement compiled once (statements.Statement).
_KEPT_COUNTS = Statement(
    lambda: StatusCount.objects.values_list("status", "area_id", "count", "counted_at")
)


def status_summary(*, now: dt.datetime | None = None) -> StatusSummary:
    """The counts, as kept, or counted now if none are kept or they are too old."""
    now = now or timezone.now()
    rows = _KEPT_COUNTS.values({})
    if not rows or min(r[3] for r in rows) < now - MAX_AGE:
        return status_summary_refresh(now=now)
    # Two refreshes at once may leave a row twice; both hold the same count.
    return StatusSummary(
        by_status={s: n for s, area, n, _ in rows if area is None},
        cells={(area, s): n for s, area, n, _ in rows if area is not None},
    )


def status_summary_refresh(*, now: dt.datetime | None = None) -> StatusSummary:
    """Count every status overall and in each area, and keep the counts."""
    now = now or timezone.now()
    by_status = dict(Initiative.objects.order_by().values_list("status").annotate(n=Count("pk")))
    cells = {
        (row["area_id"], row["initiative__status"]): row["n"]
        for row in InitiativeArea.objects.order_by()
        .values("area_id", "initiative__status")
        .annotate(n=Count("initiative"))  # one link per initiative and area: no DISTINCT
    }
    with transaction.atomic():
        StatusCount.objects.all().delete()
        StatusCount.objects.bulk_create(
            [
                StatusCount(status=s, area_id=None, count=n, counted_at=now)
                for s, n in by_status.items()
            ]
            + [
                StatusCount(status=s, area_id=area, count=n, counted_at=now)
                for (area, s), n in cells.items()
            ]
        )
    return StatusSummary(by_status=by_status, cells=cells)


def status_summary_clear() -> None:
    """Forget the counts: the next dashboard counts again."""
    StatusCount.objects.all().delete()


def counts_changed(sender: Any, **kwargs: Any) -> None:
    """Clear the counts now, and again once the change is committed: a dashboard may have
    counted, in between, without it."""
    status_summary_clear()
    transaction.on_commit(status_summary_clear)


def initiative_saved(sender: Any, instance: Initiative, created: bool, **kwargs: Any) -> None:
    if created or instance.status != getattr(instance, "counted_status", None):
        counts_changed(sender)
    instance.counted_status = instance.status
