"""The deliverables page as CSV: the same FilterSet, one row per follow-up action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from django.http import HttpRequest, StreamingHttpResponse

from initiatives.csvexport import CSV_CHUNK, csv_response
from timeline.filters import DeliverableFilter
from timeline.models import FollowUpAction

DELIVERABLE_COLUMNS = (
    "action",
    "initiative",
    "initiative_url",
    "owner",
    "due_text",
    "due_earliest",
    "due_latest",
    "window",
    "status",
    "completed_on",
    "days_overdue",
    "source_document",
    "source_url",
    "quote",
)


def due_window(action: FollowUpAction, today: dt.date) -> str:
    """Where a live promise stands against its dates, in the deliverables filter's words;
    "" for an action that is no longer open (its status says the rest)."""
    if not action.is_pending:
        return ""
    if action.is_overdue(today):
        return "overdue"
    if action.is_due_soon(today):
        return "due soon"
    if not action.has_firm_date:
        return "no firm date"
    return "later"


def deliverables_export(request: HttpRequest) -> StreamingHttpResponse:
    """The filtered deliverables, streamed: one query however many rows."""
    queryset = FollowUpAction.objects.select_related(
        "initiative", "owner", "evidence__document"
    ).only(
        *(f.name for f in FollowUpAction._meta.concrete_fields),
        "initiative__title",
        "initiative__slug",
        "owner__name",
        "evidence__quote",
        "evidence__document__source_url",
    )
    filterset = DeliverableFilter(data=request.GET, queryset=queryset, request=request)
    today = filterset.today
    base = request.build_absolute_uri("/")[:-1]

    def rows() -> Iterator[tuple[Any, ...]]:
        for a in filterset.qs.iterator(chunk_size=CSV_CHUNK):
            document = a.evidence.document if a.evidence else None
            yield (
                a.description,
                a.initiative.title,
                base + a.initiative.get_absolute_url(),
                a.owner.name if a.owner else "",
                a.due_text,
                a.due_earliest,
                a.due_latest,
                due_window(a, today),
                a.get_status_display(),
                a.completed_on,
                a.days_overdue(today) or None,
                base + document.get_absolute_url() if document else "",
                document.source_url if document else "",
                a.evidence.quote if a.evidence else "",
            )

    return csv_response("deliverables.csv", DELIVERABLE_COLUMNS, rows())
