"""Which known initiative a new document reports on: candidates from the database,
scores from the pure matcher (`initiatives.pipeline.match`), and the stored decision."""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.db.models import Min, Prefetch
from django.db.models.functions import Coalesce

from initiatives.models import (
    ActorRole,
    Document,
    DocumentMatch,
    Initiative,
    InitiativeActor,
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


def profile_of_initiative(initiative: Initiative) -> match.Profile:
    """Needs `candidates_for_scoring`'s prefetches."""
    links = list(initiative.actor_links.all())
    return match.Profile(
        title=initiative.title,
        summary=initiative.summary,
        decided_on=initiative.decided_on,
        decided_on_precise=initiative.decided_on_precision == "day",
        first_seen=initiative.first_seen,  # type: ignore[attr-defined]
        referenced_days=frozenset(
            dt.date.fromisoformat(day)
            for document in initiative.documents.all()
            if hasattr(document, "match")
            for day in document.match.referenced_days
        ),
        venue=initiative.venue,
        deciders=frozenset(
            link.actor.name for link in links if link.role == ActorRole.DECISION_MAKER
        ),
        partners=frozenset(link.actor.name for link in links if link.role == ActorRole.PARTNER),
        areas=frozenset(link.area.slug for link in initiative.area_links.all()),
        sectors=frozenset(link.sector.name.casefold() for link in initiative.sector_links.all()),
        actions=tuple(action.description for action in initiative.actions.all()),
        actor_words=frozenset(_words_of(link.actor.name for link in links)),
    )


def _words_of(names: object) -> set[str]:
    return {word.casefold() for name in names for word in str(name).split()}  # type: ignore[attr-defined]


def candidates_for_scoring(ids: list[int]) -> list[Initiative]:
    return list(
        Initiative.objects.filter(pk__in=ids)
        .only("pk", "title", "summary", "decided_on", "decided_on_precision", "venue")
        .annotate(first_seen=Min(Coalesce("documents__published_on", "documents__reference_date")))
        .prefetch_related(
            Prefetch("actor_links", InitiativeActor.objects.select_related("actor")),
            "area_links__area",
            "sector_links__sector",
            "actions",
            Prefetch(
                "documents",
                Document.objects.select_related("match").only(
                    "pk", "initiative_id", "match__referenced_days"
                ),
            ),
        )
    )


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
    scores = [
        match.score(document, profile_of_initiative(c), c.pk) for c in candidates_for_scoring(ids)
    ]
    return match.decide(scores)


def document_match_record(
    *, document: Document, decision: match.Decision, referenced_days: frozenset[dt.date]
) -> DocumentMatch:
    titles = dict(
        Initiative.objects.filter(
            pk__in=[c.initiative_id for c in decision.candidates]
        ).values_list("pk", "title")
    )
    return DocumentMatch.objects.create(
        document=document,
        decision=decision.decision,
        initiative_id=decision.initiative_id,
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
