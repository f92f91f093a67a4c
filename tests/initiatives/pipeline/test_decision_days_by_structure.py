"""Decision days read from where a sentence's structure puts them, not from one wording:
an agreement "reached" with no article, a statement's subject whose meeting is told as a
participle before its numbered decisions, and a document that states its own act in the
present ("In this Order, we …"). Dates are read against the publication day (a
parameter, never the clock). Texts written for these tests, in several publishers'
styles."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 5, 14)  # a Friday


def _decide(text: str, published: dt.date = PUBLISHED) -> Decision:
    return decision_of(text, published)


@pytest.mark.parametrize(
    "text",
    [
        # a lender's end-of-mission statement: the headline's bare noun
        "Moldova: Lender's Staff Reaches Staff-Level Agreement on the Fourth Review\n\n"
        "The team will report to the Board. The authorities will cut arrears by June.",
        # a wire story: "reached broad agreement on"
        "Port talks\n\nUnions and employers have reached broad agreement on a new wage "
        "scale for dock workers. The port authority will publish the scale in July.",
        # a ministry: "reaches agreement with"
        "Fisheries\n\nThe ministry reaches agreement with coastal councils over quotas. "
        "Councils will report catches monthly.",
    ],
)
def test_an_agreement_reached_without_an_article_is_dated_as_the_days_news(text: str) -> None:
    decision = _decide(text)
    assert decision.status == "provisional_agreement"
    assert decision.decided_on == PUBLISHED


def test_an_agreement_still_to_be_reached_is_no_agreement() -> None:
    decision = _decide(
        "Trade talks\n\nNegotiators failed to reach agreement on tariffs. Talks resume in June."
    )
    assert decision.status != "provisional_agreement"


@pytest.mark.parametrize(
    ("preamble", "day"),
    [
        (  # a regional bloc's communiqué: the date after the participle and the place
            "The Heads of Government of the Andean Community, gathered in Cusco on "
            "11 May 2027, on the occasion of the 30th Presidential Council:",
            dt.date(2027, 5, 11),
        ),
        (  # a ministers' statement: the weekday, with no place
            "The Ministers of Transport of the Nordic countries, meeting on Wednesday, on "
            "the margins of the annual forum:",
            dt.date(2027, 5, 12),
        ),
        (  # a council of governors: "assembled at" a named venue
            "The Governors of the Development Bank, assembled at the Palais des Nations on "
            "12 May 2027:",
            dt.date(2027, 5, 12),
        ),
    ],
)
def test_a_statements_numbered_decisions_take_the_day_its_subject_met(
    preamble: str, day: dt.date
) -> None:
    text = (
        "Joint Communique\n\n"
        f"{preamble}\n\n"
        "1. Reaffirmed their commitment to open trade;\n\n"
        "2. Agreed to set up a common fund for road safety;\n\n"
        "3. Instructed the secretariat to present a report by March 2028."
    )
    assert _decide(text).decided_on == day


def test_a_meeting_told_as_a_participle_ahead_is_not_the_decisions_day() -> None:
    # The meeting is only planned: no decision is taken at it yet.
    text = (
        "Joint Communique\n\n"
        "Ministers will meet in Lima next month.\n\n"
        "1. Reaffirmed their commitment to open trade."
    )
    assert _decide(text).decided_on != dt.date(2027, 5, 12)


# A commission's page of orders: a line per order, then its summary. The cue the page
# holds ("approved") stands in a clause about old tariffs, dated long before the page.
_LATER_ORDER = (
    "Order on connection charges\n\nThe connection charges approved after January 1, 2020 "
    "stay in force."
)


@pytest.mark.parametrize(
    "summary",
    [
        # a utility commission's list of orders
        "In this Order, we open an inquiry into the Eastfield Water Company's billing errors.",
        # an energy regulator: the body names itself
        "By this decision the Energy Authority sets new rules for grid connections.",
        # a competition authority's notice
        "In this notice, we set out the remedies for the merger of two bus companies.",
    ],
)
def test_a_document_that_states_its_own_act_is_dated_by_its_publication(summary: str) -> None:
    text = (
        f"PDF documents\n\nAnnual report 2026\n\nOrder on the first matter\n\n{summary}\n\n"
        f"{_LATER_ORDER}"
    )
    assert _decide(text).decided_on == PUBLISHED


def test_a_document_that_says_what_it_will_do_is_not_its_act() -> None:
    text = (
        "PDF documents\n\nAnnual report 2026\n\nOrder on the first matter\n\nIn this "
        f"Order, we will consider the Eastfield Water Company's billing errors.\n\n{_LATER_ORDER}"
    )
    assert _decide(text).decided_on is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Engineers then draw up a plan of signs and speed humps for each street.",
        "The new signs will go up in the spring, staff said.",
        "Signs such as crossings and speed humps can be installed next year.",
    ],
)
def test_the_noun_signs_is_no_signing(sentence: str) -> None:
    text = f"Street safety reviews\n\nCity staff described street safety reviews to the board.\n\n{sentence}"
    assert _decide(text).decided_on is None


def test_the_verb_signs_still_dates_a_signing() -> None:
    text = "Water law\n\nThe Governor signs the water bill, which caps household tariffs."
    decision = _decide(text)
    assert decision.decided_on == PUBLISHED and decision.status == "adopted"
