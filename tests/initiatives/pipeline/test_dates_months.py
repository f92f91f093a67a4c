"""Months without a year, parts of months and ranges of days, read against a reference."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates import find_dates
from initiatives.pipeline.dates_due import parse_due

R = dt.date(2026, 3, 2)


def _window(phrase: str, reference: dt.date = R) -> tuple[dt.date | None, dt.date | None, str]:
    found = parse_due(phrase, reference=reference)
    assert found is not None, phrase
    return found.earliest, found.latest, found.rule


@pytest.mark.parametrize(
    ("sentence", "earliest", "latest", "rule"),
    [
        (
            "The guidance will be published in April.",
            dt.date(2026, 4, 1),
            dt.date(2026, 4, 30),
            "in_month_no_year",
        ),
        (
            "Talks resume in early April in Geneva.",
            dt.date(2026, 4, 1),
            dt.date(2026, 4, 10),
            "in_month_no_year",
        ),
        (
            "A decision is due in late November.",
            dt.date(2026, 11, 21),
            dt.date(2026, 11, 30),
            "in_month_no_year",
        ),
        (
            "The agency will report before the end of October.",
            R,
            dt.date(2026, 10, 31),
            "by_end_of_month",
        ),
        # A month already past this year is next year's.
        (
            "The scheme opens in February.",
            dt.date(2027, 2, 1),
            dt.date(2027, 2, 28),
            "in_month_no_year",
        ),
        # The month under way still counts.
        (
            "The list will be updated in March.",
            dt.date(2026, 3, 1),
            dt.date(2026, 3, 31),
            "in_month_no_year",
        ),
    ],
)
def test_it_reads_a_month_without_a_year(
    sentence: str, earliest: dt.date, latest: dt.date, rule: str
) -> None:
    assert _window(sentence) == (earliest, latest, rule)


@pytest.mark.parametrize(
    ("sentence", "earliest", "latest"),
    [
        ("The Assembly meets on 15–19 September.", dt.date(2026, 9, 15), dt.date(2026, 9, 19)),
        (
            "Negotiators gather 12-13 December 2027 in Rome.",
            dt.date(2027, 12, 12),
            dt.date(2027, 12, 13),
        ),
        ("The summit runs June 24-25 in The Hague.", dt.date(2026, 6, 24), dt.date(2026, 6, 25)),
        ("Ministers met on 3 to 5 February.", dt.date(2027, 2, 3), dt.date(2027, 2, 5)),
    ],
)
def test_it_keeps_both_ends_of_a_range_of_days(
    sentence: str, earliest: dt.date, latest: dt.date
) -> None:
    assert _window(sentence) == (earliest, latest, "day_range")


@pytest.mark.parametrize(
    "sentence",
    [
        "Members may in the end disagree.",
        "The rules were adopted in March 2025.",
        "Room 12-13 is on the second floor.",
    ],
)
def test_it_reads_no_yearless_month_in_look_alikes(sentence: str) -> None:
    found = parse_due(sentence, reference=R)
    assert found is None or found.rule not in ("in_month_no_year", "day_range")


def test_it_reads_a_later_event_with_a_low_confidence() -> None:
    found = parse_due("A review follows a year later.", reference=R)
    assert found is not None
    assert (found.earliest, found.latest, found.rule) == (R, dt.date(2027, 3, 2), "units_later")
    assert found.confidence < 0.5


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # Ahead: the next April; the month under way still counts.
        ("The guidance will be published in April.", dt.date(2026, 4, 1)),
        ("The list will be updated in March.", dt.date(2026, 3, 1)),
        ("The scheme will open in February.", dt.date(2027, 2, 1)),
        # Behind: the last one begun.
        ("Beijing announced new export rules in April.", dt.date(2025, 4, 1)),
        ("The ministers agreed the text in early February.", dt.date(2026, 2, 1)),
    ],
)
def test_it_reads_the_year_of_a_month_alone_from_the_tense(sentence: str, value: dt.date) -> None:
    found = [f for f in find_dates(sentence, reference=R) if f.precision == "month"]
    assert [(f.value, f.year_inferred) for f in found] == [(value, True)]


def test_it_reads_no_month_in_the_verb_may() -> None:
    assert find_dates("Ministers may decide in the spring.", reference=R) == []


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("The Assembly will meet on 15–19 September.", dt.date(2026, 9, 15), dt.date(2026, 9, 19)),
        ("Talks were held on 12-13 December 2025.", dt.date(2025, 12, 12), dt.date(2025, 12, 13)),
    ],
)
def test_it_dates_a_range_of_days_by_its_first_day_and_keeps_its_last(
    sentence: str, first: dt.date, last: dt.date
) -> None:
    (found,) = find_dates(sentence, reference=R)
    assert (found.value, found.last, found.precision) == (first, last, "day")
    assert found.span.quote in sentence and found.span.quote[0].isdigit()
