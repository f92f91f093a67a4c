"""Generate a realistic synthetic dataset for benchmarks: a million initiatives in minutes.

Each initiative gets one source document of a few KB, about ten follow-up actions, three
milestones, one to three areas, two to four actors and one to three sectors. Titles carry
a code word drawn from a vocabulary of ``CODEWORDS`` words for each ``CODEWORDS ×
WORD_HITS`` initiatives loaded, so a search for one code word is selective, and as selective
at every scale: about ``WORD_HITS`` hits at 100,000 initiatives and at a million.

Rows are generated as tuples and written with COPY on PostgreSQL (multi-row inserts
elsewhere: a slower path, fine for the small datasets of tests). Each batch depends on its
number alone (its own random generator; ids at fixed strides), so for a large load on
PostgreSQL several forked worker processes make and write batches at once, each batch in
its own transaction on the worker's own connection: Python's generating and PostgreSQL's
parsing then use every core. The tables' secondary indexes are dropped first and built
again after on a few connections at once, foreign keys are not checked row by row (the
rows are consistent by construction), and the search and ranking vectors are put together
from the vectors of each piece of text, computed once (see
``initiatives.management.bulkload``), and written by the COPY itself; each batch then
writes its initiatives' search terms (``SearchTerm``) from the vectors just written, in
the same transaction. The load ends with ``VACUUM ANALYZE`` and the dashboard's status
counts. No history rows are written (nor
were they by ``bulk_create``). A load cut short keeps its committed batches; the next one
numbers its slugs after the highest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import os
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import DatabaseError, connection, connections, transaction
from django.db.models import BigIntegerField, Max
from django.db.models.functions import Cast, Substr
from django.utils import timezone

from initiatives.management.bulkload import (
    VectorPieces,
    backend_cpu_seconds,
    indexes_set_aside,
    largest_first,
    max_id,
    rows_insert,
    sequences_reset,
    statements_run,
)
from initiatives.models import (
    Actor,
    ActorKind,
    ActorRole,
    CooperationArea,
    DatePrecision,
    Document,
    Evidence,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
    Origin,
    SearchTerm,
    Sector,
    Status,
)
from initiatives.search import search_terms_of_new_write
from initiatives.summary import status_summary_refresh
from timeline.models import (
    OPEN_STATUSES,
    ActionStatus,
    FollowUpAction,
    Milestone,
    MilestoneKind,
)

SLUG_PREFIX = "bench-"
CODEWORDS = 2000
WORD_HITS = 50  # initiatives a code word is drawn for (a load of 100,000 or more)
ACTORS = 300
SECTORS = 40
ACTIONS_PER_INITIATIVE = 10
MILESTONES_PER_INITIATIVE = 3
DOCUMENT_SENTENCES = 30
FIRST_DECISION = dt.date(2019, 1, 1)
DECISION_SPAN_DAYS = 8 * 365

SYLLABLES = [
    "ka",
    "ro",
    "vi",
    "ta",
    "len",
    "mar",
    "zu",
    "bel",
    "dor",
    "fin",
    "gra",
    "hu",
    "ister",
    "jo",
    "kel",
    "lum",
    "mo",
    "nor",
    "pa",
    "quin",
    "ras",
    "sol",
    "tur",
    "vex",
]
TOPICS = [
    "ammunition production",
    "air defence",
    "drone manufacturing",
    "armoured vehicles",
    "spare parts supply",
    "critical raw materials",
    "cyber defence",
    "demining equipment",
    "artillery shells",
    "logistics hubs",
    "naval systems",
    "satellite services",
]
VERBS = ["agree", "launch", "fund", "extend", "negotiate", "sign", "propose", "review"]
COUNTRIES = [
    "Ukraine",
    "Poland",
    "Germany",
    "France",
    "Italy",
    "Spain",
    "Romania",
    "Lithuania",
    "Latvia",
    "Estonia",
    "Czechia",
    "Slovakia",
    "Netherlands",
    "Sweden",
    "Finland",
]
INSTITUTIONS = [
    "European Commission",
    "Council of the EU",
    "European Parliament",
    "European Defence Agency",
    "European Investment Bank",
    "EU agencies",
]
SECTOR_WORDS = [
    "munitions",
    "aerospace",
    "shipbuilding",
    "electronics",
    "optics",
    "energy",
    "steel",
    "chemicals",
    "software",
    "telecoms",
]
ACTION_VERBS = ["Outline", "Publish", "Report on", "Set up", "Evaluate", "Fund", "Coordinate"]
SENTENCES = [
    "The {actor} announced that {topic} with {country} would be a priority in {year}.",
    "Officials said the {codeword} programme should reach full capacity within two years.",
    "Negotiators met in Brussels to discuss {topic} and the financing needed.",
    "Member states agreed to pool procurement of {topic} through joint contracts.",
    "The {actor} will report on progress in the coming months.",
    "Industry representatives welcomed the plan but warned about supply chain bottlenecks.",
    "Funding of {amount} million euro was set aside for {topic}.",
    "The measure is expected to strengthen co-production and standardization.",
]


# Distinct document texts for each (country, topic); the code word and the year are put in
# each copy, so a search for a code word stays as selective as the titles make it.
DOCUMENTS_PER_KEY = 8
# Placeholders in the document and search-vector templates.
WORD_MARK = "zzcodeword"
YEAR_MARK = "1111"
# Below this many new initiatives (and below the rows already there) the indexes stay.
REBUILD_MIN = 50_000
# The longest index builds a verbose load lists.
BUILDS_SHOWN = 8
MILESTONES = [
    ("Decision", MilestoneKind.DECISION),
    ("Signature", MilestoneKind.SIGNATURE),
    ("Entry into force", MilestoneKind.ENTRY_INTO_FORCE),
]
ROLES = [ActorRole.DECISION_MAKER, ActorRole.PARTNER, ActorRole.IMPLEMENTER]
VENUES = ["Brussels", "Luxembourg", "Strasbourg", "Kyiv"]
DUE_TEXT = "in the coming months"

INITIATIVE_COLUMNS = (
    "id", "slug", "title", "summary", "status", "decided_on", "decided_on_precision",
    "decided_on_year_inferred", "venue", "verified", "curated_fields", "created_at",
    "updated_at", "pending_due_first", "pending_due_last",
)  # fmt: skip
DOCUMENT_COLUMNS = (
    "id", "initiative_id", "title", "text", "sha256", "format", "source_url", "source_path",
    "site_name", "published_on", "reference_date", "set_aside", "warnings", "imported_at",
)  # fmt: skip
EVIDENCE_COLUMNS = ("id", "document_id", "start", "end", "quote", "prefix", "suffix", "rule")
AREA_COLUMNS = ("id", "initiative_id", "area_id", "statement", "evidence_id", "origin")
SECTOR_COLUMNS = ("id", "initiative_id", "sector_id", "origin")
ACTOR_COLUMNS = ("id", "initiative_id", "actor_id", "role", "origin")
MILESTONE_COLUMNS = (
    "id", "initiative_id", "title", "kind", "date", "date_precision", "rule", "origin",
    "created_at", "updated_at", "evidence_id",
)  # fmt: skip
ACTION_COLUMNS = (
    "id", "initiative_id", "description", "owner_id", "due_text", "due_earliest",
    "due_latest", "due_confidence", "due_rule", "due_anchor", "recurrence", "status",
    "completed_on", "rule", "origin", "created_at", "updated_at",
)  # fmt: skip
# In the order rows are written: a row's foreign keys point at tables written before it.
MODELS = [
    (Initiative, INITIATIVE_COLUMNS),
    (Document, DOCUMENT_COLUMNS),
    (Evidence, EVIDENCE_COLUMNS),
    (InitiativeArea, AREA_COLUMNS),
    (InitiativeSector, SECTOR_COLUMNS),
    (InitiativeActor, ACTOR_COLUMNS),
    (Milestone, MILESTONE_COLUMNS),
    (FollowUpAction, ACTION_COLUMNS),
]


def codeword(n: int) -> str:
    """Code word ``n``: the first ``CODEWORDS`` three random syllables (as the datasets
    measured before had them), the rest four syllables, ``n`` written in base
    ``len(SYLLABLES)``: each distinct, and none one of the first."""
    if n < CODEWORDS:
        rng = random.Random(n)
        return "".join(rng.choice(SYLLABLES) for _ in range(3))
    digits = []
    for _ in range(4):
        n, digit = divmod(n, len(SYLLABLES))
        digits.append(SYLLABLES[digit])
    return "".join(digits)


def codeword_sets(initiatives: int) -> int:
    """How many sets of ``CODEWORDS`` words a load of ``initiatives`` draws from: one for
    each ``CODEWORDS × WORD_HITS`` initiatives, so that a code word matches about as many
    initiatives at a million as at 100,000 (a "selective search" benchmark then selects
    the same number of rows at each scale)."""
    return max(1, round(initiatives / (CODEWORDS * WORD_HITS)))


def document_template(rng: random.Random, topic: str, country: str) -> str:
    """A document's text, with WORD_MARK and YEAR_MARK where its code word and year go."""
    lines = [f"EU and {country} agree on {topic}."]
    for _ in range(DOCUMENT_SENTENCES):
        lines.append(
            rng.choice(SENTENCES).format(
                actor=rng.choice(INSTITUTIONS),
                topic=rng.choice(TOPICS),
                country=country,
                year=YEAR_MARK,
                codeword=WORD_MARK,
                amount=rng.randrange(10, 900),
            )
        )
    paragraphs = [" ".join(lines[k : k + 5]) for k in range(0, len(lines), 5)]
    return "\n\n".join(paragraphs)


