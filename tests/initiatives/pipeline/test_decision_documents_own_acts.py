"""A document that reports a decision by its structure, though its lead holds none of the
usual verbs: a headline's infinitive, a penalty imposed, a partnership formed, a plan
"said today", a meeting's minutes, a resolution's preamble; and the day told again as the
announcement's occasion or a programme's start. Texts written for these tests."""

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
        # A headline's infinitive with a verb of action the old list did not hold.
        "Ferry operator to restore night crossings to the islands\n\nNight crossings to the "
        "outer islands will run again from June, with two boats a night in summer.",
        "Highways agency to resurface 900 km of rural roads\n\nDrivers in the hill districts "
        "will see the first crews in May.",
        # An announcement said today, a future plan as the day's news.
        # Without "by 2029": a time ahead makes it an intention said today, with no day
        # (test_decision_intention).
        "Clinics\n\nThe health agency will build four rural clinics in the hill districts, "
        "its director said today.",
        # A partnership formed, told in the present perfect.
        "Growers to be trained\n\nThe regional government has partnered with a seed "
        "cooperative to train 300 young growers in seed cleaning and storage.",
        "Port deal\n\nThe harbour board has teamed up with two shipping lines to move "
        "container traffic to rail.",
    ],
)
def test_it_dates_the_days_act_by_the_page(text: str) -> None:
    assert _decide(text).decided_on == PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        # A trip, an appearance or a choice still weighed is no act.
        "Minister to visit flood-hit valley towns\n\nThe minister will meet residents and "
        "farmers in three towns.",
        "Panel to consider longer licences for taxis\n\nThe panel meets in May.",
        "Mayor to attend the river summit\n\nShe will speak on the second day.",
        # A request to others is no act of the one who asks.
        "Agency urges small ports to upgrade their fuel tanks\n\nThe agency wrote to 40 "
        "port operators.",
    ],
)
def test_a_headline_of_a_trip_or_a_weighing_dates_nothing(text: str) -> None:
    assert _decide(text).decided_on is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Data commissioner fines hospital group\n\nIn a decision of 2 April 2027, the "
            "data commissioner imposed a fine of €300,000 on a hospital group for leaving "
            "patient files on an open server.",
            dt.date(2027, 4, 2),
        ),
        (
            "Penalty for late filings\n\nThe securities regulator today imposed penalties on "
            "three brokers that filed their accounts late.",
            PUBLISHED,
        ),
    ],
)
def test_a_penalty_imposed_is_the_regulators_decision(text: str, day: dt.date) -> None:
    decision = _decide(text)
    assert (decision.status, decision.decided_on) == ("adopted", day)


def test_a_penalty_still_proposed_is_no_decision() -> None:
    decision = _decide(
        "Broker review\n\nThe regulator may impose a fine on the broker once its review ends."
    )
    assert decision.decided_on is None


MINUTES_BODY = (
    "Item 4 Library opening hours\n"
    "MOVED by Cr A Birch, seconded by Cr T Lund:\n"
    "That the Committee:\n"
    "a) receive the report\n"
    "b) approve the extension of opening hours at the central library to 9pm on weekdays\n"
    "CARRIED\n"
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Parks and Libraries Committee: Open Minutes, 6 April 2027\n\n"
            "Minutes of a meeting of the Parks and Libraries Committee held in the Civic "
            "Room, Harbour Street, on Tuesday, 6 April 2027 at 10am.\n\n" + MINUTES_BODY,
            dt.date(2027, 4, 6),
        ),
        (
            "Agenda and minutes for Ordinary Council Meeting on Monday 12th April, 2027, 7 pm"
            "\n\nVenue: Council Chamber, Town Hall.\n\nMinutes:\n\n" + MINUTES_BODY,
            dt.date(2027, 4, 12),
        ),
    ],
)
def test_minutes_date_their_resolutions_by_the_meeting(text: str, day: dt.date) -> None:
    assert _decide(text).decided_on == day


def test_minutes_name_the_body_that_carried_their_resolutions() -> None:
    decision = _decide(
        "Parks and Libraries Committee: Open Minutes, 6 April 2027\n\n"
        "Minutes of a meeting of the Parks and Libraries Committee held in the Civic "
        "Room, Harbour Street, on Tuesday, 6 April 2027 at 10am.\n\n" + MINUTES_BODY
    )
    assert [(e.name, rule) for e, _, rule in decision.makers] == [
        ("Parks and Libraries Committee", "actor.minutes_of")
    ]


