"""Meetings dated by a day range, a weekday or a week, events scheduled for a quarter, and
talks "due to resume": upcoming milestones read against the publication date."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text
from initiatives.pipeline.types import ExtractedMilestone

TODAY = dt.date(2027, 12, 1)
PUBLISHED = dt.date(2027, 3, 28)  # a Sunday
HEAD = (
    "WHO member states agree to continue treaty talks\n"
    "WHO Member States agreed on 27 March 2027 to resume negotiations on the treaty.\n"
)


def milestones(body: str) -> list[ExtractedMilestone]:
    extraction = extract_text(HEAD + body, today=TODAY, published=PUBLISHED)
    assert extraction.initiative is not None
    return [m for m in extraction.initiative.milestones if m.kind != "decision"]


def test_a_meeting_dated_by_a_day_range_starts_on_its_first_day() -> None:
    (meeting,) = milestones("The negotiating body will meet again 15-19 November.")
    assert (meeting.title, meeting.date) == ("Negotiating body meet again", dt.date(2027, 11, 15))


def test_a_meeting_next_week_runs_over_that_week() -> None:
    (meeting,) = milestones("Ministers will meet next week to review progress.")
    assert meeting.date is None
    assert (meeting.window_start, meeting.window_end) == (dt.date(2027, 3, 29), dt.date(2027, 4, 4))


def test_an_event_scheduled_for_a_quarter_is_a_window() -> None:
    (stocktake,) = milestones("Ministers met in Geneva, and a stocktake is scheduled for Q3 2027.")
    assert stocktake.title == "Stocktake (Q3 2027)"
    assert (stocktake.window_start, stocktake.window_end) == (
        dt.date(2027, 7, 1),
        dt.date(2027, 9, 30),
    )
    assert stocktake.rule == "milestone.scheduled_event.quarter"


def test_talks_due_to_resume_on_a_day_are_a_milestone() -> None:
    (talks,) = milestones("Technical talks are due to resume on 4 May.")
    assert (talks.title, talks.date) == ("Technical talks", dt.date(2027, 5, 4))


def test_a_scheme_expected_to_begin_is_no_meeting() -> None:
    assert milestones("The grant scheme is expected to begin in April.") == []
