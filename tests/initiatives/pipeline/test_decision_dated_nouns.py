"""A decision told by a noun and dated by a day of the month ("following the approval of
the plan by the Council on 9 March"), or whose object starts with a number ("the
Cabinet's approval of two new plants came on Tuesday"). Texts written for these tests in
the styles of an EU Commission release and a national press office (session 21)."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 3, 11)  # a Thursday


def _decide(text: str) -> Decision:
    return decision_of(text, PUBLISHED)


def test_an_approval_dated_by_its_day_of_the_month_is_the_decision() -> None:
    decision = _decide(
        "Bridge financing\n\nFollowing the approval of the recovery plan by the Council on "
        "9 March, the Commission will release €2 billion in the coming weeks."
    )
    assert decision.decided_on == dt.date(2027, 3, 9)


def test_an_approval_of_a_number_of_things_is_the_decision() -> None:
    decision = _decide(
        "New plants\n\nThe Cabinet's approval of two new vaccine plants came on Tuesday."
    )
    assert decision.decided_on == dt.date(2027, 3, 9)


def test_an_awaited_approval_is_no_decision() -> None:
    decision = _decide(
        "New plants\n\nThe ministry is awaiting the approval of the plan by the Cabinet on 9 March."
    )
    assert decision.decided_on != dt.date(2027, 3, 9)


def test_a_month_beside_a_number_dates_an_adoption_and_another_capitalised_word_does_not() -> None:
    # "on Section 12", "on 3 occasions": a capitalised word beside a number is not a month
    for text in (
        "Harbour reform\n\nThe approval of the Ports Act on Section 12 of the harbour code "
        "was discussed by ministers.",
        "Harbour reform\n\nMinisters discussed the adoption of the Ports Act on 3 occasions.",
    ):
        decision = _decide(text)
        assert (decision.status, decision.decided_on) == ("announced", None), text
    for text in (
        "Harbour reform\n\nThe adoption of the Ports Act on 4 March ends years of debate.",
        "Harbour reform\n\nThe adoption of the Ports Act on March 4 ends years of debate.",
    ):
        decision = _decide(text)
        assert (decision.status, decision.decided_on) == ("adopted", dt.date(2027, 3, 4)), text
