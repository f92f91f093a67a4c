"""The seed article, run through the whole pipeline, gives what the issue describes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from initiatives.pipeline.run import extract_document
from initiatives.pipeline.types import ExtractedInitiative, Extraction, Span

SEED = (
    Path(__file__).resolve().parents[3] / "seeds" / "eu-ukraine-defence-industrial-cooperation.txt"
)
TODAY = dt.date(2026, 11, 24)
AREAS = {"co-production", "supply-chain", "standardization", "investment", "regulation"}


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return extract_document(SEED.read_bytes(), filename=SEED.name, today=TODAY)


@pytest.fixture(scope="module")
def initiative(extraction: Extraction) -> ExtractedInitiative:
    assert extraction.initiative is not None
    return extraction.initiative


def all_spans(initiative: ExtractedInitiative) -> list[Span]:
    facts = [
        *initiative.actors,
        *initiative.areas,
        *initiative.sectors,
        *initiative.milestones,
        *initiative.actions,
    ]
    spans = [fact.evidence for fact in facts]
    spans += [a.due.span for a in initiative.actions if a.due and a.due.span]
    return [*spans, *(s for s in (initiative.status_evidence, initiative.venue_evidence) if s)]


def test_it_reads_title_status_venue_and_the_decision_day(
    extraction: Extraction, initiative: ExtractedInitiative
) -> None:
    assert initiative.title == "EU Votes to Deepen Defense Industry Ties with Ukraine"
    assert initiative.status == "adopted"
    assert initiative.venue == "Brussels"
    assert (initiative.decided_on, initiative.decided_on_precision) == (
        dt.date(2025, 11, 25),
        "day",
    )
    assert extraction.reference_date == dt.date(2025, 11, 25)
    assert any("decision year was inferred as 2025" in w for w in extraction.warnings)
    assert initiative.summary.startswith("The European Union has approved a new initiative")


def test_it_finds_the_actors_in_their_roles(initiative: ExtractedInitiative) -> None:
    roles = {(a.name, a.role) for a in initiative.actors}
    assert ("European Union", "decision_maker") in roles
    assert ("Ukraine", "partner") in roles
    names = {name for name, _ in roles}
    assert {
        "European Commission",
        "European Parliament",
        "EU member states",
        "EU agencies",
    } <= names
    assert not names & {"Kyiv", "Kiev", "Ukrainian"}
    ukraine = next(a for a in initiative.actors if a.name == "Ukraine")
    assert "Kyiv" in ukraine.aliases and ukraine.kind == "country"
    assert all(a.rule for a in initiative.actors)


def test_it_evidences_all_five_areas_by_their_bullet_lines(
    extraction: Extraction, initiative: ExtractedInitiative
) -> None:
    bullets = {
        line.removeprefix("- ")
        for line in extraction.read.text.splitlines()
        if line.startswith("- ")
    }
    assert {a.area for a in initiative.areas} == AREAS
    for area in initiative.areas:
        assert area.evidence.quote in bullets
        assert area.statement == area.evidence.quote
    coproduction = next(a for a in initiative.areas if a.area == "co-production")
    assert coproduction.evidence.quote == (
        "Co-production agreements between Ukrainian and European defense firms"
    )


def test_it_lists_the_priority_sectors_as_written(initiative: ExtractedInitiative) -> None:
    assert [s.name for s in initiative.sectors] == [
        "ammunition production",
        "armored systems",
        "air defense components",
        "repair logistics",
    ]


def test_it_splits_the_outline_promise_into_three_actions(initiative: ExtractedInitiative) -> None:
    outlines = [a for a in initiative.actions if a.description.startswith("Outline")]
    assert [a.description for a in outlines] == [
        "Outline specific funding mechanisms",
        "Outline co-production guidelines",
        "Outline implementation structures",
    ]
    for action in outlines:
        assert action.owner == "EU agencies"
        assert action.due is not None and action.due.text == "in the coming months"
        assert (action.due.earliest, action.due.latest) == (
            dt.date(2025, 11, 25),
            dt.date(2026, 5, 25),
        )


def test_it_finds_the_member_states_and_monitoring_actions(initiative: ExtractedInitiative) -> None:
    identify = next(a for a in initiative.actions if "identify priority sectors" in a.description)
    assert identify.description.startswith("Coordinate with Kyiv to identify priority sectors")
    assert identify.owner == "EU member states"
    monitoring = next(a for a in initiative.actions if "onitoring" in a.description)
    assert monitoring.owner is None
    implementers = {a.name for a in initiative.actors if a.role == "implementer"}
    assert implementers == {"EU agencies", "EU member states"}
    forecasts = " ".join(a.description for a in initiative.actions)
    assert "influence" not in forecasts and "expand further" not in forecasts


def test_it_records_the_decision_milestone(initiative: ExtractedInitiative) -> None:
    decision = next(m for m in initiative.milestones if m.kind in ("decision", "vote"))
    assert (decision.date, decision.precision) == (dt.date(2025, 11, 25), "day")
    assert "November 25" in decision.evidence.quote


def test_it_takes_no_fact_from_the_comments_tail(
    extraction: Extraction, initiative: ExtractedInitiative
) -> None:
    text = extraction.read.text
    tail = text.index("2 comments")
    assert any(s.start <= tail and s.end == len(text) for s in extraction.set_aside)
    spans = all_spans(initiative)
    assert all(span.end <= tail for span in spans)
    everything = " ".join(span.quote for span in spans)
    for word in ("NSS", "drone", "Skeyes", "NATO", "civilizational"):
        assert word not in everything
    assert not {a.name for a in initiative.actors} & {"NATO", "Belgium"}


def test_it_quotes_the_text_exactly_in_every_span(
    extraction: Extraction, initiative: ExtractedInitiative
) -> None:
    text = extraction.read.text
    spans = all_spans(initiative)
    assert len(spans) > 20
    for span in spans:
        assert text[span.start : span.end] == span.quote
