"""The deliverables page as CSV: the same FilterSet, one row per follow-up action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from django.http import QueryDict

from initiatives.csvexport import CsvExport, chunks_read, url_maker
from timeline.filters import DeliverableFilter
from timeline.models import (
    DUE_SOON_DAYS,
    OPEN_STATUSES,
    ActionStatus,
    FollowUpAction,
    date_due_within,
    date_overdue,
    days_overdue,
)

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
VALUES = (
    "description",
    "initiative__title",
    "initiative__slug",
    "owner__name",
    "due_text",
    "due_earliest",
    "due_latest",
    "status",
    "completed_on",
    "evidence__document_id",
    "evidence__document__source_url",
    "evidence__quote",
)


def due_window(status: str, due_latest: dt.date | None, today: dt.date) -> str:
    """Where a live promise stands against its dates, in the deliverables filter's words;
    "" for an action that is no longer open (its status says the rest). The rules are the
    model's (`FollowUpAction.is_overdue`, `is_due_soon`), read from value rows."""
    if status not in OPEN_STATUSES:
        return ""
    if date_overdue(due_latest, today):
        return "overdue"
    if date_due_within(due_latest, today, DUE_SOON_DAYS):
        return "due soon"
    if due_latest is None:
        return "no firm date"
    return "later"


def deliverables_csv(data: QueryDict, *, base: str, today: dt.date | None = None) -> CsvExport:
    """The deliverables the page's filters ``data`` select: one query however many rows,
    value rows rather than four model instances a row."""
    filterset = DeliverableFilter(data=data, queryset=FollowUpAction.objects.all(), today=today)
    queryset = filterset.qs
    today = filterset.today
    initiative_url = url_maker(base, "initiatives:detail")
    document_url = url_maker(base, "initiatives:document")
    statuses = dict(ActionStatus.choices)

    def rows() -> Iterator[tuple[Any, ...]]:
        # On PostgreSQL the next chunk is fetched while this one is written (chunks_read).
        for chunk, _ in chunks_read(queryset.values_list(*VALUES), []):
            yield from chunk_rows(chunk)

    def chunk_rows(chunk: list[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        for (
            description,
            title,
            slug,
            owner,
            due_text,
            earliest,
            latest,
            status,
            completed_on,
            document_id,
            source_url,
            quote,
        ) in chunk:
            late = days_overdue(latest, today) if status in OPEN_STATUSES else 0
            yield (
                description,
                title,
                initiative_url(slug),
                owner or "",
                due_text,
                earliest,
                latest,
                due_window(status, latest, today),
                statuses.get(status, status),
                completed_on,
                late or None,
                document_url(document_id) if document_id else "",
                source_url or "",
                quote or "",
            )

    return CsvExport("deliverables.csv", DELIVERABLE_COLUMNS, queryset, rows)