@dataclass
class Batch:
    """One batch's rows, table by table, and the search-vector parts of each initiative."""

    rows: dict[type, list[tuple[Any, ...]]] = field(default_factory=dict)
    vector_parts: list[tuple[list[tuple[str, list[str]]], dict[str, str]]] = field(
        default_factory=list
    )


class Generator:
    """The rows of ``size`` initiatives at a time, as plain tuples (no database)."""

    def __init__(
        self,
        *,
        seed: int,
        first: int,
        ids: dict[type, int],
        now: dt.datetime,
        stamp: Callable[[dt.datetime], str],
        actors: list[tuple[int, str]],
        sectors: list[tuple[int, str]],
        areas: list[tuple[int, str]],
        initiatives: int = 0,
    ) -> None:
        self.seed = seed
        self.first = first  # the number in the first slug
        self.ids = dict(ids)  # the last id used in each table before this load
        # Initiatives are created a microsecond apart, in slug order, as bulk_create
        # stamped them: pages sorted by updated_at find them in that index's order.
        self.started, self.stamp = now, stamp
        self.now = stamp(now)
        self.actors, self.sectors, self.areas = actors, sectors, areas
        # Initiative n draws from set n % sets: the same random draws at every scale.
        self.word_sets = codeword_sets(initiatives)
        self.words = [codeword(k) for k in range(CODEWORDS * self.word_sets)]
        templates = random.Random(seed + 1)
        self.documents = {
            (country, topic): [
                document_template(templates, topic, country) for _ in range(DOCUMENTS_PER_KEY)
            ]
            for country in COUNTRIES
            for topic in TOPICS
        }
        # Where the first sentence ends (it holds no placeholder): the evidence's span.
        self.first_end = {
            key: [text.index(".") + 1 for text in texts] for key, texts in self.documents.items()
        }
        self.descriptions = [f"{verb} {topic} plans" for verb in ACTION_VERBS for topic in TOPICS]
        self.statuses = [s for s, _ in Status.choices]
        self.action_statuses = [ActionStatus.OPEN.value] * 3 + [ActionStatus.DONE.value]
        self._iso: dict[int, str] = {}

    def iso(self, ordinal: int) -> str:
        text = self._iso.get(ordinal)
        if text is None:
            text = self._iso[ordinal] = dt.date.fromordinal(ordinal).isoformat()
        return text

    def batch(self, index: int, size: int, total: int) -> Batch:
        """Batch ``index`` of a load of ``total`` initiatives in batches of ``size``.

        A batch depends on its index alone (its own random generator, ids at fixed
        strides from the table's last id before the load: an initiative's links take
        the three ids after ``3 × its place``, whether one to three are used), so that
        batches can be made and written in any order, by several processes at once."""
        start = index * size
        rng = random.Random(f"{self.seed}/{index}")
        r, now, ids = rng.random, self.now, self.ids
        rows: dict[type, list[tuple[Any, ...]]] = {model: [] for model, _ in MODELS}
        initiatives, documents, evidence = rows[Initiative], rows[Document], rows[Evidence]
        area_links, sector_links = rows[InitiativeArea], rows[InitiativeSector]
        actor_links, milestones, actions = (
            rows[InitiativeActor],
            rows[Milestone],
            rows[FollowUpAction],
        )
        vector_parts = []
        first_decision = FIRST_DECISION.toordinal()
        extracted, curator, day = (
            Origin.EXTRACTED.value,
            Origin.CURATOR.value,
            DatePrecision.DAY.value,
        )
        descriptions, n_descriptions = self.descriptions, len(self.descriptions)
        action_statuses, done = self.action_statuses, ActionStatus.DONE.value
        pending = {status.value for status in OPEN_STATUSES}
        owners, n_owners = self.actors, len(self.actors)
        for place in range(start, min(start + size, total)):
            n = self.first + place
            slug = f"{SLUG_PREFIX}{n}"
            word = self.words[rng.randrange(CODEWORDS) + CODEWORDS * (n % self.word_sets)]
            topic, country = rng.choice(TOPICS), rng.choice(COUNTRIES)
            verb = rng.choice(VERBS)
            decided = first_decision + rng.randrange(DECISION_SPAN_DAYS)
            decided_iso = self.iso(decided)
            year = decided_iso[:4]
            title = f"{word.capitalize()}: EU and {country} {verb} {topic}"
            institution, summary_verb = rng.choice(INSTITUTIONS), rng.choice(VERBS)
            summary = (
                f"The {institution} and {country} {summary_verb} "
                f"cooperation on {topic} under the {word} programme."
            )
            status = rng.choice(self.statuses)
            venue = rng.choice(VENUES)
            verified = 1 if r() < 0.3 else 0
            initiative = ids[Initiative] + place + 1
            created = self.stamp(self.started + dt.timedelta(microseconds=n + 1))
            choice = rng.randrange(DOCUMENTS_PER_KEY)
            template = self.documents[country, topic][choice]
            text = template.replace(WORD_MARK, word).replace(YEAR_MARK, year)
            document = ids[Document] + place + 1
            documents.append(
                (document, initiative, title, text,
                 hashlib.sha256(f"{slug}\n{text}".encode()).hexdigest(), "txt", "", "", "",
                 decided_iso, decided_iso, "[]", "[]", now)
            )  # fmt: skip
            end = self.first_end[country, topic][choice]
            ev = ids[Evidence] + place + 1
            context = Evidence.CONTEXT_CHARS
            evidence.append(
                (ev, document, 0, end, text[:end], "", text[end : end + context], "bench")
            )
            pieces_c = []
            link = 3 * place + 1
            for j, (area, name) in enumerate(rng.sample(self.areas, rng.randint(1, 3))):
                statement = f"{name} of {word.capitalize()} work."
                area_links.append(
                    (ids[InitiativeArea] + link + j, initiative, area, statement, ev, extracted)
                )
                pieces_c.append(f"{name} of {WORD_MARK} work.")
            sector_names = []
            for j, (sector, name) in enumerate(rng.sample(self.sectors, rng.randint(1, 3))):
                sector_links.append((ids[InitiativeSector] + link + j, initiative, sector, curator))
                sector_names.append(name)
            actor_names = []
            for j, ((actor, name), role) in enumerate(
                zip(rng.sample(self.actors, 3), ROLES, strict=True)
            ):
                actor_links.append(
                    (ids[InitiativeActor] + link + j, initiative, actor, role.value, curator)
                )
                actor_names.append(name)
            for k, (milestone_title, kind) in enumerate(MILESTONES[:MILESTONES_PER_INITIATIVE]):
                milestones.append(
                    (ids[Milestone] + MILESTONES_PER_INITIATIVE * place + k + 1, initiative, milestone_title, kind.value,
                     self.iso(decided + 90 * k), day, "", curator, now, now, ev if k == 0 else None)
                )  # fmt: skip
            pending_latest = []
            for k in range(ACTIONS_PER_INITIATIVE):
                description = descriptions[int(r() * n_descriptions)]
                earliest = decided + 30 + int(r() * 870)
                action_status = action_statuses[int(r() * 4)]
                if action_status in pending:
                    pending_latest.append(earliest + 180)
                actions.append(
                    (ids[FollowUpAction] + ACTIONS_PER_INITIATIVE * place + k + 1, initiative, description, owners[int(r() * n_owners)][0],
                     DUE_TEXT, self.iso(earliest), self.iso(earliest + 180), 0.5, "", "", "",
                     action_status, self.iso(earliest) if action_status == done else None, "",
                     curator, now, now)
                )  # fmt: skip
                pieces_c.append(description)
            # The due dates the list's filters read (what initiative_due_dates_refresh
            # would write): the load writes them with the row, not in a pass after it.
            due_first, due_last = (
                (self.iso(min(pending_latest)), self.iso(max(pending_latest)))
                if pending_latest
                else (None, None)
            )
            initiatives.append(
                (initiative, slug, title, summary, status, decided_iso, day, 0, venue,
                 verified, "[]", created, created, due_first, due_last)
            )  # fmt: skip
            vector_parts.append(
                (
                    [
                        ("A", [f"{WORD_MARK.capitalize()}: EU and {country} {verb} {topic}"]),
                        (
                            "B",
                            [
                                f"The {institution} and {country} {summary_verb} cooperation on "
                                f"{topic} under the {WORD_MARK} programme. {venue}"
                            ],
                        ),
                        ("C", pieces_c + sector_names + actor_names),
                        ("D", [template]),
                    ],
                    {WORD_MARK: word, YEAR_MARK: year},
                )
            )
        return Batch(rows=rows, vector_parts=vector_parts)


