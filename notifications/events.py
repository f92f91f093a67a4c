"""Which change events reach whom: the one home of the per-follow event filters.

A follow or a saved search chooses the kinds of change its owner hears about
(`EventFilter`): everything, status changes, new or changed deadlines, actions done or
gone overdue, or new source documents. The same table below decides, for every channel:

- `events_q(choice)`: the events a choice lets through, as a filter on ChangeEvent
  (digests, personal feeds and webhooks);
- `wants_section(choice, section)`: which of a digest's action sections a follow feeds
  ("due soon" and "no firm date" are deadlines; "overdue" is deadlines or actions);
- `wants_reminders(choice)`: reminders follow the "deadlines" choice.

Which follows or searches an event concerns (its initiative, areas and actors) is the
other half, answered by `notifications.following.Scope`.
"""

from __future__ import annotations

from django.db.models import Q

from notifications.models import EventFilter
from timeline.models import EventKind

# Fields whose change moves a deadline: an action's due window or a milestone's date.
DEADLINE_FIELDS = frozenset({"due_earliest", "due_latest", "date", "window_start", "window_end"})

# choice -> (kinds always let through, (kinds let through when a deadline field changed))
_KINDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    EventFilter.STATUS: (frozenset({EventKind.STATUS_CHANGED}), frozenset()),
    EventFilter.DEADLINES: (
        frozenset({EventKind.ACTION_ADDED, EventKind.MILESTONE_ADDED}),
        frozenset({EventKind.ACTION_CHANGED, EventKind.MILESTONE_CHANGED}),
    ),
    EventFilter.ACTIONS: (
        frozenset(
            {
                EventKind.ACTION_DONE,
                EventKind.ACTION_PARTLY_DONE,
                EventKind.ACTION_OVERDUE,
                EventKind.ACTION_STALLED,  # stalled: overdue by definition
            }
        ),
        frozenset(),
    ),
    EventFilter.DOCUMENTS: (frozenset({EventKind.DOCUMENT_ADDED}), frozenset()),
}

# A digest's action sections, and the choices that feed each.
_SECTIONS: dict[str, frozenset[str]] = {
    "due_soon": frozenset({EventFilter.ALL, EventFilter.DEADLINES}),
    "no_firm_date": frozenset({EventFilter.ALL, EventFilter.DEADLINES}),
    "overdue": frozenset({EventFilter.ALL, EventFilter.DEADLINES, EventFilter.ACTIONS}),
    # New initiatives matching a saved search arrive with their source document.
    "new_matches": frozenset({EventFilter.ALL, EventFilter.DOCUMENTS}),
}


def events_q(choice: str) -> Q:
    """The change events a follow or saved search with this choice lets through, as a
    filter on ChangeEvent: the one statement of that rule (digests, feeds and webhooks
    filter with it). Only the kind of change is judged here; whether the event concerns
    what they follow is `Scope`'s question."""
    if choice == EventFilter.ALL:
        return Q()
    always, on_deadline = _KINDS.get(choice, (frozenset(), frozenset()))
    q = Q(kind__in=sorted(always))
    if on_deadline:
        q |= Q(kind__in=sorted(on_deadline), field__in=sorted(DEADLINE_FIELDS))
    return q


def wants_section(choice: str, section: str) -> bool:
    return choice in _SECTIONS[section]


def wants_reminders(choice: str) -> bool:
    return wants_section(choice, "due_soon")
