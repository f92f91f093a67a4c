"""Decision wordings and days as wires, agencies, regulators and ministries write them:
"inked", "is on Thursday proposing", "is injecting", "Monday's approval", "has committed
the government to", a headline's "to spend", a pledge "vowed", and a summit's span of
days. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 3, 11)  # a Thursday


def _decide(text: str, published: dt.date = PUBLISHED) -> Decision:
    return decision_of(text, published)


@pytest.mark.parametrize(
    ("text", "day", "status"),
    [
        (
            "Canberra and Jakarta ink farm trade pact\n\nAustralia and Indonesia inked an "
            "agreement on Tuesday that cuts duties on beef and grain.",
            dt.date(2027, 3, 9),
            "adopted",
        ),
        (
            "WASHINGTON - The Transport Department is on Wednesday proposing minimum "
            "standards for publicly funded bus depots.",
            dt.date(2027, 3, 10),
            "proposed",
        ),
        (
            "Members back global salt deal\n\nHealth ministers voted in favour of a resolution "
            "on salt limits.\n\nMonday's approval at a committee meeting followed two years "
            "of talks.",
            dt.date(2027, 3, 8),
            "adopted",
        ),
    ],
)
def test_it_dates_a_decision_worded_as_these_publishers_word_it(
    text: str, day: dt.date, status: str
) -> None:
    decision = _decide(text)
    assert (decision.decided_on, decision.status) == (day, status)


@pytest.mark.parametrize(
    "text",
    [
        # A department's present tense of the day's act, with money after it.
        "Farm aid widened\n\nThe agriculture department is putting at least four billion "
        "dollars toward new relief programmes.",
        "The federal government is injecting $2 billion into battery recycling, the energy "
        "ministry said.",
        # A minister binding the government.
        "Media Release\n\nThe Minister for Transport has committed the Government to "
        "fast-tracking the coastal freight line.",
        # A headline's infinitive.
        "Norway to spend NOK 3bn on ferry electrification\n\nThe long-term programme is the "
        "largest yet for coastal shipping.",
        # A pledge made.
        "Treasurer vows rent relief\n\nThe Treasurer vowed the A$1 billion would reach "
        "renters before winter.",
        # The act's noun with its day.
        "Housing boost\n\nThe announcement on Thursday comes a week before the budget.",
    ],
)
def test_the_days_news_is_dated_by_the_publication(text: str) -> None:
    decision = _decide(text)
    assert (decision.decided_on, decision.status) == (PUBLISHED, "announced")


def test_a_headline_infinitive_is_read_only_in_the_headline() -> None:
    decision = _decide(
        "Ferry plan\n\nThe goal is for Norway to spend more on electric ferries, a report said."
    )
    assert decision.status_rule != "status.headline_to"


def test_a_question_headline_is_not_an_announcement() -> None:
    decision = _decide("How to spend a windfall\n\nEconomists disagree on the surplus.")
    assert decision.has_cue is False


def test_a_vote_still_ahead_is_not_dated() -> None:
    decision = _decide(
        "Salt deal nears\n\nDelegates meet ahead of Friday's vote on the salt accord."
    )
    assert decision.decided_on is None


def test_a_pledge_long_made_is_not_the_days_news() -> None:
    decision = _decide("Rail link\n\nMinisters have long promised a rail link to the port.")
    assert decision.status_rule != "status.vowed"


def test_a_summit_span_that_holds_the_publication_day_dates_the_act_that_day() -> None:
    decision = _decide(
        "Allies sign fuel accord\n\nDefence ministers of nine allies signed a memorandum on "
        "shared fuel depots in Oslo during the summit (10 and 11 March 2027). Today's "
        "agreement sets the legal basis for joint storage."
    )
    assert decision.decided_on == dt.date(2027, 3, 11)


def test_a_span_before_the_publication_day_keeps_its_first_day() -> None:
    decision = _decide(
        "Allies sign fuel accord\n\nDefence ministers signed a memorandum on fuel depots "
        "during the meeting (2 and 3 March 2027).",
    )
    assert decision.decided_on == dt.date(2027, 3, 2)


@pytest.mark.parametrize(
    "title",
    [
        "Ministers urged to ban disposable barbecues",
        "Government ready to cut fuel duty, sources say",
        "Regulator poised to cap card fees",
        "Lenders to agree to extend the debt freeze, draft shows",
    ],
)
def test_a_headline_wish_or_forecast_is_not_an_announcement(title: str) -> None:
    decision = _decide(f"{title}\n\nCampaigners made the case at a hearing.")
    assert decision.status_rule != "status.headline_to"


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON - Finance ministers will agree to extend a freeze on debt payments, "
        "according to a draft communique seen by a wire on Thursday.",
        "The draft, prepared for a ministers' meeting on Friday, said the members agreed "
        "on a common approach to debt relief.",
    ],
)
def test_what_a_draft_says_is_not_a_decision_taken(text: str) -> None:
    decision = _decide(text)
    assert decision.decided_on is None


def test_a_weekday_of_a_meeting_ahead_does_not_date_the_decision() -> None:
    decision = _decide(
        "LIMA - Trade ministers agreed ahead of talks on Friday to cut fees on port "
        "services.\n\nThe accord was reached in the capital today."
    )
    assert decision.decided_on == PUBLISHED


def test_a_summit_gathered_for_a_purpose_still_dates_its_agreement_by_the_weekday() -> None:
    decision = _decide(
        "Leaders gathered in Lima for an emergency summit agreed Tuesday to a plan for "
        "reforming port fees.",
    )
    assert decision.decided_on == dt.date(2027, 3, 9)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "MANILA - Japan signed an agreement Tuesday to supply patrol radars to the "
            "Philippines.",
            dt.date(2027, 3, 9),
        ),
        (
            "The port authority approved the dredging plan Monday, officials said.",
            dt.date(2027, 3, 8),
        ),
    ],
)
def test_a_wire_weekday_after_the_object_dates_the_decision(text: str, day: dt.date) -> None:
    assert _decide(text).decided_on == day


def test_the_day_a_summit_ended_dates_what_it_vowed() -> None:
    decision = _decide(
        "Union summit closes\n\nThe regional summit ended in the Kenyan capital Nairobi on "
        "Sunday with a call for calm.\n\nThe 20-nation bloc also vowed to speed up a customs "
        "union."
    )
    assert decision.decided_on == dt.date(2027, 3, 7)


def test_a_meeting_weekday_ahead_after_an_object_is_not_the_decisions_day() -> None:
    decision = _decide(
        "Port plan\n\nMinisters backed the plan ahead of a meeting Friday, a spokesman said."
    )
    assert decision.decided_on == PUBLISHED


def test_a_statement_issued_on_a_weekday_dates_the_decision() -> None:
    decision = _decide(
        "Leaders meet on ports\n\nIn a joint statement issued Tuesday, leaders reiterated "
        "their aim to raise $90 billion for ports."
    )
    assert decision.decided_on == dt.date(2027, 3, 9)
