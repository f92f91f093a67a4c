"""The due-window rule, at its boundaries: the QuerySet methods (for queries) and the
model's methods (for Python) give the same answer for every state, every day."""

from __future__ import annotations

import datetime as dt

import pytest

from notifications.reminders import reminder_kind
from tests.factories import FollowUpActionFactory
from timeline.models import DUE_SOON_DAYS, FollowUpAction
from timeline.timeline import State, action_state

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 12, 2)
DAY = dt.timedelta(days=1)
SOON = dt.timedelta(days=DUE_SOON_DAYS)


def _action(due_latest: dt.date | None, status: str = "open") -> FollowUpAction:
    completed = TODAY if status in ("done", "partly_done") else None
    return FollowUpActionFactory(
        due_earliest=None, due_latest=due_latest, status=status, completed_on=completed
    )


def _in(queryset, action: FollowUpAction) -> bool:
    return queryset.filter(pk=action.pk).exists()


@pytest.mark.parametrize(
    ("due", "status", "overdue"),
    [
        (TODAY - DAY, "open", True),
        (TODAY - DAY, "in_progress", True),
        (TODAY - DAY, "stalled", True),
        (TODAY, "open", False),  # due today is not late yet
        (TODAY - DAY, "done", False),
        (TODAY - DAY, "dropped", False),
        (None, "open", False),
    ],
)
def test_overdue_starts_the_day_after_the_latest_due_date(due, status, overdue) -> None:
    action = _action(due, status)
    assert _in(FollowUpAction.objects.overdue(today=TODAY), action) is overdue
    assert action.is_overdue(TODAY) is overdue
    if status != "stalled":  # a stalled action's badge says stalled, a kind of overdue
        assert (action_state(action, today=TODAY) == State.OVERDUE) is overdue


@pytest.mark.parametrize(
    ("due", "status", "soon"),
    [
        (TODAY, "open", True),
        (TODAY + SOON, "open", True),
        (TODAY + SOON + DAY, "open", False),
        (TODAY - DAY, "open", False),
        (TODAY + DAY, "done", False),
        (None, "open", False),
    ],
)
def test_due_soon_is_today_to_the_last_day_of_the_window(due, status, soon) -> None:
    action = _action(due, status)
    assert _in(FollowUpAction.objects.due_soon(today=TODAY), action) is soon
    assert action.is_due_soon(TODAY) is soon
    assert (action_state(action, today=TODAY) == State.DUE_SOON) is soon


@pytest.mark.parametrize(
    ("due", "status", "undated"),
    [(None, "open", True), (None, "done", True), (TODAY, "open", False)],
)
def test_no_firm_date_is_an_action_without_a_latest_due_date(due, status, undated) -> None:
    action = _action(due, status)
    assert _in(FollowUpAction.objects.without_firm_date(), action) is undated
    assert action.has_firm_date is not undated


@pytest.mark.parametrize(
    ("due", "status", "in_window"),
    [
        (TODAY, "open", True),
        (TODAY + SOON + DAY, "in_progress", True),
        (TODAY - DAY, "open", False),
        (None, "open", False),
        (TODAY, "dropped", False),
    ],
)
def test_open_within_its_window_is_pending_and_not_yet_late(due, status, in_window) -> None:
    action = _action(due, status)
    assert _in(FollowUpAction.objects.in_window(today=TODAY), action) is in_window
    assert action.is_in_window(TODAY) is in_window


def test_days_overdue_counts_from_the_day_after_the_deadline() -> None:
    assert _action(TODAY - 3 * DAY).days_overdue(TODAY) == 3
    assert _action(TODAY).days_overdue(TODAY) == 0
    assert _action(TODAY - 3 * DAY, "dropped").days_overdue(TODAY) == 0


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (TODAY + 14 * DAY, "reminder_due"),  # the first day of the lead time
        (TODAY + 15 * DAY, None),
        (TODAY, "reminder_due"),
        (TODAY - DAY, "reminder_overdue"),
    ],
)
def test_reminders_apply_the_same_rule(due, expected) -> None:
    assert reminder_kind(today=TODAY, due_latest=due, lead_days=14) == expected
