"""The initiatives CSV writes its cells itself (only those a person typed go through
csv_cell): the text is exactly what writing every cell through csv_cell gives."""

from __future__ import annotations

import datetime as dt

import pytest
from django.http import QueryDict

from initiatives.csvexport import csv_pieces, in_one_transaction
from initiatives.exports import initiative_csv
from initiatives.models import CooperationArea, Initiative
from tests.factories import DocumentFactory, FollowUpActionFactory, InitiativeFactory, link_area

pytestmark = pytest.mark.django_db


def test_the_export_writes_what_every_cell_through_csv_cell_writes() -> None:
    hostile = InitiativeFactory(title="=HYPERLINK(1)", venue="@SUM(A1)", summary="-x")
    CooperationArea.objects.create(slug="evil", name="+Evil area", position=0)
    link_area(hostile, "evil")
    DocumentFactory(initiative=hostile, source_url="-http://evil.example")
    FollowUpActionFactory(
        initiative=hostile,
        status="done",
        due_latest=dt.date(2026, 1, 1),
        completed_on=dt.date(2026, 1, 21),
    )
    InitiativeFactory(title="Plain", venue="")
    export = initiative_csv(QueryDict(), base="http://docket.example", today=dt.date(2026, 6, 1))
    assert export.written
    written = "".join(csv_pieces(export.header, in_one_transaction(export.rows), written=True))
    every_cell = "".join(csv_pieces(export.header, in_one_transaction(export.rows)))
    assert written == every_cell
    row = next(line for line in written.splitlines() if "HYPERLINK" in line)
    assert row.startswith("'=HYPERLINK(1),http://docket.example/initiatives/")
    for cell in ("'@SUM(A1)", "'+Evil area", "'-http://evil.example"):
        assert f",{cell}," in row
    assert row.endswith(",20")  # the median delay, in days
    updated = Initiative.objects.get(pk=hostile.pk).updated_at
    assert updated.isoformat(timespec="seconds") in row


def test_any_of_keeps_the_rows_whose_value_is_in_the_list() -> None:
    rows = [InitiativeFactory() for _ in range(3)]
    wanted = [rows[0].pk, rows[2].pk]
    found = Initiative.objects.filter(pk__any_of=wanted).values_list("pk", flat=True)
    assert sorted(found) == wanted
    assert not Initiative.objects.filter(pk__any_of=[]).exists()
    linked = DocumentFactory(initiative=rows[1])
    from initiatives.models import Document

    assert list(Document.objects.filter(initiative_id__any_of=[rows[1].pk])) == [linked]
