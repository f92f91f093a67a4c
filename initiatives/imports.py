"""The import service: one file in, one Document (and usually one Initiative) out.

`document_import` runs the pure pipeline, then writes everything for the document in
one transaction. Each attempt is recorded as an ImportRun outside that transaction, so
a failure leaves its record and nothing else.

Re-importing the same text changes nothing. A new version of a known document (same
source URL, or same path) updates the extracted facts of its initiative, but never a
field or fact a curator edited, and nothing at all of a verified initiative but
additions.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import BooleanField, ExpressionWrapper, Model, Q, QuerySet, Value
from django.utils import timezone
from django.utils.text import slugify

from initiatives.files import FileRefused, file_read_inside
from initiatives.models import (
    Actor,
    CooperationArea,
    Document,
    DocumentMatch,
    Evidence,
    ImportOutcome,
    ImportRun,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
    MatchDecision,
    Origin,
    Sector,
)
from initiatives.pipeline.run import extract_document, extract_read
from initiatives.pipeline.types import (
    DocumentError,
    ExtractedInitiative,
    Extraction,
    ReadResult,
    Span,
)
from initiatives.rows import row_insert
from initiatives.search import initiative_search_update, search_update_deferred
from initiatives.serialize import extraction_as_dict
from initiatives.services import free_slug, initiative_save, unique_slug
from initiatives.services_match import (
    document_match_record,
    document_published,
    initiative_match,
    match_lock,
)
from initiatives.statements import stand_ins_replaced
from initiatives.users import acting_user
from timeline.models import (
    ChangeEvent,
    EventKind,
    EventVia,
    FollowUpAction,
    Milestone,
    Proposal,
)
from timeline.proposals import KnownFacts, proposal_as_dict, proposals_from_document
from timeline.services import (
    event_build,
    event_record,
    facts_bulk_create,
    initiative_due_dates_refresh,
)

logger = logging.getLogger(__name__)

ATTEMPTS = 2


@dataclass
class ImportResult:
    """What happened to one file; `as_dict()` is its entry in `--json` output."""

    path: str
    outcome: str
    sha256: str = ""
    title: str = ""
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    published_on: dt.date | None = None
    reference_date: dt.date | None = None
    set_aside: list[dict[str, Any]] = field(default_factory=list)
    initiative: dict[str, Any] | None = None
    document_id: int | None = None
    initiative_id: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    match: dict[str, Any] | None = None
    proposals: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "title": self.title,
            "outcome": self.outcome,
            "error": self.error,
            "warnings": self.warnings,
            "published_on": self.published_on.isoformat() if self.published_on else None,
            "reference_date": self.reference_date.isoformat() if self.reference_date else None,
            "set_aside": self.set_aside,
            "initiative": self.initiative,
            "initiative_id": self.initiative_id,
            "match": self.match,
            "proposals": self.proposals,
        }


def document_import_path(
    *,
    path: Path,
    today: dt.date,
    published: dt.date | None = None,
    trigger: str = ImportRun.Trigger.COMMAND,
    dry_run: bool = False,
    run_id: int | None = None,
    root: Path | None = None,
) -> ImportResult:
    """Import one file from disk, read only inside ``root`` (default: the file's own folder;
    see :mod:`initiatives.files`). Unreadable and refused files fail like bad content does.

    `run_id` names a queued ImportRun (see initiatives.outbox) that records the outcome."""
    try:
        data = file_read_inside(path, root=path.parent if root is None else root)
    except FileRefused as error:
        return _failed(path=str(path), message=str(error), trigger=trigger, dry_run=dry_run)
    except OSError as error:
        return _failed(
            path=str(path),
            message=f"Cannot read {path}: {error.strerror or error}. Check the path and permissions.",
            trigger=trigger,
            dry_run=dry_run,
            run_id=run_id,
        )
    return document_import(
        data=data,
        filename=path.name,
        source_path=str(path),
        today=today,
        published=published,
        trigger=trigger,
        dry_run=dry_run,
        run_id=run_id,
    )


def document_import(
    *,
    data: bytes,
    filename: str,
    source_path: str,
    today: dt.date,
    published: dt.date | None = None,
    trigger: str = ImportRun.Trigger.COMMAND,
    dry_run: bool = False,
    run_id: int | None = None,
) -> ImportResult:
    failed = partial(_failed, path=source_path, trigger=trigger, dry_run=dry_run, run_id=run_id)
    try:
        extraction = extract_document(
            data,
            filename=filename,
            today=today,
            published=published,
            max_bytes=settings.DOCKET_MAX_UPLOAD_BYTES,
        )
    except DocumentError as error:
        return failed(message=str(error))
    except Exception as error:  # a pipeline bug fails this document, not the whole run
        logger.exception("Extraction of %s failed", source_path)
        return failed(message=f"Unexpected error: {error.__class__.__name__}: {error}")

    result = ImportResult(
        path=source_path,
        outcome=ImportOutcome.CREATED,
        sha256=extraction.sha256,
        title=extraction.initiative.title if extraction.initiative else extraction.read.title,
        warnings=list(extraction.warnings),
        published_on=extraction.read.published,
        reference_date=extraction.reference_date,
        set_aside=[
            {"reason": s.reason, "start": s.start, "end": s.end} for s in extraction.set_aside
        ],
        initiative=extraction_as_dict(extraction.initiative),
    )
    if dry_run:
        return _dry_run(extraction, source_path=source_path, result=result)
    # A concurrent import may create the same new actor or sector between our read and
    # our insert; a second attempt sees its rows.
    for attempt in range(1, ATTEMPTS + 1):
        try:
            # One transaction, and so one commit, per document: the facts, the search
            # vector and the ImportRun land together or not at all.
            with transaction.atomic():
                # The changes applied with the document refresh the vector once, here.
                with search_update_deferred():
                    _load(extraction, source_path=source_path, result=result)
                    if result.initiative_id and result.outcome != ImportOutcome.UNCHANGED:
                        _refresh_search(result.initiative_id)
                _record_run(result, trigger=trigger, run_id=run_id)
            return result
        except IntegrityError:
            result.counts.clear()
            if Document.objects.filter(sha256=extraction.sha256).exists():
                # Another worker stored the same text between our check and our insert.
                result.outcome = ImportOutcome.UNCHANGED
                _record_run(result, trigger=trigger, run_id=run_id)
                return result
            if attempt == ATTEMPTS:
                logger.exception("Import of %s failed", source_path)
                return failed(message="The database refused the import; see the log.")
        except Exception as error:
            logger.exception("Import of %s failed", source_path)
            return failed(message=f"Unexpected error: {error.__class__.__name__}: {error}")
    return result


class _Rollback(Exception):
    pass


def _dry_run(extraction: Extraction, *, source_path: str, result: ImportResult) -> ImportResult:
    """Everything a real import would do, match and proposals included, rolled back."""
    try:
        with transaction.atomic():
            _load(extraction, source_path=source_path, result=result)
            raise _Rollback
    except _Rollback:
        pass
    if result.match and result.match["decision"] == MatchDecision.NEW:
        result.initiative_id = None  # the new initiative was not kept
    return result


def _refresh_search(initiative_id: int) -> None:
    initiative_search_update(initiative_ids=[initiative_id])


def _save_run(run_id: int | None, **fields: Any) -> None:
    """Complete the queued run `run_id`, or record a new run (also when another worker
    completed the queued one first)."""
    fields["finished_at"] = timezone.now()
    if run_id is None or not (
        ImportRun.objects.filter(pk=run_id, outcome=ImportOutcome.QUEUED).update(**fields)
    ):
        row_insert(ImportRun(**fields))


def _record_run(result: ImportResult, *, trigger: str, run_id: int | None = None) -> None:
    _save_run(
        run_id,
        path=result.path,
        trigger=trigger,
        sha256=result.sha256,
        outcome=result.outcome,
        document_id=result.document_id,
        initiative_id=result.initiative_id,
        counts=result.counts,
        warnings=result.warnings,
    )


def _failed(
    *, path: str, message: str, trigger: str, dry_run: bool, run_id: int | None = None
) -> ImportResult:
    result = ImportResult(path=path, outcome=ImportOutcome.FAILED, error=message)
    if not dry_run:
        _save_run(run_id, path=path, trigger=trigger, outcome=ImportOutcome.FAILED, error=message)
    return result


def _previous_version(source: str, *, by_url: bool) -> QuerySet:
    """The latest stored document from the same source URL (or else the same path): the
    one a document is a new version of, if any (as one row)."""
    same_source = Q(source_url=source) if by_url else Q(source_path=source)
    return Document.objects.filter(same_source).order_by("-imported_at", "-pk")[:1]


def _known_versions(extraction: Extraction, source_path: str) -> tuple[Any, Any]:
    """(pk, initiative_id) of the document with this very text, and of the latest
    document this one is a new version of, each None if there is none: one round trip,
    each half reading one entry of its own index."""
    by_url = bool(extraction.read.source_url)
    if connection.features.supports_slicing_ordering_in_compound:
        sql, params = _known_versions_sql(by_url)
        given = {_SHA256: extraction.sha256, _SOURCE: extraction.read.source_url or source_path}
        with connection.cursor() as cursor:
            cursor.execute(sql, stand_ins_replaced(params, given))
            rows = cursor.fetchall()
    else:  # SQLite: no LIMIT inside a UNION
        source = extraction.read.source_url or source_path
        same_text, latest = _known_versions_queries(extraction.sha256, source, by_url)
        rows = [*same_text, *latest]
    found = {same: (pk, initiative_id) for pk, initiative_id, same in rows}
    return found.get(True), found.get(False)


# Stand-ins for a document's values in `_known_versions_sql`'s compiled query.
_SHA256, _SOURCE = "\x00sha256", "\x00source"


def _known_versions_queries(sha256: str, source: str, by_url: bool) -> tuple[Any, Any]:
    same_text = Document.objects.filter(sha256=sha256).order_by()[:1]
    latest = _previous_version(source, by_url=by_url)
    return (
        same_text.values_list("pk", "initiative_id", Value(True)),
        latest.values_list("pk", "initiative_id", Value(False)),
    )


@functools.cache
def _known_versions_sql(by_url: bool) -> tuple[str, tuple[Any, ...]]:
    """`_known_versions`'s union, compiled once per process for a source URL or a path
    (building and compiling it cost about 0.7 ms of CPU per import); the document's
    values take the stand-ins' places."""
    same_text, latest = _known_versions_queries(_SHA256, _SOURCE, by_url)
    sql, params = same_text.union(latest, all=True).order_by().query.sql_with_params()
    return sql, tuple(params)


