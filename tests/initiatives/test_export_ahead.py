"""The initiatives CSV sends each chunk's statements ahead on PostgreSQL (pipeline mode):
the same bytes as chunk by chunk, and a client that leaves half-way leaves the connection
as it found it."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from initiatives import csvexport, exports
from initiatives.csvexport import csv_pieces, in_one_transaction
from initiatives.models import CooperationArea, Document, Initiative
from tests.factories import DocumentFactory, FollowUpActionFactory, InitiativeFactory, link_area
from timeline import exports as timeline_exports
from timeline.models import FollowUpAction

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 6, 1)
BASE = "http://docket.example"
CHUNK = 3


@pytest.fixture
def initiatives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exports, "chunks_read", functools.partial(exports.chunks_read, size=CHUNK))
    CooperationArea.objects.create(slug="second", name="Second area", position=90)
    CooperationArea.objects.create(slug="first", name="First area", position=1)
    for n in range(8):
        initiative = InitiativeFactory(title=f"Initiative {n}")
        if n % 3:
            link_area(initiative, "second")
            link_area(initiative, "first")
        if n % 4:
            DocumentFactory(initiative=initiative, source_url=f"https://example.org/{n}/new")
            older = DocumentFactory(initiative=initiative, source_url=f"https://old/{n}")
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


def written(query: str = "") -> str:
    export = exports.initiative_csv(QueryDict(query), base=BASE, today=TODAY)
    return "".join(csv_pieces(export.header, in_one_transaction(export.rows), written=True))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pipeline mode is PostgreSQL's")
@pytest.mark.parametrize("query", ["", "status=adopted", "q=Initiative+3"])
def test_statements_sent_ahead_write_what_chunk_by_chunk_writes(
    initiatives: None, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    with CaptureQueriesContext(connection) as ahead:
        sent_ahead = written(query)
    assert any(q["sql"].startswith("DECLARE docket_chunks_") for q in ahead.captured_queries)
    monkeypatch.setattr(csvexport, "_pipelined", lambda db, reads: False)
    chunk_by_chunk = written(query)
    assert sent_ahead == chunk_by_chunk
    assert (
        sent_ahead.count("\n")
        == 1
        + Initiative.objects.filter(
            pk__in=exports.initiative_csv(QueryDict(query), base=BASE, today=TODAY).queryset
        ).count()
    )


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pipeline mode is PostgreSQL's")
@pytest.mark.parametrize("query", ["", "window=overdue", "status=done"])
def test_the_deliverables_fetched_ahead_are_what_chunk_by_chunk_writes(
    initiatives: None, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    size = functools.partial(timeline_exports.chunks_read, size=CHUNK)
    monkeypatch.setattr(timeline_exports, "chunks_read", size)

    def deliverables() -> str:
        export = timeline_exports.deliverables_csv(QueryDict(query), base=BASE, today=TODAY)
        return "".join(csv_pieces(export.header, in_one_transaction(export.rows)))

    sent_ahead = deliverables()
    monkeypatch.setattr(csvexport, "_pipelined", lambda db, reads: False)
    assert sent_ahead == deliverables()
    if not query:
        assert sent_ahead.count("\n") == 1 + FollowUpAction.objects.count() > 1 + CHUNK


def test_every_row_is_written_once_over_several_chunks(initiatives: None) -> None:
    lines = written().splitlines()[1:]
    assert len(lines) == 8
    assert sorted(line.split(",")[0] for line in lines) == [f"Initiative {n}" for n in range(8)]
    assert sum("First area; Second area" in line for line in lines) == 5


def test_a_client_leaving_half_way_leaves_the_connection_usable(initiatives: None) -> None:
    export = exports.initiative_csv(QueryDict(), base=BASE, today=TODAY)
    rows = in_one_transaction(export.rows)
    first = [next(rows) for _ in range(CHUNK + 1)]  # into the second chunk
    rows.close()
    assert len(first) == CHUNK + 1
    assert Initiative.objects.count() == 8
    assert written().count("\n") == 9
