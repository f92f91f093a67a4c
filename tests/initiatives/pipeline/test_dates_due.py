from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates import find_due_windows, parse_due
from initiatives.pipeline.dates_due import DUE_RULES

R = dt.date(2025, 11, 25)
D = dt.date

WINDOWS = [
    ("in the coming days", R, D(2025, 12, 9), "coming_days", 0.5),
    ("in the coming weeks", R, D(2026, 1, 20), "coming_weeks", 0.5),
    ("in the coming months", R, D(2026, 5, 25), "coming_months", 0.5),
    ("over the months ahead", R, D(2026, 5, 25), "coming_months", 0.5),
    ("in the coming years", R, None, "coming_years", 0.3),
    ("in the coming decades", R, None, "coming_decades", 0.3),
    ("soon", R, D(2026, 2, 25), "soon", 0.3),
    ("shortly", R, D(2026, 2, 25), "soon", 0.3),
    ("immediately", R, D(2025, 12, 25), "immediately", 0.5),
    ("without delay", R, D(2025, 12, 25), "immediately", 0.5),
    ("next year", D(2026, 1, 1), D(2026, 12, 31), "next_year", 0.7),
    ("later this year", R, D(2025, 12, 31), "this_year", 0.6),
    ("next month", D(2025, 12, 1), D(2025, 12, 31), "next_month", 0.7),
    ("later this month", R, D(2025, 11, 30), "this_month", 0.7),
    ("in the autumn", D(2025, 9, 1), D(2025, 11, 30), "season", 0.6),
    ("next spring", D(2026, 3, 1), D(2026, 5, 31), "season", 0.6),
    ("by the summer", R, D(2026, 8, 31), "by_season", 0.6),
    ("early 2026", D(2026, 1, 1), D(2026, 4, 30), "part_of_year", 0.7),
    ("mid-2026", D(2026, 5, 1), D(2026, 8, 31), "part_of_year", 0.7),
    ("mid 2026", D(2026, 5, 1), D(2026, 8, 31), "part_of_year", 0.7),
    ("late 2026", D(2026, 9, 1), D(2026, 12, 31), "part_of_year", 0.7),
    ("early next year", D(2026, 1, 1), D(2026, 4, 30), "part_of_year", 0.7),
    ("by mid-2026", R, D(2026, 6, 30), "by_part_of_year", 0.8),
    ("by early 2026", R, D(2026, 4, 30), "by_part_of_year", 0.8),
    ("by late 2026", R, D(2026, 12, 31), "by_part_of_year", 0.8),
    ("by the end of July", R, D(2026, 7, 31), "by_end_of_month", 0.8),
    ("by the end of December", R, D(2025, 12, 31), "by_end_of_month", 0.8),
    ("by the end of 2026", R, D(2026, 12, 31), "by_end_of_year", 0.8),
    ("the end of 2026", R, D(2026, 12, 31), "by_end_of_year", 0.8),
    ("by end-2026", R, D(2026, 12, 31), "by_end_of_year", 0.8),
    ("before the end of the year", R, D(2025, 12, 31), "by_end_of_year", 0.8),
    ("by the end of the decade", R, D(2029, 12, 31), "by_end_of_year", 0.8),  # the 2020s
    ("by Q3 2026", R, D(2026, 9, 30), "by_quarter", 0.8),
    ("in Q3 2026", D(2026, 7, 1), D(2026, 9, 30), "quarter", 0.8),
    ("in the first quarter of next year", D(2026, 1, 1), D(2026, 3, 31), "quarter", 0.8),
    ("H1 2026", D(2026, 1, 1), D(2026, 6, 30), "half_year", 0.8),
    ("first half of 2026", D(2026, 1, 1), D(2026, 6, 30), "half_year", 0.8),
    ("by the second half of 2026", R, D(2026, 12, 31), "by_half", 0.8),
    ("by 2027", R, D(2027, 12, 31), "by_year", 0.8),
    ("before 2027", R, D(2026, 12, 31), "by_year", 0.8),
    ("by 31 March 2026", R, D(2026, 3, 31), "by_date", 0.9),
    ("by March 2026", R, D(2026, 3, 31), "by_date", 0.9),
    ("no later than 1 June", R, D(2026, 6, 1), "by_date", 0.9),
    ("within six months", R, D(2026, 5, 25), "within_n_units", 0.7),
    ("within 18 months", R, D(2027, 5, 25), "within_n_units", 0.7),
    ("within two years", R, D(2027, 11, 25), "within_n_units", 0.7),
    ("within twenty-four months", R, D(2027, 11, 25), "within_n_units", 0.7),
    ("within 90 days", R, D(2026, 2, 23), "within_n_units", 0.7),
    ("within 6 to 12 months", R, D(2026, 11, 25), "within_n_units", 0.7),
    ("two years from now", R, D(2027, 11, 25), "within_n_units", 0.7),
    ("until 31 December 2030", R, D(2030, 12, 31), "until", 0.9),
    ("through 2027", R, D(2027, 12, 31), "until", 0.9),
    ("from 2026 to 2030", D(2026, 1, 1), D(2030, 12, 31), "period", 0.9),
    ("for the period 2028-2034", D(2028, 1, 1), D(2034, 12, 31), "period", 0.9),
    ("over the 2028-2034 period", D(2028, 1, 1), D(2034, 12, 31), "period", 0.9),
    ("under the 2021-27 MFF", D(2021, 1, 1), D(2027, 12, 31), "period", 0.9),
    ("between March 2026 and June 2027", D(2026, 3, 1), D(2027, 6, 30), "period", 0.9),
    ("in March 2026", D(2026, 3, 1), D(2026, 3, 31), "in_month", 0.9),
    ("in 2027", D(2027, 1, 1), D(2027, 12, 31), "in_year", 0.7),
]


