"""A budget named by one financial year ("The 2026-27 Budget") is due within that year,
read in the publishing government's own year; a multi-year budget ("the 2021-2027
budget", "the 2028-34 budget") spans its years."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline import dates

REFERENCE = dt.date(2026, 3, 4)


def windows(text: str) -> list[tuple[str, str, str]]:
    return [
        (w.text, str(w.earliest), str(w.latest))
        for w in dates.find_due_windows(text, reference=REFERENCE)
    ]


def test_a_one_year_budget_is_a_financial_year() -> None:
    # without a known government, a split year is read from April
    assert windows("The 2026-27 Budget includes:") == [("2026-27", "2026-04-01", "2027-03-31")]


def test_a_multi_year_budget_spans_its_years() -> None:
    assert windows("under the 2021-2027 budget") == [
        ("under the 2021-2027 budget", "2021-01-01", "2027-12-31")
    ]
    assert windows("for the 2028-34 budget") == [
        ("for the 2028-34 budget", "2028-01-01", "2034-12-31")
    ]
