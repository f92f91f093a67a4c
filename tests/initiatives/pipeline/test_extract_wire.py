"""A news-agency wire (Kyiv and Kiev) and a programme text with end dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from initiatives.pipeline.run import extract_text
from initiatives.pipeline.types import ExtractedInitiative

INPUTS = Path(__file__).resolve().parent / "inputs"
TODAY = dt.date(2026, 11, 24)


def extract(name: str) -> ExtractedInitiative:
    extraction = extract_text((INPUTS / name).read_text(encoding="utf-8"), today=TODAY)
    assert extraction.initiative is not None, extraction.warnings
    return extraction.initiative


def test_it_reads_kyiv_and_kiev_as_ukraine_and_capitals_as_governments() -> None:
    initiative = extract("extract-wire-kiev.txt")
    names = [a.name for a in initiative.actors]
    assert "Kyiv" not in names and "Kiev" not in names
    roles = {(a.name, a.role) for a in initiative.actors}
    assert {("European Union", "decision_maker"), ("Ukraine", "decision_maker")} <= roles
    assert {("Russia", "mentioned"), ("United States", "mentioned")} <= roles
    assert ("High Representative", "mentioned") in roles
    assert names.count("Ukraine") == 1  # one role only: the strongest


def test_it_reads_the_wire_dateline_and_its_signature() -> None:
    initiative = extract("extract-wire-kiev.txt")
    assert (initiative.status, initiative.venue) == ("adopted", "Kyiv")
    signature = next(m for m in initiative.milestones if m.kind == "signature")
    assert (signature.title, signature.date) == ("Signature in Kyiv", dt.date(2025, 11, 25))
    assert {a.area for a in initiative.areas} == {"co-production", "supply-chain", "investment"}


def test_it_does_not_take_a_countrys_companies_for_its_government() -> None:
    initiative = extract("extract-wire-kiev.txt")
    assert not any(a.owner == "Ukraine" for a in initiative.actions)
    assert not any("Kiev said" in a.description for a in initiative.actions)
    coordinate = next(a for a in initiative.actions if a.description.startswith("Coordinate"))
    assert coordinate.owner == "European Defence Agency"


def test_it_reads_a_programme_with_end_dates_and_a_deadline_after_entry_into_force() -> None:
    initiative = extract("extract-programme-2030.txt")
    assert initiative.status == "in_implementation"
    ends = sorted(m.date for m in initiative.milestones if m.kind == "deadline")
    assert ends == [dt.date(2027, 12, 31), dt.date(2030, 12, 31)]
    force = next(m for m in initiative.milestones if m.kind == "entry_into_force")
    assert force.date == dt.date(2024, 3, 1)
    report = next(a for a in initiative.actions if "evaluation report" in a.description)
    assert report.owner == "European Commission"
    assert report.due is not None and report.due.text == "six months from entry into force"
    assert "six months" not in report.description
    # "the Ukraine Facility" names an instrument; Ukraine is the partner it serves.
    assert ("Ukraine", "partner") in {(a.name, a.role) for a in initiative.actors}
    assert {a.area for a in initiative.areas} == {"investment"}
