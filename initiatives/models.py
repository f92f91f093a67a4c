"""Initiatives and what they are made of: actors, areas, sectors, and the source
documents whose quoted spans (Evidence) back every extracted fact."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from initiatives.links import link


class Status(models.TextChoices):
    ANNOUNCED = "announced", "Announced"
    PROPOSED = "proposed", "Proposed"
    PROVISIONAL_AGREEMENT = "provisional_agreement", "Provisional agreement"
    ADOPTED = "adopted", "Adopted"
    IN_IMPLEMENTATION = "in_implementation", "In implementation"
    COMPLETED = "completed", "Completed"
    WITHDRAWN = "withdrawn", "Withdrawn"


# Each status's label, for `Initiative.get_status_display`.
STATUS_LABELS: dict[str, str] = dict(Status.choices)

STATUS_EXPLANATIONS: dict[str, str] = {
    Status.ANNOUNCED: "Made public as an intention; nothing has been formally tabled yet.",
    Status.PROPOSED: "Formally tabled by an institution and awaiting a decision.",
    Status.PROVISIONAL_AGREEMENT: "Negotiators agreed a text that still needs formal approval.",
    Status.ADOPTED: "Formally approved by the deciding body.",
    Status.IN_IMPLEMENTATION: "Adopted, and its measures are being carried out.",
    Status.COMPLETED: "Everything promised has been delivered.",
    Status.WITHDRAWN: "Abandoned or withdrawn before delivery.",
}


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class Origin(models.TextChoices):
    """Who stands behind a fact. A re-import replaces extracted facts only."""

    EXTRACTED = "extracted", "Extracted"
    CURATOR = "curator", "Curator"


# Why a decision's year may be shown as a guess: on pages (hover and screen readers), in admin.
YEAR_INFERRED_REASON = (
    "The source gives the day and month but not the year; Docket guessed the year from the "
    "day the source was published or imported."
)


def format_partial_date(value: dt.date | None, precision: str | None) -> str:
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value:%Y}"
    if precision == DatePrecision.MONTH:
        return f"{value:%B %Y}"
    return f"{value.day} {value:%B %Y}"


def iso_partial_date(value: dt.date | None, precision: str | None) -> str:
    """The date in ISO 8601 at its precision: "2026", "2026-11" or "2026-11-25"."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value:%Y}"
    if precision == DatePrecision.MONTH:
        return f"{value:%Y-%m}"
    return value.isoformat()


class ActorKind(models.TextChoices):
    INSTITUTION = "institution", "EU institution or body"
    COUNTRY = "country", "Country"
    GROUP = "group", "Group of countries or bodies"
    ORGANISATION = "organisation", "Other organisation"


class Actor(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=ActorKind, default=ActorKind.ORGANISATION)
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other names for the same actor, e.g. Kyiv and Kiev for Ukraine's government.",
    )
    description = models.TextField(blank=True)
    confirmed = models.BooleanField(
        default=True,
        help_text="Unticked for an actor that the importer found in a document's text and "
        "that no curator has checked yet.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return link("initiatives:actor", self.slug)

    def clean(self) -> None:
        if not isinstance(self.aliases, list) or not all(
            isinstance(a, str) and a.strip() for a in self.aliases
        ):
            raise ValidationError({"aliases": 'Enter a list of names, e.g. ["Kyiv", "Kiev"].'})


class CooperationArea(models.Model):
    """One of exactly five canonical areas, created by a data migration."""

    slug = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=80, unique=True)
    description = models.TextField()
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return link("initiatives:area", self.slug)


