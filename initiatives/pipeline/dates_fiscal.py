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
# March 2024; Australia's, India's and the US's FY2024 end in 2024. Facts of calendars,
# for the governments whose texts Docket reads; a government not listed keeps the
# table's reading.
_JULY = (7, False)
_APRIL = (4, False)
_OCTOBER = (US_FISCAL_YEAR_START_MONTH, False)
_CALENDAR = (1, False)
FISCAL_YEARS: dict[str, tuple[int, bool]] = {
    "Japan": (4, True),
    "Singapore": (4, True),
    **dict.fromkeys(
        ("India", "United Kingdom", "Canada", "South Africa", "Hong Kong", "Jamaica",
         "Malawi", "Botswana", "Lesotho", "Eswatini", "Myanmar", "Barbados", "Belize",
         "Saint Lucia", "Namibia"),
        _APRIL,
    ),
    **dict.fromkeys(
        ("Australia", "New Zealand", "Kenya", "Uganda", "Tanzania", "Rwanda", "Pakistan",
         "Bangladesh", "Egypt", "Mauritius", "Dominica", "Bahamas", "Samoa", "Tonga",
         "Bhutan"),
        _JULY,
    ),
    "Fiji": (8, False),
    **dict.fromkeys(("United States", "Thailand", "Haiti", "Trinidad and Tobago"), _OCTOBER),
    **dict.fromkeys(
        ("France", "Germany", "Italy", "Spain", "Netherlands", "Belgium", "Ireland", "Poland",
         "Sweden", "Denmark", "Finland", "Austria", "Portugal", "Greece", "Switzerland",
         "Norway", "China", "South Korea", "Brazil", "Mexico", "Indonesia", "Philippines",
         "Nigeria", "Ghana", "Zambia", "Ukraine", "Chile", "Colombia", "Argentina", "Peru",
         "Vietnam", "Malaysia", "Turkey", "Saudi Arabia", "United Arab Emirates"),
        _CALENDAR,
    ),
}  # fmt: skip
# A state's or province's own year, where it differs from its country's or the tables know
# no body for it: most US states start theirs on 1 July (New York on 1 April, Texas on
# 1 September, Alabama and Michigan on 1 October, as the federal year does). Not Georgia,
# which is a country too.
_US_STATES_JULY = (
    "Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|"
    "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    r"Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|"
    r"New\s+Mexico|North\s+Carolina|North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    r"Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|Utah|Vermont|Virginia|"
    r"Washington|West\s+Virginia|Wisconsin|Wyoming"
)
_REGIONS: tuple[tuple[str, str, tuple[int, bool]], ...] = (
    # (name pattern, the key its year is kept under, the year)
    (r"NSW|New\s+South\s+Wales|Victoria[n]?|Queensland|Tasmania[n]?|South\s+Australia[n]?|"
     r"Western\s+Australia[n]?|Northern\s+Territory|ACT", "Australia", _JULY),
    (r"Ontario|Quebec|Québec|British\s+Columbia|Alberta|Manitoba|Saskatchewan|Nova\s+Scotia|"
     r"New\s+Brunswick|Newfoundland(?:\s+and\s+Labrador)?|Prince\s+Edward\s+Island|"
     "Yukon|Nunavut", "Canada", _APRIL),
    (r"Scottish|Scotland|Welsh|Wales|Northern\s+Ireland", "United Kingdom", _APRIL),
    (r"New\s+York", "New York State", (4, False)),
    ("Texas", "Texas", (9, False)),
    ("Alabama|Michigan", "Alabama or Michigan", _OCTOBER),
    (_US_STATES_JULY, "US state", _JULY),
)  # fmt: skip
FISCAL_YEARS.update({key: year for _, key, year in _REGIONS if key not in FISCAL_YEARS})


# "the NSW Government", "Ontario's budget", "the State of California", "the Government of
# Wales", "the Texas Legislature": a state or province that governs, named as such.
def _region_names(prefix: str) -> str:
    return "|".join(f"(?P<{prefix}{i}>{names})" for i, (names, _, _) in enumerate(_REGIONS))


_REGIONAL_GOVERNMENT = re.compile(
    rf"\b(?:(?:Government|State|Province|Commonwealth)\s+of\s+(?:{_region_names('a')})\b|"
    rf"(?:{_region_names('b')})(?:['’]s)?\s+(?:state\s+|provincial\s+)?(?:Government|Budget|"
    rf"budget|Treasury|Treasurer|Legislature|General\s+Assembly|Governor|Premier|"
    rf"Parliament|government)\b)"
)
REGION_REACH = 1500  # characters: a release names its government near its top


def regional_government(text: str) -> str | None:
    """The key in FISCAL_YEARS of the state or province whose government a text's head
    names ("The NSW Government's 2026-27 Budget will…"), or None."""
    found = _REGIONAL_GOVERNMENT.search(text, 0, REGION_REACH)
    if found is None:
        return None
    index = next(int(name[1:]) for name, value in found.groupdict().items() if value)
    return _REGIONS[index][1]


# The windows the table reads as a fiscal year, by the rule names it gives them.
FISCAL_RULES = frozenset(
    {
        "fiscal_year",
        "fiscal_year_april",
        "by_fiscal_year_april",
        "fiscal_year_us_federal",
        "by_fiscal_year_end",
        "fiscal_period",
        "fiscal_quarter",
        "by_fiscal_quarter",
    }
)
_QUARTER = re.compile(r"\bQ(?P<q>[1-4])|\b(?P<qw>first|second|third|fourth|last|final)\s+quarter",
                      re.IGNORECASE)  # fmt: skip
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
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
    if split is not None and month == 1:
        return due  # a calendar-year government's "2026-27" is no fiscal year of its own
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
    quarter = _QUARTER.search(due.text) if due.rule.endswith("fiscal_quarter") else None
    if quarter is not None and first is not None:
        # "the second quarter of fiscal 2026": three months counted from the year's start
        number = int(quarter["q"]) if quarter["q"] else _QUARTER_ORDINALS[quarter["qw"].lower()]
        first = first + relativedelta(months=3 * (number - 1))
        last = first + relativedelta(months=3, days=-1)
    if due.earliest == reference and (first <= reference or due.rule.startswith("by_")):
        first = reference  # "by …", "this …": from the day the text speaks
    # A year gone by is read in the publisher's year too ("In 2025-26, the Government
    # abolished the cap"), unless it would end before a window that runs from R.
    if last is None or last < first or (first, last) == (due.earliest, due.latest):
        return due
    return dataclasses.replace(due, earliest=first, latest=last, rule=PUBLISHER_RULE)
