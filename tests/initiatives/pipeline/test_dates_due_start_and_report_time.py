"""A start said to fall in a quarter or a half is due there; the time a promise was spoken
("at the weekend, the minister said…") is no deadline, while a deadline written before the
speech verb stays the promise's."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.dates import find_due_windows
from tests.initiatives.pipeline.published import published_actions

R = dt.date(2026, 12, 2)
LEAD = (
    "# Ports strategy\n\nThe Ministry of Maritime Affairs announced on 3 March 2026 a "
    "strategy for the national ports.\n\n"
)


def window(sentence: str) -> tuple[str, dt.date | None, dt.date | None]:
    (due,) = find_due_windows(sentence, reference=R)
    return due.text, due.earliest, due.latest


def test_it_reads_a_start_in_a_quarter_or_a_half_as_due_in_it() -> None:
    assert window("Dredging of the harbour will begin starting in Q2 2027.") == (
        "starting in Q2 2027",
        dt.date(2027, 4, 1),
        dt.date(2027, 6, 30),
    )
    assert window("Port fees will be reviewed beginning in the second half of 2027.") == (
        "beginning in the second half of 2027",
        dt.date(2027, 7, 1),
        dt.date(2027, 12, 31),
    )


def test_it_keeps_a_window_opened_from_a_quarter() -> None:
    assert window("The new fees apply from the third quarter of 2027.") == (
        "from the third quarter of 2027",
        dt.date(2027, 7, 1),
        None,
    )


def test_it_takes_no_time_of_speaking_for_a_promises_deadline() -> None:
    (action,) = published_actions(
        LEAD,
        "Speaking to port unions at the weekend, the minister said the Ministry will "
        "publish a berth allocation code.",
    )
    assert action.description == "Publish a berth allocation code"
    assert action.due is None


def test_it_keeps_a_deadline_written_before_the_speech_verb() -> None:
    (action,) = published_actions(
        LEAD,
        "By 2029, the minister said the Ministry will electrify every container berth.",
    )
    assert action.due is not None and action.due.text == "By 2029"
