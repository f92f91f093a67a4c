"""Spans counted from the day of writing: "over the next year" is the twelve months from
the publication date, not the calendar year after it; a start said to fall in a month or
a season is due in it; a weekend is a time only when the words make it one, and then it is
the weekend of the week the text was written in."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates import find_due_windows

D = dt.date
R = D(2026, 2, 20)  # a Friday


def windows(
    sentence: str, reference: dt.date = R
) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(w.text, w.earliest, w.latest) for w in find_due_windows(sentence, reference=reference)]


@pytest.mark.parametrize(
    ("sentence", "quote", "latest"),
    [
        (
            "The operator will retrain its 900 drivers over the next year.",
            "over the next year",
            D(2027, 2, 20),
        ),
        (
            "Inspectors will visit every site within the next year.",
            "within the next year",
            D(2027, 2, 20),
        ),
        (
            "During the next year the board will review each licence.",
            "During the next year",
            D(2027, 2, 20),
        ),
        (
            "The agency expects to hire 40 analysts in the next month.",
            "in the next month",
            D(2026, 3, 20),
        ),
        (
            "The state will spend $9 billion on roads over the next decade.",
            "over the next decade",
            D(2036, 2, 20),
        ),
        (
            "Ministers will publish a plan for the coming year.",
            "for the coming year",
            D(2027, 2, 20),
        ),
    ],
)
def test_it_counts_the_next_year_from_the_day_of_writing(
    sentence: str, quote: str, latest: dt.date
) -> None:
    assert windows(sentence) == [(quote, R, latest)]


def test_it_keeps_next_year_without_an_article_as_the_calendar_year() -> None:
    assert windows("The levy rises next year.") == [("next year", D(2027, 1, 1), D(2027, 12, 31))]
    # "the next year's budget" is the budget of next year, not a span of twelve months
    assert [w[0] for w in windows("Savings go into the next year's budget.")] == ["next year"]


@pytest.mark.parametrize(
    ("sentence", "quote", "earliest", "latest"),
    [
        (
            "The Commonwealth will pay for 1,800 beds, starting in July.",
            "starting in July",
            D(2026, 7, 1),
            D(2026, 7, 31),
        ),
        (
            "Quarterly reports will follow, beginning in September 2027.",
            "beginning in September 2027",
            D(2027, 9, 1),
            D(2027, 9, 30),
        ),
        (
            "Collections move to a weekly cycle starting this summer.",
            "starting this summer",
            D(2026, 6, 1),
            D(2026, 8, 31),
        ),
        (
            "Hearings resume beginning in early 2027.",
            "beginning in early 2027",
            D(2027, 1, 1),
            D(2027, 4, 30),
        ),
        (
            "The depot opens starting in the third quarter.",
            "starting in the third quarter",
            D(2026, 7, 1),
            D(2026, 9, 30),
        ),
    ],
)
def test_it_dates_a_start_in_a_part_of_a_year_within_it(
    sentence: str, quote: str, earliest: dt.date, latest: dt.date
) -> None:
    assert windows(sentence) == [(quote, earliest, latest)]


@pytest.mark.parametrize(
    ("sentence", "quote", "earliest"),
    [
        ("The fee applies from July.", "from July", D(2026, 7, 1)),
        ("The fee applies starting from July.", "starting from July", D(2026, 7, 1)),
        ("The new rules apply starting 1 July.", "starting 1 July", D(2026, 7, 1)),
        ("The levy will be collected starting in 2027.", "starting in 2027", D(2027, 1, 1)),
        (
            "Grants are paid from the third quarter of 2027.",
            "from the third quarter of 2027",
            D(2027, 7, 1),
        ),
    ],
)
def test_it_still_opens_a_window_from_a_day_a_year_or_a_from(
    sentence: str, quote: str, earliest: dt.date
) -> None:
    assert windows(sentence) == [(quote, earliest, None)]


def test_it_takes_no_date_from_a_weekend_that_names_a_kind_of_thing() -> None:
    assert windows("The weekend courts will open in January.") == [
        ("in January", D(2027, 1, 1), D(2027, 1, 31))
    ]
    assert windows("Weekend sittings start in Glasgow.") == []
    assert windows("The weekend's talks ended without a deal.") == []


@pytest.mark.parametrize(
    ("sentence", "quote", "earliest", "latest"),
    [
        (
            "Negotiators will meet again this weekend.",
            "this weekend",
            D(2026, 2, 21),
            D(2026, 2, 22),
        ),
        (
            "Crews will work over the weekend to clear the line.",
            "over the weekend",
            D(2026, 2, 21),
            D(2026, 2, 22),
        ),
        ("The ballot closes next weekend.", "next weekend", D(2026, 2, 28), D(2026, 3, 1)),
        ("A reply is expected by the weekend.", "by the weekend", R, D(2026, 2, 22)),
        ("A reply is expected before the weekend.", "before the weekend", R, R),
    ],
)
def test_it_reads_a_weekend_from_the_day_of_writing(
    sentence: str, quote: str, earliest: dt.date, latest: dt.date
) -> None:
    assert windows(sentence) == [(quote, earliest, latest)]


def test_a_sunday_text_means_that_very_weekend() -> None:
    sunday = D(2026, 2, 22)
    assert windows("Talks go on this weekend.", sunday) == [("this weekend", sunday, sunday)]


@pytest.mark.parametrize(
    ("sentence", "quote", "latest"),
    [
        (
            "The grant funds school meals for the next three school years.",
            "for the next three school years",
            D(2029, 2, 20),
        ),
        (
            "The state will hire 200 nurses over the next two financial years.",
            "over the next two financial years",
            D(2028, 2, 20),
        ),
    ],
)
def test_it_counts_years_of_another_calendar_from_the_day_of_writing(
    sentence: str, quote: str, latest: dt.date
) -> None:
    assert windows(sentence) == [(quote, R, latest)]


def test_it_takes_no_recurrence_from_an_adjective_after_an_article() -> None:
    assert windows("The price moves to a monthly, cost-based formula from July.") == [
        ("from July", D(2026, 7, 1), None)
    ]
    (due,) = find_due_windows("The regulator will report monthly from July.", reference=R)
    assert due.recurrence == "monthly" and due.earliest == D(2026, 7, 1)


@pytest.mark.parametrize(
    ("sentence", "latest"),
    [
        ("The board will approve the first certificates before the summer.", D(2026, 5, 31)),
        ("The board will approve the first certificates by the summer.", D(2026, 8, 31)),
        ("Crews will finish before the end of the summer.", D(2026, 8, 31)),
    ],
)
def test_it_ends_before_a_season_on_the_day_before_it_starts(
    sentence: str, latest: dt.date
) -> None:
    ((_, earliest, last),) = windows(sentence)
    assert (earliest, last) == (R, latest)


def test_it_ends_before_the_winter_on_the_last_day_of_november() -> None:
    autumn = D(2026, 10, 1)
    assert windows("Suppliers must cut standing charges before the winter.", autumn) == [
        ("before the winter", autumn, D(2026, 11, 30))
    ]


@pytest.mark.parametrize(
    ("sentence", "latest"),
    [
        (
            "The team will finish the works ahead of the timetable change planned for "
            "December 2028.",
            D(2028, 12, 31),
        ),
        ("Ministers will agree the text ahead of the vote scheduled for 12 June.", D(2026, 6, 12)),
        ("Parties must register before the election due in 2027.", D(2027, 12, 31)),
    ],
)
def test_it_ends_a_deadline_before_a_planned_event_at_its_date(
    sentence: str, latest: dt.date
) -> None:
    ((_, earliest, last),) = windows(sentence)
    assert (earliest, last) == (R, latest)


def test_it_takes_no_event_date_from_a_number_after_for() -> None:
    assert windows("Seats are allotted before the conference for 2027 members.") == []


@pytest.mark.parametrize(
    ("sentence", "quote", "earliest"),
    [
        (
            "The satellite will launch no earlier than the second quarter of 2027.",
            "no earlier than the second quarter of 2027",
            D(2027, 4, 1),
        ),
        ("Tolls will rise not before 2028.", "not before 2028", D(2028, 1, 1)),
        (
            "The first auction is held no earlier than March 2027.",
            "no earlier than March 2027",
            D(2027, 3, 1),
        ),
    ],
)
def test_it_opens_a_window_at_the_earliest_day_allowed(
    sentence: str, quote: str, earliest: dt.date
) -> None:
    assert windows(sentence) == [(quote, earliest, None)]


def test_a_recurrence_that_starts_in_a_month_is_first_due_in_it() -> None:
    (due,) = find_due_windows(
        "The operator will report each quarter, starting in January.", reference=R
    )
    assert (due.recurrence, due.earliest, due.latest) == ("each quarter", D(2027, 1, 1),
                                                          D(2027, 1, 31))  # fmt: skip
    (due,) = find_due_windows("The council will be told every year, from 2027.", reference=R)
    assert (due.recurrence, due.earliest, due.latest) == ("every year", D(2027, 1, 1), None)


@pytest.mark.parametrize(
    ("sentence", "latest"),
    [
        ("The ministry will pay the first instalment by the end of fiscal 2026.", D(2026, 9, 30)),
        ("The agency will replace the fleet by fiscal 2027.", D(2027, 9, 30)),
    ],
)
def test_it_runs_a_deadline_by_a_fiscal_year_from_the_day_of_writing(
    sentence: str, latest: dt.date
) -> None:
    ((_, earliest, last),) = windows(sentence)
    assert (earliest, last) == (R, latest)


def test_it_takes_no_season_from_a_parliaments_summer_recess() -> None:
    assert windows("The minister will bring forward a bill before the summer recess.") == []
    assert windows("The house will debate it before the summer break.") == []
