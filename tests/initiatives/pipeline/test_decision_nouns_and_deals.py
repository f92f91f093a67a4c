"""Decisions told by a noun ("the Council's adoption of … on Tuesday", "the signing of
the accord"), by a deal "clinched" or "sealed", negotiations "concluded", a bill that
"became law", a strategy "rolled out" and leaders who "committed to" a plan. Texts
written for these tests, in several publishers' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 3, 11)  # a Thursday
TUESDAY = dt.date(2027, 3, 9)


def _decide(text: str) -> Decision:
    return decision_of(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "status", "day"),
    [
        # EU Council press release.
        (
            "Ports package\n\nThe Council's adoption of the ports regulation on Tuesday "
            "completes the legislative procedure.",
            "adopted",
            TUESDAY,
        ),
        (
            "Ports package\n\nAdoption of the ports regulation by the Council today marks the "
            "end of the procedure.",
            "adopted",
            PUBLISHED,
        ),
        # Nordic government news item.
        (
            "Fisheries accord\n\nThe signing of the accord on Monday in Oslo opens a new "
            "chapter for both fleets.",
            "adopted",
            dt.date(2027, 3, 8),
        ),
        # UK trade press.
        (
            "Grid plan\n\nThe unveiling on Tuesday of the grid plan was welcomed by industry.",
            "announced",
            TUESDAY,
        ),
        (
            "Retrofit fund\n\nThe announcement of the £2bn fund came on Wednesday.",
            "announced",
            dt.date(2027, 3, 10),
        ),
        # Reuters-style wire.
        (
            "BRUSSELS, March 11 (Reuters) - The two sides clinched a trade deal on Tuesday "
            "after a decade of talks.",
            "provisional_agreement",
            TUESDAY,
        ),
        (
            "Negotiators sealed a deal late on Tuesday on the steel quotas.",
            "provisional_agreement",
            TUESDAY,
        ),
        (
            "The EU and Mercosur concluded negotiations on Tuesday.",
            "provisional_agreement",
            TUESDAY,
        ),
        # US state government.
        (
            "Clinics bill\n\nThe bill became law on Tuesday after the governor signed it.",
            "adopted",
            TUESDAY,
        ),
        # Australian government media release.
        (
            "Hydrogen\n\nThe government rolled out its hydrogen strategy on Tuesday.",
            "announced",
            TUESDAY,
        ),
        # G7 statement reported by a Japanese wire.
        (
            "TOKYO (Kyodo) -- G7 leaders on Tuesday committed to a critical minerals action plan.",
            "announced",
            TUESDAY,
        ),
    ],
)
def test_it_reads_and_dates_the_decision(text: str, status: str, day: dt.date) -> None:
    decision = _decide(text)
    assert (decision.status, decision.decided_on) == (status, day)


@pytest.mark.parametrize(
    "text",
    [
        "Awaiting approval\n\nThe plan is awaiting the adoption of the regulation, which "
        "officials expect on Tuesday.",
        "Before the signing of the accord on Monday, ministers met over dinner.",
        "The union remains committed to a peaceful settlement.",
        "Guests rolled out the red carpet for the visiting delegation.",
        "The launch of the new phone was delayed by a month.",
    ],
)
def test_it_reads_no_decision_from_look_alike_wording(text: str) -> None:
    assert _decide(text).decided_on is None
