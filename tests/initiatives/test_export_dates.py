"""The initiatives CSV: ISO 8601 dates at their precision, and the source document."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from initiatives.models import DatePrecision
from tests.factories import DocumentFactory, InitiativeFactory
from tests.initiatives.test_views_list import csv_rows

pytestmark = pytest.mark.django_db


def test_decision_dates_are_iso_8601_at_their_precision(client: Client) -> None:
    InitiativeFactory(title="Day", decided_on=dt.date(2026, 11, 25))
    InitiativeFactory(
        title="Month", decided_on=dt.date(2026, 11, 1), decided_on_precision=DatePrecision.MONTH
    )
    InitiativeFactory(
        title="Year", decided_on=dt.date(2026, 1, 1), decided_on_precision=DatePrecision.YEAR
    )
    InitiativeFactory(title="Undated", decided_on=None, decided_on_precision="")
    rows = {r["title"]: r for r in csv_rows(client, "")}
    assert {t: r["decided_on"] for t, r in rows.items()} == {
        "Day": "2026-11-25",
        "Month": "2026-11",
        "Year": "2026",
        "Undated": "",
    }
    assert dt.datetime.fromisoformat(rows["Day"]["updated_at"]).tzinfo is not None


def test_each_row_links_the_document_the_initiative_was_read_from(client: Client) -> None:
    initiative = InitiativeFactory(title="Loan facility")
    first = DocumentFactory(initiative=initiative, source_url="https://example.org/announced")
    DocumentFactory(initiative=initiative, source_url="https://example.org/follow-up")
    InitiativeFactory(title="Curated by hand")
    rows = {r["title"]: r for r in csv_rows(client, "")}
    assert rows["Loan facility"]["source_document"] == f"http://testserver/documents/{first.pk}/"
    assert rows["Loan facility"]["source_url"] == "https://example.org/announced"
    assert rows["Curated by hand"]["source_document"] == rows["Curated by hand"]["source_url"] == ""
