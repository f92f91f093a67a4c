"""The detail page lists its sources by date, each with what it changed, and each
timeline entry links the document it came from; in a constant number of queries."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.test import Client

from tests.factories import (
    DocumentFactory,
    FollowUpActionFactory,
    InitiativeFactory,
    make_evidence,
)
from timeline.models import ActionStatus, EventKind, EventVia
from timeline.services import action_mark_done, action_set_status, event_record

pytestmark = pytest.mark.django_db
NOW = "2026-11-24 09:00:00+00:00"
RECORD_QUERIES = 1 if connection.vendor == "postgresql" else 2


def make_tracked(n_reports: int = 1):
    initiative = InitiativeFactory(title="Co-production with Ukraine", slug="co-production")
    announcement = DocumentFactory(
        title="Council backs co-production",
        initiative=initiative,
        published_on=dt.date(2025, 11, 25),
    )
    event_record(
        initiative=initiative,
        kind=EventKind.INITIATIVE_CREATED,
        summary="New initiative",
        via=EventVia.IMPORT,
        document=announcement,
    )
    quote = make_evidence(announcement, "adopted the regulation")
    guidelines = FollowUpActionFactory(
        initiative=initiative, description="Outline co-production guidelines", evidence=quote
    )
    for n in range(n_reports):
        report = DocumentFactory(
            title=f"Agencies publish the guidelines {n}",
            initiative=initiative,
            published_on=dt.date(2026, 3, 3 + n),
        )
        action = FollowUpActionFactory(initiative=initiative, evidence=quote)
        action_set_status(
            action=action, status=ActionStatus.STALLED, via=EventVia.IMPORT, document=report
        )
    action_mark_done(
        action=guidelines, completed_on=dt.date(2026, 3, 3), via=EventVia.IMPORT, document=report
    )
    event_record(
        initiative=initiative,
        kind=EventKind.STATUS_CHANGED,
        summary="Status changed",
        via=EventVia.IMPORT,
        document=report,
    )
    DocumentFactory(title="An undated note", initiative=initiative)  # imported today
    return initiative


def test_it_lists_the_sources_by_date_with_what_each_changed(client: Client) -> None:
    with time_machine.travel(NOW, tick=False):
        make_tracked()
        page = client.get("/initiatives/co-production/").content.decode()
    sources = page[page.index('id="documents"') :]
    titles = ["Council backs co-production", "Agencies publish the guidelines 0", "An undated note"]
    positions = [sources.index(t) for t in titles]
    assert positions == sorted(positions)
    assert "Created the initiative." in sources
    assert "Marked 1 action done, reported 1 action stalled, changed the status." in sources
    assert "imported 24 Nov 2026" in sources
    assert "Added as a source; changed nothing." in sources


def test_each_timeline_entry_links_the_document_it_came_from(client: Client) -> None:
    with time_machine.travel(NOW, tick=False):
        initiative = make_tracked()
        page = client.get(initiative.get_absolute_url()).content.decode()
    timeline = page[page.index('id="timeline-heading"') : page.index('id="documents"')]
    announcement = initiative.documents.get(title="Council backs co-production")
    assert f'From <a href="/documents/{announcement.pk}/">Council backs co-production</a>' in (
        timeline
    )
    assert "Done, according to <a href=" in timeline
    assert "Stalled, according to <a href=" in timeline


@pytest.mark.parametrize("reports", [1, 8])
def test_the_page_runs_the_same_queries_whatever_the_sources(
    client: Client, django_assert_num_queries, reports: int
) -> None:
    with time_machine.travel(NOW, tick=False):
        initiative = make_tracked(reports)
        # session-less visitor: initiative, 4 prefetches, milestones, actions, the
        # sources' events, the pending proposals, the record
        with django_assert_num_queries(9 + RECORD_QUERIES):
            response = client.get(initiative.get_absolute_url())
    assert response.status_code == 200
