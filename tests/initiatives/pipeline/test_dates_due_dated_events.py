"""Deadlines tied to an event that the text dates count from that event, not from the
day of publication: "within 12 weeks of the review closing" when another sentence says
the review closes on 22 April; "until MC14, which will be held from 26 to 29 March"."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.dates_due import parse_due
from tests.initiatives.pipeline.published import published_actions

R = dt.date(2026, 3, 3)
LEAD = (
    "# Water regulation review\n\nThe Department for Environment launched a review of "
    "water regulation on 3 March 2026.\n\n"
)


def due_of(paragraph: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    found = published_actions(LEAD, paragraph)
    return [(a.description, a.due and a.due.earliest, a.due and a.due.latest) for a in found]


def test_it_counts_weeks_from_the_closing_day_given_in_another_sentence() -> None:
    assert due_of(
        "Evidence may be sent until the review closes on 22 April 2026. The Department will "
        "publish its conclusions within 12 weeks of the review closing."
    ) == [("Publish its conclusions", dt.date(2026, 4, 22), dt.date(2026, 7, 15))]


def test_it_counts_months_after_the_close_of_a_consultation() -> None:
    assert due_of(
        "The consultation closes on 30 June 2026. Ministers will respond within three months "
        "after the close of the consultation."
    ) == [("Respond", dt.date(2026, 6, 30), dt.date(2026, 9, 30))]


def test_an_undated_closing_keeps_its_event_and_no_dates() -> None:
    due = parse_due("within six weeks of the consultation closing", reference=R)
    assert due is not None
    assert (due.earliest, due.latest, due.anchor_event, due.offset_days) == (
        None,
        None,
        "close of the consultation",
        42,
    )


def test_it_runs_until_the_last_day_of_a_meeting_dated_in_its_own_clause() -> None:
    found = published_actions(
        "# Fisheries talks\n\nThe WTO General Council agreed on 3 March 2026 to extend the "
        "fisheries talks.\n\n",
        "Members will continue negotiations until MC14, which will be held from 26 to 29 "
        "March 2026 in Yaoundé.",
    )
    assert [(a.description, a.due and a.due.earliest, a.due and a.due.latest) for a in found] == [
        ("Continue negotiations", dt.date(2026, 3, 3), dt.date(2026, 3, 29))
    ]
