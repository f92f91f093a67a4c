"""Meetings that a text says are due to be held, or will be held, are upcoming milestones
dated in the year still to come."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text
from initiatives.pipeline.types import ExtractedMilestone

TODAY = dt.date(2026, 11, 24)
HEAD = (
    "NATO ministers agree capability targets\n"
    "NATO defence ministers agreed new capability targets in Brussels on 5 June 2026.\n"
)


def milestones(body: str) -> list[ExtractedMilestone]:
    extraction = extract_text(HEAD + body, today=TODAY, published=dt.date(2026, 6, 6))
    assert extraction.initiative is not None
    return [m for m in extraction.initiative.milestones if m.kind != "decision"]


def test_a_summit_due_to_be_held_is_a_milestone_named_by_the_meeting() -> None:
    (summit,) = milestones(
        "The targets were seen as crucial in preparation for the NATO summit due to be "
        "held in The Hague on 24-25 June."
    )
    assert (summit.title, summit.date) == ("NATO summit", dt.date(2026, 6, 24))


def test_a_round_that_will_be_held_in_a_month_is_this_year() -> None:
    (round_,) = milestones("A second round will be held in Vienna in October.")
    assert (round_.title, round_.date) == ("Second round", dt.date(2026, 10, 1))


def test_a_rule_set_to_take_effect_is_not_a_meeting() -> None:
    assert milestones("The new targets are set to take effect on 1 September.") == []


def test_talks_resumed_later_in_their_clause_are_dated() -> None:
    (talks,) = milestones(
        "NATO and Ukraine will resume negotiations on air defence in Vienna on 18 September."
    )
    assert (talks.title, talks.date) == (
        "NATO and Ukraine resume negotiations",
        dt.date(2026, 9, 18),
    )


def test_a_round_that_officials_would_hold_is_a_milestone() -> None:
    (round_,) = milestones(
        "NATO officials said they would hold a fresh round of talks on 2 October."
    )
    assert round_.title.endswith("hold a fresh round of talks")
    assert round_.date == dt.date(2026, 10, 2)


def test_a_past_date_in_a_meetings_clause_does_not_date_it() -> None:
    assert milestones("NATO ministers will meet to review the plan adopted on 3 May.") == []
