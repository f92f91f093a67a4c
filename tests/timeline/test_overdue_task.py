"""The daily task records actions that went overdue, once each."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import FollowUpActionFactory
from timeline.models import ChangeEvent, EventKind
from timeline.tasks import mark_overdue_actions

pytestmark = pytest.mark.django_db


def test_it_records_each_overdue_action_once() -> None:
    late = FollowUpActionFactory(description="Report", due_latest=dt.date(2026, 11, 20))
    FollowUpActionFactory(description="Later", due_latest=dt.date(2026, 12, 20))
    FollowUpActionFactory(description="Vague", due_earliest=None, due_latest=None)
    assert mark_overdue_actions.delay("2026-11-24").get() == 1
    assert mark_overdue_actions.delay("2026-11-25").get() == 0
    [event] = ChangeEvent.objects.filter(kind=EventKind.ACTION_OVERDUE)
    assert event.action == late
    assert event.summary == "Overdue since 20 November 2026: Report"
    assert event.via == "periodic"


def test_a_moved_deadline_that_passes_again_is_recorded_again() -> None:
    action = FollowUpActionFactory(description="Report", due_latest=dt.date(2026, 11, 20))
    assert mark_overdue_actions.delay("2026-11-24").get() == 1
    action.due_latest = dt.date(2026, 12, 15)
    action.save()
    assert mark_overdue_actions.delay("2026-12-01").get() == 0
    assert mark_overdue_actions.delay("2026-12-20").get() == 1
    assert mark_overdue_actions.delay("2026-12-21").get() == 0
    events = ChangeEvent.objects.filter(kind=EventKind.ACTION_OVERDUE).order_by("occurred_at", "pk")
    assert [e.new_value for e in events] == ["2026-11-20", "2026-12-15"]
