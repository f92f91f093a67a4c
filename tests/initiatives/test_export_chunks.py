"""The initiatives CSV reads each chunk's areas, first documents and delivery records with
statements compiled once: every row, over several chunks, says what the initiative's own
records say, byte for byte."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io

import pytest
from django.http import QueryDict

from initiatives import exports
from initiatives.csvexport import csv_cell, csv_pieces, in_one_transaction
from initiatives.models import CooperationArea, Document, Initiative, iso_partial_date
from initiatives.statements import IdsStatement
from tests.factories import DocumentFactory, FollowUpActionFactory, InitiativeFactory, link_area
from timeline.models import FollowUpAction

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 6, 1)
BASE = "http://docket.example"


def expected_csv(export: exports.CsvExport) -> str:
    """The export as the initiative's own records give it, one initiative at a time."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(export.header)
    for initiative in export.queryset:
        areas = "; ".join(
            link.area.name for link in initiative.area_links.order_by("area__position")
        )
        first = initiative.documents.order_by("imported_at", "pk").first()
        record = FollowUpAction.objects.filter(initiative=initiative).delivery_record(today=TODAY)
        median = record.median_delay_days
        writer.writerow(
            [
                csv_cell(initiative.title),
                f"{BASE}/initiatives/{initiative.slug}/",
                initiative.get_status_display(),
                iso_partial_date(initiative.decided_on, initiative.decided_on_precision),
                csv_cell(initiative.venue),
                "yes" if initiative.verified else "no",
                csv_cell(areas),
                f"{BASE}/documents/{first.pk}/" if first else "",
                csv_cell(first.source_url if first else ""),
                initiative.updated_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
                record.promised,
                *record.counts,
                "" if median is None else f"{median:g}",
            ]
        )
    return out.getvalue()


def test_every_chunk_of_the_export_says_what_each_initiatives_records_say(monkeypatch) -> None:
    monkeypatch.setattr(exports, "chunks_read", functools.partial(exports.chunks_read, size=3))
    CooperationArea.objects.create(slug="second", name="Second area", position=90)
    CooperationArea.objects.create(slug="first", name="=First area", position=1)
    for n in range(8):
        initiative = InitiativeFactory(
            title=f"Initiative {n}", venue="@Brussels" if n == 2 else "Luxembourg"
        )
        if n % 3:
            link_area(initiative, "second")
            link_area(initiative, "first")
        if n % 4:
            DocumentFactory(initiative=initiative, source_url=f"https://example.org/{n}/new")
            older = DocumentFactory(initiative=initiative, source_url=f"-https://old/{n}")
            Document.objects.filter(pk=older.pk).update(
                imported_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
            )
        for k in range(n % 5):
            FollowUpActionFactory(
                initiative=initiative,
                status="done" if k % 2 == 0 else "open",
                due_latest=dt.date(2026, 1, 1) + dt.timedelta(days=40 * k),
                completed_on=dt.date(2026, 1, 10 + 7 * k) if k % 2 == 0 else None,
            )
    export = exports.initiative_csv(QueryDict(), base=BASE, today=TODAY)
    written = "".join(csv_pieces(export.header, in_one_transaction(export.rows), written=True))
    assert written.count("\n") == 9
    assert "'=First area; Second area" in written and "'-https://old/1" in written
    assert written == expected_csv(export)


def test_a_statement_compiled_once_reads_what_its_queryset_reads_for_any_ids() -> None:
    initiatives = [InitiativeFactory() for _ in range(4)]
    for initiative in initiatives:
        DocumentFactory(initiative=initiative)

    def documents(ids: list[int]):
        return Document.objects.filter(initiative_id__any_of=ids).values_list(
            "initiative_id", "source_url"
        )

    statement = IdsStatement(documents)
    for ids in ([], [initiatives[1].pk], [i.pk for i in initiatives] + [10**9]):
        names, rows = statement.rows(ids)
        assert names == ["initiative_id", "source_url"]
        assert sorted(rows) == sorted(documents(ids))
    assert len(statement.rows([initiatives[0].pk, initiatives[3].pk])[1]) == 2
    assert Initiative.objects.count() == 4