# The state a load's worker processes inherit (set before they are forked).
_LOAD: _Load | None = None


@dataclass
class _Load:
    generator: Generator
    vectors: VectorPieces | None
    size: int
    total: int


def _session_set(db: Any, *, bulk: bool) -> list[str]:
    """On PostgreSQL, for the load: no wait for each commit's flush, memory to sort for
    index builds, the faster of the two TOAST compressions (documents and vectors are
    kilobytes), and no foreign-key trigger per row (needs a superuser; without it the
    keys are checked as usual). Returns the settings refused (a slower load)."""
    if db.vendor != "postgresql":
        return []
    settings = (
        [("synchronous_commit", "off"), ("maintenance_work_mem", "'1GB'"),
         ("default_toast_compression", "lz4"), ("session_replication_role", "replica")]
        if bulk
        else [("synchronous_commit", "DEFAULT"), ("maintenance_work_mem", "DEFAULT"),
              ("default_toast_compression", "DEFAULT"), ("session_replication_role", "DEFAULT")]
    )  # fmt: skip
    refused = []
    with db.cursor() as cursor:
        for name, value in settings:
            try:
                with transaction.atomic(using=db.alias):
                    cursor.execute(f"SET {name} = {value}")
            except DatabaseError:
                refused.append(name)
    return refused


