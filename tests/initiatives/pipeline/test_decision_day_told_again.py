"""A lead that reports an act without its day, with the day told in a sentence after it:
"The announcement was made on Thursday", "the agreements, signed Thursday in Geneva", "the
minister confirmed on Monday". The day is counted back from the dateline or the
publication date, never taken from them when a weekday is told. Texts written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 3, 24)  # a Wednesday


def _decide(text: str) -> Decision:
    return decision_of(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # An international lender's news: the act in the lead, its day in the next sentence.
        (
            "Lender backs Ruritania reforms\n\nThe Fund said it had reached a staff-level "
            "agreement with the Ruritanian authorities on the second review of the programme."
            "\n\nThe announcement was made on Monday by the mission chief after two weeks of "
            "talks in the capital.",
            dt.date(2027, 3, 22),
        ),
        # A wire story: the dateline is the day it was filed, the act's day comes later.
        (
            "Two agencies sign ocean data pacts\n\nGENEVA, March 24 (Wire) -- The two "
            'weather agencies have signed two data-sharing agreements.\n\n"This is a good '
            'day for forecasting," the director said.\n\nOfficials said the agreements, '
            "signed Friday at the agency's headquarters, cover ocean buoys and radar.",
            dt.date(2027, 3, 19),
        ),
        # A government release: the minister confirms the change a day before publication.
        (
            "School exams moved\n\nThe national exams will move to June, the Education "
            "Ministry has announced.\n\nThe minister confirmed on Tuesday that the papers "
            "will be shorter.",
            dt.date(2027, 3, 23),
        ),
        # A news agency: the statement's day.
        (
            "Bank approves river project\n\nThe Development Bank's board has approved a $90 "
            "million loan for river transport.\n\nThe country director was quoted in a "
            "statement issued on Sunday as saying the barges will carry grain.",
            dt.date(2027, 3, 21),
        ),
    ],
)
def test_it_dates_the_act_from_a_day_told_after_the_lead(text: str, day: dt.date) -> None:
    decision = _decide(text)
    assert decision.decided_on == day
    assert decision.date_rule in ("decided_on.told_again", "decided_on.weekday")


@pytest.mark.parametrize(
    "text",
    [
        # A day ahead: the signing is still to come.
        "Ports deal agreed\n\nThe two port authorities have reached an agreement on "
        "berth sharing.\n\nThe agreement will be signed on Friday in the capital.",
        # A comment's day is not the act's.
        "Ports deal agreed\n\nThe two port authorities have reached an agreement on "
        "berth sharing.\n\nA union leader said on Monday that dockers were not consulted.",
    ],
)
def test_it_takes_no_day_ahead_nor_a_comments_day(text: str) -> None:
    decision = _decide(text)
    assert decision.date_rule != "decided_on.told_again"
    assert decision.decided_on == PUBLISHED


def test_a_day_told_in_the_lead_itself_still_wins() -> None:
    decision = _decide(
        "Ports deal agreed\n\nThe two port authorities reached an agreement on 10 March on "
        "berth sharing.\n\nThe announcement was made on Monday by the harbour master."
    )
    assert decision.decided_on == dt.date(2027, 3, 10)


def test_a_wire_verb_with_its_weekday_and_no_on_dates_the_act() -> None:
    decision = _decide(
        "Rail pact\n\nThe two governments signed Thursday an agreement to build a freight "
        "line across the border."
    )
    assert decision.decided_on == dt.date(2027, 3, 18)
