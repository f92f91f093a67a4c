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
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Model, Q, QuerySet
from django.utils import timezone
from django.utils.text import slugify

from initiatives.models import (
    Actor,
    CooperationArea,
    Document,
    Evidence,
    ImportOutcome,
    ImportRun,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
    Origin,
    Sector,
)
from initiatives.pipeline.run import extract_document
from initiatives.pipeline.types import DocumentError, ExtractedInitiative, Extraction, Span
from initiatives.serialize import extraction_as_dict
from initiatives.services import unique_slug
from timeline.models import EventKind, EventVia, FollowUpAction, Milestone
from timeline.services import event_record

logger = logging.getLogger(__name__)


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
        }


def document_import_path(
    *,
    path: Path,
    today: dt.date,
    published: dt.date | None = None,
    trigger: str = ImportRun.Trigger.COMMAND,
    dry_run: bool = False,
) -> ImportResult:
    """Import one file from disk. Unreadable files fail like bad content does."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return _failed_run(
            path=str(path),
            message=f"Cannot read {path}: {error.strerror or error}. Check the path and permissions.",
            trigger=trigger,
            dry_run=dry_run,
        )
    return document_import(
        data=data,
        filename=path.name,
        source_path=str(path),
        today=today,
        published=published,
        trigger=trigger,
        dry_run=dry_run,
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
) -> ImportResult:
    run = None if dry_run else ImportRun.objects.create(path=source_path, trigger=trigger)
    try:
        extraction = extract_document(
            data,
            filename=filename,
            today=today,
            published=published,
            max_bytes=settings.DOCKET_MAX_UPLOAD_BYTES,
        )
    except DocumentError as error:
        return _finish_failed(run, source_path, str(error))

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
    try:
        if dry_run:
            result.outcome = _predicted_outcome(extraction, source_path)
            return result
        with transaction.atomic():
            _load(extraction, source_path=source_path, result=result)
    except IntegrityError:
        # Another worker stored the same text between our check and our insert.
        if Document.objects.filter(sha256=extraction.sha256).exists():
            result.outcome = ImportOutcome.UNCHANGED
        else:
            logger.exception("Import of %s failed", source_path)
            return _finish_failed(run, source_path, "The database refused the import; see the log.")
    except Exception as error:
        logger.exception("Import of %s failed", source_path)
        return _finish_failed(
            run, source_path, f"Unexpected error: {error.__class__.__name__}: {error}"
        )
    if result.initiative_id:
        _refresh_search(result.initiative_id)
    if run is not None:
        ImportRun.objects.filter(pk=run.pk).update(
            sha256=result.sha256,
            outcome=result.outcome,
            document_id=result.document_id,
            initiative_id=result.initiative_id,
            counts=result.counts,
            warnings=result.warnings,
            finished_at=timezone.now(),
        )
    return result


def _refresh_search(initiative_id: int) -> None:
    try:
        from initiatives.search import initiative_search_update
    except ImportError:  # search is optional on a partial install
        return
    initiative_search_update(initiative_ids=[initiative_id])


def _failed_run(*, path: str, message: str, trigger: str, dry_run: bool) -> ImportResult:
    run = None if dry_run else ImportRun.objects.create(path=path, trigger=trigger)
    return _finish_failed(run, path, message)


def _finish_failed(run: ImportRun | None, path: str, message: str) -> ImportResult:
    if run is not None:
        ImportRun.objects.filter(pk=run.pk).update(
            outcome=ImportOutcome.FAILED, error=message, finished_at=timezone.now()
        )
    return ImportResult(path=path, outcome=ImportOutcome.FAILED, error=message)


def _previous_version(extraction: Extraction, source_path: str) -> Document | None:
    """The latest stored document this one is a new version of, if any."""
    same_source = Q(source_path=source_path)
    if extraction.read.source_url:
        same_source = Q(source_url=extraction.read.source_url)
    return Document.objects.filter(same_source).order_by("-imported_at", "-pk").first()


def _predicted_outcome(extraction: Extraction, source_path: str) -> str:
    if Document.objects.filter(sha256=extraction.sha256).exists():
        return ImportOutcome.UNCHANGED
    if _previous_version(extraction, source_path):
        return ImportOutcome.UPDATED
    return ImportOutcome.CREATED


def _load(extraction: Extraction, *, source_path: str, result: ImportResult) -> None:
    existing = Document.objects.filter(sha256=extraction.sha256).first()
    if existing is not None:
        result.outcome = ImportOutcome.UNCHANGED
        result.document_id = existing.pk
        result.initiative_id = existing.initiative_id
        return
    previous = _previous_version(extraction, source_path)
    read = extraction.read
    document = Document.objects.create(
        title=(extraction.initiative.title if extraction.initiative else read.title)[:500],
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
    result.document_id = document.pk
    extracted = extraction.initiative
    if previous is not None and previous.initiative_id:
        result.outcome = ImportOutcome.UPDATED
        initiative = Initiative.objects.select_for_update().get(pk=previous.initiative_id)
    elif extracted is None:
        return  # stored for a curator, with the "no initiative found" warning
    else:
        initiative = Initiative(slug=unique_slug(extracted.title), title=extracted.title[:300])
    loader = _FactLoader(initiative=initiative, document=document, counts=result.counts)
    loader.load(extracted)
    result.initiative_id = initiative.pk


class _FactLoader:
    """Writes one extraction's facts onto an initiative, respecting curators' work."""

    def __init__(self, *, initiative: Initiative, document: Document, counts: dict[str, int]):
        self.initiative = initiative
        self.document = document
        self.counts = counts
        self.is_new = initiative.pk is None
        # A verified initiative only gains facts; nothing of it is changed or removed.
        self.frozen = initiative.verified

    def load(self, extracted: ExtractedInitiative | None) -> None:
        initiative = self.initiative
        if extracted is not None:
            self._set_fields(extracted)
        initiative.save()
        self.document.initiative = initiative
        self.document.save(update_fields=["initiative"])
        if self.is_new:
            self._event(EventKind.INITIATIVE_CREATED, f"New initiative: {initiative.title}")
        self._event(
            EventKind.DOCUMENT_ADDED,
            f"New source document: {self.document}",
            document=self.document,
        )
        if extracted is None:
            return
        self._load_actors(extracted)
        self._load_areas(extracted)
        self._load_sectors(extracted)
        self._load_milestones(extracted)
        self._load_actions(extracted)

    def _set_fields(self, extracted: ExtractedInitiative) -> None:
        initiative = self.initiative
        values = {
            "title": extracted.title[:300],
            "summary": extracted.summary,
            "status": extracted.status,
            "venue": (extracted.venue or "")[:200],
            "decided_on": extracted.decided_on,
            "decided_on_precision": extracted.decided_on_precision or "",
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
        if span is None:
            return None
        evidence = Evidence.for_span(self.document, span.start, span.end, rule=rule)
        evidence.save()
        return evidence

    def _count(self, name: str) -> None:
        self.counts[name] = self.counts.get(name, 0) + 1

    def _event(self, kind: str, summary: str, **kwargs: Any) -> None:
        event_record(
            initiative=self.initiative, kind=kind, summary=summary, via=EventVia.IMPORT, **kwargs
        )

    def _replaceable(self, fact: Model) -> bool:
        return not self.frozen and fact.origin == Origin.EXTRACTED

    def _load_actors(self, extracted: ExtractedInitiative) -> None:
        actors = {a.name: _actor(a.name, a.kind, a.aliases) for a in extracted.actors}
        self._load_links(
            InitiativeActor.objects.filter(initiative=self.initiative),
            {(actors[a.name].pk, a.role): a for a in extracted.actors},
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
        names = {s.name.casefold(): s.name for s in extracted.sectors}
        self._load_links(
            InitiativeSector.objects.filter(initiative=self.initiative).select_related("sector"),
            {s.name.casefold(): s for s in extracted.sectors},
            key_of=lambda link: link.sector.name.casefold(),
            target_of=lambda key: {"sector": _sector(names[key])},
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
        existing = {key_of(link): link for link in links}
        for key, fact in wanted.items():
            link = existing.pop(key, None)
            if link is not None and not self._replaceable(link):
                continue
            values: dict[str, Any] = {"evidence": self._evidence(fact.evidence, fact.rule)}
            if extra:
                values.update(extra(fact))
            if link is None:
                links.model.objects.create(
                    initiative=self.initiative, origin=Origin.EXTRACTED, **target_of(key), **values
                )
                self._count(links.model._meta.model_name)
            else:
                _assign(link, values)
                link.save()
        for link in existing.values():
            if self._replaceable(link):
                link.delete()

    def _load_milestones(self, extracted: ExtractedInitiative) -> None:
        existing = {(m.kind, m.title.casefold()): m for m in self.initiative.milestones.all()}
        for fact in extracted.milestones:
            key = (fact.kind, fact.title.casefold())
            milestone = existing.pop(key, None)
            if milestone is not None and not self._replaceable(milestone):
                continue
            values = {
                "title": fact.title[:300],
                "kind": fact.kind,
                "date": fact.date,
                "date_precision": fact.precision or "",
                "window_start": fact.window_start,
                "window_end": fact.window_end,
                "rule": fact.rule,
            }
            if milestone is None:
                milestone = Milestone.objects.create(
                    initiative=self.initiative,
                    origin=Origin.EXTRACTED,
                    evidence=self._evidence(fact.evidence, fact.rule),
                    **values,
                )
                self._count("milestone")
                if not self.is_new:
                    self._event(
                        EventKind.MILESTONE_ADDED,
                        f"New milestone: {milestone.title} ({milestone.date_display})",
                        milestone=milestone,
                    )
            elif _differs(milestone, values):
                old_date = milestone.date_display
                _assign(milestone, values)
                milestone.evidence = self._evidence(fact.evidence, fact.rule)
                milestone.save()
                self._event(
                    EventKind.MILESTONE_CHANGED,
                    f"Milestone changed: {milestone.title}",
                    milestone=milestone,
                    field="date",
                    old_value=old_date,
                    new_value=milestone.date_display,
                )
        for milestone in existing.values():
            if self._replaceable(milestone):
                milestone.delete()

    def _load_actions(self, extracted: ExtractedInitiative) -> None:
        existing = {a.description.casefold(): a for a in self.initiative.actions.all()}
        for fact in extracted.actions:
            action = existing.pop(fact.description.casefold(), None)
            if action is not None and not self._replaceable(action):
                continue
            due = fact.due
            values = {
                "description": fact.description,
                "owner": _actor_by_name(fact.owner),
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
            if action is None:
                action = FollowUpAction.objects.create(
                    initiative=self.initiative,
                    origin=Origin.EXTRACTED,
                    evidence=self._evidence(fact.evidence, fact.rule),
                    **values,
                )
                self._count("action")
                if not self.is_new:
                    self._event(
                        EventKind.ACTION_ADDED,
                        f"New follow-up action: {action.description}",
                        action=action,
                        new_value=action.due_display,
                    )
            elif _differs(action, values):
                old_due = action.due_display
                _assign(action, values)
                action.evidence = self._evidence(fact.evidence, fact.rule)
                action.save()
                self._event(
                    EventKind.ACTION_CHANGED,
                    f"Follow-up action changed: {action.description}",
                    action=action,
                    field="due",
                    old_value=old_due,
                    new_value=action.due_display,
                )
        for action in existing.values():
            if self._replaceable(action):
                action.delete()


def _differs(obj: Model, values: dict[str, Any]) -> bool:
    return any(getattr(obj, name) != value for name, value in values.items())


def _assign(obj: Model, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(obj, name, value)


def _actor(name: str, kind: str, aliases: tuple[str, ...]) -> Actor:
    actor, created = Actor.objects.get_or_create(
        name=name, defaults={"slug": slugify(name)[:200], "kind": kind, "aliases": list(aliases)}
    )
    missing = [a for a in aliases if a not in actor.aliases]
    if not created and missing:
        actor.aliases = [*actor.aliases, *missing]
        actor.save(update_fields=["aliases"])
    return actor


def _actor_by_name(name: str | None) -> Actor | None:
    return Actor.objects.filter(name=name).first() if name else None


def _sector(name: str) -> Sector:
    sector = Sector.objects.filter(name__iexact=name).first()
    if sector is None:
        sector = Sector.objects.create(name=name[:120], slug=_free_sector_slug(name))
    return sector


def _free_sector_slug(name: str) -> str:
    base = slugify(name)[:110] or "sector"
    slug, n = base, 2
    while Sector.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
