"""Plain-data views of pipeline results, for `import_documents --json`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from initiatives.pipeline.types import DueWindow, ExtractedInitiative, Span


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _evidence(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "quote": span.quote}


def _due(due: DueWindow | None) -> dict[str, Any] | None:
    """The deadline: none for a recurrence with no end ("annually", "every year"), which
    says how often the work is done, not by when; `recurrence` shows it."""
    if due is None or (due.recurrence and due.latest is None):
        return None
    return {
        "text": due.text,
        "earliest": _date(due.earliest),
        "latest": _date(due.latest),
        "confidence": due.confidence,
    }


def extraction_as_dict(initiative: ExtractedInitiative | None) -> dict[str, Any] | None:
    if initiative is None:
        return None
    return {
        "title": initiative.title,
        "summary": initiative.summary,
        "status": initiative.status,
        "venue": initiative.venue,
        "decided_on": _date(initiative.decided_on),
        "decided_on_precision": initiative.decided_on_precision,
        "actors": [
            {"name": a.name, "role": a.role, "evidence": _evidence(a.evidence)}
            for a in initiative.actors
        ],
        "areas": [{"area": a.area, "evidence": _evidence(a.evidence)} for a in initiative.areas],
        "sectors": [
            {"name": s.name, "evidence": _evidence(s.evidence)} for s in initiative.sectors
        ],
        "milestones": [
            {
                "title": m.title,
                "kind": m.kind,
                "date": _date(m.date),
                "evidence": _evidence(m.evidence),
            }
            for m in initiative.milestones
        ],
        "actions": [
            {
                "description": a.description,
                "owner": a.owner,
                "evidence": _evidence(a.evidence),
                "due": _due(a.due),
                "recurrence": a.due.recurrence if a.due else "",
            }
            for a in initiative.actions
        ],
    }