@pytest.mark.parametrize(("phrase", "earliest", "latest", "rule", "confidence"), WINDOWS)
def test_it_reads_a_vague_deadline_as_a_window(
    phrase: str, earliest: dt.date, latest: dt.date | None, rule: str, confidence: float
) -> None:
    window = parse_due(phrase, reference=R)
    assert window is not None
    assert (window.earliest, window.latest, window.rule, window.confidence) == (
        earliest,
        latest,
        rule,
        confidence,
    )
    assert window.text == phrase


def test_every_rule_row_is_exercised() -> None:
    # Rows read in test_dates_months.py and test_dates_fiscal.py.
    elsewhere = {"in_month_no_year", "day_range", "units_later", "fiscal_year", "by_year_end"}
    elsewhere |= {"weekday", "year_range", "from_date", "on_date"}
    elsewhere |= {
        "week",
        "week_of",
        "by_event",
        "by_christmas",
        "event_year",
    }  # test_dates_weeks.py, test_dates_events.py
    # test_dates_due_phrasings.py
    elsewhere |= {"coming_one", "for_duration", "within_decades", "within_units_of_year"}
    elsewhere |= {"latter_part_of_year", "turn_of_year", "season_of_year", "postponed_until"}
    # test_dates_due_spoken.py
    elsewhere |= {"relative_day", "next_named_month", "within_month", "this_and_next_year"}
    elsewhere |= {"fiscal_period", "after_announcement"}
    # test_dates_calendar.py
    elsewhere |= {"week_of_month", "fiscal_year_ending", "by_fiscal_year_end", "target_year"}
    elsewhere |= {"by_easter", "event_dated_elsewhere", "mid_century", "given_units_to"}
    elsewhere |= {"runs_to", "by_then", "month_of_year"}
    # test_dates_due_elsewhere.py
    elsewhere |= {"for_units_from", "by_end_of_term"}
    elsewhere |= {"relative_to_closing"}  # test_dates_due_dated_events.py
    elsewhere |= {"weekend"}  # test_dates_due_spans_from_writing.py
    elsewhere |= {"fiscal_quarter"}  # test_dates_fiscal_by_country.py
    # test_dates_due_borrowed.py
    elsewhere |= {"same_period", "relative_to_undated_event", "month_named_sitting"}
    elsewhere |= {"relative_to_noun_event"}
    elsewhere |= {"month_pair", "fortnight", "month_event"}  # test_dates_due_real_pages.py
    elsewhere |= {"until_event_clause"}  # test_dates_due_event_clause.py
    tested = {row[3] for row in WINDOWS} | {"relative_to_event", "recurrence", "decade"}
    tested |= elsewhere
    assert {rule.name for rule in DUE_RULES} <= tested


@pytest.mark.parametrize(
    ("phrase", "event", "days"),
    [
        ("six months from entry into force", "entry into force", 183),
        ("within two years of its adoption", "adoption", 730),
        (
            "90 days after publication in the Official Journal",
            "publication in the Official Journal",
            90,
        ),
        ("three months after the regulation enters into force", "entry into force", 91),
        ("on the twentieth day following its publication", "publication", 20),
    ],
)
def test_it_reads_a_deadline_relative_to_an_event(phrase: str, event: str, days: int) -> None:
    window = parse_due(phrase, reference=R)
    assert window is not None
    assert (window.rule, window.anchor_event, window.offset_days) == (
        "relative_to_event",
        event,
        days,
    )
    assert (window.earliest, window.latest, window.confidence) == (None, None, 0.6)


@pytest.mark.parametrize(
    ("phrase", "recurrence", "earliest"),
    [
        ("twice a year", "twice a year", None),
        ("annually", "annually", None),
        ("every year", "every year", None),
        ("each quarter", "each quarter", None),
        ("every six months", "every six months", None),
        ("annually from 2027", "annually", D(2027, 1, 1)),
    ],
)
def test_it_reads_a_recurrence(phrase: str, recurrence: str, earliest: dt.date | None) -> None:
    window = parse_due(phrase, reference=R)
    assert window is not None
    assert (window.rule, window.recurrence, window.earliest, window.latest) == (
        "recurrence",
        recurrence,
        earliest,
        None,
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "as soon as the law applies",
        "quarterly reports",
        "the annual report",
        "2027",
        "prices fall sharply",
        "the fall of the Berlin wall",
    ],
)
def test_it_finds_no_deadline_where_there_is_none(phrase: str) -> None:
    assert parse_due(phrase, reference=R) is None


def test_it_finds_every_deadline_with_spans_and_longest_match_wins() -> None:
    text = (
        "The Commission will report within two years of its adoption. Ministers aim to agree "
        "by the end of the year and will meet in the coming weeks."
    )
    windows = find_due_windows(text, reference=R)
    assert [(w.rule, w.text) for w in windows] == [
        ("relative_to_event", "within two years of its adoption"),
        ("by_end_of_year", "by the end of the year"),
        ("coming_weeks", "in the coming weeks"),
    ]
    for window in windows:
        assert window.span is not None
        assert text[window.span.start : window.span.end] == window.text


def test_it_only_looks_inside_the_given_range() -> None:
    text = "Talks will start soon. A deal is due in the coming months."
    windows = find_due_windows(text, reference=R, start=23)
    assert [(w.text, w.span.start if w.span else None) for w in windows] == [
        ("in the coming months", 37)
    ]
