"""A contract awarded or won is a decision of the day it is reported; a council that sat
on several days listed one by one ("on June 22, 23 and 24") decided on the day of the
text when it falls among them. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates import find_dates
from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 3, 24)  # a Wednesday


def _decide(text: str) -> Decision:
    return decision_of(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Joint venture wins £200m tram signalling contract\n\nA consortium of two engineering "
        "firms will renew the signalling on the city's tram network.",
        "Port upgrade\n\nThe harbour board has awarded a $45 million dredging contract to a "
        "Dutch firm.",
        "Bridge works\n\nThe roads minister today welcomed the award by the state roads "
        "agency of a contract worth $90 million for three new bridges.",
        "Depot build\n\nThe depot contract has been awarded to a local builder, the council said.",
    ],
)
def test_it_reads_a_contract_awarded_as_the_days_decision(text: str) -> None:
    decision = _decide(text)
    assert decision.has_cue
    assert decision.decided_on == PUBLISHED


def test_it_takes_no_award_from_a_contract_still_to_be_let() -> None:
    decision = _decide(
        "Tram renewal\n\nThe city will tender a contract for tram signalling next year."
    )
    assert decision.decided_on is None


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        (
            "City Council on March 22, 23 and 24, 2027, adopted the following:",
            dt.date(2027, 3, 22),
            dt.date(2027, 3, 24),
        ),
        (
            "The assembly sat on 22, 23 and 24 March 2027.",
            dt.date(2027, 3, 22),
            dt.date(2027, 3, 24),
        ),
        ("Talks ran on March 20, 21, and 22.", dt.date(2027, 3, 20), dt.date(2027, 3, 22)),
    ],
)
def test_it_reads_a_list_of_days_as_a_span(sentence: str, first: dt.date, last: dt.date) -> None:
    (found,) = find_dates(sentence, reference=PUBLISHED)
    assert (found.value, found.last) == (first, last)


def test_it_keeps_a_day_and_its_year_apart_from_a_list() -> None:
    found = find_dates("Signed on March 22, 2027 and ratified on April 3.", reference=PUBLISHED)
    assert [(f.span.quote, f.last) for f in found] == [("March 22, 2027", None), ("April 3", None)]


def test_a_council_that_sat_several_days_decided_on_the_days_text() -> None:
    decision = _decide(
        "Council decision\n\nCity Council on March 22, 23 and 24, 2027, adopted the "
        "following:\n\n1. City Council direct the General Manager to report back."
    )
    assert decision.decided_on == PUBLISHED
