"""Merge an initiative's milestones and follow-up actions into one dated timeline.

Plain Python: it reads attributes of whatever it is given (model instances in the views,
simple objects in tests) and takes ``today`` as an argument, so it never reads a clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# An action is "due soon" when its latest due date is this close (as timeline.models.DUE_SOON).
DUE_SOON = dt.timedelta(days=30)

DONE, CANCELLED = "done", "cancelled"
PENDING = ("open", "in_progress")


class State:
    DONE = "done"
    CANCELLED = "cancelled"
    OVERDUE = "overdue"
    DUE_SOON = "due-soon"
    OPEN = "open"
    PAST = "past"
    UPCOMING = "upcoming"


STATE_LABELS = {
    State.DONE: "Done",
    State.CANCELLED: "Cancelled",
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


@dataclass
class Timeline:
    today: dt.date
    past: list[Entry] = field(default_factory=list)
    future: list[Entry] = field(default_factory=list)
    undated: list[Entry] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        result: dict[str, int] = {}
        for entry in [*self.past, *self.future, *self.undated]:
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


def action_state(action: Any, *, today: dt.date) -> str:
    if action.status == DONE:
        return State.DONE
    if action.status == CANCELLED:
        return State.CANCELLED
    if action.due_latest is not None and action.due_latest < today:
        return State.OVERDUE
    if action.due_latest is not None and action.due_latest <= today + DUE_SOON:
        return State.DUE_SOON
    return State.OPEN


def action_entry(action: Any, *, today: dt.date) -> Entry:
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
    )


def build_timeline(
    *, milestones: Iterable[Any], actions: Iterable[Any], today: dt.date
) -> Timeline:
    """Entries in date order, split at today. An entry is "past" when it starts before
    today; windows that are still open straddle the marker and are listed before it."""
    entries = [milestone_entry(m, today=today) for m in milestones]
    entries += [action_entry(a, today=today) for a in actions]
    timeline = Timeline(today=today)
    dated = sorted(
        (e for e in entries if e.sort_date is not None),
        key=lambda e: (e.sort_date, e.end or e.sort_date, e.kind, e.title),
    )
    for entry in dated:
        (timeline.past if entry.sort_date < today else timeline.future).append(entry)  # type: ignore[operator]
    timeline.undated = [e for e in entries if e.sort_date is None]
    return timeline
