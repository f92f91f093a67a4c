"""Due windows that a list inherits or that are no deadline: a sum committed "over six
years" in the sentence before a lead-in that points back to it ("The funding will:")
dates the listed tasks; "annually" or "every year" says how often, not by when, so the
JSON view shows it as a recurrence with no deadline. Texts written for these tests."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from initiatives.serialize import extraction_as_dict
from tests.initiatives.pipeline.published import published_initiative


def dues(text: str) -> list[tuple[str, str | None]]:
    found: list[ExtractedAction] = published_initiative(text, fmt="md").actions
    return [(a.description, a.due.text if a.due else None) for a in found]


def test_a_period_before_a_lead_in_that_points_back_dates_the_listed_tasks() -> None:
    found = dues(
        "# Rail funding\n\nThe Ministry of Transport today committed $4 billion over six "
        "years to rail. The funding will:\n\n- electrify the northern line;\n- reopen six "
        "rural stations.\n"
    )
    assert ("Electrify the northern line", "over six years") in found
    assert ("Reopen six rural stations", "over six years") in found


def test_a_lead_in_saying_these_measures_points_back_to_the_period() -> None:
    found = dues(
        "# Housing plan\n\nThe Housing Agency launched a plan on 3 March 2026 with €900 "
        "million over the next five years. These measures will:\n\n- double social "
        "housing starts;\n- cut waiting lists.\n"
    )
    assert ("Double social housing starts", "over the next five years") in found


def test_a_lead_in_that_names_its_own_subject_takes_no_period_from_before() -> None:
    found = dues(
        "# Rail funding\n\nThe Ministry of Transport today committed $4 billion over six "
        "years to rail. Separately, the regulator will:\n\n- review fares;\n- publish a "
        "safety report.\n"
    )
    assert ("Review fares", None) in found


def view(text: str) -> list[tuple[str, object, str]]:
    shown = extraction_as_dict(published_initiative(text, fmt="md"))
    assert shown is not None
    return [(a["description"], a["due"], a["recurrence"]) for a in shown["actions"]]


def test_a_recurrence_is_shown_as_one_and_not_as_a_deadline() -> None:
    assert view(
        "# Rail plan\n\nThe Ministry of Transport published its rail plan on 3 March 2026. "
        "The ministry will review fares annually.\n"
    ) == [("Review fares", None, "annually")]


def test_a_dated_deadline_is_still_shown_as_a_deadline() -> None:
    [(_, due, recurrence)] = view(
        "# Rail plan\n\nThe Ministry of Transport published its rail plan on 3 March 2026. "
        "The ministry will review fares by June 2027.\n"
    )
    assert due is not None and due["latest"] == "2027-06-30" and recurrence == ""
