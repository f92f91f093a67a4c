"""The pure timeline builder: order, today split, windows and badges."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from timeline.models import FollowUpAction
from timeline.timeline import State, action_state, build_timeline

TODAY = dt.date(2026, 11, 24)


def milestone(title: str, day: dt.date | None = None, start=None, end=None) -> SimpleNamespace:
    return SimpleNamespace(
        title=title, date=day, window_start=start, window_end=end, date_display=str(day)
    )


def action(
    description: str,
    earliest: dt.date | None,
    latest: dt.date | None,
    status: str = "open",
) -> FollowUpAction:
    # An unsaved model: the builder asks the model whether it is overdue or due soon.
    return FollowUpAction(
        description=description,
        due_earliest=earliest,
        due_latest=latest,
        status=status,
        due_text="in the coming months",
    )


def test_it_merges_milestones_and_actions_in_date_order_split_at_today() -> None:
    timeline = build_timeline(
        milestones=[
            milestone("Entry into force", dt.date(2027, 1, 1)),
            milestone("Decision", dt.date(2025, 11, 25)),
        ],
        actions=[action("Outline a plan", dt.date(2025, 11, 25), dt.date(2026, 5, 25))],
        today=TODAY,
    )
    assert [e.title for e in timeline.past] == ["Decision", "Outline a plan"]
    assert [e.title for e in timeline.future] == ["Entry into force"]


def test_it_draws_windows_still_running_across_today_not_among_past_entries() -> None:
    timeline = build_timeline(
        milestones=[],
        actions=[
            action("Ended yesterday", dt.date(2026, 1, 1), TODAY - dt.timedelta(days=1)),
            action("Ends today", dt.date(2026, 1, 1), TODAY),
            action("Running", dt.date(2026, 1, 1), dt.date(2027, 1, 1)),
            action("Starts today", TODAY, dt.date(2027, 1, 1)),
        ],
        today=TODAY,
    )
    assert [e.title for e in timeline.past] == ["Ended yesterday"]
    assert [e.title for e in timeline.current] == ["Ends today", "Running"]
    assert [e.title for e in timeline.future] == ["Starts today"]


def test_it_draws_a_due_window_as_a_window_not_a_point() -> None:
    timeline = build_timeline(
        milestones=[milestone("Vote", dt.date(2026, 1, 1))],
        actions=[action("Outline a plan", dt.date(2025, 11, 25), dt.date(2026, 5, 25))],
        today=TODAY,
    )
    by_title = {e.title: e for e in [*timeline.past, *timeline.current]}
    assert by_title["Outline a plan"].is_window
    assert (by_title["Outline a plan"].start, by_title["Outline a plan"].end) == (
        dt.date(2025, 11, 25),
        dt.date(2026, 5, 25),
    )
    assert not by_title["Vote"].is_window


def test_it_marks_overdue_due_soon_done_and_open_actions() -> None:
    soon = TODAY + dt.timedelta(days=10)
    later = TODAY + dt.timedelta(days=200)
    assert action_state(action("a", None, TODAY - dt.timedelta(days=1)), today=TODAY) == (
        State.OVERDUE
    )
    assert action_state(action("b", None, soon), today=TODAY) == State.DUE_SOON
    assert action_state(action("c", None, later), today=TODAY) == State.OPEN
    past_done = action("d", None, TODAY - dt.timedelta(days=5), status="done")
    assert action_state(past_done, today=TODAY) == State.DONE
    assert action_state(action("e", None, None, status="dropped"), today=TODAY) == (State.DROPPED)


def test_it_counts_overdue_actions_and_keeps_undated_ones_apart() -> None:
    overdue = [action(f"Outline {n}", dt.date(2025, 11, 25), dt.date(2026, 5, 25)) for n in "abc"]
    timeline = build_timeline(
        milestones=[milestone("Sometime")],
        actions=[*overdue, action("No date", None, None)],
        today=TODAY,
    )
    assert timeline.overdue_count == 3
    assert [e.title for e in timeline.undated] == ["Sometime", "No date"]


def test_the_same_action_is_not_overdue_the_day_before_its_deadline() -> None:
    item = action("Outline", dt.date(2025, 11, 25), dt.date(2026, 5, 25))
    assert action_state(item, today=dt.date(2026, 5, 25)) == State.DUE_SOON
    assert action_state(item, today=dt.date(2026, 5, 26)) == State.OVERDUE