def test_a_resolutions_preamble_makes_the_text_the_bodys_act() -> None:
    decision = _decide(
        "Council conclusions on coastal fisheries\n\nYou are here\n\nCouncil of the EU\n\n"
        "Council conclusions on coastal fisheries\n\nThu, 15/04/2027 - 12:10\n\n"
        "The Council (Agriculture and Fisheries):\n\n"
        "1. RECALLS the state of coastal stocks in the northern seas.\n\n"
        "2. NOTES the work of the advisory councils.\n\n"
        "I. COMMON RULES\n\n"
        "3. COMMITS to agreeing common rules for small-scale fleets by the end of 2028.\n\n"
        "4. INVITES the Commission to report on the rules by June 2028."
    )
    assert decision.decided_on == PUBLISHED


def test_a_body_named_before_a_list_of_facts_is_no_preamble() -> None:
    decision = _decide(
        "Coastal fisheries\n\nYou are here\n\nFisheries\n\nThe Council (Agriculture and "
        "Fisheries):\n\n1. Meets four times a year in Brussels.\n\n"
        "2. The Commission committed to a review of small fleets in 2019."
    )
    assert decision.decided_on is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            # The announcement's occasion, named after the lead with "this".
            "Water board to line 300 km of canals by 2029\n\n"
            "Riverton, April 15 (Wire) - The water board will line 300 km of irrigation "
            "canals by 2029, its director said.\n\n"
            "She said the board would pay farmers for land lost to the works.\n\n"
            "The director said this at a meeting with growers in Riverton on Tuesday.",
            dt.date(2027, 4, 13),
        ),
        (
            # A programme's start, told after the partnership that set it up.
            "Council and college partner on welding course\n\n"
            "The city council has partnered with the technical college to train 80 "
            "welders.\n\n"
            "The course, which began with an induction on Monday, will run for twelve weeks.",
            dt.date(2027, 4, 12),
        ),
    ],
)
def test_the_day_is_told_again_by_the_occasion_or_the_start(text: str, day: dt.date) -> None:
    assert _decide(text).decided_on == day


@pytest.mark.parametrize(
    "text",
    [
        "Tool maker to upgrade 40 colleges\n\nThe state government has formalised an "
        "agreement with a tool maker on April 9 to upgrade 40 technical colleges.",
        "Ports sign up\n\nThe two port authorities entered into a memorandum of "
        "understanding on 9 April 2027 to share pilot boats.",
    ],
)
def test_an_agreement_made_formal_keeps_its_day(text: str) -> None:
    decision = _decide(text)
    assert (decision.status, decision.decided_on) == ("adopted", dt.date(2027, 4, 9))


def test_a_reference_page_recalls_an_act_as_background() -> None:
    decision = _decide(
        "About the implementation programme: Harbours Amendment Act 2027\n\n"
        "The Harbours Amendment Act 2027 received Royal assent on 2 April 2027. Most of "
        "it comes into force on 1 July 2028.\n\n"
        "The ministry and the harbours agency share the work of putting it in place."
    )
    assert decision.decided_on is None


def test_a_release_about_an_act_is_dated() -> None:
    decision = _decide(
        "Harbours act passes\n\nThe Harbours Amendment Act 2027 received Royal assent on "
        "2 April 2027, the ministry said."
    )
    assert decision.decided_on == dt.date(2027, 4, 2)


def test_a_briefings_day_below_a_lead_that_decides_nothing_dates_nothing() -> None:
    decision = _decide(
        "Northern harbours to be finished by 2029, says minister\n\n"
        "The works minister says the second phase of the harbours programme, which will "
        "cost R2 billion, is on track.\n\n"
        "The minister said this when she briefed the media on the roads plan on Tuesday.\n\n"
        "Phase one was completed in 2025.\n\n"
        "Further down, the story recalls that the department has launched a new plan for "
        "rural slipways."
    )
    assert decision.decided_on is None


def test_a_cue_that_a_hearing_is_about_is_no_decision() -> None:
    decision = _decide(
        "Agency Announces Public Hearing on Proposed Limits for Night Noise at Airports\n\n"
        "The aviation agency today set the date of the hearing for 3 June."
    )
    assert decision.decided_on is None


def test_a_decision_taken_after_its_hearing_keeps_its_day() -> None:
    decision = _decide(
        "Council adopts night noise limits\n\nThe city council today adopted the night "
        "noise limits on which it held a public hearing in March."
    )
    assert decision.decided_on == PUBLISHED
