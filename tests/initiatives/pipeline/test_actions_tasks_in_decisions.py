"""Session 24 (recall): work a summit or a board gives in its decisions. A wish or a call
in the clause before ("urged States to act, and requested the agency to report") is not
the next clause's; a decision's list item may start with its verb ("Directed the
Secretariat to launch…"); and the one tasked may be a name the tables do not know ("the
Pacific Fisheries Office"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 3, 4)
TODAY = dt.date(2026, 11, 24)
LEAD = (
    "The Assembly of the Pacific Islands Forum met in Suva on 2 March 2026 and adopted the "
    "following decisions.\n\n"
)


def found(text: str) -> list[tuple[str, str | None]]:
    extraction = extract_text(LEAD + text, today=TODAY, published=PUBLISHED)
    if extraction.initiative is None:
        return []
    return [(a.description, a.owner) for a in extraction.initiative.actions]


def test_a_call_in_the_clause_before_does_not_undo_the_task_after() -> None:
    assert (
        "Report on catch limits at the next meeting",
        "Pacific Fisheries Office",
    ) in found(
        "The Assembly urged members to ratify the treaty, and requested the Pacific Fisheries "
        "Office to report on catch limits at the next meeting."
    )


def test_a_wish_that_governs_the_task_still_keeps_it_out() -> None:
    assert not [
        d
        for d, _ in found(
            "Observers hope the Assembly will ask the Pacific Fisheries Office to report on "
            "catch limits."
        )
        if d.startswith("Report on catch limits")
    ]


def test_a_decision_item_that_starts_with_its_verb() -> None:
    text = (
        "On ocean data, the Assembly:\n\n"
        "- Took note of the report of the Pacific Data Hub;\n"
        "- Directed the Pacific Data Hub to publish a regional tide gauge register during 2026."
    )
    assert ("Publish a regional tide gauge register", "Pacific Data Hub") in found(text)
