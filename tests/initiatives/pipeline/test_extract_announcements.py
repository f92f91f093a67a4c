"""Council, Parliament and Commission announcements, as they are usually written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from initiatives.pipeline.run import extract_document
from initiatives.pipeline.types import ExtractedInitiative, Extraction

INPUTS = Path(__file__).resolve().parent / "inputs"
TODAY = dt.date(2026, 11, 24)


def extract(name: str) -> tuple[Extraction, ExtractedInitiative]:
    extraction = extract_document((INPUTS / name).read_bytes(), filename=name, today=TODAY)
    assert extraction.initiative is not None, extraction.warnings
    text = extraction.read.text
    initiative = extraction.initiative
    for fact in [
        *initiative.actors,
        *initiative.areas,
        *initiative.actions,
        *initiative.milestones,
    ]:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
    return extraction, initiative


def roles(initiative: ExtractedInitiative) -> set[tuple[str, str]]:
    return {(a.name, a.role) for a in initiative.actors}


def test_it_reads_a_council_press_release_with_a_dateline() -> None:
    _, initiative = extract("extract-council-edip.txt")
    assert (initiative.status, initiative.venue) == ("adopted", "Brussels")
    assert initiative.decided_on == dt.date(2025, 12, 8)
    assert ("Council of the EU", "decision_maker") in roles(initiative)
    assert ("Ukraine", "partner") in roles(initiative)
    areas = {a.area: a for a in initiative.areas}
    assert set(areas) == {
        "co-production",
        "supply-chain",
        "standardization",
        "investment",
        "regulation",
    }
    # "joint production … by Ukrainian and EU companies", not "joint procurement"
    assert "joint production" in areas["co-production"].statement
    assert areas["regulation"].evidence.quote == "Simpler procurement rules for joint purchases"
    adopt = next(a for a in initiative.actions if a.description == "Adopt the first work programme")
    assert adopt.owner == "European Commission"
    assert adopt.due is not None and adopt.due.anchor_event == "entry into force"
    # "…, which will mobilise €1.5 billion" says what the act does; it is no follow-up.
    assert not any("Mobilise" in a.description for a in initiative.actions)
    kinds = {(m.kind, m.date) for m in initiative.milestones}
    assert ("decision", dt.date(2025, 12, 8)) in kinds
    assert ("deadline", dt.date(2027, 12, 31)) in kinds
    assert any(m.kind == "entry_into_force" for m in initiative.milestones)


def test_it_reads_a_provisional_agreement_and_its_next_steps() -> None:
    _, initiative = extract("extract-ep-provisional.md")
    assert initiative.status == "provisional_agreement"
    assert (initiative.decided_on, initiative.venue) == (dt.date(2025, 11, 3), "Strasbourg")
    assert {
        ("European Parliament", "decision_maker"),
        ("Council of the EU", "decision_maker"),
    } <= roles(initiative)
    vote = next(m for m in initiative.milestones if m.kind == "vote")
    assert (vote.title, vote.date) == ("Plenary vote", dt.date(2026, 1, 15))
    transpose = next(a for a in initiative.actions if a.description == "Transpose the directive")
    assert transpose.owner == "EU member states"
    assert transpose.due is not None
    assert (transpose.due.earliest, transpose.due.latest) == (
        dt.date(2025, 11, 3),
        dt.date(2026, 11, 3),
    )
    endorse = next(a for a in initiative.actions if a.description.startswith("Endorse"))
    assert endorse.owner == "European Parliament"  # the agent of a passive promise
    assert all(a.rule.startswith("action.next_steps_section") for a in initiative.actions)


def test_it_reads_a_commission_proposal() -> None:
    extraction, initiative = extract("extract-commission-proposes.txt")
    assert extraction.reference_date == dt.date(2025, 3, 19)  # the set-aside date line
    assert initiative.status == "proposed"
    assert (initiative.decided_on, initiative.decided_on_precision) == (dt.date(2025, 3, 19), "day")
    assert ("European Commission", "decision_maker") in roles(initiative)
    assert [s.name for s in initiative.sectors] == [
        "air and missile defence",
        "artillery systems",
        "drones and counter-drone systems",
        "military mobility",
    ]
    omnibus = next(a for a in initiative.actions if "omnibus" in a.description)
    assert omnibus.description == "Present a defence omnibus"
    assert omnibus.due is not None and omnibus.due.latest == dt.date(2025, 6, 30)
    # The Council and the leaders who will discuss the proposal give its agenda, no work.
    assert not [a for a in initiative.actions if a.description.startswith("Discuss")]
    assert {("Council of the EU", "mentioned"), ("European Council", "mentioned")} <= roles(
        initiative
    )
