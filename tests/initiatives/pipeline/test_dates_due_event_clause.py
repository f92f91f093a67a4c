"""A promise due when an event happens that the text gives no day for ("until the works
resume", "once Parliament has adopted its position", "before any patient data is used")
keeps that phrase as its deadline, with no dates: a reader cannot date it either. A
dated deadline of the same sentence wins, and words of time ("before the end of the
year") stay with the calendar's rows. Sentences written for these tests, in the styles
of a roads agency's statement, an EU council's results, a ministry's release and a
company's announcement."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline import dates
from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import PUBLISHED, published_initiative

REFERENCE = dt.date(2026, 9, 15)
LEAD = "# Roadworks\n\nThe Roads Agency today approved a plan for the coastal highway. "


def windows(sentence: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    found = dates.find_due_windows(sentence, reference=REFERENCE)
    return [(w.text, w.earliest, w.latest) for w in found]


def due_of(paragraph: str) -> tuple[str, dt.date | None, dt.date | None] | None:
    actions: list[ExtractedAction] = published_initiative(LEAD + paragraph + "\n", fmt="md").actions
    due = actions[-1].due
    return (due.text, due.earliest, due.latest) if due else None


def test_a_plural_subject_and_its_plain_verb_end_the_work() -> None:
    assert windows("The agency will keep the detour open until the repairs resume.") == [
        ("until the repairs resume", None, None)
    ]


def test_an_auxiliary_and_a_participle_mark_the_event() -> None:
    assert windows(
        "The Council will open talks with the European Parliament once Parliament has "
        "adopted its position."
    ) == [("once Parliament has adopted", None, None)]
    assert windows("A privacy assessment will be completed before any patient data is used.") == [
        ("before any patient data is used", None, None)
    ]


def test_a_verb_in_s_after_its_subject_marks_the_event() -> None:
    assert windows("The firm will hire 40 drivers before the new depot opens.") == [
        ("before the new depot opens", None, None)
    ]


def test_words_of_time_and_dated_events_are_left_to_the_calendar() -> None:
    assert windows("The ministry will report before the end of the year.") == [
        ("before the end of the year", REFERENCE, dt.date(2026, 12, 31))
    ]
    assert windows("The city will resurface the road before the works resume in January.") == [
        ("before the works resume in January", REFERENCE, dt.date(2027, 1, 31))
    ]


def test_a_promise_keeps_the_event_as_its_deadline() -> None:
    assert due_of("The agency will maintain the old road until the works resume.") == (
        "until the works resume",
        None,
        None,
    )


def test_a_dated_deadline_of_the_same_sentence_wins() -> None:
    assert due_of(
        "The agency will publish the detour map by 30 November 2026, before the works resume."
    ) == ("by 30 November 2026", PUBLISHED, dt.date(2026, 11, 30))
