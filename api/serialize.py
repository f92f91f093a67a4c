"""Model rows as the plain data the API's schemas describe. Rules (overdue, due soon, how
sure a due window is) come from the models' own methods, never written again here."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest

from initiatives.models import Actor, CooperationArea, Document, Evidence, Initiative, Sector
from timeline.models import ChangeEvent, FollowUpAction, Milestone


def evidence(row: Evidence | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {
        "id": row.pk,
        "document_id": row.document_id,
        "start": row.start,
        "end": row.end,
        "quote": row.quote,
        "prefix": row.prefix,
        "suffix": row.suffix,
        "rule": row.rule,
    }


def actor(row: Actor) -> dict[str, Any]:
    aliases = row.aliases if isinstance(row.aliases, list) else []
    return {
        "slug": row.slug,
        "name": row.name,
        "kind": row.kind,
        "aliases": [str(a) for a in aliases],
        "confirmed": row.confirmed,
    }


def area(row: CooperationArea) -> dict[str, Any]:
    return {"slug": row.slug, "name": row.name, "description": row.description}


def sector(row: Sector) -> dict[str, Any]:
    return {"slug": row.slug, "name": row.name}


def initiative_ref(row: Initiative) -> dict[str, Any]:
    return {"slug": row.slug, "title": row.title}


def initiative(row: Initiative, request: HttpRequest) -> dict[str, Any]:
    """Needs `area_links` with their areas prefetched."""
    return {
        "slug": row.slug,
        "title": row.title,
        "status": row.status,
        "decided_on": row.decided_on,
        "decided_on_precision": row.decided_on_precision,
        "decided_on_year_inferred": row.decided_on_year_inferred,
        "venue": row.venue,
        "verified": row.verified,
        "areas": [link.area.slug for link in row.area_links.all()],
        "updated_at": row.updated_at,
        "url": request.build_absolute_uri(row.get_absolute_url()),
    }


def milestone(row: Milestone) -> dict[str, Any]:
    return {
        "id": row.pk,
        "title": row.title,
        "kind": row.kind,
        "date": row.date,
        "date_precision": row.date_precision,
        "window_start": row.window_start,
        "window_end": row.window_end,
        "origin": row.origin,
        "evidence": evidence(row.evidence),
    }


def action(row: FollowUpAction, *, today: dt.date) -> dict[str, Any]:
    """Needs `initiative`, `owner` and `evidence` selected."""
    owner = row.owner
    return {
        "id": row.pk,
        "initiative": initiative_ref(row.initiative),
        "description": row.description,
        "owner": {"slug": owner.slug, "name": owner.name} if owner else None,
        "status": row.status,
        "due_text": row.due_text,
        "due_earliest": row.due_earliest,
        "due_latest": row.due_latest,
        "due_confidence": row.due_confidence,
        "due_confidence_words": row.due_confidence_display,
        "overdue": row.is_overdue(today),
        "due_soon": row.is_due_soon(today),
        "completed_on": row.completed_on,
        "recurrence": row.recurrence,
        "origin": row.origin,
        "evidence": evidence(row.evidence),
    }


def document_ref(row: Document) -> dict[str, Any]:
    return {
        "id": row.pk,
        "title": row.title,
        "source_url": row.source_url,
        "site_name": row.site_name,
        "published_on": row.published_on,
        "imported_at": row.imported_at,
    }


def document(row: Document) -> dict[str, Any]:
    """Needs `initiative` selected."""
    return {
        **document_ref(row),
        "initiative": initiative_ref(row.initiative) if row.initiative else None,
    }


def set_aside(value: Any) -> list[dict[str, Any]]:
    """The document's set-aside spans, keeping only well-formed ones (the column is JSON)."""
    spans = value if isinstance(value, list) else []
    return [
        {"start": s["start"], "end": s["end"], "reason": str(s.get("reason", ""))}
        for s in spans
        if isinstance(s, dict) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int)
    ]


def event(row: ChangeEvent) -> dict[str, Any]:
    """Needs `initiative` and `evidence` selected."""
    return {
        "id": row.pk,
        "kind": row.kind,
        "initiative": initiative_ref(row.initiative),
        "summary": row.summary,
        "field": row.field,
        "old_value": row.old_value,
        "new_value": row.new_value,
        "action_id": row.action_id,
        "milestone_id": row.milestone_id,
        "document_id": row.document_id,
        "evidence": evidence(row.evidence),
        "via": row.via,
        "occurred_at": row.occurred_at,
    }
