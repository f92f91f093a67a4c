"""Follow-up actions: owners, due windows and descriptions a curator can read."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text
from initiatives.pipeline.types import ExtractedAction

TODAY = dt.date(2026, 11, 24)
HEAD = "Council adopts defence plan\nThe Council adopted the plan on 2 June 2025.\n"


def actions(body: str) -> list[ExtractedAction]:
    extraction = extract_text(HEAD + body, today=TODAY, published=dt.date(2025, 6, 3))
    assert extraction.initiative is not None
    return extraction.initiative.actions


def test_it_takes_an_explicit_date_after_the_verb_as_the_due_window() -> None:
    (action,) = actions("Next steps\nThe Council is expected to sign the deal on 29 June 2025.")
    assert action.description == "Sign the deal"
    assert action.due is not None and action.due.text == "on 29 June 2025"
    assert (action.due.earliest, action.due.latest) == (dt.date(2025, 6, 29), dt.date(2025, 6, 29))


def test_it_reads_a_vague_deadline_against_the_decision_day() -> None:
    (action,) = actions("The Commission will present a report within six months.")
    assert action.due is not None
    assert (action.due.earliest, action.due.latest) == (dt.date(2025, 6, 2), dt.date(2025, 12, 2))
    assert action.description == "Present a report"


def test_it_makes_two_coordinated_promises_two_actions_with_their_own_subjects() -> None:
    found = actions(
        "Next steps\nMember states will discuss the plan, and EU ministers are expected to "
        "approve it in July 2025."
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Discuss the plan", "EU member states"),
        ("Approve it", "Council of the EU"),
    ]
    assert found[1].due is not None and found[1].due.latest == dt.date(2025, 7, 31)


def test_it_leaves_relative_and_reporting_clauses_out_of_the_action() -> None:
    (action,) = actions(
        "The Commission will adopt the work programme, which sets out the calls, officials said."
    )
    assert action.description == "Adopt the work programme"


def test_it_takes_what_an_act_does_for_no_follow_up_outside_next_steps() -> None:
    assert actions("The instrument will provide loans of up to €150 billion.") == []


def test_it_cuts_a_long_description_at_a_word_with_an_ellipsis() -> None:
    objects = " ".join(f"measure{n}" for n in range(60))
    (action,) = actions(f"The Commission will adopt {objects}.")
    assert len(action.description) <= 200 and action.description.endswith("…")
    assert action.evidence.quote.startswith("The Commission will adopt")


def test_it_does_not_make_an_institution_in_an_apposition_the_owner() -> None:
    found = actions(
        "Next steps\nThe regulation, agreed with the European Parliament in July, will "
        "apply from 2026. The Commission, with the EIB, will launch the first call."
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Launch the first call", "European Commission")
    ]


def test_it_never_gives_an_entry_into_force_window_that_ends_before_it_starts() -> None:
    extraction = extract_text(
        HEAD + "The act will enter into force tomorrow and will apply until 30 April 2025.",
        today=TODAY,
        published=dt.date(2025, 6, 3),
    )
    assert extraction.initiative is not None
    for milestone in extraction.initiative.milestones:
        start, end = milestone.window_start, milestone.window_end
        assert not (start and end and start > end)


def test_it_reads_a_present_tense_next_steps_sentence_as_a_follow_up() -> None:
    (action,) = actions("Next steps\nThe Council then formally adopts the text in the autumn.")
    assert (action.description, action.owner) == ("Adopt the text", "Council of the EU")
    assert action.due is not None and action.due.text == "in the autumn"
    assert action.rule == "action.next_steps_section"
