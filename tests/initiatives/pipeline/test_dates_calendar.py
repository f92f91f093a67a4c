"""Deadlines named by the calendar a text keeps: weeks of a month, fiscal years named by
their end, the end of a fiscal year, target years, Easter, and events dated elsewhere in
the same text ("ahead of COP31" where another sentence says when COP31 opens)."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates import find_dates
from initiatives.pipeline.dates_due import find_due_windows, parse_due

R = dt.date(2026, 3, 10)  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "earliest", "latest", "rule"),
    [
        # A week counted in a month: a ministry's timetable, a wire story's delay.
        (
            "The strategy will now be published during the final week of June.",
            dt.date(2026, 6, 24),
            dt.date(2026, 6, 30),
            "week_of_month",
        ),
        (
            "Bids open in the second week of May 2027.",
            dt.date(2027, 5, 8),
            dt.date(2027, 5, 14),
            "week_of_month",
        ),
        (
            "Comments are due by the first week of April.",
            R,
            dt.date(2026, 4, 7),
            "week_of_month",
        ),
        # A fiscal year that the text says where it ends: no country's calendar is guessed.
        (
            "Cabinet will push the reforms in the current fiscal year that ends in March 2027.",
            R,
            dt.date(2027, 3, 31),
            "fiscal_year_ending",
        ),
        (
            "The agency will award the grants in the fiscal year ending June 30, 2027.",
            dt.date(2026, 7, 1),
            dt.date(2027, 6, 30),
            "fiscal_year_ending",
        ),
        # The end of the year under way: from 1 April ("financial"), from 1 October ("fiscal").
        (
            "The review will close by the end of the financial year.",
            R,
            dt.date(2026, 3, 31),
            "by_fiscal_year_end",
        ),
        (
            "The bureau will spend the funds by the end of the fiscal year.",
            R,
            dt.date(2026, 9, 30),
            "by_fiscal_year_end",
        ),
        (
            "Support runs until the end of the 2027-28 financial year.",
            R,
            dt.date(2028, 3, 31),
            "by_fiscal_year_april",
        ),
        # A target year said as a noun.
        (
            "The council has set a target date of 2040 for clean heating.",
            R,
            dt.date(2040, 12, 31),
            "by_year",
        ),
        ("The target year is 2035.", R, dt.date(2035, 12, 31), "by_year"),
        # Easter moves: 5 April in 2026.
        ("Refunds will reach families by Easter.", R, dt.date(2026, 4, 5), "by_easter"),
        # The middle of the century, the end of this decade.
        (
            "The utility will reach net zero by the middle of the century.",
            R,
            dt.date(2050, 12, 31),
            "by_year",
        ),
        ("Heat networks will be zero-carbon by mid-century.", R, dt.date(2050, 12, 31), "by_year"),
        (
            "The inspectorate will finish before the end of this decade.",
            R,
            dt.date(2029, 12, 31),
            "by_end_of_year",
        ),
        # Time given to comply, and a programme that runs to a year.
        (
            "Lenders will have 18 months to adopt the code.",
            R,
            dt.date(2027, 9, 10),
            "given_units_to",
        ),
        ("The subsidy runs to 2031.", R, dt.date(2031, 12, 31), "runs_to"),
        # A month of a year named in words.
        (
            "Members aim to settle the frameworks by July of this year.",
            R,
            dt.date(2026, 7, 31),
            "month_of_year",
        ),
        (
            "The pilot opens in early September of next year.",
            dt.date(2027, 9, 1),
            dt.date(2027, 9, 10),
            "month_of_year",
        ),
        # A yearless period: its end follows its start.
        (
            "Claims are accepted between June 6 and November 20.",
            dt.date(2026, 6, 6),
            dt.date(2026, 11, 20),
            "period",
        ),
    ],
)
def test_it_reads_a_calendar_deadline(
    sentence: str, earliest: dt.date, latest: dt.date, rule: str
) -> None:
    window = parse_due(sentence, reference=R)
    assert window is not None
    assert (window.earliest, window.latest, window.rule) == (earliest, latest, rule)


def test_a_deadline_after_an_event_of_a_named_agreement_has_no_date() -> None:
    window = parse_due(
        "Parties will report within two years of the accord's entry into force.", reference=R
    )
    assert window is not None
    assert window.text == "within two years of the accord's entry into force"
    assert (window.earliest, window.latest) == (None, None)


def _windows(text: str) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {w.text: (w.earliest, w.latest) for w in find_due_windows(text, reference=R)}


def test_it_dates_an_event_by_another_sentence_of_the_text() -> None:
    text = (
        "Britain will table its new climate plan ahead of COP31. "
        "COP31, the UN climate conference, opens in Antalya on 9 November."
    )
    assert _windows(text)["ahead of COP31"] == (R, dt.date(2026, 11, 8))


def test_an_event_read_at_is_its_own_days() -> None:
    text = (
        "Defence ministers met in Brussels before the NATO summit due to be held in The Hague "
        "on 24-25 June. The investment plan is expected to be approved at the NATO Summit."
    )
    assert _windows(text)["at the NATO Summit"] == (dt.date(2026, 6, 24), dt.date(2026, 6, 25))


def test_an_event_the_text_never_dates_gives_no_deadline() -> None:
    text = "Ministers met in January. The plan will be presented at the next summit."
    assert "at the next summit" not in _windows(text)


def test_an_event_dated_only_in_the_past_gives_no_deadline() -> None:
    text = (
        "The last summit was held on 4 March 2025 in Lima. "
        "Leaders will review the roadmap at the next summit."
    )
    assert "at the next summit" not in _windows(text)


def test_a_week_of_a_month_in_the_past_is_not_a_deadline_by_it() -> None:
    assert parse_due("Bids were due by the first week of February 2026.", reference=R) is None


def test_a_meeting_that_will_be_held_is_in_the_future() -> None:
    # "held" is a past marker unless "will be" puts it ahead: a month without a year then
    # takes the year that is still to come.
    text = "Negotiators ended the first round. A second round will be held in Geneva in October."
    (october,) = find_dates(text, reference=dt.date(2026, 7, 15))
    assert october.value == dt.date(2026, 10, 1)


def test_by_then_is_the_deadline_of_the_sentence_before() -> None:
    text = (
        "Finance chiefs will meet next in Oslo in October. "
        "By then, the secretariat will circulate a draft text."
    )
    assert _windows(text)["By then"] == (R, dt.date(2026, 10, 31))


def test_by_then_after_a_sentence_with_no_deadline_is_none() -> None:
    assert "By then" not in _windows("The talks ended without a deal. By then, few expected one.")


def test_time_given_is_not_read_from_a_duration_of_the_past() -> None:
    assert parse_due("The firms had a hard year.", reference=R) is None
