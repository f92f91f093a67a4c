"""A fiscal year is the publishing government's own: "by the end of the financial year"
ends on 30 June in Australia, on 31 March in the UK, on 30 September in the US."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.dates_due import parse_due
from initiatives.pipeline.dates_fiscal import (
    fiscal_start_month,
    fiscal_year_under_way,
    in_publishers_year,
)
from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative

R = dt.date(2026, 3, 3)


def actions(text: str, url: str = "") -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def _own(phrase: str, country: str | None) -> tuple[dt.date | None, dt.date | None]:
    due = parse_due(phrase, reference=R)
    assert due is not None
    own = in_publishers_year(due, country, R)
    return own.earliest, own.latest


def test_it_ends_the_financial_year_of_an_australian_text_on_30_june() -> None:
    assert _own("by the end of the financial year", "Australia") == (R, dt.date(2026, 6, 30))


def test_it_ends_the_fiscal_year_of_a_british_text_on_31_march() -> None:
    assert _own("by the end of the fiscal year", "United Kingdom") == (R, dt.date(2026, 3, 31))


def test_it_ends_the_financial_year_of_a_us_text_on_30_september() -> None:
    assert _own("by the end of the financial year", "United States") == (R, dt.date(2026, 9, 30))


def test_it_reads_next_financial_year_in_new_zealand_from_july() -> None:
    assert _own("next financial year", "New Zealand") == (dt.date(2026, 7, 1), dt.date(2027, 6, 30))


def test_it_reads_a_split_year_of_an_australian_text_from_july() -> None:
    assert _own("in 2026-27", "Australia") == (dt.date(2026, 7, 1), dt.date(2027, 6, 30))


def test_it_keeps_the_table_reading_when_the_government_is_unknown() -> None:
    assert _own("by the end of the financial year", None) == (R, dt.date(2026, 3, 31))
    assert _own("by the end of the fiscal year", "Tuvalu") == (R, dt.date(2026, 9, 30))


def test_it_leaves_a_year_that_is_no_fiscal_year_alone() -> None:
    due = parse_due("by the end of 2027", reference=R)
    assert due is not None and in_publishers_year(due, "Australia", R) is due


def test_the_start_month_falls_back_on_the_kind_of_year_named() -> None:
    assert fiscal_start_month("Japan") == 4
    assert fiscal_start_month(None, financial=True) == 4
    assert fiscal_start_month(None) == 10
    assert fiscal_year_under_way(dt.date(2026, 7, 1), 7) == (
        dt.date(2026, 7, 1),
        dt.date(2027, 6, 30),
    )


def test_an_australian_department_finishes_by_the_end_of_its_own_financial_year() -> None:
    found = actions(
        "# Water grants opened\n\nThe Minister for Water announced on 3 March 2026 a new round "
        "of grants. The department will pay the first grants by the end of the financial "
        "year.\n",
        url="https://www.dcceew.gov.au/about/news/water-grants",
    )
    assert [a.owner for a in found] and found[0].due is not None
    assert found[0].due.latest == dt.date(2026, 6, 30)
    assert found[0].due.rule == "fiscal_year_of_publisher"
