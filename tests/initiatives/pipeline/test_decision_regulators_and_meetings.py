"""A regulator's published decision is the page's decision, dated as written or by the
page; a council summary published the morning after gives the meeting's day. Texts
written for these tests, in several publishers' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 4, 15)  # a Thursday


def _decide(text: str, published: dt.date = PUBLISHED) -> Decision:
    return decision_of(text, published)


@pytest.mark.parametrize(
    "text",
    [
        # A telecoms regulator's statement, in its own voice.
        "Number porting statement\n\nThis statement sets out our decision to shorten the "
        "time a provider may take to move a customer's number to one working day.",
        # An energy regulator, as a legal news site reports it.
        "Watchdog tightens rules on prepayment meters\n\nThe gas and electricity regulator "
        "has confirmed new protections for households on prepayment meters, after a "
        "consultation that drew 900 responses.",
        # A medicines regulator's stance on another's pathway, relayed by a blog.
        "Regulator backs joint review scheme\n\nThe national medicines agency has said it "
        "will support the joint review scheme for rare-disease medicines run by its "
        "neighbour's regulator.",
        # A water regulator's determination.
        "Price limits set\n\nThe water regulator published its final determinations of the "
        "price limits that companies may charge from April.",
    ],
)
def test_it_dates_a_regulators_published_decision_by_the_page(text: str) -> None:
    decision = _decide(text)
    assert (decision.status, decision.decided_on) == ("adopted", PUBLISHED)


def test_a_regulators_decision_keeps_the_day_written_in_it() -> None:
    decision = _decide(
        "Rail access charges\n\nOn 2 March the rail regulator published its final "
        "determination on the charges that operators pay to use the network."
    )
    assert decision.decided_on == dt.date(2027, 3, 2)


@pytest.mark.parametrize(
    "text",
    [
        # Whether it will decide is no decision yet.
        "Spectrum auction\n\nThe regulator will publish its decision on whether to hold "
        "the auction later this year.",
        "Spectrum auction\n\nThe regulator set out its decision on whether the auction "
        "should go ahead for consultation.",
    ],
)
def test_a_decision_still_to_come_or_on_whether_is_not_the_regulators_act(text: str) -> None:
    decision = _decide(text)
    assert decision.status_rule != "status.regulator_decision"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A city clerk's summary, its title naming the meeting and its day.
        (
            "City Council Summary – Regular Meeting, April 13, 2027\n\nCONSENT AGENDA "
            "(adopted 6-1)\n\n1. Resolution 2027-12 approving a contract for street lighting.",
            dt.date(2027, 4, 13),
        ),
        # A local paper's report the morning after, "Tuesday night's meeting".
        (
            "Council backs skate park\n\nAt Tuesday night's meeting, Council approved "
            "$400,000 for a skate park at Riverside Reserve.",
            dt.date(2027, 4, 13),
        ),
        # A shire's news item with the vote's own day.
        (
            "Shire adopts budget\n\nCouncillors voted on 13 April to adopt the 2027-28 "
            "budget, which includes $2 million for road sealing.",
            dt.date(2027, 4, 13),
        ),
    ],
)
def test_a_council_summary_published_next_day_gives_the_meetings_day(
    text: str, day: dt.date
) -> None:
    assert _decide(text).decided_on == day


def test_a_meeting_to_come_in_the_title_does_not_date_a_past_decision() -> None:
    # The next meeting's day is ahead of the page: the decision is the page's.
    decision = _decide(
        "Agenda – Regular Meeting, May 4, 2027\n\nThe council approved the parking plan today."
    )
    assert decision.decided_on == PUBLISHED
