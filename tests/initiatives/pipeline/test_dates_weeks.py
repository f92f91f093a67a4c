"""Weeks, wire-story weekdays, parts of months, winter and split fiscal years, each read
against the publication date (a Monday here), never against the clock."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates_due import parse_due

R = dt.date(2027, 3, 8)  # a Monday
D = dt.date


def _window(sentence: str, reference: dt.date = R) -> tuple[dt.date | None, dt.date | None, str]:
    found = parse_due(sentence, reference=reference)
    assert found is not None, sentence
    return found.earliest, found.latest, found.rule


@pytest.mark.parametrize(
    ("sentence", "earliest", "latest", "rule"),
    [
        ("The minister will table the bill next week.", D(2027, 3, 15), D(2027, 3, 21), "week"),
        ("Officials expect a decision later this week.", R, D(2027, 3, 14), "week"),
        ("The board is to report by the end of next week.", R, D(2027, 3, 21), "week"),
        (
            "Talks resume in the week of 19 April.",
            D(2027, 4, 19),
            D(2027, 4, 25),
            "week_of",
        ),
        # A wire story's bare weekday is in the week it was filed.
        ("The premier will unveil the outline Monday.", R, R, "weekday"),
        ("He is set to brief the cabinet Thursday.", D(2027, 3, 11), D(2027, 3, 11), "weekday"),
        ("The council meets again next Monday.", D(2027, 3, 15), D(2027, 3, 15), "weekday"),
        ("A second round is pencilled in for mid-May.", D(2027, 5, 11), D(2027, 5, 20), None),
        ("Tenders will open late January.", D(2028, 1, 21), D(2028, 1, 31), None),
        ("Repairs will be finished this winter.", D(2027, 12, 1), D(2028, 2, 29), "season"),
        ("Repairs will be finished by the winter.", R, D(2028, 2, 29), "by_season"),
        ("The regulator will consult in the new year.", D(2028, 1, 1), D(2028, 4, 30), None),
        ("The scheme opens in 2027-28.", D(2027, 4, 1), D(2028, 3, 31), "fiscal_year_april"),
        (
            "Grants are capped for the 2028/29 financial year.",
            D(2028, 4, 1),
            D(2029, 3, 31),
            "fiscal_year_april",
        ),
        ("All of it is spent this financial year.", R, D(2027, 3, 31), "fiscal_year_april"),
        ("The agency will obligate it in the current fiscal year.", R, D(2027, 9, 30), None),
        ("The grants resume in the next financial year.", D(2027, 4, 1), D(2028, 3, 31), None),
        ("Envoys hope to settle it by the weekend.", R, D(2027, 3, 14), "by_weekend"),
        ("A decision is expected within weeks.", R, D(2027, 5, 3), "coming_weeks"),
        ("The rules will be published in a few days.", R, D(2027, 3, 22), "coming_days"),
        ("The line will reopen before Christmas.", R, D(2027, 12, 24), "by_christmas"),
        ("Works finish by the end of the summer.", R, D(2027, 8, 31), "by_season"),
    ],
)
def test_it_reads_calendar_words_against_the_publication_date(
    sentence: str, earliest: dt.date, latest: dt.date, rule: str | None
) -> None:
    found_earliest, found_latest, found_rule = _window(sentence)
    assert (found_earliest, found_latest) == (earliest, latest)
    if rule is not None:
        assert found_rule == rule


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said Monday that talks had stalled.",
        "The minister said on Monday that talks had stalled.",
        "Ministers met last Tuesday in Ottawa.",
        "The programme ran from 2021-24 in three regions.",
    ],
)
def test_it_takes_no_deadline_from_the_day_a_thing_was_said(sentence: str) -> None:
    found = parse_due(sentence, reference=R)
    assert found is None or found.rule not in ("weekday", "on_weekday", "fiscal_year_april")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers pledged on Thursday to cut coal use by half.",
        "The two leaders agreed on Friday to reopen the border crossing.",
        "The company vowed Wednesday to rehire the dismissed staff.",
    ],
)
def test_it_takes_no_deadline_from_the_day_a_promise_was_made(sentence: str) -> None:
    found = parse_due(sentence, reference=R)
    assert found is None or found.rule not in ("weekday", "on_weekday")


def test_a_promise_still_to_be_made_on_a_weekday_is_dated_by_it() -> None:
    found = parse_due("The final text will be agreed on Friday.", reference=R)
    assert found is not None
    assert (found.earliest, found.latest, found.rule) == (
        D(2027, 3, 12),
        D(2027, 3, 12),
        "on_weekday",
    )


def test_a_weekday_followed_by_its_date_is_read_as_that_date() -> None:
    found = parse_due("The summit opens on Monday, 15 March.", reference=R)
    assert found is not None
    assert (found.earliest, found.latest) == (D(2027, 3, 15), D(2027, 3, 15))
