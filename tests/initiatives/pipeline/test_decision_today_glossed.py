"""A decision made "today" whose text glosses the day in brackets, as UK government and
regulators' releases do ("has today (Tuesday 9 March) announced", "published today (9
March)"): the bracketed day is the decision's, even when the page is dated later (a copy
on another site, a digest). Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 3, 12)  # a Friday: the copy's day, three days after the release


def _decide(text: str) -> Decision:
    return decision_of(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        # Department press release.
        "Flood defences\n\nThe government has today (Tuesday 9 March) announced £40 million "
        "to rebuild flood defences in the Fens.",
        # Regulator's policy statement, as a trade paper reports it.
        "Final rules\n\nThe Payments Regulator published its final rules on card fees today "
        "(9 March), giving firms until October to comply.",
        # Devolved government's news item, the weekday after a comma.
        "Island ferries\n\nMinisters today (Tuesday, 9 March) announced £12 million for two "
        "new island ferries.",
    ],
)
def test_it_dates_a_decision_made_today_by_the_day_in_brackets(text: str) -> None:
    assert _decide(text).decided_on == dt.date(2027, 3, 9)


def test_it_keeps_the_publication_day_when_the_brackets_hold_no_day() -> None:
    text = (
        "Bus fares\n\nThe mayor today (in a speech to the assembly) announced a fare freeze "
        "for the rest of the year."
    )
    assert _decide(text).decided_on == PUBLISHED
