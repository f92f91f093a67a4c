"""The initiative list as CSV: the list's FilterSet, one row per initiative, with its areas,
its first source document and its promise against delivery."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from django.http import QueryDict

from initiatives.csvexport import (
    CsvExport,
    IsoSeconds,
    chunks_read,
    csv_cell,
    url_maker,
)
from initiatives.filters import InitiativeFilter
from initiatives.models import Document, Initiative, InitiativeArea, Status, iso_partial_date
from initiatives.statements import IdsStatement, StatementRead
from timeline.delivery import EMPTY_ROW, SEGMENTS, delivery_rows_reader

CSV_COLUMNS = (
    "title",
    "url",
    "status",
    "decided_on",
    "venue",
    "verified",
    "areas",
    "source_document",
    "source_url",
    "updated_at",
)
# Promise against delivery, per initiative: the counts, then the median delay.
CSV_DELIVERY_COLUMNS = (
    "actions_promised",
    *(f"actions_{key}" for key, _, _ in SEGMENTS),
    "median_delay_days",
)
EXPORT_FIELDS = (
    "pk",
    "title",
    "slug",
    "status",
    "decided_on",
    "decided_on_precision",
    "venue",
    "verified",
    "updated",
)


def initiative_csv(data: QueryDict, *, base: str, today: dt.date | None = None) -> CsvExport:
    """The initiatives the list's filters ``data`` select. Value rows, not model instances,
    and what each row adds (areas, first document, delivery record) read for a chunk of
    rows at a time: three grouped queries per 2,000 rows, which on PostgreSQL the server
    runs while the chunk before is written."""
    filterset = InitiativeFilter(
        data=data, queryset=Initiative.objects.defer("search_vector"), today=today
    )
    queryset = filterset.qs
    detail_url = url_maker(base, "initiatives:detail")
    document_url = url_maker(base, "initiatives:document")
    statuses = dict(Status.choices)
    today = filterset.today

    # Each chunk's areas, first documents and delivery records: statements compiled once,
    # and on PostgreSQL sent a chunk ahead (chunks_read).
    area_names = StatementRead(
        IdsStatement(
            lambda ids: (
                InitiativeArea.objects.filter(initiative_id__any_of=ids)
                .order_by("area__position")
                .values_list("initiative_id", "area__name")
            )
        ),
        _areas_by_initiative,
    )
    documents = StatementRead(
        IdsStatement(
            lambda ids: (
                Document.objects.filter(initiative_id__any_of=ids)
                .order_by("-imported_at", "-pk")
                .values_list("initiative_id", "pk", "source_url")
            )
        ),
        _first_documents,
    )
    delivery = delivery_rows_reader(by="initiative", today=today)

    def rows() -> Iterator[tuple[Any, ...]]:
        values = queryset.annotate(updated=IsoSeconds("updated_at")).values_list(*EXPORT_FIELDS)
        for chunk, reads in chunks_read(values, [area_names, documents, delivery]):
            yield from chunk_rows(chunk, *reads)

    def chunk_rows(
        chunk: list[tuple],
        areas: dict[int, list[str]],
        first_documents: dict[int, tuple[int, str]],
        records: dict[int | None, tuple[Any, ...]],
    ) -> Iterator[tuple[Any, ...]]:
        for pk, title, slug, status, decided, precision, venue, verified, updated in chunk:
            *counts, median = records.get(pk, EMPTY_ROW)
            document_id, source_url = first_documents.get(pk, (None, ""))
            # Written here (csv_pieces, ``written``): csv_cell for the text people typed,
            # and the median (which may be negative); the rest is labels, URLs, ISO dates
            # and date-times (written by the database) and counts.
            yield (
                csv_cell(title),
                detail_url(slug),
                statuses.get(status, status),
                iso_partial_date(decided, precision),
                csv_cell(venue),
                "yes" if verified else "no",
                csv_cell("; ".join(areas.get(pk, ()))),
                document_url(document_id) if document_id else "",
                csv_cell(source_url),
                updated,
                *counts,
                "" if median is None else csv_cell(f"{median:g}"),
            )

    return CsvExport(
        "initiatives.csv", CSV_COLUMNS + CSV_DELIVERY_COLUMNS, queryset, rows, written=True
    )


def _areas_by_initiative(names: list[str], rows: list[tuple]) -> dict[int, list[str]]:
    """Area names by initiative, in the rows' order (the areas' position)."""
    areas: dict[int, list[str]] = {}
    for initiative_id, name in rows:
        areas.setdefault(initiative_id, []).append(name)
    return areas


def _first_documents(names: list[str], rows: list[tuple]) -> dict[int, tuple[int, str]]:
    """Each initiative's first document (id, source URL), from rows newest first."""
    first: dict[int, tuple[int, str]] = {}
    for initiative_id, document_id, source_url in rows:
        first[initiative_id] = (document_id, source_url)  # the oldest wins
    return first
