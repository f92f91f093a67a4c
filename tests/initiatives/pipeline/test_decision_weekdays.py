"""Wire stories date a decision by its weekday, often with no preposition ("agreed
Tuesday"), read against the publication day or the dateline. Texts written for these
tests, in several wires' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 3, 11)  # a Thursday


def _decide(text: str, published: dt.date = PUBLISHED) -> Decision:
    return decision_of(text, published)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "TOKYO (Kyodo) -- Japan and South Korea agreed Tuesday to deepen cooperation on "
            "battery materials, officials said.",
            dt.date(2027, 3, 9),
        ),
        (
            "SEOUL, March 11 (Yonhap) -- The cabinet approved Wednesday a bill easing rules "
            "for chip plants.",
            dt.date(2027, 3, 10),
        ),
        (
            "WASHINGTON (AP) — Congress passed a stopgap budget bill, and the President "
            "signed Monday the measure that keeps agencies open.",
            dt.date(2027, 3, 8),
        ),
        (
            "BERLIN, March 11 (Reuters) - German lawmakers backed Thursday a plan to speed up "
            "permits for wind farms.",
            dt.date(2027, 3, 11),
        ),
    ],
)
def test_it_reads_a_weekday_right_after_the_decision_verb(text: str, day: dt.date) -> None:
    decision = _decide(text)
    assert (decision.decided_on, decision.date_rule) == (day, "decided_on.weekday")


def test_a_story_filed_the_day_after_dates_the_decision_the_day_before() -> None:
    # A release published on Friday about Thursday's vote.
    decision = _decide(
        "BRUSSELS, March 12 (Wire) - EU ministers on Thursday adopted the ports package.",
        published=dt.date(2027, 3, 12),
    )
    assert decision.decided_on == dt.date(2027, 3, 11)


def test_a_weekday_of_a_meeting_ahead_does_not_date_an_agreement() -> None:
    decision = _decide(
        "Ministers agreed to meet again\n\nThe ministers agreed to hold talks in April, "
        "officials said."
    )
    assert decision.date_rule == "decided_on.published"
