"""Merge an initiative's milestones and follow-up actions into one dated timeline.

Plain Python over the models it is given: whether an action is overdue or due soon is
the model's rule (`FollowUpAction.is_overdue`, `.is_due_soon`), and ``today`` is an
argument, so it never reads a clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from timeline.models import DUE_SOON_DAYS


class State:
    DONE = "done"
    PARTLY_DONE = "partly-done"
    STALLED = "stalled"
    DROPPED = "dropped"
    IN_PROGRESS = "in-progress"
    OVERDUE = "overdue"
    DUE_SOON = "due-soon"
    OPEN = "open"
    PAST = "past"
    UPCOMING = "upcoming"


STATE_LABELS = {
    State.DONE: "Done",
    State.PARTLY_DONE: "Partly done",
    State.STALLED: "Stalled",
    State.DROPPED: "Dropped",
    State.IN_PROGRESS: "In progress",
    State.OVERDUE: "Overdue",
    State.DUE_SOON: "Due soon",
    State.OPEN: "Open",
    State.PAST: "Past",
    State.UPCOMING: "Upcoming",
}


@dataclass(frozen=True)
class Entry:
    kind: str  # "milestone" or "action"
    title: str
    start: dt.date | None
    end: dt.date | None
    when: str
    state: str
    source: Any = None
    detail: str = ""
    # The change event that reported the action's state, when a document reported it.
    report: Any = None

    @property
    def is_window(self) -> bool:
        return self.start is not None and self.end is not None and self.start != self.end

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def sort_date(self) -> dt.date | None:
        return self.start or self.end

    def spans(self, day: dt.date) -> bool:
        return self.is_window and self.start <= day <= self.end  # type: ignore[operator]

    def runs_across(self, day: dt.date) -> bool:
        """A window begun before ``day`` and not yet over: it is drawn across that day."""
        return self.spans(day) and self.start != day


@dataclass
class Timeline:
    today: dt.date
    past: list[Entry] = field(default_factory=list)
    # Windows begun before today and not yet over, drawn across the "Today" line.
    current: list[Entry] = field(default_factory=list)
    future: list[Entry] = field(default_factory=list)
    undated: list[Entry] = field(default_factory=list)
    due_soon_days: int = DUE_SOON_DAYS

    @property
    def counts(self) -> dict[str, int]:
        result: dict[str, int] = {}
        for entry in [*self.past, *self.current, *self.future, *self.undated]:
            result[entry.state] = result.get(entry.state, 0) + 1
        return result

    @property
    def overdue_count(self) -> int:
        return self.counts.get(State.OVERDUE, 0)

    @property
    def due_soon_count(self) -> int:
        return self.counts.get(State.DUE_SOON, 0)

    @property
    def done_count(self) -> int:
        return self.counts.get(State.DONE, 0)


def milestone_entry(milestone: Any, *, today: dt.date) -> Entry:
    start = milestone.date or milestone.window_start
    end = milestone.date or milestone.window_end
    last = end or start
    state = State.PAST if last is not None and last < today else State.UPCOMING
    return Entry(
        kind="milestone",
        title=milestone.title,
        start=start,
        end=end,
        when=milestone.date_display,
        state=state,
        source=milestone,
    )


# A state a document reported wins over what the dates say, except that an action in
# progress past its window is overdue all the same.
REPORTED_STATES = {
    "done": State.DONE,
    "partly_done": State.PARTLY_DONE,
    "stalled": State.STALLED,
    "dropped": State.DROPPED,
}


def action_state(action: Any, *, today: dt.date) -> str:
    if action.status in REPORTED_STATES:
        return REPORTED_STATES[action.status]
    if action.is_overdue(today):
        return State.OVERDUE
    if action.is_due_soon(today):
        return State.DUE_SOON
    if action.status == "in_progress":
        return State.IN_PROGRESS
    return State.OPEN


def action_entry(action: Any, *, today: dt.date, report: Any = None) -> Entry:
    start = action.due_earliest or action.due_latest
    end = action.due_latest or action.due_earliest
    return Entry(
        kind="action",
        title=action.description,
        start=start,
        end=end,
        when=action.due_display,
        state=action_state(action, today=today),
        source=action,
        detail=action.due_text,
        report=report,
    )


def build_timeline(
    *,
    milestones: Iterable[Any],
    actions: Iterable[Any],
    today: dt.date,
    reports: dict[int, Any] | None = None,
) -> Timeline:
    """Entries in date order, split at today. An entry is "past" when it ends before today,
    "current" when it is a window that began before today and is still running (drawn
    across the marker), and "future" when it starts today or later.
    ``reports`` maps an action's id to the event that reported its current state."""
    reports = reports or {}
    entries = [milestone_entry(m, today=today) for m in milestones]
    entries += [action_entry(a, today=today, report=reports.get(a.pk)) for a in actions]
    timeline = Timeline(today=today)
    dated = sorted(
        (e for e in entries if e.sort_date is not None),
        key=lambda e: (e.sort_date, e.end or e.sort_date, e.kind, e.title),
    )
    for entry in dated:
        if entry.runs_across(today):
            timeline.current.append(entry)
        elif entry.sort_date < today:  # type: ignore[operator]
            timeline.past.append(entry)
        else:
            timeline.future.append(entry)
    timeline.undated = [e for e in entries if e.sort_date is None]
    return timeline
