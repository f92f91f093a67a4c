"""How a reader finds the day something was decided, beyond the verb "adopted" with its
date: a meeting's decisions on its last day or on the day its statement says it was held;
an approval received or an instrument made; the day a source's statement or the paper
before a council was told; and acts dated long gone by ("six months ago", "in 2019") that
are background, not the day's news. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 3, 24)  # a Wednesday


def _decide(text: str, published: dt.date = PUBLISHED) -> Decision:
    return decision_of(text, published)


def test_a_meeting_held_over_two_days_adopts_its_decisions_on_the_last() -> None:
    decision = _decide(
        "Outcomes of the regional fisheries summit\n\nLisbon, 24 March 2027 - The fourth "
        "summit of the coastal states, held in Lisbon on 19 and 20 March, adopted a "
        "common quota for sardines and a joint inspection scheme."
    )
    assert decision.decided_on == dt.date(2027, 3, 20)


def test_an_act_during_a_meeting_of_two_days_keeps_its_first_day() -> None:
    decision = _decide(
        "Ports sign pilot accord\n\nHarbour masters signed a memorandum on pilot boats "
        "during the conference (15 and 16 March 2027)."
    )
    assert decision.decided_on == dt.date(2027, 3, 15)


def test_a_statement_of_numbered_items_dates_its_decisions_by_the_meeting_held() -> None:
    decision = _decide(
        "Joint Statement of the 9th Northern Rivers Ministers Meeting\n\n"
        "1. The 9th Northern Rivers Ministers Meeting was held on 22 March 2027 in Tallinn.\n\n"
        "2. We reaffirmed our support for the basin commission.\n\n"
        "3. We welcomed the progress of the flood warning network.\n\n"
        "4. We agreed to adopt a shared gauge standard by 2029 and tasked the secretariat "
        "to draft it."
    )
    assert decision.decided_on == dt.date(2027, 3, 22)
    assert decision.date_rule == "decided_on.meeting_day"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister for Health has today received Cabinet approval for four new clinics.",
        "The water authority has today secured final clearance for its desalination plant.",
        "The county's bridge plan was today given the Government's green light.",
    ],
)
def test_an_approval_received_today_dates_the_decision(sentence: str) -> None:
    decision = _decide(f"New clinics for the north\n\n{sentence}")
    assert decision.decided_on == PUBLISHED
    assert decision.status_rule == "status.approval_received"


def test_an_instrument_made_on_a_day_dates_the_decision() -> None:
    decision = _decide(
        "Tariff rules extended\n\nThe tariff is to be rolled forward for a year.\n\nTo allow "
        "this, the Government remade the Energy Supply (Export Tariff) Regulations on 2 March "
        "2027, giving the commission power to set a new rate without a full inquiry."
    )
    assert decision.decided_on == dt.date(2027, 3, 2)
    assert decision.status_rule == "status.instrument_made"


def test_changes_made_to_rules_are_not_an_instrument_made() -> None:
    decision = _decide("Rules\n\nThe board made changes to the rules of the scheme last year.")
    assert decision.status_rule != "status.instrument_made"


@pytest.mark.parametrize(
    ("told", "day"),
    [
        # A wire's dateline with the country in brackets is the day it was filed; the
        # lender's own statement gives the day of the act.
        (
            "Quito [Ecuador], March 24 : The Regional Bank has approved a $90 million loan "
            "for rural roads.\n\nThe roads will link 40 villages to markets, the Bank said "
            "in a statement on Monday.",
            dt.date(2027, 3, 22),
        ),
        # A city's council approved the plan; the report went before it on Tuesday.
        (
            "Riverton council has approved a plan to plant street trees.\n\nThe city will "
            "hire an arborist.\n\nThe plan was drawn up with residents. A report that went "
            "before council Tuesday said it holds 30 actions.",
            dt.date(2027, 3, 23),
        ),
    ],
)
def test_the_day_is_told_by_a_statement_or_the_meeting_the_paper_went_before(
    told: str, day: dt.date
) -> None:
    decision = _decide(f"Loan and plan approved\n\n{told}")
    assert decision.decided_on == day


@pytest.mark.parametrize(
    "text",
    [
        "Progress on the grid order\n\nSix months ago, the President issued an executive "
        "order to protect the grid. Since then, agencies have audited 400 utilities.",
        "Support for growers\n\nThe scheme for growers' cooperatives was launched in 2019 "
        "with an outlay of 500 million. It has since reached 9,000 villages.",
    ],
)
def test_an_act_long_gone_by_is_background_not_the_days_decision(text: str) -> None:
    assert _decide(text).decided_on is None


def test_a_plan_named_by_its_years_is_still_the_days_news() -> None:
    decision = _decide(
        "Tree strategy\n\nThe council has adopted the Urban Tree Strategy 2025-2035 to raise "
        "canopy cover to a fifth of the borough."
    )
    assert decision.decided_on == PUBLISHED


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        (
            "The space agency has selected four firms to build lunar rovers.",
            "status.selected",
        ),
        (
            "The privacy watchdog has ordered the retailer to delete its customer profiles.",
            "status.directed",
        ),
        (
            "The Cabinet Office has directed every ministry to publish its contracts online.",
            "status.directed",
        ),
    ],
)
def test_a_choice_or_an_order_is_the_days_decision(sentence: str, rule: str) -> None:
    decision = _decide(f"News in brief\n\n{sentence}")
    assert decision.status_rule == rule
    assert decision.decided_on == PUBLISHED


def test_the_body_that_orders_others_is_not_taken_as_the_decisions_maker() -> None:
    decision = _decide(
        "News in brief\n\nThe European Commission has ordered the airline to refund passengers."
    )
    assert decision.status_rule == "status.directed"
    assert decision.makers == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister was ordered to resign.",
        "Staff have been directed to the new building.",
    ],
)
def test_an_order_suffered_or_a_way_shown_is_no_decision(sentence: str) -> None:
    assert _decide(f"News in brief\n\n{sentence}").status_rule != "status.directed"


def test_a_document_that_sets_out_its_own_decision_is_dated_by_its_publication() -> None:
    decision = _decide(
        "Faster repairs for rural lines\n\nDownload the statement as a file.\n\n"
        "Contents: summary, background, our decisions.\n\n"
        "The closing date for responses is in April.\n\n"
        "1.1 Rural customers wait too long for repairs.\n\n"
        "1.2 This document sets out our decision to shorten the repair deadline for rural "
        "lines to three working days."
    )
    assert decision.decided_on == PUBLISHED


def test_a_document_that_reports_anothers_decision_is_not_dated_so() -> None:
    decision = _decide(
        "Background note\n\nSize: px\n\nDownload the note\n\nContents 1 Summary\n\n"
        "1.1 Rural customers wait too long for repairs.\n\n"
        "1.2 The regulator set out its decision on repair deadlines in 2019."
    )
    assert decision.decided_on is None