def _load(extraction: Extraction, *, source_path: str, result: ImportResult) -> None:
    existing, previous = _known_versions(extraction, source_path)
    if existing is not None:
        result.outcome = ImportOutcome.UNCHANGED
        result.document_id, result.initiative_id = existing
        _report_match(result.document_id, result)
        return
    extracted = extraction.initiative
    initiative = None
    decision = None
    if previous is not None and previous[1]:
        result.outcome = ImportOutcome.UPDATED
        initiative = Initiative.objects.select_for_update().get(pk=previous[1])
    elif extracted is not None:
        # Held to the end of this document's transaction: no other worker creates
        # or attaches between our candidate search and our insert.
        match_lock()
        decision = initiative_match(extraction=extraction)
        if decision.decision == MatchDecision.ATTACHED:
            initiative = Initiative.objects.select_for_update().get(pk=decision.initiative_id)
        elif decision.decision == MatchDecision.NEW:
            initiative = Initiative(slug=unique_slug(extracted.title), title=extracted.title[:300])
    read = extraction.read
    document = Document(
        title=(extracted.title if extracted else read.title)[:500],
        text=read.text,
        sha256=extraction.sha256,
        format=read.format,
        source_url=read.source_url,
        source_path=source_path,
        site_name=read.site_name,
        published_on=read.published,
        reference_date=extraction.reference_date,
        set_aside=result.set_aside,
        warnings=result.warnings,
    )
    if initiative is None:
        # Kept for a curator: "no initiative found", or a possible match in triage.
        row_insert(document)
    elif decision is not None and decision.decision == MatchDecision.ATTACHED:
        result.outcome = ImportOutcome.UPDATED
        _attach(initiative, document, extraction)
    else:
        loader = _FactLoader(initiative=initiative, document=document, counts=result.counts)
        loader.load(extracted)
        if decision is not None:
            _propose(initiative, document, extraction, known=loader.known())
    result.initiative_id = initiative.pk if initiative else None
    result.document_id = document.pk
    match = None
    if decision is not None:
        match = document_match_record(
            document=document,
            decision=decision,
            referenced_days=decision.days_said,
            created=initiative if decision.decision == MatchDecision.NEW else None,
        )
    # A document stored without an initiative has had nothing proposed about it.
    _report_match(document, result, match=match, stored_now=True, proposed=initiative is not None)


