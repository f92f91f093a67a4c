"""Words that look like facts and are not: negations, forecasts, false friends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from initiatives.pipeline.run import extract_text

INPUTS = Path(__file__).resolve().parent / "inputs"
TODAY = dt.date(2026, 11, 24)


def read(name: str) -> str:
    return (INPUTS / name).read_text(encoding="utf-8")


def test_it_reads_a_negated_adoption_as_no_adoption() -> None:
    initiative = extract_text(read("extract-false-friends.txt"), today=TODAY).initiative
    assert initiative is not None
    assert initiative.status == "proposed"
    assert initiative.decided_on is None
    assert not any(a.role == "decision_maker" for a in initiative.actors)


def test_it_finds_no_cooperation_area_in_false_friends() -> None:
    initiative = extract_text(read("extract-false-friends.txt"), today=TODAY).initiative
    assert initiative is not None
    # ramp-up of production, joint procurement, "the regulation", standard procedure
    assert initiative.areas == []


def test_it_takes_no_forecast_for_a_follow_up_action() -> None:
    initiative = extract_text(read("extract-false-friends.txt"), today=TODAY).initiative
    assert initiative is not None
    assert initiative.actions == []
    (force,) = initiative.milestones
    assert force.kind == "entry_into_force" and "20 days after publication" in force.title


def test_it_finds_no_initiative_in_a_recipe_and_says_why() -> None:
    extraction = extract_text(read("extract-recipe.txt"), today=TODAY)
    assert extraction.initiative is None
    (warning,) = [w for w in extraction.warnings if w.startswith("No initiative found")]
    assert "no EU institution" in warning


def test_it_finds_no_initiative_in_a_blog_post_naming_no_actor() -> None:
    text = "My trip\nWe announced our engagement in Paris and adopted a cat. It will be fun."
    extraction = extract_text(text, today=TODAY)
    assert extraction.initiative is None
    assert any(w.startswith("No initiative found") for w in extraction.warnings)
