"""The decision's day in wire, regulator, cabinet and parliamentary texts: an update line
above a paragraph dates its "today", a cabinet "took decisions Monday", and a decision
told only as "earlier this week" gets no day. Texts written for these tests."""

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
        # A UK regulator's news page, edited since: the update line dates the paragraph.
        (
            "Energy price cap\n\nUpdate 19 March 2027\n\nThe regulator has today published "
            "its decision on the price cap methodology.",
            dt.date(2027, 3, 19),
        ),
        (
            "Consumer duty\n\n18 March 2027:\n\nThe authority today published final rules "
            "on the consumer duty.",
            dt.date(2027, 3, 18),
        ),
        # The date heads the paragraph: the base for "on Monday", not the decision's day.
        (
            "Water charges\n\n19 March 2027: The regulator said it approved on Monday the "
            "new framework for water charges.",
            dt.date(2027, 3, 15),
        ),
        # An Irish government answer under its date line.
        (
            "Written answers\n\nUpdated 22 March 2027 –\n\nThe Minister confirmed that the "
            "Government today approved the National Housing Plan.",
            dt.date(2027, 3, 22),
        ),
    ],
)
def test_an_update_line_dates_the_paragraph_below(text: str, day: dt.date) -> None:
    assert _decide(text).decided_on == day


def test_a_last_updated_line_is_the_page_edit_not_the_paragraph() -> None:
    text = (
        "Energy price cap\n\nLast updated 19 March 2027\n\nThe regulator has today "
        "published its decision on the price cap methodology."
    )
    assert _decide(text).decided_on == PUBLISHED


def test_an_old_update_line_is_no_base() -> None:
    # Far older than the publication: the page's history, not this paragraph's day.
    text = (
        "Energy price cap\n\nUpdate 19 March 2025\n\nThe regulator has today published "
        "its decision on the price cap methodology."
    )
    assert _decide(text).decided_on == PUBLISHED


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # An Indian cabinet release on the wire.
        (
            "NEW DELHI, March 24 (PTI) -- The Union Cabinet took decisions Monday on a new "
            "fertiliser subsidy scheme.",
            dt.date(2027, 3, 22),
        ),
        (
            "The Cabinet took several key decisions on Tuesday, including a rise in "
            "minimum support prices.",
            dt.date(2027, 3, 23),
        ),
        # A decision reported the day after.
        (
            "BRUSSELS (AFP) - EU ministers agreed late on Tuesday a package of sanctions.",
            dt.date(2027, 3, 23),
        ),
        ("DUBLIN -- The Minister tabled Monday a bill to expand childcare places.", None),
    ],
)
def test_a_weekday_after_the_decision_words_dates_it(text: str, day: dt.date | None) -> None:
    decision = _decide(text)
    assert decision.decided_on == (day or dt.date(2027, 3, 22))


def test_took_decisions_is_a_decision_cue() -> None:
    decision = _decide("The Cabinet took decisions on Monday on the fuel subsidy scheme.")
    assert decision.status_rule == "status.took_decisions"


@pytest.mark.parametrize(
    "text",
    [
        # Kyodo: the dateline is the filing day, the decision "earlier this week".
        "TOKYO, March 24 (Kyodo) -- The Cabinet approved earlier this week a bill to raise "
        "defence spending.",
        # Yonhap.
        "SEOUL, March 24 (Yonhap) -- The government last week adopted a plan to support "
        "chipmakers.",
        # A G20 news item with no dateline.
        "G20 ministers endorsed a debt framework over the weekend, officials said.",
    ],
)
def test_a_decision_told_only_as_some_day_gone_by_gets_no_day(text: str) -> None:
    decision = _decide(text)
    assert decision.has_cue
    assert decision.decided_on is None


def test_a_day_of_coming_into_force_is_not_the_decision_day() -> None:
    decision = _decide(
        "New rules adopted\n\nThe ministry has today adopted new rules, which come into "
        "force on 1 July 2027."
    )
    assert decision.decided_on == PUBLISHED
