"""Fiscal years, year ends and decades: each window says which rule read it."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates_due import parse_due

R = dt.date(2026, 3, 2)


def _window(sentence: str, reference: dt.date) -> tuple[dt.date | None, dt.date | None, str]:
    found = parse_due(sentence, reference=reference)
    assert found is not None, sentence
    return found.earliest, found.latest, found.rule


@pytest.mark.parametrize(
    ("sentence", "earliest", "latest", "rule"),
    [
        # The US federal year starts on 1 October of the year before.
        (
            "Congress will fund the program in FY2027.",
            dt.date(2026, 10, 1),
            dt.date(2027, 9, 30),
            "fiscal_year_us_federal",
        ),
        (
            "The agency requested it for fiscal year 2028.",
            dt.date(2027, 10, 1),
            dt.date(2028, 9, 30),
            "fiscal_year_us_federal",
        ),
        # A split year is the UK, Canadian and Japanese one, from 1 April.
        (
            "The grant runs in the financial year 2026-27.",
            dt.date(2026, 4, 1),
            dt.date(2027, 3, 31),
            "fiscal_year_april",
        ),
        (
            "Funding is confirmed for fiscal year 2027/28.",
            dt.date(2027, 4, 1),
            dt.date(2028, 3, 31),
            "fiscal_year_april",
        ),
        ("The package should be ready by year-end.", R, dt.date(2026, 12, 31), "by_year_end"),
        (
            "The target is 300,000 homes a year by the mid-2020s.",
            R,
            dt.date(2025, 12, 31),
            "by_decade",
        ),
        ("Output will double in the 2030s.", dt.date(2030, 1, 1), dt.date(2039, 12, 31), "decade"),
        (
            "Emissions must fall by the end of the decade.",
            R,
            dt.date(2029, 12, 31),  # the decade R is in, as "the end of the 2020s"
            "by_end_of_year",
        ),
        ("Allies will spend 5% by 2035.", R, dt.date(2035, 12, 31), "by_year"),
        ("Results are expected in Q3 2026.", dt.date(2026, 7, 1), dt.date(2026, 9, 30), "quarter"),
        (
            "A review comes in the third quarter of next year.",
            dt.date(2027, 7, 1),
            dt.date(2027, 9, 30),
            "quarter",
        ),
    ],
)
def test_it_reads_fiscal_years_year_ends_and_decades(
    sentence: str, earliest: dt.date, latest: dt.date, rule: str
) -> None:
    assert _window(sentence, R) == (earliest, latest, rule)
    found = parse_due(sentence, reference=R)
    assert found is not None and 0 < found.confidence <= 1


def test_it_reads_a_fiscal_year_against_no_clock_but_the_reference() -> None:
    later = parse_due("Savings come in FY2027.", reference=dt.date(2031, 1, 1))
    assert later is not None
    assert (later.earliest, later.latest) == (dt.date(2026, 10, 1), dt.date(2027, 9, 30))


MONDAY = dt.date(2020, 4, 27)


@pytest.mark.parametrize(
    ("sentence", "earliest", "latest", "rule"),
    [
        (
            "Agencies must appoint a transition director by Friday.",
            MONDAY,
            dt.date(2020, 5, 1),
            "by_weekday",
        ),
        (
            "Leaders will formally adopt the conclusions on Sunday.",
            dt.date(2020, 5, 3),
            dt.date(2020, 5, 3),
            "on_weekday",
        ),
        (
            "Talks will take place during 29 April to 10 May.",
            dt.date(2020, 4, 29),
            dt.date(2020, 5, 10),
            "period",
        ),
        (
            "The scheme gets £1.5bn over the period 2025 to 2028.",
            dt.date(2025, 1, 1),
            dt.date(2028, 12, 31),
            "period",
        ),
        (
            "Installers will be trained across the next two years.",
            MONDAY,
            dt.date(2022, 4, 27),
            "within_n_units",
        ),
        (
            "The tasks for the next six months were defined.",
            MONDAY,
            dt.date(2020, 10, 27),
            "within_n_units",
        ),
        ("The body meets no later than March 1 next year.", MONDAY, dt.date(2021, 3, 1), "by_date"),
    ],
)
def test_it_reads_weekdays_periods_and_spans_ahead(
    sentence: str, earliest: dt.date, latest: dt.date, rule: str
) -> None:
    assert _window(sentence, MONDAY) == (earliest, latest, rule)


def test_it_reads_no_deadline_in_a_duration_or_a_possessive_weekday() -> None:
    for sentence in ("She has led the agency for two years.", "Ahead of Wednesday's summit."):
        found = parse_due(sentence, reference=MONDAY)
        assert found is None or found.rule not in ("within_n_units", "on_weekday")


@pytest.mark.parametrize(
    ("sentence", "earliest", "latest", "rule"),
    [
        (
            "A retrofit scheme will open to households from 2025.",
            dt.date(2025, 1, 1),
            None,
            "from_date",
        ),
        ("Zero-emission buses are required as of 2040.", dt.date(2040, 1, 1), None, "from_date"),
        ("Income support is brought forward from July 1.", dt.date(2020, 7, 1), None, "from_date"),
        (
            "The final plan is due at the White House on August 10.",
            dt.date(2020, 8, 10),
            dt.date(2020, 8, 10),
            "on_date",
        ),
        (
            "Cuts of 65% apply for 2035-2039.",
            dt.date(2035, 1, 1),
            dt.date(2039, 12, 31),
            "year_range",
        ),
        (
            "Priorities run in the next 4 years (2026-2029).",
            dt.date(2026, 1, 1),
            dt.date(2029, 12, 31),
            "within_years",
        ),
        (
            "The package should be compiled toward the year-end.",
            MONDAY,
            dt.date(2020, 12, 31),
            "by_year_end",
        ),
    ],
)
def test_it_reads_starts_exact_days_and_year_ranges(
    sentence: str, earliest: dt.date, latest: dt.date | None, rule: str
) -> None:
    assert _window(sentence, MONDAY) == (earliest, latest, rule)


def test_it_anchors_a_deadline_on_the_date_of_an_event_it_names() -> None:
    found = parse_due(
        "Within 180 days of the date the plan is established, a report is due.",
        reference=MONDAY,
    )
    assert found is not None
    assert (found.anchor_event, found.offset_days, found.earliest) == (
        "the plan is established",
        180,
        None,
    )


def test_it_takes_a_past_day_for_no_deadline() -> None:
    found = parse_due("The Council adopted it on 3 March 2019.", reference=MONDAY)
    assert found is None
