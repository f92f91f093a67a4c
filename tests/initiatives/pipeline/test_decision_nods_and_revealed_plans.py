"""Decision days on real pages (session 24, round 2): the approving body's own verb of
giving ("the cabinet has given its nod to the scheme", "gave the go-ahead for"), a plan
revealed ("revealed the details of the programme"), and a wire's weekday after the
object with its part of the day ("… Monday afternoon"). Texts written for these tests."""

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
            "Minister Rao on Tuesday, 9 March, said that the federal cabinet has given its nod "
            "to the school breakfast scheme, which will serve two million pupils.",
            dt.date(2027, 3, 9),
        ),
        (
            "The harbour board gave the go-ahead for a new ferry terminal on Monday, its "
            "chair said.",
            dt.date(2027, 3, 8),
        ),
        (
            "The Farm Secretary revealed the details of the relief programme Tuesday afternoon.",
            dt.date(2027, 3, 9),
        ),
    ],
)
def test_the_decision_is_dated_by_its_day(text: str, day: dt.date) -> None:
    decision = _decide(text)
    assert decision.has_cue
    assert decision.decided_on == day


def test_a_body_giving_its_approval_adopts() -> None:
    decision = _decide("The regional council gave its approval to the new bus network.")
    assert decision.status == "adopted"
    assert decision.status_rule == "status.gave_approval"


def test_approval_given_back_in_a_question_is_no_cue() -> None:
    # "give" with no body's approval after it is no act: "give way", "give evidence".
    decision = _decide("Drivers must give way to buses leaving the new terminal.")
    assert decision.status_rule != "status.gave_approval"


@pytest.mark.parametrize(
    "text",
    [
        "The talks were the first since the rebels took the capital as the mission withdrew.",
        "The peacekeepers withdrew from the northern province after the ceasefire.",
    ],
)
def test_a_body_that_leaves_a_place_withdraws_nothing(text: str) -> None:
    assert _decide(text).status != "withdrawn"


def test_a_body_that_withdraws_a_proposal_is_still_read() -> None:
    decision = _decide("The Commission withdrew the proposal on packaging on Tuesday.")
    assert decision.status == "withdrawn"


def test_a_plans_own_will_does_not_date_the_saying() -> None:
    # The relative clause tells what the plan would do; nobody announced it that day.
    text = (
        "The governor is soon expected to unveil a water plan that will cap new wells in "
        "the valley, her chief adviser said Monday."
    )
    assert _decide(text).decided_on is None


def test_the_announcers_own_will_still_dates_the_saying() -> None:
    text = "The province will cap new wells in the valley, the premier said Monday."
    assert _decide(text).decided_on == dt.date(2027, 3, 8)


def test_a_meetings_communique_is_adopted_on_the_day_it_is_issued() -> None:
    text = (
        "Communiqué: Second Meeting of Harbour Ministers\n\n"
        "Since we last met in March, trade through our ports has recovered. We reaffirm our "
        "resolve to keep shipping lanes open and will meet again in the autumn."
    )
    decision = _decide(text)
    assert decision.status_rule == "status.statement_we"
    assert decision.decided_on == PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        # a declaration that names no meeting keeps no day
        "Harbour Ministers' Declaration\n\nWe commit to halving port emissions by 2035.",
        # a speech's "we reaffirm" is no statement of a body
        "New Year Message from the Minister\n\nWe reaffirm our resolve to build more homes.",
    ],
)
def test_we_outside_a_meetings_communique_dates_nothing(text: str) -> None:
    assert _decide(text).decided_on is None


def test_the_roll_out_of_something_launches_nothing() -> None:
    text = (
        "Since spring, the outlook has improved, mainly due to the roll out of vaccines and "
        "continued policy support."
    )
    assert _decide(text).status_rule != "status.launched"