def _batch_load(index: int) -> tuple[int, dict[str, float]]:
    """Make batch ``index`` and write it in one transaction (in this process, or in a
    worker with its own connection). Returns its initiatives and the seconds of each
    step, with this process's CPU and its database connection's."""
    load = _LOAD
    assert load is not None
    timings: dict[str, float] = {}
    python_cpu, database_cpu = time.process_time(), backend_cpu_seconds(connection)
    with _Timer(timings, "generate rows"):
        batch = load.generator.batch(index, load.size, load.total)
    rows, vectors = batch.rows, load.vectors
    if vectors:
        with _Timer(timings, "search vectors"):
            vectors.learn(
                piece for parts, _ in batch.vector_parts for _, pieces in parts for piece in pieces
            )
            rows[Initiative] = [
                (*row, *vectors.vector(parts, marks))
                for row, (parts, marks) in zip(rows[Initiative], batch.vector_parts, strict=True)
            ]
    with transaction.atomic():
        for model, columns in MODELS:
            if model is Initiative and vectors:
                # The ranking vector too: no second pass over the million rows after.
                columns = (*columns, "search_vector", "rank_vector")
            with _Timer(timings, model._meta.db_table):
                rows_insert(
                    connection,
                    model._meta.db_table,
                    columns,
                    rows[model],
                    escape=model in (Document, Evidence),
                )
        if vectors and rows[Initiative]:
            # A one-word search reads its ranking from them: written here, from the rows
            # just copied, by every worker at once (one statement after the load took
            # more than 15 minutes at a million).
            with _Timer(timings, SearchTerm._meta.db_table):
                search_terms_of_new_write(
                    connection, first=rows[Initiative][0][0], last=rows[Initiative][-1][0]
                )
    timings["CPU: Python"] = time.process_time() - python_cpu
    if database_cpu is not None:
        timings["CPU: PostgreSQL"] = (backend_cpu_seconds(connection) or 0) - database_cpu
    return len(rows[Initiative]), timings


