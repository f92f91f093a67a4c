"""Which known initiative a new document reports on: candidates from the database,
scores from the pure matcher (`initiatives.pipeline.match`), and the stored decision."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.apps import apps
from django.db import connection
from django.db.models import Min, TextField, Value
from django.db.models.functions import Cast, Coalesce

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
from initiatives.rows import row_insert
from initiatives.statements import id_stand_ins, ids_given, stand_ins_replaced

# Serialises "search candidates, then create or attach" across workers (PostgreSQL
# advisory lock, held to the end of the document's transaction): two follow-ups of one
# initiative imported at once must not both create it.
MATCH_LOCK_KEY = 0x646F636B  # "dock"


def match_lock() -> None:
    """Take the matcher's lock until the current transaction ends, and make its scans
    deterministic (PostgreSQL only)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # For the rest of the transaction, the matcher's unordered candidate scans
            # read the full-text index (a sequential scan, chosen on a misestimate of a
            # query of word pairs, computed 100,000 vectors: 8 s), and so meet rows in
            # the table's order, whatever the plan: the same candidates every time.
            # With sequential scans off, any plan that keeps one (a small table's
            # DELETE, a union's branch) costs 10^10 and PostgreSQL compiled it with JIT:
            # 15 to 150 ms of the server's CPU per statement. Off, for the transaction.
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s), set_config('enable_seqscan', 'off', true),"
                " set_config('synchronize_seqscans', 'off', true), set_config('jit', 'off', true)",
                [MATCH_LOCK_KEY],
            )


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


def initiatives_facts(ids: list[int]) -> dict[str, dict[int, list[Any]]]:
    """The initiatives' actors (role, name), areas, sectors, action descriptions and the
    days their documents point back at, by kind and initiative: one query (a union of
    flat rows, no model instances)."""
    facts: dict[str, dict[int, list[Any]]] = defaultdict(lambda: defaultdict(list))
    if not ids:
        return facts
    sql, params = _facts_sql(len(ids))
    params = stand_ins_replaced(params, ids_given(ids))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    for initiative_id, kind, first, second in rows:
        if kind == "actors":
            facts[kind][initiative_id].append((first, second))
        elif kind == "days":
            facts[kind][initiative_id].extend(json.loads(first or "[]"))
        else:
            facts[kind][initiative_id].append(first)
    return facts


@functools.cache
def _facts_sql(count: int) -> tuple[str, tuple[Any, ...]]:
    """`initiatives_facts`'s query for `count` ids, compiled once per process (building
    and compiling its five-part union cost about 3 ms of CPU, twice per import)."""
    sql, params = _facts_union(id_stand_ins(count)).query.sql_with_params()
    return sql, tuple(params)


def _facts_union(ids: list[int]) -> Any:
    text = TextField()

    def rows(queryset: Any, kind: str, first: Any, second: Any = None) -> Any:
        return queryset.order_by().values_list(
            "initiative_id" if kind != "days" else "document__initiative_id",
            Value(kind, output_field=text),
            Cast(first, output_field=text),
            Cast(second, output_field=text) if second else Value("", output_field=text),
        )

    actions = apps.get_model("timeline", "FollowUpAction")  # a layer above this one
    return rows(
        InitiativeActor.objects.filter(initiative_id__in=ids), "actors", "role", "actor__name"
    ).union(
        rows(InitiativeArea.objects.filter(initiative_id__in=ids), "areas", "area__slug"),
        rows(InitiativeSector.objects.filter(initiative_id__in=ids), "sectors", "sector__name"),
        rows(actions.objects.filter(initiative_id__in=ids), "actions", "description"),
        rows(
            DocumentMatch.objects.filter(document__initiative_id__in=ids),
            "days",
            "referenced_days",
        ),
        all=True,
    )


def candidate_profiles(ids: list[int]) -> dict[int, match.Profile]:
    """The candidates' profiles, from two flat queries (no model instances: at a dozen
    candidates with ten actions each, building instances cost more than the queries)."""
    if not ids:
        return {}
    rows = _profile_rows(ids)
    facts = initiatives_facts(ids)
    links, areas, sectors = facts["actors"], facts["areas"], facts["sectors"]
    actions, days = facts["actions"], facts["days"]
    profiles = {}
    for pk, title, summary, decided_on, precision, venue, first_seen in rows:
        actor_links = links.get(pk, [])
        profiles[pk] = match.Profile(
            title=title,
            summary=summary,
            decided_on=decided_on,
            decided_on_precise=precision == "day",
            first_seen=first_seen,
            referenced_days=frozenset(dt.date.fromisoformat(day) for day in days.get(pk, [])),
            venue=venue,
            deciders=frozenset(n for role, n in actor_links if role == ActorRole.DECISION_MAKER),
            partners=frozenset(n for role, n in actor_links if role == ActorRole.PARTNER),
            areas=frozenset(areas.get(pk, [])),
            sectors=frozenset(n.casefold() for n in sectors.get(pk, [])),
            actions=tuple(actions.get(pk, [])),
            actor_words=frozenset(_words_of(n for _role, n in actor_links)),
        )
    return profiles


def _profile_rows(ids: list[int]) -> list[tuple[Any, ...]]:
    """The candidates' own fields and the first day their documents speak of, as
    `candidate_profiles` reads them."""
    compiler, sql, params, converters = _profile_rows_sql(len(ids))
    with connection.cursor() as cursor:
        cursor.execute(sql, stand_ins_replaced(params, ids_given(ids)))
        rows = cursor.fetchall()
    # The conversions the ORM would make (SQLite stores days as text).
    return list(compiler.apply_converters(rows, converters)) if converters else rows


@functools.cache
def _profile_rows_sql(count: int) -> tuple[Any, str, tuple[Any, ...], dict[int, Any]]:
    """`_profile_rows`'s query for `count` ids, compiled once per process (building and
    compiling it cost about 0.7 ms of CPU per import), with the ORM's conversions of its
    columns. The SQL sent is the same."""
    queryset = (
        Initiative.objects.filter(pk__in=id_stand_ins(count))
        .annotate(first_seen=Min(Coalesce("documents__published_on", "documents__reference_date")))
        .values_list(
            "pk", "title", "summary", "decided_on", "decided_on_precision", "venue", "first_seen"
        )
    )
    compiler = queryset.query.get_compiler(queryset.db)
    sql, params = compiler.as_sql()
    converters = compiler.get_converters([column[0] for column in compiler.select])
    return compiler, sql, tuple(params), converters


def _words_of(names: Iterable[str]) -> set[str]:
    return {word.casefold() for name in names for word in name.split()}


def document_published(extraction: Extraction) -> dt.date:
    return extraction.read.published or extraction.reference_date


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
    return dataclasses.replace(match.decide(scores), days_said=document.dates_said)


def document_match_record(
    *,
    document: Document,
    decision: match.Decision,
    referenced_days: frozenset[dt.date],
    created: Initiative | None = None,
) -> DocumentMatch:
    """Store the matcher's decision; `created` is the initiative a "new" decision made."""
    return row_insert(
        DocumentMatch(
            document=document,
            decision=decision.decision,
            initiative_id=created.pk if created is not None else decision.initiative_id,
            referenced_days=sorted(day.isoformat() for day in referenced_days),
            score=decision.score,
            features=decision.features,
            candidates=[
                {
                    "id": c.initiative_id,
                    "title": c.title,
                    "score": c.total,
                    "features": c.features,
                }
                for c in decision.candidates
            ],
        )
    )