def _attach(initiative: Initiative, document: Document, extraction: Extraction) -> None:
    """The document becomes another source of a known initiative: its differences
    become proposals, never overwrites."""
    document.initiative = initiative
    _document_save(document)
    event_record(
        initiative=initiative,
        kind=EventKind.DOCUMENT_ADDED,
        summary=f"New source document: {document}",
        via=EventVia.IMPORT,
        document=document,
    )
    _name_from_earliest(initiative, document, extraction)
    _propose(initiative, document, extraction)


def _document_save(document: Document) -> None:
    """Insert a document being imported (see `row_insert`), or save one stored before
    (a possible match a curator places)."""
    if document.pk is None:
        row_insert(document)
    else:
        document.save()


# The fields that the earliest document (usually the announcement) gives an initiative.
NAMING_FIELDS = ("title", "summary", "decided_on", "decided_on_precision", "venue")


def _name_from_earliest(initiative: Initiative, document: Document, extraction: Extraction) -> None:
    """An announcement imported after its follow-ups names the initiative, as it would
    have had it come first (fields a curator set, and verified records, are kept)."""
    extracted = extraction.initiative
    day = document_published(extraction)
    if extracted is None or initiative.verified:
        return
    earlier = initiative.documents.exclude(pk=document.pk).filter(
        Q(published_on__lte=day) | Q(published_on__isnull=True, reference_date__lte=day)
    )
    if earlier.exists():
        return
    values = {
        "title": extracted.title[:300],
        "summary": extracted.summary,
        "decided_on": extracted.decided_on,
        "decided_on_precision": extracted.decided_on_precision or "",
        "venue": (extracted.venue or "")[:200],
    }
    for name in NAMING_FIELDS:
        if name not in initiative.curated_fields:
            setattr(initiative, name, values[name])
    initiative_save(initiative=initiative, via=EventVia.IMPORT, document=document)


