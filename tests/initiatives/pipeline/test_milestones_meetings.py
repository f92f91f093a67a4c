"""Meetings and talks to come are upcoming milestones, dated by a day, a month or a window."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text
from initiatives.pipeline.types import ExtractedMilestone

TODAY = dt.date(2026, 11, 24)
HEAD = (
    "WTO members agree fisheries text\n"
    "WTO members agreed a fisheries text on 3 June 2026 in Geneva.\n"
)


def milestones(body: str) -> list[ExtractedMilestone]:
    extraction = extract_text(HEAD + body, today=TODAY, published=dt.date(2026, 6, 4))
    assert extraction.initiative is not None
    return [m for m in extraction.initiative.milestones if m.kind != "decision"]


def test_it_reads_a_planned_round_of_talks_as_a_milestone() -> None:
    (round_,) = milestones("The next round of negotiations is planned for 12 September.")
    assert (round_.title, round_.date) == ("Next round of negotiations", dt.date(2026, 9, 12))


def test_it_reads_a_meeting_to_come_with_its_month() -> None:
    (meeting,) = milestones("Ministers will meet again in March 2027 to take stock.")
    assert (meeting.title, meeting.date, meeting.precision) == (
        "Ministers meet again",
        dt.date(2027, 3, 1),
        "month",
    )
    assert meeting.rule == "milestone.scheduled_meeting"
    assert meeting.evidence.quote == "Ministers will meet again in March 2027 to take stock."


def test_it_reads_talks_to_resume_in_a_season_as_a_window() -> None:
    (talks,) = milestones("Negotiators will resume talks in the autumn.")
    assert talks.date is None
    assert (talks.window_start, talks.window_end) == (dt.date(2026, 9, 1), dt.date(2026, 11, 30))
    assert talks.title == "Negotiators resume talks (in the autumn)"


def test_it_reads_a_summit_to_be_held_as_a_milestone_and_not_as_an_action() -> None:
    extraction = extract_text(
        HEAD + "Leaders will hold their next summit in June 2027 in Rome.",
        today=TODAY,
        published=dt.date(2026, 6, 4),
    )
    assert extraction.initiative is not None
    (summit,) = [m for m in extraction.initiative.milestones if m.kind != "decision"]
    assert summit.date == dt.date(2027, 6, 1)
    assert extraction.initiative.actions == []


def test_it_takes_no_past_meeting_for_an_upcoming_milestone() -> None:
    assert milestones("Ministers met in Geneva on 2 June 2026 to prepare the text.") == []
