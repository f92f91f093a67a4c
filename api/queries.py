"""The reads behind the API's detail endpoints: one initiative with every fact and the
evidence of each, in a fixed number of queries."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from initiatives.models import (
    Document,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
)
from timeline.models import FollowUpAction, Milestone

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
