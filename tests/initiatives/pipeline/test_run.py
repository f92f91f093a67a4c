"""The orchestrator's contract with the loader: one Extraction per document."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from initiatives.pipeline.run import extract_document, extract_text
from initiatives.pipeline.types import DocumentError, Extraction, Span

TODAY = dt.date(2026, 11, 24)
FRONT_MATTER = b"""---
title: Council adopts SAFE
published: 2025-05-27
---
# Council adopts SAFE

The Council today adopted the SAFE regulation, which opens joint investment to member states.

## Next steps

The Commission will publish guidance in the coming weeks.
"""


def test_it_uses_the_documents_own_date_when_none_is_given() -> None:
    extraction = extract_document(FRONT_MATTER, filename="safe.md", today=TODAY)
    assert extraction.read.published == dt.date(2025, 5, 27)
    assert extraction.reference_date == dt.date(2025, 5, 27)
    assert extraction.initiative is not None
    assert extraction.initiative.decided_on == dt.date(2025, 5, 27)


def test_it_prefers_the_callers_published_date_to_the_documents_own() -> None:
    published = dt.date(2025, 6, 2)
    extraction = extract_document(
        FRONT_MATTER, filename="safe.md", today=TODAY, published=published
    )
    assert extraction.reference_date == published
    assert extraction.initiative is not None
    (action,) = extraction.initiative.actions
    assert action.due is not None and action.due.earliest == published


def test_it_hashes_the_normalized_text() -> None:
    extraction = extract_document(FRONT_MATTER, filename="safe.md", today=TODAY)
    assert extraction.sha256 == hashlib.sha256(extraction.read.text.encode("utf-8")).hexdigest()


def test_it_passes_read_errors_to_the_caller_unchanged() -> None:
    with pytest.raises(DocumentError, match="unsupported file type"):
        extract_document(b"%!PS-Adobe", filename="slides.ps", today=TODAY)
    with pytest.raises(DocumentError, match="over the limit"):
        extract_document(FRONT_MATTER, filename="safe.md", today=TODAY, max_bytes=10)


def test_it_gives_each_warning_once_as_a_sentence() -> None:
    text = "EU ministers adopt plan\nEU ministers adopted the plan on 3 March. On 3 March they met."
    extraction = extract_text(text, today=TODAY)
    warnings = extraction.warnings
    assert any("decision year was inferred" in w for w in warnings)
    assert len(warnings) == len({w.casefold() for w in warnings})
    for warning in warnings:
        assert warning[0].isupper() and warning.endswith((".", "!", "?"))


def test_it_returns_no_initiative_with_a_warning_saying_why() -> None:
    extraction = extract_text("Apple cake\nMix flour and sugar, then bake.", today=TODAY)
    assert extraction.initiative is None
    assert extraction.reference_date == TODAY
    assert any(w.startswith("No initiative found: ") for w in extraction.warnings)


def test_it_skips_read_for_text_and_keeps_the_given_title_and_format() -> None:
    extraction = extract_text(
        "The Council adopted the plan for member states.", today=TODAY, title="Plan", fmt="md"
    )
    assert (extraction.read.format, extraction.read.title) == ("md", "Plan")
    assert extraction.initiative is not None
    assert extraction.initiative.status == "adopted"


def test_it_takes_a_set_aside_date_line_as_the_documents_own_date() -> None:
    text = (
        "Press Releases\nPLENARY SESSION\n12-03-2025 - 13:05\n\n"
        "MEPs back defence plan for Ukraine\n\n"
        "The resolution was adopted with 419 votes in favour, 204 against and 46 abstentions."
    )
    extraction = extract_text(text, today=TODAY)
    assert extraction.reference_date == dt.date(2025, 3, 12)
    assert extraction.initiative is not None
    assert ("European Parliament", "decision_maker") in {
        (a.name, a.role) for a in extraction.initiative.actors
    }
    assert all(span.start > text.index("13:05") for span in _spans(extraction))


def _spans(extraction: Extraction) -> list[Span]:
    initiative = extraction.initiative
    assert initiative is not None
    return [f.evidence for f in [*initiative.actors, *initiative.areas, *initiative.milestones]]