def _propose(
    initiative: Initiative,
    document: Document,
    extraction: Extraction,
    *,
    known: KnownFacts | None = None,
) -> None:
    proposals_from_document(
        initiative=initiative,
        document=document,
        extraction=extraction,
        published=document_published(extraction),
        known=known,
    )


def _report_match(
    document: Document | int,
    result: ImportResult,
    *,
    match: DocumentMatch | None = None,
    stored_now: bool = False,
    proposed: bool = True,
) -> None:
    """Report the document's match and proposals, as stored. A document `stored_now`
    has no match but `match`, and no proposals unless some were `proposed`: nothing to
    read again."""
    if match is None and not stored_now:
        match = DocumentMatch.objects.filter(document=document).first()
    result.match = match.as_dict() if match else None
    result.proposals = (
        [
            proposal_as_dict(p)
            for p in Proposal.objects.filter(document=document).select_related("evidence")
        ]
        if proposed
        else []
    )


@transaction.atomic
def document_match_resolve(
    *, match: DocumentMatch, initiative: Initiative | None, user: Any = None
) -> Initiative:
    """A curator's answer to a possible match: "same initiative as `initiative`", or a
    new initiative (None). The stored text is read again by the pure pipeline, against
    its stored reference date, and goes through the same steps as an import."""
    match = DocumentMatch.objects.select_for_update().select_related("document").get(pk=match.pk)
    document = match.document
    if match.decision != MatchDecision.REVIEW or match.resolved_at is not None:
        raise ValidationError("This document was already placed.")
    reference = document.reference_date or document.published_on or timezone.localdate()
    extraction = extract_read(
        ReadResult(text=document.text, format=document.format),
        today=max(reference, timezone.localdate()),
        published=reference,
    )
    if extraction.initiative is None:
        raise ValidationError("No initiative can be read from this document any more.")
    match_lock()
    if initiative is None:
        extracted = extraction.initiative
        initiative = Initiative(slug=unique_slug(extracted.title), title=extracted.title[:300])
        loader = _FactLoader(initiative=initiative, document=document, counts={})
        loader.load(extracted)
        _propose(initiative, document, extraction, known=loader.known())
    else:
        initiative = Initiative.objects.select_for_update().get(pk=initiative.pk)
        _attach(initiative, document, extraction)
    match.initiative = initiative
    match.resolved_by = acting_user(user)
    match.resolved_at = timezone.now()
    match.save()
    ImportRun.objects.filter(document=document).update(initiative=initiative)
    _refresh_search(initiative.pk)
    return initiative


