"""Ranges of days in either order, joined by a dash, "and", "to" or "&", and a year or
month at the start of a sentence ("In 2026", "By 2030", "In April"). Sentences written
for these tests, in several publishers' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates import find_dates

REFERENCE = dt.date(2026, 3, 4)


def _dates(sentence: str) -> list[tuple[str, dt.date, dt.date | None]]:
    return [(f.span.quote, f.value, f.last) for f in find_dates(sentence, reference=REFERENCE)]


@pytest.mark.parametrize(
    ("sentence", "quote", "first", "last"),
    [
        # White House schedule.
        (
            "The summit will take place September 15-19, 2026, in Denver.",
            "September 15-19, 2026",
            dt.date(2026, 9, 15),
            dt.date(2026, 9, 19),
        ),
        # Japanese wire.
        (
            "The ministers will meet in Tokyo Sept. 8–10.",
            "Sept. 8–10",
            dt.date(2026, 9, 8),
            dt.date(2026, 9, 10),
        ),
        # EU Council meeting page.
        (
            "Ministers met in Luxembourg on 3 and 4 February.",
            "3 and 4 February",
            dt.date(2026, 2, 3),
            dt.date(2026, 2, 4),
        ),
        # WHO negotiating timetable.
        (
            "The body will resume its work from 6 to 10 July 2026.",
            "6 to 10 July 2026",
            dt.date(2026, 7, 6),
            dt.date(2026, 7, 10),
        ),
        # G20 communiqué.
        (
            "We, the Leaders, met on 22 & 23 November 2025.",
            "22 & 23 November 2025",
            dt.date(2025, 11, 22),
            dt.date(2025, 11, 23),
        ),
    ],
)
def test_it_reads_a_range_of_days_by_its_first_and_last_day(
    sentence: str, quote: str, first: dt.date, last: dt.date
) -> None:
    assert _dates(sentence) == [(quote, first, last)]


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("In 2027 the agency will review the rules.", "2027", dt.date(2027, 1, 1)),
        ("By 2030, the fleet will run on clean fuels.", "2030", dt.date(2030, 1, 1)),
        # A month alone at the start of a sentence takes its year from the tense.
        ("In April, the Council adopted the plan.", "April", dt.date(2025, 4, 1)),
        ("In April, the Council will adopt the plan.", "April", dt.date(2026, 4, 1)),
        ("Since January the fund has paid out €2 billion.", "January", dt.date(2026, 1, 1)),
    ],
)
def test_it_reads_a_year_or_month_that_starts_a_sentence(
    sentence: str, quote: str, value: dt.date
) -> None:
    assert [(q, v) for q, v, _ in _dates(sentence)] == [(quote, value)]


def test_a_range_of_numbers_is_no_range_of_days() -> None:
    assert _dates("Inflation rose from 3 to 5 per cent in the spring.") == []
