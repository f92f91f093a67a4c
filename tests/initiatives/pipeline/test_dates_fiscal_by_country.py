"""A split year ("2026-27"), "next financial year" and "fiscal 2027" are read in the year of
the government that writes: July to June for Australia, New Zealand and Kenya, April to
March for India and Canada, the calendar year for France, July to June for most US states,
whatever the country's own federal year."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates_due import parse_due
from initiatives.pipeline.dates_fiscal import in_publishers_year, regional_government
from tests.initiatives.pipeline.published import PUBLISHED, published_initiative

D = dt.date
R = D(2026, 3, 4)


def _own(phrase: str, government: str | None) -> tuple[dt.date | None, dt.date | None]:
    due = parse_due(phrase, reference=R)
    assert due is not None
    own = in_publishers_year(due, government, R)
    return own.earliest, own.latest


@pytest.mark.parametrize(
    ("phrase", "government", "window"),
    [
        ("over the 2026-27 financial year", "Australia", (D(2026, 7, 1), D(2027, 6, 30))),
        ("in 2026/27", "Kenya", (D(2026, 7, 1), D(2027, 6, 30))),
        ("next financial year", "Pakistan", (D(2026, 7, 1), D(2027, 6, 30))),
        ("in 2026-27", "India", (D(2026, 4, 1), D(2027, 3, 31))),
        ("in 2026-27", "South Africa", (D(2026, 4, 1), D(2027, 3, 31))),
        ("in fiscal 2026", "Singapore", (D(2026, 4, 1), D(2027, 3, 31))),
        ("in fiscal year 2027", "Thailand", (D(2026, 10, 1), D(2027, 9, 30))),
        ("by the end of the fiscal year", "France", (R, D(2026, 12, 31))),
        ("in fiscal year 2027", "US state", (D(2026, 7, 1), D(2027, 6, 30))),
        ("in fiscal year 2027", "Texas", (D(2026, 9, 1), D(2027, 8, 31))),
        # Small states' budget years, as their governments' news pages write them.
        ("in the 2026/27 financial year", "Dominica", (D(2026, 7, 1), D(2027, 6, 30))),
        ("in the 2026/27 fiscal year", "Bahamas", (D(2026, 7, 1), D(2027, 6, 30))),
        ("in the 2026-2027 financial year", "Fiji", (D(2026, 8, 1), D(2027, 7, 31))),
        ("in 2026-27", "Barbados", (D(2026, 4, 1), D(2027, 3, 31))),
    ],
)
def test_it_reads_a_fiscal_year_in_the_writing_governments_calendar(
    phrase: str, government: str, window: tuple[dt.date, dt.date]
) -> None:
    assert _own(phrase, government) == window


def test_it_reads_a_split_year_gone_by_in_the_publishers_year_too() -> None:
    assert _own("In 2025-26, the Government abolished the cap", "New Zealand") == (
        D(2025, 7, 1),
        D(2026, 6, 30),
    )


def test_it_keeps_a_calendar_year_governments_split_year_as_the_table_reads_it() -> None:
    # France keeps its budget by the calendar year: "2026-27" is no French fiscal year.
    assert _own("in 2026-27", "France") == (D(2026, 4, 1), D(2027, 3, 31))


@pytest.mark.parametrize(
    ("head", "government"),
    [
        ("The NSW Government's 2026-27 Budget will staff regional hospitals.", "Australia"),
        ("Tasmanian Government media release", "Australia"),
        ("The Government of Ontario today tabled its budget.", "Canada"),
        ("The Scottish Government will fund weekend courts.", "United Kingdom"),
        ("The State of Oregon will expand broadband.", "US state"),
        ("The Texas Legislature passed the budget.", "Texas"),
    ],
)
def test_it_finds_a_state_or_province_that_governs_in_the_texts_head(
    head: str, government: str
) -> None:
    assert regional_government(head) == government


@pytest.mark.parametrize(
    "head",
    [
        "Victoria Chen, the chief economist, said prices rose.",
        "Wales beat Scotland at the weekend.",
        "Washington said the talks would resume.",
    ],
)
def test_it_takes_no_government_from_a_place_named_otherwise(head: str) -> None:
    assert regional_government(head) is None


def test_a_us_states_budget_text_reads_its_fiscal_year_from_july() -> None:
    text = (
        "The State of Oregon and the U.S. Department of Energy signed an agreement on "
        f"{PUBLISHED:%d %B %Y} to upgrade rural power lines.\n\n"
        "The Oregon Department of Energy will award the first grants in fiscal year 2027.\n"
    )
    (action,) = [a for a in published_initiative(text).actions if "grants" in a.description]
    assert action.due is not None
    assert (action.due.earliest, action.due.latest) == (D(2026, 7, 1), D(2027, 6, 30))


def test_an_australian_text_reads_next_financial_year_from_july() -> None:
    text = (
        f"The Australian Government agreed on {PUBLISHED:%d %B %Y} a funding boost for public "
        "hospitals.\n\n"
        "The Commonwealth will pay the states an extra $2.4 billion next financial year.\n"
    )
    (action,) = published_initiative(text).actions
    assert action.due is not None
    assert (action.due.earliest, action.due.latest) == (D(2026, 7, 1), D(2027, 6, 30))


@pytest.mark.parametrize(
    ("phrase", "government", "window"),
    [
        ("in the second quarter of fiscal year 2026", None, (D(2026, 1, 1), D(2026, 3, 31))),
        ("in the second quarter of fiscal 2026", "Japan", (D(2026, 7, 1), D(2026, 9, 30))),
        ("in Q1 2026-27", "Australia", (D(2026, 7, 1), D(2026, 9, 30))),
        ("in Q3 FY2027", "India", (D(2026, 10, 1), D(2026, 12, 31))),
        ("by the third quarter of fiscal 2026", "Japan", (R, D(2026, 12, 31))),
    ],
)
def test_it_counts_a_fiscal_quarter_from_the_fiscal_years_start(
    phrase: str, government: str | None, window: tuple[dt.date, dt.date]
) -> None:
    assert _own(phrase, government) == window


def test_a_calendar_quarter_stays_the_calendars() -> None:
    assert _own("in the third quarter of 2026", "Australia") == (D(2026, 7, 1), D(2026, 9, 30))


@pytest.mark.parametrize(
    ("phrase", "window"),
    [
        # Both years in full, the noun saying it is a budget year.
        ("in the 2026-2027 financial year", (D(2026, 4, 1), D(2027, 3, 31))),
        ("during the 2026/2027 fiscal year", (D(2026, 4, 1), D(2027, 3, 31))),
        # Without the noun, two years in full are two calendar years.
        ("in 2026-2027", (D(2026, 1, 1), D(2027, 12, 31))),
        # Years that do not follow each other are no fiscal year.
        ("the 2026-2028 fiscal year", (D(2026, 1, 1), D(2028, 12, 31))),
    ],
)
def test_a_fiscal_year_written_with_both_years_in_full(
    phrase: str, window: tuple[dt.date, dt.date]
) -> None:
    assert _own(phrase, None) == window
