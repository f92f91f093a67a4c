"""The reads behind the API's detail endpoints: one initiative with every fact and the
evidence of each, in a fixed number of queries."""

from __future__ import annotations

import datetime as dt

from django.db.models import Prefetch, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from initiatives.models import (
    Document,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
)
from timeline.models import ChangeEvent, FollowUpAction, Milestone

# An initiative's detail lists at most this many actions; `more_actions_url` has the rest.
DETAIL_ACTIONS = 100
# A document's bulky columns, left out wherever only its title and dates are shown.
DOCUMENT_BULK = ("text", "set_aside", "warnings")


def initiative_with_facts() -> QuerySet[Initiative]:
    """Initiatives with `actor_links`, `area_links`, `sector_links`, `milestones` and
    `documents` prefetched, and the first DETAIL_ACTIONS + 1 actions as `api_actions`:
    seven queries, however many facts."""
    actions = FollowUpAction.objects.select_related("owner", "evidence").order_by(
        *FollowUpAction._meta.ordering
    )[: DETAIL_ACTIONS + 1]
    return Initiative.objects.defer("search_vector").prefetch_related(
        Prefetch(
            "actor_links", queryset=InitiativeActor.objects.select_related("actor", "evidence")
        ),
        Prefetch("area_links", queryset=InitiativeArea.objects.select_related("area", "evidence")),
        Prefetch(
            "sector_links", queryset=InitiativeSector.objects.select_related("sector", "evidence")
        ),
        Prefetch("milestones", queryset=Milestone.objects.select_related("evidence")),
        Prefetch("actions", queryset=actions, to_attr="api_actions"),
        Prefetch("documents", queryset=Document.objects.defer(*DOCUMENT_BULK)),
    )


# Above any event id: "no event is unsettled".
NO_EVENT_ID = 2**62


def settled_events(*, after: int, now: dt.datetime, settle: dt.timedelta) -> QuerySet:
    """The change events after id ``after`` that a client may be given by ``now``: every
    one up to (not including) the first, in id order, recorded less than ``settle`` ago.

    Ids are taken when a row is inserted but become visible when its transaction commits,
    so on PostgreSQL a lower id can appear after a higher one. A transaction that commits
    within ``settle`` of recording its event is therefore never skipped by a ``since``
    cursor: its event is held back, and so is every later id, until it is settled. The
    stop at the first unsettled id also covers clocks of two processes that differ a
    little (a higher id with an earlier ``occurred_at``)."""
    unsettled = (
        ChangeEvent.objects.filter(pk__gt=after, occurred_at__gt=now - settle)
        .order_by("pk")
        .values("pk")[:1]
    )
    return ChangeEvent.objects.filter(
        pk__gt=after, pk__lt=Coalesce(Subquery(unsettled), Value(NO_EVENT_ID))
    )
