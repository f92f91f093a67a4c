"""Objectives written as labelled lines ("Objective 1: To relocate…", "Priority B:
Publish…"): each is the plan's own promise, owned by the body behind the text. A label
without a number counts only with a figure or a year; a state ("to become…"), a noun
phrase after the label, or an unlabelled infinitive gives nothing."""

from __future__ import annotations

from tests.initiatives.pipeline.published import action_rows as rows
from tests.initiatives.pipeline.published import quoted_actions as actions

LEAD = (
    "# Coastal adaptation plan\n\nThe Government of Ireland published a coastal adaptation "
    "plan on 3 March 2026.\n\n"
)


def test_it_reads_numbered_objectives_as_the_plans_promises() -> None:
    found = actions(
        LEAD + "Objective 1: To move 120 caravan pitches back from the eroding dunes by 2029.\n\n"
        "Objective 2 – to plant marram grass along 9 km of dune.\n\n"
        "- Priority B: Publish a shoreline management map for each county.\n\n"
        "Specific objective 3: to dredge 14 km of the Shannon estuary channel by 2028.\n"
    )
    assert rows(found) == [
        (
            "Move 120 caravan pitches back from the eroding dunes",
            "Ireland",
            "by 2029",
            "action.headed_objective",
        ),
        ("Plant marram grass along 9 km of dune", "Ireland", None, "action.headed_objective"),
        (
            "Publish a shoreline management map for each county",
            "Ireland",
            None,
            "action.headed_objective",
        ),
        (
            "Dredge 14 km of the Shannon estuary channel",
            "Ireland",
            "by 2028",
            "action.headed_objective",
        ),
    ]


def test_it_reads_the_infinitive_under_a_numbered_heading() -> None:
    found = actions(
        LEAD + "## Goal 3\n\nTo rebuild the pier at Greystones by 2030.\n\n"
        "Objective 4: The Office of Public Works will raise the sea wall at Bray by 2028.\n"
    )
    assert rows(found) == [
        ("Rebuild the pier at Greystones", "Ireland", "by 2030", "action.headed_objective"),
        # a labelled line with its own cue is read as any promise
        ("Raise the sea wall at Bray", "Office of Public Works", "by 2028", "action.promise"),
    ]


def test_it_leaves_aspirations_states_noun_phrases_and_unlabelled_lines() -> None:
    found = actions(
        LEAD + "Goal: to foster a culture of care for the coast.\n\n"
        "Objective 1: to become a European leader in coastal science by 2035.\n\n"
        "Priority 2: Faster planning decisions for sea defences.\n\n"
        "Aim: To survey 40 harbours for storm damage.\n\n"
        "## Background\n\nTo reach the islands, visitors take a ferry from Rossaveel.\n"
    )
    # an unnumbered label counts only with a figure or a year
    assert [a.description for a in found] == ["Survey 40 harbours for storm damage"]
