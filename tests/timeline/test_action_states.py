"""Actions can be reported in progress, stalled, partly done, done or dropped, each change
with the document that reported it; the detail page says so in words and symbols."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse

from tests.factories import DocumentFactory, FollowUpActionFactory, make_evidence
from timeline.models import ActionStatus, ChangeEvent, EventKind, EventVia, FollowUpAction
from timeline.services import action_mark_done, action_set_status

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:timeline_followupaction_changelist"
TODAY = "2026-11-24 09:00:00+00:00"


def test_it_records_each_state_with_its_word_and_source_document() -> None:
    action = FollowUpActionFactory(description="Publish the guidelines")
    report = DocumentFactory(title="Progress report", initiative=action.initiative)
    quote = make_evidence(report, "adopted the regulation")
    action_set_status(
        action=action, status=ActionStatus.STALLED, via=EventVia.IMPORT, evidence=quote
    )
    action_set_status(
        action=action,
        status=ActionStatus.PARTLY_DONE,
        completed_on=dt.date(2026, 6, 1),
        via=EventVia.IMPORT,
        document=report,
    )
    events = ChangeEvent.objects.filter(action=action).order_by("pk")
    assert [(e.kind, e.summary, e.document) for e in events] == [
        (EventKind.ACTION_STALLED, "Stalled: Publish the guidelines", report),
        (EventKind.ACTION_PARTLY_DONE, "Partly done: Publish the guidelines", report),
    ]
    assert events[0].evidence == quote


def test_partly_done_needs_the_day_of_delivery() -> None:
    action = FollowUpActionFactory()
    with pytest.raises(ValidationError, match="delivered"):
        action_set_status(action=action, status=ActionStatus.PARTLY_DONE, via=EventVia.ADMIN)
    with pytest.raises(IntegrityError), transaction.atomic():
        FollowUpAction.objects.filter(pk=action.pk).update(status=ActionStatus.PARTLY_DONE)


def test_a_dropped_action_must_be_reopened_before_it_is_done() -> None:
    action = FollowUpActionFactory()
    action_set_status(action=action, status=ActionStatus.DROPPED, via=EventVia.ADMIN)
    with pytest.raises(ValidationError, match="dropped"):
        action_mark_done(action=action, completed_on=dt.date(2026, 1, 1), via=EventVia.ADMIN)
    action_set_status(action=action, status=ActionStatus.OPEN, via=EventVia.ADMIN)
    action_mark_done(action=action, completed_on=dt.date(2026, 1, 1), via=EventVia.ADMIN)
    assert list(
        ChangeEvent.objects.filter(action=action).order_by("pk").values_list("summary", flat=True)
    ) == [f"Dropped: {action}", f"Reopened: {action}", f"Done: {action}"]


def test_a_stalled_action_is_still_pending_and_counts_as_overdue() -> None:
    action = FollowUpActionFactory(due_latest=dt.date(2026, 5, 25))
    action_set_status(action=action, status=ActionStatus.STALLED, via=EventVia.ADMIN)
    today = dt.date(2026, 11, 24)
    assert list(FollowUpAction.objects.overdue(today=today)) == [action]
    assert list(FollowUpAction.objects.pending()) == [action]


def test_a_curator_marks_actions_stalled_without_a_date(client: Client, curator: User) -> None:
    action = FollowUpActionFactory()
    client.force_login(curator)
    asked = client.post(
        reverse(CHANGELIST), {"action": "mark_stalled", "_selected_action": [action.pk]}
    )
    assert "Completed on" not in asked.content.decode()
    assert "Source document" in asked.content.decode()
    report = DocumentFactory(title="Court of Auditors report")
    response = client.post(
        reverse(CHANGELIST),
        {
            "action": "mark_stalled",
            "apply": "1",
            "document": report.pk,
            "_selected_action": [action.pk],
        },
    )
    assert response.status_code == 302
    event = ChangeEvent.objects.get(action=action)
    assert (event.kind, event.document, event.user) == (EventKind.ACTION_STALLED, report, curator)


def test_a_curator_gives_the_day_an_action_was_partly_done(client: Client, curator: User) -> None:
    action = FollowUpActionFactory()
    client.force_login(curator)
    asked = client.post(
        reverse(CHANGELIST), {"action": "mark_partly_done", "_selected_action": [action.pk]}
    )
    assert "Completed on" in asked.content.decode()
    client.post(
        reverse(CHANGELIST),
        {
            "action": "mark_partly_done",
            "apply": "1",
            "completed_on": "2026-04-30",
            "_selected_action": [action.pk],
        },
    )
    action.refresh_from_db()
    assert (action.status, action.completed_on) == (ActionStatus.PARTLY_DONE, dt.date(2026, 4, 30))


def test_the_detail_page_names_each_state_and_the_document_that_reported_it(
    client: Client,
) -> None:
    stalled = FollowUpActionFactory(description="Open the joint procurement office")
    initiative = stalled.initiative
    dropped = FollowUpActionFactory(initiative=initiative, description="Set up a loan window")
    report = DocumentFactory(title="Mid-term <b>review</b>", initiative=initiative)
    action_set_status(
        action=stalled, status=ActionStatus.STALLED, via=EventVia.IMPORT, document=report
    )
    action_set_status(action=dropped, status=ActionStatus.DROPPED, via=EventVia.ADMIN)
    with time_machine.travel(TODAY, tick=False):
        page = client.get(initiative.get_absolute_url()).content.decode()
    assert '<span aria-hidden="true">‖ </span>Stalled' in page
    assert '<span aria-hidden="true">✕ </span>Dropped' in page
    assert 'Stalled, according to <a href="/documents/' in page
    assert "Mid-term &lt;b&gt;review&lt;/b&gt;" in page
    assert "Dropped, according to" not in page  # a curator said so, not a document
