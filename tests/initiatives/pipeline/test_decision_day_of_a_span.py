"""A decision dated by a run of days takes the one day of the run that a sentence above
gives the same act: a council item's status line over its decision, a board's summary over
its minutes. Read against the publication day (a parameter, never the clock). Texts
written for these tests."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 6, 10)


def _decide(text: str) -> Decision:
    return decision_of(text, PUBLISHED)


def test_the_status_line_gives_the_day_of_a_two_day_sitting() -> None:
    text = (
        "Item 2027.EX4.2: Cycling Network Plan\n\n"
        "Status\n"
        "- Regional Council adopted this item on June 8, 2027 without amendments.\n"
        "- Wards: All\n\n"
        "Regional Council Decision\n\n"
        "Regional Council on June 8 and 9, 2027, adopted the following:\n\n"
        "1. Regional Council approve 40 km of protected bike lanes."
    )
    decision = _decide(text)
    assert decision.decided_on == dt.date(2027, 6, 8)
    assert decision.segment is not None
    assert "June 8, 2027" in text[decision.segment.start : decision.segment.end]


def test_without_a_day_above_a_sitting_published_on_its_last_day_keeps_that_day() -> None:
    text = (
        "Item 2027.EX4.2: Cycling Network Plan\n\n"
        "Regional Council Decision\n\n"
        "Regional Council on June 9 and 10, 2027, adopted the following:\n\n"
        "1. Regional Council approve 40 km of protected bike lanes."
    )
    assert _decide(text).decided_on == dt.date(2027, 6, 10)


def test_a_day_above_outside_the_run_is_another_act() -> None:
    text = (
        "Item 2027.EX4.2: Cycling Network Plan\n\n"
        "Status\n"
        "- Executive Committee adopted this item on May 20, 2027.\n\n"
        "Regional Council Decision\n\n"
        "Regional Council on June 9 and 10, 2027, adopted the following:\n\n"
        "1. Regional Council approve 40 km of protected bike lanes."
    )
    assert _decide(text).decided_on == dt.date(2027, 6, 10)