def facts_load(
    *, initiative: Initiative, document: Document, extracted: ExtractedInitiative
) -> dict[str, int]:
    """Write one extraction's facts onto an initiative and make it the document's, as an
    import does (for a curator detaching a document into an initiative of its own)."""
    counts: dict[str, int] = {}
    _FactLoader(initiative=initiative, document=document, counts=counts).load(extracted)
    return counts


class _FactLoader:
    """Writes one extraction's facts onto an initiative, respecting curators' work.

    Writes are batched: evidence and new facts of each kind are inserted with one
    query each, so a document costs a constant number of queries whatever its length.
    """

    def __init__(self, *, initiative: Initiative, document: Document, counts: dict[str, int]):
        self.initiative = initiative
        self.document = document
        self.counts = counts
        self.is_new = initiative.pk is None
        # A verified initiative only gains facts; nothing of it is changed or removed.
        self.frozen = initiative.verified
        self.actors: dict[str, Actor] = {}
        # Writes wait here until `_flush`, which makes them in one query per kind.
        self.pending_evidence: list[Evidence] = []
        self.pending_new: dict[type[Model], list[Model]] = {}
        self.pending_changed: list[tuple[Model, str | None]] = []
        self.pending_events: list[ChangeEvent] = []
        # Actions added, changed or removed: the initiative's due dates are written again.
        self.actions_touched = False

    def load(self, extracted: ExtractedInitiative | None) -> None:
        initiative = self.initiative
        if extracted is not None:
            self._set_fields(extracted)
        initiative.save()
        self.document.initiative = initiative
        _document_save(self.document)
        if self.is_new:
            self._event(EventKind.INITIATIVE_CREATED, f"New initiative: {initiative.title}")
        self._event(
            EventKind.DOCUMENT_ADDED,
            f"New source document: {self.document}",
            document=self.document,
        )
        if extracted is not None:
            self._load_actors(extracted)
            self._load_areas(extracted)
            self._load_sectors(extracted)
            self._load_milestones(extracted)
            self._load_actions(extracted)
            self._flush()
            if self.actions_touched:
                initiative_due_dates_refresh(initiative_ids=[initiative.pk])
        ChangeEvent.objects.bulk_create(self.pending_events)

    def known(self) -> KnownFacts | None:
        """A new initiative's facts, all written by `load` (None for one that existed)."""
        if not self.is_new:
            return None
        pk = self.initiative.pk
        new = self.pending_new
        names = {actor.pk: name for name, actor in self.actors.items()}
        facts: dict[str, dict[int, list[Any]]] = {
            "actors": {
                pk: [(link.role, names[link.actor_id]) for link in new.get(InitiativeActor, [])]
            },
            "areas": {pk: [link.area.slug for link in new.get(InitiativeArea, [])]},
            "sectors": {pk: [link.sector.name for link in new.get(InitiativeSector, [])]},
        }
        # In FollowUpAction's order: the latest day of the window, undated last, then pk.
        actions = sorted(
            new.get(FollowUpAction, []),
            key=lambda a: (a.due_latest is None, a.due_latest or dt.date.min, a.pk),
        )
        return KnownFacts(actions=actions, facts=facts)

    def _flush(self) -> None:
        Evidence.objects.bulk_create(self.pending_evidence)
        for model, objs in self.pending_new.items():
            if model in (Milestone, FollowUpAction):
                facts_bulk_create(objs, model)
            else:
                model.objects.bulk_create(objs)
            self.counts[model._meta.model_name] = len(objs)
        for obj, _ in self.pending_changed:
            obj.save()
        if self.is_new:
            return
        # On an initiative that already existed, new and changed dates are news.
        for model in (Milestone, FollowUpAction):
            for obj in self.pending_new.get(model, []):
                self._announce(obj, added=True)
        for obj, old in self.pending_changed:
            if old is not None:
                self._announce(obj, added=False, old=old)

    def _set_fields(self, extracted: ExtractedInitiative) -> None:
        initiative = self.initiative
        values = {
            "title": extracted.title[:300],
            "summary": extracted.summary,
            "status": extracted.status,
            "venue": (extracted.venue or "")[:200],
            "decided_on": extracted.decided_on,
            "decided_on_precision": extracted.decided_on_precision or "",
            "decided_on_year_inferred": extracted.decided_on_year_inferred,
        }
        old_status = initiative.status
        for name, value in values.items():
            if self.is_new or not (self.frozen or name in initiative.curated_fields):
                setattr(initiative, name, value)
        if not self.is_new and initiative.status != old_status:
            self._event(
                EventKind.STATUS_CHANGED,
                f"Status changed from {old_status} to {initiative.status}",
                field="status",
                old_value=old_status,
                new_value=initiative.status,
            )

    def _evidence(self, span: Span | None, rule: str) -> Evidence | None:
        """An Evidence row for the span, inserted by `_flush` before the facts."""
        if span is None:
            return None
        evidence = Evidence.for_span(self.document, span.start, span.end, rule=rule)
        self.pending_evidence.append(evidence)
        return evidence

    def _event(self, kind: str, summary: str, **kwargs: Any) -> None:
        # Every change an import makes names its document: the detail page's sources say
        # what each document changed.
        kwargs.setdefault("document", self.document)
        self.pending_events.append(
            event_build(
                initiative=self.initiative,
                kind=kind,
                summary=summary,
                via=EventVia.IMPORT,
                **kwargs,
            )
        )

    def _replaceable(self, fact: Model) -> bool:
        return not self.frozen and fact.origin == Origin.EXTRACTED

    def _existing(self, queryset: QuerySet, key_of: Callable[[Any], Any]) -> dict[Any, Any]:
        return {} if self.is_new else {key_of(fact): fact for fact in queryset}

    def _load_actors(self, extracted: ExtractedInitiative) -> None:
        self.actors = _actors_for(extracted)
        self._load_links(
            InitiativeActor.objects.filter(initiative=self.initiative),
            {(self.actors[a.name].pk, a.role): a for a in extracted.actors},
            key_of=lambda link: (link.actor_id, link.role),
            target_of=lambda key: {"actor_id": key[0], "role": key[1]},
        )

    def _load_areas(self, extracted: ExtractedInitiative) -> None:
        areas = {area.slug: area for area in CooperationArea.objects.all()}
        self._load_links(
            InitiativeArea.objects.filter(initiative=self.initiative).select_related("area"),
            {a.area: a for a in extracted.areas if a.area in areas},
            key_of=lambda link: link.area.slug,
            target_of=lambda slug: {"area": areas[slug]},
            extra=lambda fact: {"statement": fact.statement},
        )

    def _load_sectors(self, extracted: ExtractedInitiative) -> None:
        sectors = _sectors_for([s.name for s in extracted.sectors])
        self._load_links(
            InitiativeSector.objects.filter(initiative=self.initiative).select_related("sector"),
            {s.name.casefold(): s for s in extracted.sectors},
            key_of=lambda link: link.sector.name.casefold(),
            target_of=lambda key: {"sector": sectors[key]},
        )

    def _load_links(
        self,
        links: QuerySet,
        wanted: dict[Any, Any],
        *,
        key_of: Callable[[Any], Any],
        target_of: Callable[[Any], dict[str, Any]],
        extra: Callable[[Any], dict[str, Any]] | None = None,
    ) -> None:
        """Make one kind of the initiative's links match `wanted` (key -> extracted fact)."""
        model = links.model
        existing = self._existing(links, key_of)
        for key, fact in wanted.items():
            link = existing.pop(key, None)
            if link is not None and not self._replaceable(link):
                continue
            values: dict[str, Any] = {"evidence": self._evidence(fact.evidence, fact.rule)}
            if extra:
                values.update(extra(fact))
            if link is None:
                link = model(
                    initiative=self.initiative, origin=Origin.EXTRACTED, **target_of(key), **values
                )
                self.pending_new.setdefault(model, []).append(link)
            else:
                _assign(link, values)
                self.pending_changed.append((link, None))
        self._delete_stale(model, existing.values())

    def _delete_stale(self, model: type[Model], facts: Any) -> None:
        stale = [fact.pk for fact in facts if self._replaceable(fact)]
        if stale:
            model.objects.filter(pk__in=stale).delete()
            self.actions_touched |= model is FollowUpAction

    def _load_milestones(self, extracted: ExtractedInitiative) -> None:
        self._load_dated(
            Milestone,
            self.initiative.milestones.all(),
            [
                (
                    (fact.kind, fact.title.casefold()),
                    fact,
                    {
                        "title": fact.title[:300],
                        "kind": fact.kind,
                        "date": fact.date,
                        "date_precision": fact.precision or "",
                        "window_start": fact.window_start,
                        "window_end": fact.window_end,
                        "rule": fact.rule,
                    },
                )
                for fact in extracted.milestones
            ],
            key_of=lambda m: (m.kind, m.title.casefold()),
        )

    def _load_actions(self, extracted: ExtractedInitiative) -> None:
        rows = []
        for fact in extracted.actions:
            due = fact.due
            owner = self.actors.get(fact.owner) if fact.owner else None
            if fact.owner and owner is None:
                owner = Actor.objects.filter(name=fact.owner).first()
            values = {
                "description": fact.description,
                "owner": owner,
                "due_text": (due.text if due else "")[:200],
                "due_earliest": due.earliest if due else None,
                "due_latest": due.latest if due else None,
                "due_confidence": due.confidence if due else None,
                "due_rule": due.rule if due else "",
                "due_anchor": (due.anchor_event if due else "")[:200],
                "due_offset_days": due.offset_days if due else None,
                "recurrence": (due.recurrence if due else "")[:100],
                "rule": fact.rule,
            }
            rows.append((fact.description.casefold(), fact, values))
        self._load_dated(
            FollowUpAction,
            self.initiative.actions.select_related("owner"),
            rows,
            key_of=lambda a: a.description.casefold(),
        )

    def _load_dated(
        self,
        model: type[Milestone] | type[FollowUpAction],
        current: QuerySet,
        rows: list[tuple[Any, Any, dict[str, Any]]],
        *,
        key_of: Callable[[Any], Any],
    ) -> None:
        """Milestones and actions: like links, but with history, and announced when
        they appear or change on an initiative that already existed."""
        existing = self._existing(current, key_of)
        for key, fact, values in rows:
            obj = existing.pop(key, None)
            if obj is not None and not self._replaceable(obj):
                continue
            if obj is None:
                obj = model(
                    initiative=self.initiative,
                    origin=Origin.EXTRACTED,
                    evidence=self._evidence(fact.evidence, fact.rule),
                    **values,
                )
                self.pending_new.setdefault(model, []).append(obj)
                self.actions_touched |= model is FollowUpAction
            elif _differs(obj, values):
                self.actions_touched |= model is FollowUpAction
                old = obj.due_display if model is FollowUpAction else obj.date_display
                _assign(obj, values)
                obj.evidence = self._evidence(fact.evidence, fact.rule)
                self.pending_changed.append((obj, old))
        self._delete_stale(model, existing.values())

    def _announce(self, obj: Milestone | FollowUpAction, *, added: bool, old: str = "") -> None:
        if isinstance(obj, FollowUpAction):
            kind = EventKind.ACTION_ADDED if added else EventKind.ACTION_CHANGED
            label, subject, new_value = "follow-up action", {"action": obj}, obj.due_display
            name = obj.description
        else:
            kind = EventKind.MILESTONE_ADDED if added else EventKind.MILESTONE_CHANGED
            label, subject, new_value = "milestone", {"milestone": obj}, obj.date_display
            name = obj.title
        if added:
            self._event(kind, f"New {label}: {name} ({new_value})", new_value=new_value, **subject)
        else:
            self._event(
                kind,
                f"{label.capitalize()} changed: {name}",
                field="due" if isinstance(obj, FollowUpAction) else "date",
                old_value=old,
                new_value=new_value,
                **subject,
            )


