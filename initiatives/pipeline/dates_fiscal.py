"""Whose fiscal year: the one home of the calendar a government keeps its budget by.

Without knowing who writes, the deadline table reads "this financial year" and "2026-27"
from 1 April (the UK's, Canada's, India's and Japan's year) and "the fiscal year" and
"FY2027" as the US federal year, from 1 October. Once the publishing government is known,
`in_publishers_year` reads the same phrase again in that government's own year: "by the
end of the financial year" in an Australian text ends on 30 June. Every function takes
the reference day (the publication date) as a parameter; none reads the clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from initiatives.pipeline.types import DueWindow

SPLIT_FISCAL_YEAR_START_MONTH = 4  # "2026-27", "this financial year", read without a country
US_FISCAL_YEAR_START_MONTH = 10  # "FY2027", "the fiscal year", read without a country
# A government's fiscal year: (first month, whether a single year such as "fiscal 2023" is
# named after the calendar year it starts in). Japan's fiscal 2023 runs from April 2023 to
# March 2024; Australia's, India's and the US's FY2024 end in 2024.
FISCAL_YEARS: dict[str, tuple[int, bool]] = {
    "Japan": (4, True),
    "India": (4, False),
    "United Kingdom": (4, False),
    "Canada": (4, False),
    "Australia": (7, False),
    "New Zealand": (7, False),
    "United States": (US_FISCAL_YEAR_START_MONTH, False),
}
# The windows the table reads as a fiscal year, by the rule names it gives them.
FISCAL_RULES = frozenset(
    {
        "fiscal_year",
        "fiscal_year_april",
        "by_fiscal_year_april",
        "fiscal_year_us_federal",
        "by_fiscal_year_end",
        "fiscal_period",
    }
)
PUBLISHER_RULE = "fiscal_year_of_publisher"


def fiscal_start_month(country: str | None, *, financial: bool = False) -> int:
    """The month a government's fiscal year starts in; without a known government, April
    for a "financial year" and October (the US federal year) for a "fiscal year"."""
    if country in FISCAL_YEARS:
        return FISCAL_YEARS[country][0]
    return SPLIT_FISCAL_YEAR_START_MONTH if financial else US_FISCAL_YEAR_START_MONTH


def fiscal_year_under_way(day: dt.date, start_month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of the fiscal year (starting in `start_month`) that `day` is in."""
    year = day.year if day.month >= start_month else day.year - 1
    first = dt.date(year, start_month, 1)
    return first, first + relativedelta(years=1, days=-1)


def fiscal_year_of(country: str, year: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a government's fiscal year `year` ("fiscal 2027"), as its
    own texts name it; None for a government not in FISCAL_YEARS."""
    if country not in FISCAL_YEARS:
        return None
    month, named_by_start = FISCAL_YEARS[country]
    first = dt.date(year if named_by_start or month == 1 else year - 1, month, 1)
    return first, first + relativedelta(years=1, days=-1)


_SPLIT = re.compile(r"(?P<a>(?:19|20)\d{2})\s*[-–/]\s*(?:19|20)?\d{2}(?!\d)")
_SINGLE = re.compile(r"(?:19|20)\d{2}")
_NEXT = re.compile(r"\bnext\b", re.IGNORECASE)


def in_publishers_year(due: DueWindow, country: str | None, reference: dt.date) -> DueWindow:
    """A fiscal-year window read again in the publishing government's own year; any other
    window, or a government whose year is not known, as it is. A window that runs from
    the reference day ("by the end of the financial year") still does."""
    if due.rule not in FISCAL_RULES or country not in FISCAL_YEARS or due.latest is None:
        return due
    month, _ = FISCAL_YEARS[country]
    split = _SPLIT.search(due.text)
    if split is not None:
        # "over five years, starting in 2026-27" keeps its five years, each the publisher's
        first_year = int(split.group("a"))
        years = 1
        if due.earliest == dt.date(first_year, SPLIT_FISCAL_YEAR_START_MONTH, 1):
            span = relativedelta(due.latest + dt.timedelta(days=1), due.earliest)
            years = max(1, span.years)
        first = dt.date(first_year, month, 1)
        bounds = first, first + relativedelta(years=years, days=-1)
    elif (single := _SINGLE.search(due.text)) is not None:
        bounds = fiscal_year_of(country, int(single.group())) or (due.earliest, due.latest)
    else:  # "this financial year", "by the end of the next fiscal year"
        bounds = fiscal_year_under_way(reference, month)
        if _NEXT.search(due.text):
            bounds = bounds[0] + relativedelta(years=1), bounds[1] + relativedelta(years=1)
    first, last = bounds
    if due.earliest == reference and (first <= reference or due.rule.startswith("by_")):
        first = reference  # "by …", "this …": from the day the text speaks
    if last is None or last < reference or (first, last) == (due.earliest, due.latest):
        return due
    return dataclasses.replace(due, earliest=first, latest=last, rule=PUBLISHER_RULE)
