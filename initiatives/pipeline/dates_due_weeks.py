"""Deadline windows of the calendar words that wire stories and budgets use: weeks ("next
week", "the week of 8 December"), a weekday with no preposition ("will present it Monday"),
a part of a month ("mid-December"), the winter, the new year, and fiscal years written as
"2026-27" or "this financial year". Each handler reads one match against a reference date R
(the publication date), never against the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from dateutil.relativedelta import relativedelta

from initiatives.pipeline import dates_due_windows as windows
from initiatives.pipeline.dates_due_windows import (
    COMING_WINDOWS,
    REPORT_REACH,
    WEEKDAY_NAMES,
    YEAR_PARTS,
    is_by,
    reported_day,
    window,
)
from initiatives.pipeline.dates_fiscal import (
    SPLIT_FISCAL_YEAR_START_MONTH,
    fiscal_start_month,
    fiscal_year_under_way,
)
from initiatives.pipeline.dates_patterns import date_bounds, month_end

# Winter runs from 1 December to the end of February, across the turn of a year.
WINTER_FIRST_MONTH = 12
WINTER_MONTHS = 3
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|by|before|until|not?\s+later\s+than)\s*$", re.IGNORECASE)
# "by the 2026-27 year", "until the end of the 2027-28 financial year": R to its end.
_BY_BEFORE = re.compile(
    # "till 2019-20", "upto 2021-22": to the end of that year, as "by" is
    r"\b(?:by|before|until|till|up\s?to|not?\s+later\s+than)\s+(?:the\s+)?"
    r"(?:end\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# "in the new year" is read as the early part of the next year.
NEW_YEAR_PART = "early"


def week(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "this week", "later this week", "next week", "by the end of next week": Monday to
    Sunday of that week; "by" and "the end of" run from R."""
    groups = match.groupdict()
    monday = ref - dt.timedelta(days=ref.weekday())
    if (groups.get("rel") or "").lower() in ("next", "following"):
        monday += dt.timedelta(days=7)
    sunday = monday + dt.timedelta(days=6)
    if is_by(match) or groups.get("end") or monday < ref:
        return window(ref, sunday)
    return window(monday, sunday)


SATURDAY = 5


