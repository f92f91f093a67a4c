"""An initiative's sources: its documents by date, each with what it changed.

What a document changed is read from the change events that name it, so that a state
reported by a later document ("Done, according to …") and the facts a first document
brought in are told the same way.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from initiatives.statements import Statement, id_stand_ins
from timeline.models import STATE_EVENTS, ChangeEvent, EventKind

# How each kind of event reads in a source's summary; "{n}" is the number of events and
# "{s}" the plural ending. Kinds left out are bookkeeping, not a change.
CHANGE_PHRASES = {
    EventKind.INITIATIVE_CREATED: "created the initiative",
    EventKind.ACTION_DONE: "marked {n} action{s} done",
    EventKind.ACTION_PARTLY_DONE: "marked {n} action{s} partly done",
    EventKind.ACTION_IN_PROGRESS: "marked {n} action{s} in progress",
    EventKind.ACTION_STALLED: "reported {n} action{s} stalled",
    EventKind.ACTION_DROPPED: "marked {n} action{s} dropped",
    EventKind.ACTION_REOPENED: "reopened {n} action{s}",
    EventKind.STATUS_CHANGED: "changed the status",
    EventKind.ACTION_ADDED: "added {n} action{s}",
    EventKind.ACTION_CHANGED: "changed {n} action{s}",
    EventKind.MILESTONE_ADDED: "added {n} milestone{s}",
    EventKind.MILESTONE_CHANGED: "changed {n} milestone{s}",
}
SOURCE_EVENT_FIELDS = ("pk", "kind", "action_id", "document_id", "evidence_id", "occurred_at")


@dataclass
class Source:
    document: Any
    events: list[ChangeEvent] = field(default_factory=list)

    @property
    def date(self) -> dt.date:
        """Published, else the date its text was read against, else imported."""
        d = self.document
        return d.published_on or d.reference_date or d.imported_at.date()

    @property
    def changes(self) -> str:
        """e.g. "marked 1 action done, changed the status"."""
        counts = Counter(e.kind for e in self.events if e.kind in CHANGE_PHRASES)
        phrases = [
            phrase.format(n=counts[kind], s="" if counts[kind] == 1 else "s")
            for kind, phrase in CHANGE_PHRASES.items()
            if counts[kind]
        ]
        return ", ".join(phrases)


_ANY_ID = id_stand_ins(1)[0]
_SOURCE_EVENTS = Statement(
    lambda: (
        ChangeEvent.objects.filter(initiative_id=_ANY_ID, document__isnull=False)
        .only(*SOURCE_EVENT_FIELDS)
        .order_by("occurred_at", "pk")
    )
)


def source_events(initiative_id: int) -> list[ChangeEvent]:
    """The events of an initiative that name their document, oldest first: one query."""
    return _SOURCE_EVENTS.instances({_ANY_ID: initiative_id})


def sources(documents: Iterable[Any], events: Iterable[ChangeEvent]) -> list[Source]:
    """The documents by date (see Source.date), each with the events naming it."""
    found = {d.pk: Source(document=d) for d in documents}
    for event in events:
        if event.document_id in found:
            found[event.document_id].events.append(event)
    return sorted(found.values(), key=lambda s: (s.date, s.document.pk))


def state_reports(
    documents: Iterable[Any], events: Iterable[ChangeEvent], actions: Iterable[Any]
) -> dict[int, ChangeEvent]:
    """For each action, the latest event from a document that reported the state the
    action is in now, with that document attached (no query)."""
    by_pk = {d.pk: d for d in documents}
    current = {a.pk: STATE_EVENTS[a.status][0] for a in actions}
    reports: dict[int, ChangeEvent] = {}
    for event in events:  # oldest first: the last one wins
        if current.get(event.action_id) == event.kind and event.document_id in by_pk:
            event.document = by_pk[event.document_id]
            reports[event.action_id] = event
    return reports
