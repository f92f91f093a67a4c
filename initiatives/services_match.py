"""Which known initiative a new document reports on: candidates from the database,
scores from the pure matcher (`initiatives.pipeline.match`), and the stored decision."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.apps import apps
from django.db import connection
from django.db.models import Min
from django.db.models.functions import Coalesce

from initiatives.models import (
    ActorRole,
    Document,
    DocumentMatch,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
)
from initiatives.pipeline import match
from initiatives.pipeline.types import ExtractedInitiative, Extraction

# Serialises "search candidates, then create or attach" across workers (PostgreSQL
# advisory lock, held to the end of the document's transaction): two follow-ups of one
# initiative imported at once must not both create it.
MATCH_LOCK_KEY = 0x646F636B  # "dock"


def match_lock() -> None:
    """Take the matcher's lock until the current transaction ends (PostgreSQL only)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [MATCH_LOCK_KEY])


def profile_of_extraction(extracted: ExtractedInitiative) -> match.Profile:
    actor_words = {w for a in extracted.actors for w in (a.name, *a.aliases)}
    return match.Profile(
        title=extracted.title,
        summary=extracted.summary,
        decided_on=extracted.decided_on,
        decided_on_precise=extracted.decided_on_precision == "day",
        venue=extracted.venue or "",
        deciders=frozenset(a.name for a in extracted.actors if a.role == "decision_maker"),
        partners=frozenset(a.name for a in extracted.actors if a.role == "partner"),
        areas=frozenset(a.area for a in extracted.areas),
        sectors=frozenset(s.name.casefold() for s in extracted.sectors),
        actions=tuple(a.description for a in extracted.actions),
        actor_words=frozenset(_words_of(actor_words)),
    )


def _grouped(rows: Any) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for initiative_id, *rest in rows:
        grouped[initiative_id].append(rest[0] if len(rest) == 1 else tuple(rest))
    return grouped


def candidate_profiles(ids: list[int]) -> dict[int, match.Profile]:
    """The candidates' profiles, from six flat queries (no model instances: at 24
    candidates with ten actions each, building instances cost more than the queries)."""
    if not ids:
        return {}
    rows = (
        Initiative.objects.filter(pk__in=ids)
        .annotate(first_seen=Min(Coalesce("documents__published_on", "documents__reference_date")))
        .values_list(
            "pk", "title", "summary", "decided_on", "decided_on_precision", "venue", "first_seen"
        )
    )
    links = _grouped(
        InitiativeActor.objects.filter(initiative_id__in=ids).values_list(
            "initiative_id", "role", "actor__name"
        )
    )
    areas = _grouped(
        InitiativeArea.objects.filter(initiative_id__in=ids).values_list(
            "initiative_id", "area__slug"
        )
    )
    sectors = _grouped(
        InitiativeSector.objects.filter(initiative_id__in=ids).values_list(
            "initiative_id", "sector__name"
        )
    )
    actions = _grouped(
        # The actions' model lives in the timeline app, a layer above this one.
        apps.get_model("timeline", "FollowUpAction")
        .objects.filter(initiative_id__in=ids)
        .values_list("initiative_id", "description")
    )
    days = _grouped(
        DocumentMatch.objects.filter(document__initiative_id__in=ids).values_list(
            "document__initiative_id", "referenced_days"
        )
    )
    profiles = {}
    for pk, title, summary, decided_on, precision, venue, first_seen in rows:
        actor_links = links.get(pk, [])
        profiles[pk] = match.Profile(
            title=title,
            summary=summary,
            decided_on=decided_on,
            decided_on_precise=precision == "day",
            first_seen=first_seen,
            referenced_days=frozenset(
                dt.date.fromisoformat(day) for listed in days.get(pk, []) for day in listed
            ),
            venue=venue,
            deciders=frozenset(n for role, n in actor_links if role == ActorRole.DECISION_MAKER),
            partners=frozenset(n for role, n in actor_links if role == ActorRole.PARTNER),
            areas=frozenset(areas.get(pk, [])),
            sectors=frozenset(n.casefold() for n in sectors.get(pk, [])),
            actions=tuple(actions.get(pk, [])),
            actor_words=frozenset(_words_of(n for _role, n in actor_links)),
        )
    return profiles


def _words_of(names: Iterable[str]) -> set[str]:
    return {word.casefold() for name in names for word in name.split()}


def document_published(extraction: Extraction) -> dt.date:
    return extraction.read.published or extraction.reference_date


def referenced_days(extraction: Extraction) -> frozenset[dt.date]:
    days, _years = match.referenced_dates(
        extraction.read.text, reference=document_published(extraction)
    )
    return days


def initiative_match(*, extraction: Extraction) -> match.Decision:
    """Score the known initiatives this document may report on and decide. Call it
    under `match_lock` when the decision will be acted upon."""
    extracted = extraction.initiative
    if extracted is None:
        return match.Decision(match.DECISION_NEW, None, 0.0, {})
    profile = profile_of_extraction(extracted)
    published = document_published(extraction)
    document = match.Document.of(profile, extraction.read.text, published)
    terms = [
        word
        for word in match.distinctive_words(extracted.title, extra_stop=profile.actor_words)
        if len(word) > 3 and not word.isdigit()
    ]
    ids = Initiative.objects.match_candidates(
        title=extracted.title, terms=terms, names=sorted(profile.names)
    )
    scores = [match.score(document, profile, pk) for pk, profile in candidate_profiles(ids).items()]
    return match.decide(scores)


def document_match_record(
    *,
    document: Document,
    decision: match.Decision,
    referenced_days: frozenset[dt.date],
    created: Initiative | None = None,
) -> DocumentMatch:
    """Store the matcher's decision; `created` is the initiative a "new" decision made."""
    titles = dict(
        Initiative.objects.filter(
            pk__in=[c.initiative_id for c in decision.candidates]
        ).values_list("pk", "title")
    )
    return DocumentMatch.objects.create(
        document=document,
        decision=decision.decision,
        initiative_id=created.pk if created is not None else decision.initiative_id,
        referenced_days=sorted(day.isoformat() for day in referenced_days),
        score=decision.score,
        features=decision.features,
        candidates=[
            {
                "id": c.initiative_id,
                "title": titles.get(c.initiative_id, ""),
                "score": c.total,
                "features": c.features,
            }
            for c in decision.candidates
        ],
    )