def weekend(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "this weekend", "over the weekend", "by next weekend": the Saturday and Sunday of
    R's week (the one under way when R is on a weekend), or of the week after for
    "next"; "by" runs from R. Counted from the day of writing, never a named date."""
    groups = match.groupdict()
    # On a Sunday, the weekend under way.
    saturday = ref + dt.timedelta(days=SATURDAY - ref.weekday())
    if (groups.get("rel") or groups.get("rel2") or "").lower() == "next":
        saturday += dt.timedelta(days=7)
    sunday = saturday + dt.timedelta(days=1)
    by = (groups.get("by") or groups.get("by2") or "").lower()
    if by in ("by", "before", "until"):
        last = saturday - dt.timedelta(days=1) if by == "before" else sunday
        return window(ref, max(last, ref), rule="by_weekend")
    return window(max(saturday, ref), sunday)


def week_of(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "the week of 8 December": seven days from that day."""
    bounds = date_bounds(match.group("d"), reference=ref, future=True)
    if bounds is None:
        return None
    return window(bounds[0], bounds[0] + dt.timedelta(days=6))


def bare_weekday(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "will present an outline Monday": the next such day on or after R (a wire story's
    weekday is in the week it was filed); "next Monday" is never R itself. A weekday after
    "on", "by" or "until" is the other weekday row's to read, or no deadline."""
    before = match.string[max(0, match.start() - REPORT_REACH) : match.start()]
    if reported_day(match) or _PREPOSITION_BEFORE.search(before):
        return None
    wanted = WEEKDAY_NAMES.index(match.group("w").lower())
    ahead = (wanted - ref.weekday()) % 7
    if ahead == 0 and match.group("next"):
        ahead = 7
    day = ref + dt.timedelta(days=ahead)
    return window(day, day)


def winter(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "this winter", "by the winter": 1 December to the end of February, the one that
    has not ended by R."""
    year = ref.year if ref.month >= 3 else ref.year - 1
    groups = match.groupdict()
    which = (groups.get("which") or groups.get("which2") or "").lower()
    if which == "next" and ref.month >= WINTER_FIRST_MONTH:
        year += 1
    first = dt.date(year, WINTER_FIRST_MONTH, 1)
    last_month = first + relativedelta(months=WINTER_MONTHS - 1)
    last = month_end(last_month.year, last_month.month)
    if is_by(match):
        return window(ref, windows.before_start(match, first, ref) or last, rule="by_season")
    return window(first, last)


def new_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    first_month, last_month = YEAR_PARTS[NEW_YEAR_PART]
    year = ref.year + 1
    return window(dt.date(year, first_month, 1), month_end(year, last_month))


def split_year(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "in 2026-27", "the 2026/27 financial year", "the 2026-2027 fiscal year": a fiscal
    year from 1 April, when the second year follows the first; any other pair is not a
    fiscal year."""
    first_year, second = int(match.group("a")), int(match.group("b"))
    if second != (first_year + 1 if second >= 100 else (first_year + 1) % 100):
        return None
    first = dt.date(first_year, SPLIT_FISCAL_YEAR_START_MONTH, 1)
    last = first + relativedelta(years=1, days=-1)
    before = match.string[max(0, match.start() - REPORT_REACH) : match.start()]
    if _BY_BEFORE.search(before):
        return window(ref, last, rule="by_fiscal_year_april")
    return window(first, last, rule="fiscal_year_april")


def current_fiscal_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "this financial year" (from 1 April, as the UK, Canada and Japan count it), "the
    current fiscal year" (from 1 October, as the US federal budget does), until the
    publishing government is known (dates_fiscal): R to its end; "next": the year after."""
    financial = match.group("kind").lower().startswith("financial")
    start_month = fiscal_start_month(None, financial=financial)
    first, last = fiscal_year_under_way(ref, start_month)
    rule = "fiscal_year_april" if start_month == SPLIT_FISCAL_YEAR_START_MONTH else None
    named = {"rule": rule} if rule else {}
    if (match.group("which") or "").lower() == "next":
        return window(first + relativedelta(years=1), last + relativedelta(years=1), **named)
    return window(ref, last, **named)


def by_event_in(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "by the next Ministerial Conference in 2019", "ahead of the summit in November": R to
    the end of the period the event falls in (its day is not known); "this November" and
    "next March" name the month of this year and of the next."""
    groups = match.groupdict()
    if groups.get("rel"):
        year = ref.year + (groups["rel"].lower() == "next")
        bounds = date_bounds(f"{groups['m']} {year}", reference=ref, future=True)
    else:
        bounds = date_bounds(match.group("d"), reference=ref, future=True)
    if bounds is None or bounds[1] < ref:
        return None
    return window(ref, bounds[1])


def few_units(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "within weeks", "in a few days": as "in the coming weeks" or days or months."""
    unit = match.group("u").lower()
    span = COMING_WINDOWS[unit]
    return window(ref, ref + span if span is not None else None, rule=f"coming_{unit}")


def christmas(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "by Christmas": R to 25 December (24 December for "before"), the next one."""
    day = dt.date(ref.year, 12, 25)
    if day < ref:
        day = dt.date(ref.year + 1, 12, 25)
    if match.group("by").lower() in ("before", "ahead of"):
        day -= dt.timedelta(days=1)
    return window(ref, day)


def end_of_season(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "by the end of the summer": R to the last day of that season."""
    name = match.group("p").lower()
    if name == "winter":
        last = winter(match, ref)["latest"]
    else:
        last = windows.season(match, ref)["latest"]
    return window(ref, last, rule="by_season")
