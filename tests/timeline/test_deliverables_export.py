"""The deliverables page as CSV: the same filters, ISO dates, owner, window, status, days
overdue and the source document, with formulas neutralised."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from initiatives.models import Status
from tests.factories import (
    ActorFactory,
    DocumentFactory,
    FollowUpActionFactory,
    InitiativeFactory,
    link_area,
    make_evidence,
)
from timeline.models import ActionStatus

pytestmark = pytest.mark.django_db

TODAY = dt.datetime(2026, 11, 25, 9, tzinfo=dt.UTC)


def csv_rows(client: Client, query: str = "") -> list[dict[str, str]]:
    response = client.get(f"/deliverables/export.csv?{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="deliverables.csv"' in response["Content-Disposition"]
    assert response.streaming
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


@pytest.fixture
def actions() -> dict[str, object]:
    commission = ActorFactory(name="European Commission")
    initiative = InitiativeFactory(title="Joint ammunition procurement", status=Status.ADOPTED)
    link_area(initiative, "investment")
    document = DocumentFactory(
        initiative=initiative,
        source_url="https://example.org/press/ammunition",
        text="The Commission will report on stockpiles by 1 November 2026.",
    )
    overdue = FollowUpActionFactory(
        initiative=initiative,
        owner=commission,
        description="Report on stockpiles",
        due_text="by 1 November 2026",
        due_earliest=None,
        due_latest=dt.date(2026, 11, 1),
        evidence=make_evidence(document, "report on stockpiles by 1 November 2026"),
    )
    soon = FollowUpActionFactory(
        initiative=initiative,
        owner=None,
        description='=HYPERLINK("http://evil")',
        due_earliest=dt.date(2026, 12, 1),
        due_latest=dt.date(2026, 12, 10),
    )
    done = FollowUpActionFactory(
        initiative=InitiativeFactory(title="Drone coalition"),
        owner=commission,
        description="Deliver the first drones",
        due_latest=dt.date(2026, 10, 1),
        status=ActionStatus.DONE,
        completed_on=dt.date(2026, 9, 30),
    )
    vague = FollowUpActionFactory(
        initiative=initiative, description="Study the market", due_earliest=None, due_latest=None
    )
    return {"overdue": overdue, "soon": soon, "done": done, "vague": vague}


@time_machine.travel(TODAY, tick=False)
def test_it_exports_each_deliverable_with_iso_dates_window_and_source(
    client: Client, actions: dict[str, object]
) -> None:
    rows = {r["action"]: r for r in csv_rows(client)}
    assert len(rows) == 4
    overdue = rows["Report on stockpiles"]
    assert overdue["initiative"] == "Joint ammunition procurement"
    assert (
        overdue["initiative_url"]
        == "http://testserver" + actions["overdue"].initiative.get_absolute_url()
    )
    assert overdue["owner"] == "European Commission"
    assert overdue["due_latest"] == "2026-11-01"
    assert overdue["due_earliest"] == ""
    assert overdue["window"] == "overdue"
    assert overdue["status"] == "Open"
    assert overdue["days_overdue"] == "24"
    document = actions["overdue"].evidence.document
    assert overdue["source_document"] == f"http://testserver/documents/{document.pk}/"
    assert overdue["source_url"] == "https://example.org/press/ammunition"
    assert overdue["quote"].lower() == "report on stockpiles by 1 november 2026"

    done = rows["Deliver the first drones"]
    assert (done["status"], done["completed_on"], done["window"], done["days_overdue"]) == (
        "Done",
        "2026-09-30",
        "",
        "",
    )
    assert rows["Study the market"]["window"] == "no firm date"
    soon = rows['\'=HYPERLINK("http://evil")']  # neutralised, as in the initiatives CSV
    assert (soon["window"], soon["owner"], soon["due_earliest"]) == ("due soon", "", "2026-12-01")
    assert soon["source_document"] == ""


@time_machine.travel(TODAY, tick=False)
def test_it_exports_exactly_what_the_deliverables_page_filters(
    client: Client, actions: dict[str, object]
) -> None:
    assert [r["action"] for r in csv_rows(client, "window=overdue")] == ["Report on stockpiles"]
    owned = csv_rows(client, "owner=european-commission")
    assert {r["action"] for r in owned} == {"Report on stockpiles", "Deliver the first drones"}
    assert [r["action"] for r in csv_rows(client, "status=done")] == ["Deliver the first drones"]
    assert len(csv_rows(client, "area=investment")) == 3
    page = client.get("/deliverables/?window=overdue").content.decode()
    assert 'href="/deliverables/export.csv?window=overdue"' in page


@time_machine.travel(TODAY, tick=False)
def test_the_export_runs_the_same_queries_however_many_rows(
    client: Client, actions: dict[str, object]
) -> None:
    with CaptureQueriesContext(connection) as few:
        assert len(csv_rows(client)) == 4
    FollowUpActionFactory.create_batch(30, owner=ActorFactory(name="EU agencies"))
    with CaptureQueriesContext(connection) as many:
        assert len(csv_rows(client)) == 34
    # The owner and area choices that validate the filters, a count capped at the streaming
    # limit, then the rows in one query (inside a transaction: its savepoint aside).
    assert len(selects(many)) == len(selects(few)) == 4


def selects(captured: CaptureQueriesContext) -> list[str]:
    # On PostgreSQL the rows come through a named cursor: DECLARE … FOR SELECT.
    statements = [q["sql"] for q in captured.captured_queries]
    return [sql for sql in statements if sql.startswith(("SELECT", "DECLARE"))]