class Sector(models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ChoicesVersion(models.Model):
    """One row: the version of the filter forms' lists of choices (every area, actor and
    sector by slug and name, in their order), which each process keeps between requests
    (`initiatives.choices`). Database triggers give it a new random value whenever a row
    of those tables is inserted or deleted, or has its slug, name or order changed, in the
    writer's own transaction, whoever writes (a service, the admin, the importer's
    ``bulk_create``, raw SQL): migration initiatives 0026."""

    version = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"Choices version {self.version}"


class DocumentFormat(models.TextChoices):
    TEXT = "txt", "Plain text"
    MARKDOWN = "md", "Markdown"
    HTML = "html", "HTML"
    PDF = "pdf", "PDF"


class Document(models.Model):
    """A source document, stored as one normalized text that all offsets refer to."""

    initiative = models.ForeignKey(
        "Initiative",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
    )
    title = models.CharField(max_length=500, blank=True)
    text = models.TextField(help_text="Normalized text. Evidence offsets refer to it.")
    sha256 = models.CharField(max_length=64, unique=True)
    format = models.CharField(max_length=8, choices=DocumentFormat)
    source_url = models.URLField(max_length=1000, blank=True)
    source_path = models.CharField(max_length=1000, blank=True)
    site_name = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    reference_date = models.DateField(
        null=True, blank=True, help_text="The date that relative phrases were read against."
    )
    set_aside = models.JSONField(
        default=list,
        blank=True,
        help_text="Spans that are not the article (comments, share blocks, bylines).",
    )
    warnings = models.JSONField(default=list, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-imported_at"]
        indexes = [
            # Serve an import's "previous version" lookup (`imports._previous_version`):
            # the latest document from the same path or URL, without scanning the table.
            models.Index(
                fields=["source_path", "-imported_at", "-id"], name="document_path_latest_idx"
            ),
            models.Index(
                fields=["source_url", "-imported_at", "-id"], name="document_url_latest_idx"
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.source_path or self.sha256[:12]

    def get_absolute_url(self) -> str:
        return link("initiatives:document", self.pk)


class Evidence(models.Model):
    """An exact span of a document's text that supports a fact."""

    CONTEXT_CHARS = 40

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="evidence")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.TextField()
    prefix = models.CharField(max_length=200, blank=True)
    suffix = models.CharField(max_length=200, blank=True)
    rule = models.CharField(
        max_length=100, blank=True, help_text="The extraction rule that found this span."
    )

    class Meta:
        ordering = ["document_id", "start"]
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="evidence_end_after_start",
                violation_error_message="The evidence must end after it starts.",
            ),
        ]

    def __str__(self) -> str:
        return f"“{self.quote[:80]}”"

    def get_absolute_url(self) -> str:
        return f"{self.document.get_absolute_url()}#ev-{self.pk}"

    def clean(self) -> None:
        if self.end is None or self.start is None or not self.document_id:
            return
        if self.end <= self.start:
            raise ValidationError("The evidence must end after it starts.")
        length = len(self.document.text)
        if self.end > length:
            raise ValidationError(
                {"end": f"The document is {length} characters long; end must be at most {length}."}
            )
        if self.document.text[self.start : self.end] != self.quote:
            raise ValidationError(
                {"quote": "The quote must be exactly the document's text between start and end."}
            )

    @classmethod
    def for_span(cls, document: Document, start: int, end: int, rule: str = "") -> Evidence:
        text = document.text
        return cls(
            document=document,
            start=start,
            end=end,
            quote=text[start:end],
            prefix=text[max(0, start - cls.CONTEXT_CHARS) : start],
            suffix=text[end : end + cls.CONTEXT_CHARS],
            rule=rule,
        )


# The matcher looks at this many initiatives per document, at most, from each query.
MATCH_CANDIDATES = 12
# Rows of the full-text candidate query that are ranked, at most.
MATCH_SCAN = 24
# The candidate query first tests the stored `match_vector` of the rows in this many
# pages at the table's start (about 12 initiatives a page); only when they hold fewer
# than MATCH_SCAN matches does it read the GIN index for the rest of the table.
MATCH_HEAD_PAGES = 32
# When the head holds fewer than MATCH_SCAN matches (rare words), at most this many rows
# past it are ranked: the index's first, wherever the rows of a small table lie.
MATCH_TAIL = MATCH_SCAN * 8


# MATCH_SCAN rows whose stored vector (migration 0017: to_tsvector of the title and
# summary) holds one of the document's words: the best ranked of the head's pages (a few
# hundred rows at most, so a small database ranks every match, wherever its rows lie),
# then, if the head holds fewer, up to MATCH_TAIL rows of the rest of the table, the
# first the index gives. A common word
# matches a third of the rows: the head's pages hold enough, and the index's posting
# list of 30,000 rows is never read (the tail's LIMIT is 0, so PostgreSQL does not run
# it). A rare word's rows come from the index, past the head.
# The words are a query parameter, in a CTE so that the plan does not depend on how
# common they are; only constants are formatted in. Each row is ranked where it is
# read (head and tail hold different rows: their pages differ), not looked up again by
# id to be ranked: 10 % less of the server's CPU per query, the same ids in the same order.
_CANDIDATES_SQL = f"""
WITH words AS MATERIALIZED (SELECT websearch_to_tsquery('english', %(any)s) AS query),
head AS MATERIALIZED (
    SELECT id, ts_rank(match_vector, words.query) AS rank
    FROM initiatives_initiative, words
    WHERE ctid < '({MATCH_HEAD_PAGES},0)'::tid AND match_vector @@ words.query
    ORDER BY rank DESC, id DESC
    LIMIT %(scan)s
)
SELECT id FROM (
    SELECT id, rank FROM head
    UNION ALL
    (
        SELECT id, ts_rank(match_vector, words.query) FROM initiatives_initiative, words
        WHERE ctid >= '({MATCH_HEAD_PAGES},0)'::tid AND match_vector @@ words.query
        LIMIT CASE WHEN (SELECT count(*) FROM head) < %(scan)s THEN %(tail)s ELSE 0 END
    )
) AS found
ORDER BY rank DESC, id DESC
LIMIT %(keep)s
"""  # noqa: S608


class InitiativeQuerySet(models.QuerySet):
    def adopted(self) -> InitiativeQuerySet:
        return self.filter(status=Status.ADOPTED)

    def verified(self) -> InitiativeQuerySet:
        return self.filter(verified=True)

    def match_candidates(self, *, title: str, terms: list[str], names: list[str]) -> list[int]:
        """Ids of the initiatives whose title or summary holds the document's distinctive
        title words or programme names, best first (a full-text index of titles and
        summaries on PostgreSQL; word matching on SQLite). The scorer scores them and
        says whether the dates make a match plausible (`match.date_plausible`).

        On PostgreSQL: the initiatives whose stored match vector holds one of the words
        (the MATCH_SCAN best ranked of the table's first pages; when they are fewer, up
        to MATCH_TAIL of the rest) are ranked by `ts_rank` of the words, ties newest first, and the best
        MATCH_CANDIDATES are kept. Thousands of rows may share a common word: which of
        them are looked at depends on where rows lie, the same on every run of one
        database (see `_CANDIDATES_SQL`). (Ranking every
        match, or first querying pairs of words, read the long lists of common words:
        100 ms to 10 s at 100,000 initiatives.)"""
        found: list[int] = []
        if connection.vendor == "postgresql":
            words = [f'"{name}"' for name in names] + [w for w in terms if w.isalnum()]
            if words:
                with connection.cursor() as cursor:
                    cursor.execute(
                        _CANDIDATES_SQL,
                        {
                            "any": " OR ".join(words),
                            "scan": MATCH_SCAN,
                            "tail": MATCH_TAIL,
                            "keep": MATCH_CANDIDATES,
                        },
                    )
                    found.extend(pk for (pk,) in cursor.fetchall())
        else:
            from initiatives.pipeline.match import stem

            any_word = Q()
            # Stems, as substrings: "industri" finds "industrial" and "Industry".
            for word in (*names, *map(stem, terms))[:MATCH_CANDIDATES]:
                any_word |= Q(title__icontains=word) | Q(summary__icontains=word)
            if any_word:
                found.extend(
                    self.filter(any_word)
                    .order_by("-pk")
                    .values_list("pk", flat=True)[: MATCH_CANDIDATES * 4]
                )
        return list(dict.fromkeys(found))


# A LIMIT no subquery reaches: PostgreSQL then reads the subquery once rather than
# probing it once per outer row.
SUBQUERY_FENCE = 2**31 - 1


def decided_on_display(decided_on: dt.date | None, precision: str, *, year_inferred: bool) -> str:
    """A decision date as written for people: "25 November (year inferred: 2025)" when
    Docket guessed the year (`Initiative.decided_on_display`, and the CSV's value rows)."""
    if year_inferred and decided_on:
        return f"{decided_on.day} {decided_on:%B} (year inferred: {decided_on:%Y})"
    return format_partial_date(decided_on, precision)


class Initiative(models.Model):
    slug = models.SlugField(max_length=200, unique=True)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    status = models.CharField(max_length=24, choices=Status, default=Status.ANNOUNCED)
    decided_on = models.DateField(null=True, blank=True)
    decided_on_precision = models.CharField(
        max_length=5, choices=DatePrecision, blank=True, default=""
    )
    decided_on_year_inferred = models.BooleanField(
        "year inferred",
        default=False,
        help_text=f"{YEAR_INFERRED_REASON} Untick it once you have checked the year.",
    )
    venue = models.CharField(max_length=200, blank=True)
    verified = models.BooleanField(default=False)
    verified_at = models.DateTimeField(null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    curated_fields = models.JSONField(
        default=list,
        blank=True,
        help_text="Fields a curator edited. A re-import never overwrites them.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    actors = models.ManyToManyField(Actor, through="InitiativeActor", related_name="initiatives")
    areas = models.ManyToManyField(
        CooperationArea, through="InitiativeArea", related_name="initiatives"
    )
    sectors = models.ManyToManyField(Sector, through="InitiativeSector", related_name="initiatives")

    # Kept up to date by initiatives.search.initiative_search_update (PostgreSQL only).
    search_vector = SearchVectorField(null=True, editable=False)
    # The title and summary part of search_vector (weights A and B), which search ranks
    # by: a few hundred bytes kept in the row, where the whole vector (a document's
    # words) is kilobytes read from TOAST for every row ranked. Kept with search_vector.
    rank_vector = SearchVectorField(null=True, editable=False)
    # The first and last latest-due date of its pending actions (open, in progress,
    # stalled; undated ones aside), so that the list's `?overdue=` and `?due_within=` read
    # the initiative's own row instead of probing its actions. Dates, not flags: whether
    # they are overdue is read against the day asked (timeline.models, the due-window
    # rule). Kept by timeline.services.initiative_due_dates_refresh, which every writer
    # of actions calls.
    pending_due_first = models.DateField(null=True, blank=True, editable=False)
    pending_due_last = models.DateField(null=True, blank=True, editable=False)
    # Changes whenever anything its page shows changes (its row, its links, documents,
    # evidence, proposals, milestones, actions and events, the names of its actors, areas
    # and sectors): a random number set by PostgreSQL's triggers (migrations
    # initiatives 0022 and timeline 0015), so that every writer, bulk updates and raw SQL
    # included, moves it. The key of the page's kept drawing (`initiatives.detail`).
    page_version = models.BigIntegerField(db_default=0, editable=False)

    history = HistoricalRecords(
        excluded_fields=[
            "page_version",
            "updated_at",
            "search_vector",
            "rank_vector",
            "pending_due_first",
            "pending_due_last",
        ],
        # The admin writes what a save changed in the inlines here (see InitiativeAdmin).
        history_change_reason_field=models.TextField(null=True),
    )
    objects = InitiativeQuerySet.as_manager()

    class Meta:
        ordering = ["-decided_on", "title"]
        indexes = [
            models.Index(fields=["status", "decided_on"]),
            models.Index(fields=["updated_at"]),
            # The list sorted by title (`?sort=title`, with or without a search): read in
            # order and stopped after a page, instead of every match sorted.
            models.Index(fields=["title", "id"], name="initiative_title_id"),
            # The actor page's links sorted by their initiative's `updated_at`: each of
            # the actor's (up to 1,000) initiatives is probed in this index alone, not
            # read from the table (`actor_detail`).
            models.Index(fields=["id"], include=["updated_at"], name="initiative_id_updated"),
            # The capped count of the list's `?overdue=true` (`pending_due_first` before
            # today): read from the earliest date on, every entry a match, 1,001 entries
            # at any size, where the list order index has first to pass the recent
            # initiatives with nothing overdue (a tenth of the table: 89,000 at 1,000,000).
            models.Index(
                fields=["pending_due_first"],
                condition=Q(pending_due_first__isnull=False),
                name="initiative_pending_due_first",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(decided_on__isnull=True) | ~Q(decided_on_precision=""),
                name="initiative_decided_on_has_precision",
                violation_error_message=(
                    "Give the precision (day, month or year) of the decision date."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return link("initiatives:detail", self.slug)

    @classmethod
    def from_db(cls, db: str | None, field_names: Any, values: Any) -> Initiative:
        instance = super().from_db(db, field_names, values)
        # The status as loaded: saving another changes the dashboard's counts (summary.py).
        instance.counted_status = instance.__dict__.get("status")
        return instance

    def get_status_display(self) -> str:
        """Django's, from the labels kept once: Django's own flattens the choices and
        builds a dictionary of them at every call (25 a list page)."""
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def status_explanation(self) -> str:
        return STATUS_EXPLANATIONS.get(self.status, "")

    @property
    def decided_on_display(self) -> str:
        """The decision date as written for people: "25 November (year inferred: 2025)"
        when Docket guessed the year."""
        return decided_on_display(
            self.decided_on,
            self.decided_on_precision,
            year_inferred=self.decided_on_year_inferred,
        )

    @property
    def decided_on_iso(self) -> str:
        return iso_partial_date(self.decided_on, self.decided_on_precision)

    @property
    def decided_on_year_reason(self) -> str:
        return YEAR_INFERRED_REASON if self.decided_on_year_inferred and self.decided_on else ""

    def clean(self) -> None:
        if self.decided_on and not self.decided_on_precision:
            self.decided_on_precision = DatePrecision.DAY


class SearchTerm(models.Model):
    """One word (lexeme) of an initiative's ranking vector, with the rank a search for that
    word alone gives the initiative: ``ts_rank(rank_vector, '<lexeme>')``, the very value
    the list ranks by. PostgreSQL only; written with the vectors
    (`initiatives.search.search_vectors_refresh`).

    The rank of one word depends on the row alone, so it can be kept: a broad one-word
    search reads its first page in rank order from `search_term_rank`, where ranking
    every title and summary match computed ts_rank on up to 100,000 rows a request."""

    pk = models.CompositePrimaryKey("initiative", "lexeme")
    # The primary key's index (initiative, lexeme) serves deleting an initiative's terms.
    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="search_terms", db_index=False
    )
    lexeme = models.TextField()
    rank = models.FloatField()

    # On PostgreSQL, the index `search_term_rank` (lexeme, rank DESC NULLS LAST, initiative)
    # serves a one-word search, most relevant first (`initiatives.search.ranked_first`):
    # `lexeme = <the word's lexeme> ORDER BY rank DESC NULLS LAST, initiative_id LIMIT 25`
    # reads 25 entries, in the order the list shows them. Migration 0019 creates it there
    # alone: SQLite cannot order an index NULLS LAST, and has no ranking.

    def __str__(self) -> str:
        return f"{self.lexeme} ({self.rank:g})"


class ActorRole(models.TextChoices):
    DECISION_MAKER = "decision_maker", "Decision maker"
    PARTNER = "partner", "Partner"
    IMPLEMENTER = "implementer", "Implementer"
    MENTIONED = "mentioned", "Mentioned"


class InitiativeActor(models.Model):
    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="actor_links")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="initiative_links")
    role = models.CharField(max_length=20, choices=ActorRole)
    evidence = models.ForeignKey(
        Evidence, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    origin = models.CharField(max_length=10, choices=Origin, default=Origin.CURATOR)

    class Meta:
        ordering = ["role", "actor__name"]
        verbose_name = "actor link"
        indexes = [
            # The actor page's links (`actor_detail`: actor = X, the page's keys in their
            # initiatives' order, and its capped count), read from this index alone.
            models.Index(
                fields=["actor", "initiative"], include=["id"], name="actor_link_initiative"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["initiative", "actor", "role"],
                name="one_link_per_initiative_actor_role",
                violation_error_message="This actor already has this role in the initiative.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.actor} ({self.get_role_display()})"


class InitiativeArea(models.Model):
    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="area_links")
    area = models.ForeignKey(
        CooperationArea, on_delete=models.PROTECT, related_name="initiative_links"
    )
    statement = models.TextField(
        blank=True, help_text="What the initiative says about this area, in a sentence."
    )
    evidence = models.ForeignKey(
        Evidence, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    origin = models.CharField(max_length=10, choices=Origin, default=Origin.CURATOR)

    class Meta:
        ordering = ["area__position"]
        verbose_name = "cooperation area link"
        constraints = [
            models.UniqueConstraint(
                fields=["initiative", "area"],
                name="one_link_per_initiative_area",
                violation_error_message="This initiative is already linked to this area.",
            )
        ]

    def __str__(self) -> str:
        return str(self.area)


class InitiativeSector(models.Model):
    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="sector_links"
    )
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, related_name="initiative_links")
    evidence = models.ForeignKey(
        Evidence, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    origin = models.CharField(max_length=10, choices=Origin, default=Origin.CURATOR)

    class Meta:
        ordering = ["sector__name"]
        verbose_name = "priority sector link"
        constraints = [
            models.UniqueConstraint(
                fields=["initiative", "sector"],
                name="one_link_per_initiative_sector",
                violation_error_message="This initiative is already linked to this sector.",
            )
        ]

    def __str__(self) -> str:
        return str(self.sector)


class ImportOutcome(models.TextChoices):
    CREATED = "created", "Created"
    UPDATED = "updated", "Updated"
    UNCHANGED = "unchanged", "Unchanged"
    FAILED = "failed", "Failed"
    # Recorded with the upload, before any worker saw it: the outbox of imports to run.
    QUEUED = "queued", "Queued"


class ImportRun(models.Model):
    """One attempt to import one file, whatever its outcome."""

    class Trigger(models.TextChoices):
        COMMAND = "command", "Command line"
        TASK = "task", "Celery task"
        ADMIN = "admin", "Admin upload"
        INBOX = "inbox", "Inbox folder"

    path = models.CharField(max_length=1000)
    sha256 = models.CharField(max_length=64, blank=True)
    trigger = models.CharField(max_length=10, choices=Trigger, default=Trigger.COMMAND)
    outcome = models.CharField(max_length=10, choices=ImportOutcome, blank=True)
    document = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="import_runs"
    )
    initiative = models.ForeignKey(
        Initiative, null=True, blank=True, on_delete=models.SET_NULL, related_name="import_runs"
    )
    counts = models.JSONField(default=dict, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    error = models.TextField(blank=True)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # For a queued run: when its task was last handed to the broker (None: not yet).
    enqueued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [
            models.Index(
                fields=["started_at"],
                condition=models.Q(outcome="queued"),
                name="importrun_queued",
            )
        ]

    def __str__(self) -> str:
        return f"{self.path}: {self.outcome or 'running'}"


class SlugRedirect(models.Model):
    """An address an initiative no longer has (it was merged into another), kept so that
    links and feed subscriptions to it still arrive, by a permanent redirect."""

    old_slug = models.SlugField(max_length=200, unique=True)
    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="slug_redirects"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["old_slug"]

    def __str__(self) -> str:
        return f"{self.old_slug} → {self.initiative.slug}"


class MatchDecision(models.TextChoices):
    NEW = "new", "New initiative"
    ATTACHED = "attached", "Attached to a known initiative"
    REVIEW = "review", "Possible match, awaiting a curator"


class DocumentMatch(models.Model):
    """Why a document landed where it did: the decision, its score and features, and
    the candidates a curator chooses from when the decision is "review"."""

    document = models.OneToOneField(Document, on_delete=models.CASCADE, related_name="match")
    decision = models.CharField(max_length=10, choices=MatchDecision)
    initiative = models.ForeignKey(
        Initiative, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    score = models.FloatField(default=0)
    features = models.JSONField(default=dict, blank=True)
    candidates = models.JSONField(
        default=list, blank=True, help_text="[{id, title, score, features}], best first."
    )
    referenced_days = models.JSONField(
        default=list,
        blank=True,
        help_text="Decision days the document points back at (“approved on 25 November”).",
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "document matches"
        indexes = [models.Index(fields=["decision", "resolved_at"])]

    def __str__(self) -> str:
        return f"{self.document}: {self.get_decision_display()}"

    def as_dict(self) -> dict[str, object]:
        return {
            "decision": self.decision,
            "initiative_id": self.initiative_id,
            "score": self.score,
            "features": self.features,
        }


class StatusCount(models.Model):
    """How many initiatives have each status, overall (no area) and in each cooperation
    area: the dashboard's counts and matrix. Counting them on every view scans both
    tables (a few hundred milliseconds at 100,000 initiatives); `initiatives.summary`
    keeps them here instead, counted again after a change and by beat."""

    status = models.CharField(max_length=32, choices=Status.choices)
    area = models.ForeignKey(CooperationArea, null=True, blank=True, on_delete=models.CASCADE)
    count = models.PositiveIntegerField()
    counted_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.status} in {self.area or 'all areas'}: {self.count}"