def _differs(obj: Model, values: dict[str, Any]) -> bool:
    return any(getattr(obj, name) != value for name, value in values.items())


def _assign(obj: Model, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(obj, name, value)


def _actors_for(extracted: ExtractedInitiative) -> dict[str, Actor]:
    """The Actor rows of the extracted actors by name, creating the missing ones at once."""
    wanted = {a.name: a for a in extracted.actors}
    slugs = {slugify(name) for name in wanted}
    rows = list(Actor.objects.filter(Q(name__in=wanted) | Q(slug__in=slugs)))
    actors = {actor.name: actor for actor in rows if actor.name in wanted}
    taken = {actor.slug for actor in rows}
    missing = [
        Actor(
            name=name,
            slug=free_slug(name, taken, max_length=200, fallback="actor"),
            kind=fact.kind,
            aliases=list(fact.aliases),
            # A body the gazetteer does not know, read from the text: for a curator to check.
            confirmed=not fact.found_by_pipeline,
        )
        for name, fact in wanted.items()
        if name not in actors
    ]
    for actor in Actor.objects.bulk_create(missing):
        actors[actor.name] = actor
    for name, fact in wanted.items():
        actor = actors[name]
        new_aliases = [a for a in fact.aliases if a not in actor.aliases]
        if new_aliases:
            actor.aliases = [*actor.aliases, *new_aliases]
            actor.save(update_fields=["aliases"])
    return actors


def _sectors_for(names: list[str]) -> dict[str, Sector]:
    """Sector rows by case-folded name, matching existing sectors whatever their case."""
    wanted = {name.casefold(): name for name in names}
    if not wanted:
        return {}
    named = Q()
    for name in wanted.values():
        named |= Q(name__iexact=name)
    slugs = [slugify(n)[:110] for n in wanted.values()]
    # The sectors of these names, and the slugs they could take, in one query.
    rows = Sector.objects.filter(named | Q(slug__in=slugs)).annotate(
        named=ExpressionWrapper(named, output_field=BooleanField())
    )
    sectors: dict[str, Sector] = {}
    taken: set[str] = set()
    for sector in rows:
        if sector.named:
            sectors[sector.name.casefold()] = sector
        if sector.slug in slugs:
            taken.add(sector.slug)
    missing = [
        Sector(name=name[:120], slug=free_slug(name, taken, max_length=120, fallback="sector"))
        for key, name in wanted.items()
        if key not in sectors
    ]
    for sector in Sector.objects.bulk_create(missing):
        sectors[sector.name.casefold()] = sector
    return sectors
