"""The decision's day (session 20): days counted back from the day of writing, a date a
re-posting site glues before the story, a wire dateline as the base for "yesterday", a
background date in the lead set aside for the day's act, a vague "last week" that a
"said on Monday" does not date, a statement's dated title, the lead of a page whose story
sits below teasers or as a list under its title, and the wordings that open a call or a
new body. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from initiatives.pipeline.run import extract_read
from initiatives.pipeline.types import ReadResult
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 3, 24)  # a Wednesday


def _decide(text: str) -> Decision:
    return decision_of(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Days counted back, with the day between the verb and what was presented.
        (
            "Road safety\n\nThe ministry presented the day before yesterday the new road "
            "safety strategy for the next decade.",
            dt.date(2027, 3, 22),
        ),
        (
            "Ports\n\nThe transport council approved a port investment plan two days ago, "
            "officials confirmed.",
            dt.date(2027, 3, 22),
        ),
        (
            "Clean air\n\nThe agency released on Monday its guidelines for indoor air in schools.",
            dt.date(2027, 3, 22),
        ),
        # A date glued before the story by a re-posting site is when it was written.
        (
            "date 2027-03-20 NAIROBI: The regional bloc on Thursday launched a drought "
            "response fund for pastoralists.",
            dt.date(2027, 3, 18),
        ),
        # A wire's dateline is the base for "yesterday", not the decision's day.
        (
            "Water\n\nPERTH, March 22 (Wire) - The state cabinet approved a water recycling "
            "plan yesterday.",
            dt.date(2027, 3, 21),
        ),
    ],
)
def test_a_relative_day_counts_from_the_day_of_writing(text: str, day: dt.date) -> None:
    assert _decide(text).decided_on == day


@pytest.mark.parametrize(
    "text",
    [
        # An earlier agreement named in the sentence that reports the day's act.
        "Rail plan\n\nFollowing the agreement reached on 10 January 2027, the ministry today "
        "released the national rail plan.",
        "Rail plan\n\nBuilding on the strategy adopted on 3 February 2027, the ministry "
        "today published its rail plan.",
        # In a relative clause that holds the first cue.
        "Rail plan\n\nThe ministers, who agreed on 10 January 2027 to act, today adopted "
        "the rail plan.",
        # In a sentence of its own after the day's act.
        "Rail plan\n\nThe government today launched a national rail plan. In March 2025, "
        "ministers agreed to review fares.",
    ],
)
def test_a_background_date_in_the_lead_gives_way_to_the_days_act(text: str) -> None:
    assert _decide(text).decided_on == PUBLISHED


def test_a_year_named_in_passing_gives_way_to_the_weekday() -> None:
    text = "Rail plan\n\nThe plan, first floated in 2019, was approved by ministers on Tuesday."
    assert _decide(text).decided_on == dt.date(2027, 3, 23)


def test_a_background_date_still_dates_a_lead_that_names_no_other_day() -> None:
    text = "Rail plan\n\nOn 10 January 2027 the ministers adopted the national rail plan."
    assert _decide(text).decided_on == dt.date(2027, 1, 10)


@pytest.mark.parametrize(
    "text",
    [
        # "last week" dates the act; "said on Monday" dates the saying.
        "Ministers adopt rail plan\n\nMinisters adopted the rail plan last week, the "
        "ministry said on Monday.",
        "Rail plan\n\nThe cabinet earlier this month approved a national rail plan, the "
        "transport ministry said today.",
    ],
)
def test_a_vague_past_is_not_dated_by_the_day_of_saying(text: str) -> None:
    assert _decide(text).decided_on is None


def test_a_vague_past_elsewhere_does_not_hide_todays_act() -> None:
    text = (
        "Rail plan\n\nAfter talks with unions last week, the ministry today published the "
        "national rail plan."
    )
    assert _decide(text).decided_on == PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        "Statement on the Cabinet meeting of 18 March 2027\n\n1. Cabinet approved the "
        "national rail plan.\n2. Cabinet noted the report on floods.",
        "Media statement\n\nStatement on Cabinet meeting of 18 March 2027\n\n1. Cabinet "
        "approved the national rail plan.\n2. Cabinet endorsed the flood fund.",
    ],
)
def test_a_statements_dated_title_gives_the_meetings_day(text: str) -> None:
    assert _decide(text).decided_on == dt.date(2027, 3, 18)


def test_the_story_below_teasers_of_other_stories() -> None:
    text = (
        "-\nPictures as rain floods the valleys\nSeveral towns in the south were cut off.\n-\n"
        "Fact check: Are bus fares the highest in Europe?\n"
        "It comes after an opposition leader made the claim.\n-\n"
        "Why speeding fines are now easier to contest\n"
        "It comes after the top court sided with a motorist.\n"
        "Spain plans to bring in new help with food prices\n"
        "Food vouchers and lower power bills are among the proposals set out today\n"
        "Spain is preparing a set of measures to help people cope with rising prices, "
        "including vouchers for the poorest households.\n"
        "This was announced by the government spokesperson after the weekly cabinet meeting."
    )
    assert _decide(text).decided_on == PUBLISHED


def test_a_list_of_conclusions_under_the_title() -> None:
    text = (
        "Highlights of the ministerial conclusions\n\n"
        "  • Trade: Ministers agreed to launch a new round of talks on services.\n\n"
        "  • Tax: Ministers endorsed the report on harmful tax practices.\n"
    )
    assert _decide(text).decided_on == PUBLISHED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Grants\n\nThe Office of Rural Affairs has opened applications for 2027 "
            "community grants.",
            "announced",
        ),
        (
            "Heritage\n\nThe department today launched a second call for proposals under the "
            "heritage fund.",
            "announced",
        ),
        (
            "Land\n\nThe government on Tuesday held the first meeting of an expert panel on "
            "farmland sales to foreign buyers.",
            "announced",
        ),
        (
            "Letters\n\nToday, the Premier released new mandate letters for her ministers.",
            "announced",
        ),
    ],
)
def test_wordings_that_open_a_call_or_a_body(text: str, status: str) -> None:
    decision = _decide(text)
    assert decision.status == status
    assert decision.decided_on is not None


def test_a_matter_not_yet_decided_is_no_decision() -> None:
    decision = _decide("Prices\n\nIt has not yet been decided whether the bill comes first.")
    assert decision.status_rule == "status.default"


@pytest.mark.parametrize(
    ("text", "day", "maker"),
    [
        (
            "Cabinet decisions\n\nThe Cabinet, at its meeting held today under the "
            "chairmanship of the Prime Minister, took the following decisions:\n\n"
            "1. Approval of the national water plan.\n2. Approval of the flood fund.",
            PUBLISHED,
            "Cabinet",
        ),
        (
            "Decisions of the Executive Council\n\nThe Executive Council of the State, at its "
            "45th meeting on 20 March 2027, endorsed the drought relief programme.",
            dt.date(2027, 3, 20),
            "Executive Council of the State",
        ),
    ],
)
def test_a_decisions_list_of_the_publishers_own_cabinet_is_an_initiative(
    text: str, day: dt.date, maker: str
) -> None:
    extraction = extract_read(
        ReadResult(text=text, format="txt"), today=PUBLISHED, published=PUBLISHED
    )
    initiative = extraction.initiative
    assert initiative is not None, extraction.warnings
    assert initiative.decided_on == day
    assert maker in [actor.name for actor in initiative.actors]
