"""`row_insert` stores what `save()` stores, in one query."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.forms.models import model_to_dict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from initiatives.models import Document, ImportRun
from initiatives.rows import row_insert

pytestmark = pytest.mark.django_db


def document(sha256: str) -> Document:
    return Document(
        title="Ministers agree a drone partnership",
        text="Ministers agreed a drone partnership on Tuesday.",
        sha256=sha256,
        format="md",
        source_path="press/drones.md",
        published_on=dt.date(2026, 3, 4),
        set_aside=[{"reason": "byline", "start": 0, "end": 9}],
        warnings=["No date line."],
    )


def test_a_document_inserted_as_a_row_reads_back_as_one_saved() -> None:
    saved = document("a" * 64)
    saved.save()
    with CaptureQueriesContext(connection) as queries:
        inserted = row_insert(document("b" * 64))

    assert len(queries) == 1
    assert inserted.pk is not None and inserted.pk != saved.pk
    assert not inserted._state.adding
    fresh = Document.objects.get(pk=inserted.pk)
    assert fresh.imported_at is not None
    expected = model_to_dict(Document.objects.get(pk=saved.pk), exclude=["id"])
    assert model_to_dict(fresh, exclude=["id"]) == {**expected, "sha256": "b" * 64}


def test_a_run_record_keeps_its_json_and_days() -> None:
    finished = timezone.now()
    run = row_insert(
        ImportRun(
            path="press/drones.md",
            outcome="created",
            counts={"followupaction": 2},
            warnings=["No date line."],
            finished_at=finished,
        )
    )

    stored = ImportRun.objects.get(pk=run.pk)
    assert stored.counts == {"followupaction": 2}
    assert stored.warnings == ["No date line."]
    assert stored.trigger == ImportRun.Trigger.COMMAND  # the field's default
    assert stored.finished_at == finished
    assert stored.started_at is not None


def test_it_refuses_a_row_that_exists() -> None:
    saved = document("c" * 64)
    saved.save()
    with pytest.raises(ValueError, match="stored already"):
        row_insert(saved)
