"""Decisions reported the way wires and secretariats report them: a plan announced "said
Wednesday", a reaction that welcomes a commitment, and "as agreed", which is no decision."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 3, 11)  # a Thursday


def _decide(text: str) -> Decision:
    return decision_of(text, PUBLISHED)


def test_it_dates_a_plan_announced_on_a_weekday_in_a_wire_story() -> None:
    decision = _decide(
        # With no time of its own ahead: "will table a housing package in May" is an
        # intention still to come, with no day (test_decision_intention).
        "Ottawa, March 11 (Wire)--The federal government will table a housing package, "
        "Finance Minister Jane Doe said Tuesday.\n\nThe package is expected to cost "
        "about 4 billion dollars."
    )
    assert decision.status_rule == "status.announced_on_weekday"
    assert decision.decided_on == dt.date(2027, 3, 9)


def test_it_reads_the_plan_after_the_weekday_too() -> None:
    decision = _decide(
        "Canberra, March 11 (Wire)--Treasurer John Roe said Wednesday that the government "
        "would bring forward a drought relief bill.\n\nThe bill goes to the Senate later."
    )
    assert decision.decided_on == dt.date(2027, 3, 10)


def test_sources_speaking_of_a_plan_report_no_decision() -> None:
    decision = _decide(
        "Seoul, March 11 (Wire)--The president will present a stimulus outline Monday, "
        "government sources said.\n\nThe outline is expected to include wage support."
    )
    assert decision.decided_on is None


def test_a_welcomed_commitment_is_that_days_news() -> None:
    decision = _decide(
        "The Secretary-General has welcomed the commitment of 120 member countries to "
        "finish the tax convention by the end of the year.\n\nThe plenary met in Paris."
    )
    assert decision.status_rule == "status.welcomed"
    assert decision.decided_on == PUBLISHED


def test_a_rule_applied_as_agreed_earlier_is_no_decision() -> None:
    decision = _decide(
        "\u201cWe call on the task force to draft the model rules as agreed in the "
        "implementation plan,\u201d the draft statement said.\n\nLeaders will discuss it."
    )
    assert decision.decided_on is None


def test_a_deal_in_the_early_hours_of_a_weekday_is_dated_that_day() -> None:
    decision = _decide(
        "Ministers agree on budget\n\nFinance ministers agreed the 2028 budget in the early "
        "hours of Friday after a night of talks."
    )
    assert decision.decided_on == dt.date(2027, 3, 5)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Soil law adopted\n\nThe Council yesterday adopted the soil monitoring law.", 10),
        ("Heating law passed\n\nThe Bundestag on Tuesday passed the heating law.", 9),
        (
            "Budget deal\n\nA deal was reached on Wednesday night between the two chambers.",
            10,
        ),
    ],
)
def test_it_dates_yesterday_a_law_passed_and_a_deal_reached(text: str, day: int) -> None:
    assert _decide(text).decided_on == dt.date(2027, 3, day)