def _worker_start() -> None:
    """A forked worker: its own connection (the parent closed its own before forking)."""
    _session_set(connection, bulk=True)


class Command(BaseCommand):
    help = (
        "Fill the database with synthetic initiatives for benchmarks (COPY on PostgreSQL, "
        "multi-row inserts elsewhere)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--initiatives", type=int, default=1000)
        parser.add_argument(
            "--batch", type=int, default=10_000, help="Initiatives per transaction."
        )
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--keep-indexes",
            action="store_true",
            help="Keep the indexes during the load (by default a large load drops and "
            "rebuilds them).",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="Processes making and writing batches at once, each with its own "
            "connection (PostgreSQL; default: one more than the CPUs for a large load, "
            "else 1).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Say what would be created.")

    def handle(self, *args: Any, **options: Any) -> None:
        total, size = options["initiatives"], max(1, options["batch"])
        self.verbosity = options["verbosity"]
        if options["dry_run"]:
            self.stdout.write(
                f"Would create {total} initiatives, {total} documents, "
                f"{total * ACTIONS_PER_INITIATIVE} actions and "
                f"{total * MILESTONES_PER_INITIATIVE} milestones."
            )
            return
        started, python_cpu = time.perf_counter(), time.process_time()
        database_cpu = backend_cpu_seconds(connection)
        self.timings: dict[str, float] = {}
        postgres = connection.vendor == "postgresql"
        now = timezone.now()
        generator = Generator(
            seed=options["seed"],
            first=self._next_number(),
            ids={model: max_id(connection, model._meta.db_table) for model, _ in MODELS},
            now=now,
            stamp=dt.datetime.isoformat if postgres else connection.ops.adapt_datetimefield_value,
            actors=[(a.pk, a.name) for a in self._actors()],
            sectors=[(s.pk, s.name) for s in self._sectors()],
            areas=list(CooperationArea.objects.values_list("pk", "name")),
            initiatives=total,
        )
        vectors = VectorPieces(connection) if postgres else None
        if vectors:
            vectors.learn_lexemes([WORD_MARK, YEAR_MARK, *generator.words])
        existing = Initiative.objects.count()
        rebuild = not options["keep_indexes"] and total >= max(REBUILD_MIN, existing)
        # Other processes cannot see a transaction's rows (a test's): one process then.
        workers = 1 if not postgres or connection.in_atomic_block else options["workers"]
        if workers is None:
            workers = (os.cpu_count() or 1) + 1 if rebuild else 1
        tables = [model._meta.db_table for model, _ in MODELS]
        # The search terms' index too (they have no ids: no sequence to reset).
        indexed = [*tables, SearchTerm._meta.db_table] if postgres else tables
        global _LOAD
        _LOAD = _Load(generator=generator, vectors=vectors, size=size, total=total)
        for name in _session_set(connection, bulk=True):
            self._say(f"Could not set {name}; loading without it.", 1)
        builds: dict[str, tuple[float, float | None]] = {}
        vacuums: dict[str, tuple[float, float | None]] = {}
        try:
            builders = max(1, min(workers, 3))
            with indexes_set_aside(
                connection, indexed if rebuild else [], builders=builders, timings=builds
            ) as aside:
                if aside:
                    self._say(f"Set aside {len(aside)} indexes and constraints for the load.", 2)
                with self._timed("load (wall)"):
                    self._load(-(-total // size), workers, started)
                rebuilding = time.perf_counter()
            if aside:
                self.timings["indexes rebuilt (wall)"] = time.perf_counter() - rebuilding
            sequences_reset(connection, tables)
        finally:
            _session_set(connection, bulk=False)
            _LOAD = None
        if postgres:
            with self._timed("vacuum analyze (wall)"):
                # Statistics for the planner, and the visibility map for index-only scans.
                # VACUUM cannot run in a transaction (a test's): ANALYZE alone there.
                vacuum = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
                # The largest tables first, so that the last to finish are small ones.
                statements_run(
                    connection,
                    [f"{vacuum} {t}" for t in largest_first(connection, indexed)],
                    connections=min(workers, 3),
                    timings=vacuums,
                )
        with self._timed("status counts"):
            status_summary_refresh()
        wall = time.perf_counter() - started
        if self.verbosity >= 1:
            for name, seconds in self.timings.items():
                self.stdout.write(f"  {name}: {seconds:.1f} s")
            self.stdout.write(f"  CPU: this process {time.process_time() - python_cpu:.0f} s")
            if database_cpu is not None:
                self.stdout.write(
                    f"  CPU: PostgreSQL {backend_cpu_seconds(connection) - database_cpu:.0f} s "
                    "(this connection)"
                )
            for phase, statements in (("index builds", builds), ("vacuum analyze", vacuums)):
                cpu = [c for _, c in statements.values() if c is not None]
                if cpu:
                    self.stdout.write(
                        f"  CPU: PostgreSQL, {phase} {sum(cpu):.0f} s "
                        "(their connections; parallel workers not counted)"
                    )
            slowest = sorted(builds.items(), key=lambda item: -item[1][0])[:BUILDS_SHOWN]
            for statement, (seconds, cpu) in slowest if self.verbosity >= 2 else []:
                name = re.search(r"(?:INDEX|CONSTRAINT) (\S+)", statement)[1]
                self.stdout.write(f"    {name}: {seconds:.1f} s (CPU {cpu or 0:.1f} s)")
            self.stdout.write(f"  load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created {total:,} initiatives in {wall:.0f} s ({workers} workers)."
                )
            )

    def _load(self, batches: int, workers: int, started: float) -> None:
        """Make and write every batch: here, or in ``workers`` forked processes (each a
        batch at a time, in its own transaction and connection). Worker steps' seconds
        are summed over the workers."""
        done = 0

        def report(result: tuple[int, dict[str, float]]) -> None:
            nonlocal done
            made, timings = result
            for name, seconds in timings.items():
                key = name if name.startswith("CPU") else f"{name} (summed)"
                self.timings[key] = self.timings.get(key, 0) + seconds
            done += made
            total = _LOAD.total if _LOAD else done
            self._say(f"{done:,}/{total:,} initiatives, {time.perf_counter() - started:.0f} s", 1)

        if workers <= 1 or batches <= 1:
            for index in range(batches):
                report(_batch_load(index))
            return
        # The workers open their own connections: none is shared across the fork.
        connections.close_all()
        context = multiprocessing.get_context("fork")
        with context.Pool(min(workers, batches), initializer=_worker_start) as pool:
            for result in pool.imap_unordered(_batch_load, range(batches)):
                report(result)
            pool.close()
            pool.join()
        _session_set(connection, bulk=True)  # this process's new connection

    def _next_number(self) -> int:
        """The number after the highest ``bench-<n>`` slug: batches are written in any
        order, so a load cut short may leave gaps below the highest; numbers go on
        after it."""
        numbers = Initiative.objects.filter(slug__regex=rf"^{SLUG_PREFIX}[0-9]+$").aggregate(
            top=Max(Cast(Substr("slug", len(SLUG_PREFIX) + 1), BigIntegerField()))
        )
        top = numbers["top"]
        return 0 if top is None else top + 1

    def _timed(self, name: str) -> _Timer:
        return _Timer(self.timings, name)

    def _say(self, message: str, level: int) -> None:
        if self.verbosity >= level:
            self.stdout.write(message)

    def _actors(self) -> list[Actor]:
        names = INSTITUTIONS + [f"Government of {c}" for c in COUNTRIES]
        names += [f"{c} defence firm {i}" for i in range(ACTORS) for c in COUNTRIES[:1]]
        Actor.objects.bulk_create(
            [
                Actor(name=n, slug=n.lower().replace(" ", "-"), kind=ActorKind.ORGANISATION)
                for n in names
            ],
            ignore_conflicts=True,
        )
        return list(Actor.objects.filter(name__in=names).order_by("pk"))

    def _sectors(self) -> list[Sector]:
        names = [
            f"{w.capitalize()} {k}"
            for w in SECTOR_WORDS
            for k in ("industry", "services", "components", "research")
        ][:SECTORS]
        Sector.objects.bulk_create(
            [Sector(name=n, slug=n.lower().replace(" ", "-")) for n in names],
            ignore_conflicts=True,
        )
        return list(Sector.objects.filter(name__in=names).order_by("pk"))


class _Timer:
    """Adds the seconds of a block to ``timings[name]``."""

    def __init__(self, timings: dict[str, float], name: str) -> None:
        self.timings, self.name = timings, name

    def __enter__(self) -> None:
        self.start = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        self.timings[self.name] = self.timings.get(self.name, 0) + time.perf_counter() - self.start
