"""The windows of the deadline rules: each handler turns one regex match into the fields of
a DueWindow (earliest, latest, anchor event, recurrence), read against a reference date R.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from dateutil.relativedelta import relativedelta

from initiatives.pipeline.dates_fiscal import (
    SPLIT_FISCAL_YEAR_START_MONTH,
    US_FISCAL_YEAR_START_MONTH,
)
from initiatives.pipeline.dates_patterns import (
    add_units,
    date_bounds,
    month_end,
    month_number,
    number_value,
    offset_days,
    ordinal_value,
    quarter_bounds,
)

# Windows for phrases that name no date, from the reference date R.
COMING_WINDOWS: dict[str, relativedelta | None] = {
    "days": relativedelta(weeks=2),
    "weeks": relativedelta(weeks=8),
    "months": relativedelta(months=6),
    "years": None,  # no latest: no reminder either
    "decades": None,
}
SOON_WINDOW = relativedelta(months=3)
IMMEDIATE_WINDOW = relativedelta(months=1)
FORTNIGHT = relativedelta(weeks=2)
# Parts of a year as (first month, last month); "by mid-2026" ends on 30 June.
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4),
    "beginning": (1, 4),
    "start": (1, 4),
    "mid": (5, 8),
    "middle": (5, 8),
    "late": (9, 12),
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    # South Asia's crop seasons within one year: the monsoon sowing and the summer crop
    "kharif": (6, 10),
    "zaid": (3, 6),
}
BY_PART_LAST_MONTH: dict[str, int] = {"mid": 6, "middle": 6}
# "the third quarter", "the second half".
PART_ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "last": 4,
    "final": 4,
}
EVENTS: tuple[tuple[str, str], ...] = (
    ("force", "entry into force"),
    ("official journal", "publication in the Official Journal"),
    ("publication", "publication"),
    ("adoption", "adoption"),
    ("sign", "signature"),
    ("ratification", "ratification"),
    ("notification", "notification"),
    ("approval", "approval"),
    ("application", "application"),
)

# Parts of a month, as (first day, last day; None for the month's end).
MONTH_PARTS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10),
    "beginning": (1, 10),
    "start": (1, 10),
    "mid": (11, 20),
    "middle": (11, 20),
    "late": (21, None),
    "end": (21, None),
}
# Parts of a decade, as years after its first; "by the mid-2020s" ends in 2025.
DECADE_PARTS: dict[str, tuple[int, int]] = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
BY_DECADE_PART_LAST: dict[str, int] = {"mid": 5}
# Fiscal years, read without knowing whose: a split year ("2026-27") from 1 April, a
# single one ("FY2027") as the US federal year (dates_fiscal reads them again once the
# publishing government is known).

Handler = Callable[[re.Match[str], dt.date], dict[str, Any] | None]


def year_ref(token: str, reference: dt.date) -> int:
    token = token.lower()
    if token[:2] in ("19", "20"):
        return int(token[:4])
    return reference.year + 1 if "next" in token else reference.year


def window(earliest: dt.date | None, latest: dt.date | None, **extra: Any) -> dict[str, Any]:
    return {"earliest": earliest, "latest": latest, **extra}


def before_start(match: re.Match[str], first: dt.date, ref: dt.date) -> dt.date | None:
    """ "before the summer", "before the winter": the day before the period starts, when
    that is still ahead of R; None for "by" or "until", which run to its end."""
    word = (match.groupdict().get("by") or "").lower()
    if word != "before" or first <= ref:
        return None
    return first - dt.timedelta(days=1)


def within_started(match: re.Match[str], first: dt.date, ref: dt.date) -> bool:
    """ "within the first half of this year" written in April: the part of the period still
    to come, from R, as "by the end of June" is; "within" a period not yet started is it."""
    return (match.groupdict().get("by") or "").lower() == "within" and first <= ref


def is_by(match: re.Match[str]) -> bool:
    word = (match.groupdict().get("by") or "").lower()
    return word in ("by", "before", "until", "no later than", "not later than")


# --- Handlers ------------------------------------------------------------------------
def coming(unit: str) -> Handler:
    def handler(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
        span = COMING_WINDOWS[unit]
        return window(ref, ref + span if span is not None else None)

    return handler


def fixed(span: relativedelta) -> Handler:
    return lambda match, ref: window(ref, ref + span)


def relative_to_event(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    count, unit = number_value(match.group("n")), match.group("u")
    words = " ".join(match.group("e").lower().split())
    event = next(name for key, name in EVENTS if key in words)
    return window(None, None, anchor_event=event, offset_days=offset_days(count, unit))


def day_after_event(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    words = " ".join(match.group("e").lower().split())
    event = next(name for key, name in EVENTS if key in words)
    return window(None, None, anchor_event=event, offset_days=ordinal_value(match.group("o")))


def within(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "within six months", "in 6 to 12 months" (the upper bound), "two years from now"."""
    if match.group("ya"):
        first, last = int(match.group("ya")), int(match.group("yb"))
        if first <= last:
            return window(dt.date(first, 1, 1), dt.date(last, 12, 31), rule="within_years")
    count = match.group("n2") or match.group("n") or match.group("n3")
    unit = match.group("u") or match.group("u3")
    return window(ref, add_units(ref, number_value(count), unit))


def next_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    year = ref.year + 1
    if is_from(match):
        return window(dt.date(year, 1, 1), None, rule="from_date")
    first = ref if is_by(match) else dt.date(year, 1, 1)
    return window(first, dt.date(year, 12, 31))


def this_month(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    return window(ref, month_end(ref.year, ref.month))


def season(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    season = match.group("p").lower()
    first_month, last_month = YEAR_PARTS[season]
    year = ref.year if month_end(ref.year, last_month) >= ref else ref.year + 1
    if (match.group("which") or match.group("which2") or "").lower() == "next":
        year = max(year, ref.year + 1)
    first = dt.date(year, first_month, 1)
    if is_by(match):
        return window(ref, before_start(match, first, ref) or month_end(year, last_month),
                      rule="by_season")  # fmt: skip
    return window(first, month_end(year, last_month))


def this_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    return window(ref, dt.date(ref.year, 12, 31))


def next_month(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    first = (ref + relativedelta(months=1)).replace(day=1)
    return window(first, month_end(first.year, first.month))


def part_of_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    part = match.group("p").lower().split()[0]
    year = year_ref(match.group("y"), ref)
    first_month, last_month = YEAR_PARTS[part]
    first, last = dt.date(year, first_month, 1), month_end(year, last_month)
    if is_by(match):
        last_month = BY_PART_LAST_MONTH.get(part, last_month)
        return window(ref, month_end(year, last_month), rule="by_part_of_year", confidence=0.8)
    if is_from(match) and not starts_within(match.group("by"), first, last):
        return window(first, None)
    return window(first, last)


def end_of_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    written = match.group("y").lower()
    if written.endswith("decade"):  # the decade R is in: written in 2020, 2020 to 2029
        return window(ref, dt.date(ref.year // 10 * 10 + DECADE_YEARS - 1, 12, 31))
    return window(ref, dt.date(year_ref(written, ref), 12, 31))


def end_of_month(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "by the end of May": R to 31 May; "at the end of May", "towards the end of May":
    the late part of May, when the thing happens rather than the last day it may."""
    if match.group("rel"):
        month_start = ref.replace(day=1)
        if match.group("rel").lower() == "next":
            month_start += relativedelta(months=1)
        last = month_end(month_start.year, month_start.month)
    else:
        bounds = date_bounds(
            f"{match.group('m')} {match.group('y') or ''}".strip(), reference=ref, future=True
        )
        if not bounds:
            return None
        last = bounds[1]
    word = (match.group("by") or "").lower()
    if word == "at" or word.startswith("toward"):
        late = last.replace(day=MONTH_PARTS["late"][0])
        return window(max(late, ref), last)
    return window(ref, last)


def quarter(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    quarter = (
        int(match.group("q")) if match.group("q") else PART_ORDINALS[match.group("qw").lower()]
    )
    if match.group("y"):
        year = year_ref(match.group("y"), ref)
    else:
        year = ref.year + (quarter_bounds(ref.year, quarter)[1] < ref)
    first, last = quarter_bounds(year, quarter)
    if is_by(match) or match.group("end") or within_started(match, first, ref):
        return window(ref, last, rule="by_quarter")
    if is_from(match) and not starts_in(match):
        return window(first, None)
    return window(first, last)


def half(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    half = int(match.group("h")) if match.group("h") else PART_ORDINALS[match.group("hw").lower()]
    year = year_ref(match.group("y1") or match.group("y2"), ref)
    first = dt.date(year, 1 if half == 1 else 7, 1)
    last = month_end(year, 6 if half == 1 else 12)
    if is_by(match) or within_started(match, first, ref):
        return window(ref, last, rule="by_half")
    if is_from(match) and not starts_in(match):
        return window(first, None)
    return window(first, last)


def by_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    year = int(match.group("y"))
    if match.group("by").lower() == "before":
        year -= 1
    return window(ref, dt.date(year, 12, 31))


def event_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "at the 2024 WHA", "by the 2027 summit": within the year the event is named by."""
    year = int(match.group("y"))
    if match.group("by").lower() in ("by", "before", "ahead of"):
        return window(ref, dt.date(year, 12, 31), rule="by_event_year")
    return window(dt.date(year, 1, 1), dt.date(year, 12, 31))


def by_date(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    bounds = date_bounds(match.group("d"), reference=ref, future=True)
    if bounds is None:
        return None
    if match.groupdict().get("next") and not re.search(r"(?:19|20)\d{2}", match.group("d")):
        # "no later than March 1 next year": the date in the year after the reference.
        bounds = (_in_year(bounds[0], ref.year + 1), _in_year(bounds[1], ref.year + 1))
    if match.group("by").lower() == "before":
        return window(ref, bounds[0] - dt.timedelta(days=1))
    return window(ref, bounds[1])


def month_event(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "before the April 2027 launch", "by the June 2026 deadline": an event dated by its
    month. "by" runs to the month's end; "before", "ahead of", "in time for" to the day
    before it begins."""
    bounds = date_bounds(match.group("d"), reference=ref, future=True)
    if bounds is None:
        return None
    if match.group("by").lower() == "by":
        return window(ref, bounds[1], rule="by_event")
    return window(ref, bounds[0] - dt.timedelta(days=1), rule="by_event")


def until(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    bounds = date_bounds(match.group("d"), reference=ref, future=True)
    return window(ref, bounds[1]) if bounds else None


def period(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    end_token = match.group("b")
    if len(end_token) == 2:  # "2028-34"
        end_token = match.group("a")[:2] + end_token
    start = date_bounds(match.group("a"), reference=ref, future=None)
    end = date_bounds(end_token, reference=ref, future=None)
    if (
        start is not None
        and end is not None
        and end[1] < start[0]
        and not _WRITTEN_YEAR.search(end_token)
    ):
        # "between June 6 and November 20": a yearless end follows its start
        end = (end[0] + relativedelta(years=1), end[1] + relativedelta(years=1))
    if start is None or end is None or end[1] < start[0]:
        return None
    return window(start[0], end[1])


_WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}")


def in_period(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    bounds = date_bounds(match.group("d"), reference=ref, future=None)
    return window(*bounds) if bounds else None


def recurrence(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    start = end = None
    if match.group("s"):
        bounds = date_bounds(match.group("s"), reference=ref, future=True)
        start = bounds[0] if bounds else None
        if bounds and starts_within(match.group("sw"), *bounds):
            end = bounds[1]  # "each quarter, starting in January": first due in January
    return window(start, end, recurrence=" ".join(match.group("r").lower().split()))


class PeriodMatch:
    """A period match seen through one pair of names: "from A to B" or "between A and B"."""

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def group(self, name: str) -> str:
        if name == "a":
            return self._match.group("a") or self._match.group("a2")
        return self._match.group(name)


def month_without_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "in April", "in early April", "by the end of May": the next such month, or this one
    while it runs."""
    month = month_number(match.group("m"))
    year = ref.year if month_end(ref.year, month) >= ref else ref.year + 1
    first, last = dt.date(year, month, 1), month_end(year, month)
    part = (match.group("p") or "").lower().split()
    if part:
        first_day, last_day = MONTH_PARTS[part[-2] if part[-1] == "of" else part[-1]]
        first = dt.date(year, month, first_day)
        last = dt.date(year, month, last_day) if last_day else last
    if is_by(match):
        return window(ref, last, rule="by_month_no_year")
    return window(first, last)


def month_pair(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "in late November or early December 2023", "in March or April": from the first
    month to the end of the second, in the year written after them (the first month in
    the year before when it comes later in the calendar), or the next such months."""
    first_month, last_month = month_number(match.group("m1")), month_number(match.group("m2"))
    if match.group("y"):
        year = int(match.group("y"))
    else:
        year = ref.year if month_end(ref.year, last_month) >= ref else ref.year + 1
    first_year = year - 1 if first_month > last_month else year
    first, last = dt.date(first_year, first_month, 1), month_end(year, last_month)
    if part := (match.group("p1") or "").lower():
        first = dt.date(first_year, first_month, MONTH_PARTS[part][0])
    if part := (match.group("p2") or "").lower():
        end_day = MONTH_PARTS[part][1]
        last = dt.date(year, last_month, end_day) if end_day else last
    if is_by(match):
        return window(ref, last, rule="by_month_pair")
    return window(first, last)


def day_range(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "15–19 September": both ends kept, the window of a meeting that lasts days."""
    month = month_number(match.group("m") or match.group("m2"))
    days = [int(re.sub(r"\D", "", match.group(g) or "0")) for g in ("d1", "d2", "d3", "d4")]
    first_day, last_day = (days[0], days[1]) if match.group("m") else (days[2], days[3])
    written = match.group("y") or match.group("y2")
    year = int(written) if written else ref.year
    if not written and month_end(ref.year, month) < ref:
        year += 1
    try:
        first, last = dt.date(year, month, first_day), dt.date(year, month, last_day)
    except ValueError:
        return None
    if last < first:
        return None
    return window(first, last, confidence=0.9 if written else 0.7)


def units_later(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "a year later": later than the event just told, read as later than the reference."""
    return window(ref, add_units(ref, number_value(match.group("n")), match.group("u")))


def _fiscal_bounds(match: re.Match[str]) -> tuple[dt.date, dt.date, str]:
    first_year = int(match.group("a"))
    if match.group("b"):
        first = dt.date(first_year, SPLIT_FISCAL_YEAR_START_MONTH, 1)
        rule = "fiscal_year_april"
    else:
        first = dt.date(first_year - 1, US_FISCAL_YEAR_START_MONTH, 1)
        rule = "fiscal_year_us_federal"
    return first, first + relativedelta(years=1, days=-1), rule


def fiscal_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    first, last, rule = _fiscal_bounds(match)
    if is_by(match):  # "by fiscal 2027", "by the end of fiscal 2026": from R to its end
        return window(ref, last, rule="by_fiscal_year_end")
    return window(first, last, rule=rule)


_FISCAL_WORD = re.compile(r"\b(?:FY|fiscal|financial)", re.IGNORECASE)


def fiscal_quarter(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "in the second quarter of fiscal year 2026": three months from the fiscal year's
    start (a split year's from April, a single one's as the US federal year's)."""
    if not match.group("b") and not _FISCAL_WORD.search(match.group(0)):
        return None  # "the third quarter of 2026" is the calendar's (the `quarter` row)
    if match.group("b") and int(match.group("b")[-2:]) != (int(match.group("a")) + 1) % 100:
        return None  # "Q2 2026-29" is no fiscal year
    year_first = _fiscal_bounds(match)[0]
    quarter = (
        int(match.group("q")) if match.group("q") else PART_ORDINALS[match.group("qw").lower()]
    )
    first = year_first + relativedelta(months=3 * (quarter - 1))
    last = first + relativedelta(months=3, days=-1)
    if is_by(match) or match.group("end"):
        return window(ref, last, rule="by_fiscal_quarter")
    return window(first, last, rule="fiscal_quarter")


def fixed_year_end(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    return window(ref, dt.date(ref.year, 12, 31))


def decade(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    start = int(match.group("dec"))
    part = (match.group("p") or "").lower()
    first_offset, last_offset = DECADE_PARTS.get(part, (0, 9))
    last = dt.date(start + last_offset, 12, 31)
    if is_by(match):
        by_last = dt.date(start + BY_DECADE_PART_LAST.get(part, last_offset), 12, 31)
        return window(ref, by_last, rule="by_decade")
    return window(dt.date(start + first_offset, 1, 1), last)


def _in_year(value: dt.date, year: int) -> dt.date:
    try:
        return value.replace(year=year)
    except ValueError:  # 29 February
        return value.replace(year=year, day=28)


WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# "said on Monday", "announced Tuesday", "last Friday": the day a thing was said or done;
# "pledged on Thursday to cut", "agreed on Saturday to triple": the day a promise was made
# (not "will be agreed on Monday").
REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|announced|told\s+reporters|last|since|(?<!\bbe\s)(?<!\bbeen\s)"
    r"(?:agreed|pledged|promised|vowed|committed))(?:\s+(?:late\s+)?on)?\s*$",
    re.IGNORECASE,
)
REPORT_REACH = 25


def reported_day(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - REPORT_REACH) : match.start()]
    return bool(REPORTED_BEFORE.search(before))


def weekday(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "by Friday", "on Monday": the next such day on or after the reference."""
    if reported_day(match):
        return None
    wanted = WEEKDAY_NAMES.index(match.group("w").lower())
    day = ref + dt.timedelta(days=(wanted - ref.weekday()) % 7)
    if match.group("by").lower() == "on":
        return window(day, day, rule="on_weekday")
    if day == ref:
        # "by Wednesday" written on a Wednesday: the next one, not today.
        day += dt.timedelta(days=7)
    return window(ref, day, rule="by_weekday", confidence=0.6)


def relative_to_date_of(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "within 180 days of the date the plan is established": anchored on that event."""
    event = " ".join(match.group("e").split())
    count, unit = number_value(match.group("n")), match.group("u")
    return window(None, None, anchor_event=event, offset_days=offset_days(count, unit))


def from_date(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "from 2025", "as of 2040", "from July 1": a start, with no end; "starting in July",
    "beginning in September 2027": due in that month (`starts_within`)."""
    bounds = date_bounds(match.group("d"), reference=ref, future=True)
    if bounds is None:
        return None
    if starts_within(match.group("by"), *bounds):
        return window(*bounds, rule=START_WITHIN_RULE)
    return window(bounds[0], None)


def on_date(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "on August 10": that day, when it is still ahead; a past day is no deadline."""
    bounds = date_bounds(match.group("d"), reference=ref, future=True)
    if bounds is None or bounds[0] < ref:
        return None
    return window(bounds[0], bounds[1])


# --- Durations, open starts and postponements -----------------------------------------
# Words that open a window with no end: "from July 2027", "starting next year".
FROM_WORDS = ("from", "starting", "beginning", "as of", "with effect from")
# "starting in Q3 2027", "beginning in the second half": a reader takes the start to fall
# in that part of the year, so it is due there; "from Q3 2027" still opens a window.
START_IN_WORDS = ("starting in", "beginning in")
# "delayed until January": the thing now happens in that period; "extended until March":
# it may go on to the end of March.
POSTPONED_WORDS = ("delayed", "postponed", "deferred", "pushed back", "put off", "rescheduled")
# "the second half of the year" and "later in 2027" run from July; "the latter part of the
# year" from September, its last third.
LATTER_PART_MONTHS = (7, 12)
LATE_PART_FIRST_MONTH = 9
DECADE_YEARS = 10


def is_from(match: re.Match[str]) -> bool:
    word = " ".join((match.groupdict().get("by") or "").lower().split())
    return word.startswith(FROM_WORDS)


# "starting in July", "beginning next spring", "starting in Q3": a start said to fall in a
# part of a year is due in it, as the labelled pages read it; a start in a whole year
# ("starting in 2027", "starting next year") or on a day ("starting 1 July") still opens
# a window, as does any "from".
START_WITHIN_RULE = "start_within"
_START_WORD = re.compile(r"(?:starting|beginning)(?:\s+in)?\s*$", re.IGNORECASE)
START_WITHIN_LONGEST = relativedelta(months=6)


def starts_within(word: str | None, earliest: dt.date | None, latest: dt.date | None) -> bool:
    """Whether a from-word and the window it opens say a start that falls within the
    window: "starting" or "beginning" (not "from", "starting from", "starting on") before
    a part of a year longer than a day."""
    if not word or earliest is None or latest is None or not _START_WORD.match(word.strip()):
        return False
    return earliest < latest <= earliest + START_WITHIN_LONGEST


def starts_in(match: re.Match[str]) -> bool:
    """Whether the window is a start said to fall in it ("starting in Q3 2027")."""
    return " ".join((match.groupdict().get("by") or "").lower().split()) in START_IN_WORDS


def coming_one(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "in the coming month", "over the year ahead", "over the next decade": R to R + one
    such unit."""
    unit = match.group("u").lower()
    if unit == "decade":
        return window(ref, add_units(ref, DECADE_YEARS, "years"))
    return window(ref, add_units(ref, 1, unit))


# "has worked there for 30 years": a span already spent, not a deadline.
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
PERFECT_REACH = 40


def for_duration(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "for an initial 30-day period", "for one year", "a two-year pilot": R to R + that
    span, the time the work is given."""
    before = match.string[max(0, match.start() - PERFECT_REACH) : match.start()]
    if _PERFECT_BEFORE.search(before):
        return None
    return window(ref, add_units(ref, number_value(match.group("n")), match.group("u")))


def for_units_from(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "for five years from 2027", "over three years starting in January 2027", "for two
    years from next year": from the first day named, the span long."""
    if match.group("next"):
        first = dt.date(ref.year + 1, 1, 1)
    else:
        bounds = date_bounds(match.group("d"), reference=ref, future=True)
        if bounds is None:
            return None
        first = bounds[0]
    last = add_units(first, number_value(match.group("n")), match.group("u"))
    return window(first, last - dt.timedelta(days=1))


def within_decades(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "within a decade": R to R + ten years; "within a decade of the 2014 decision":
    counted from that year, not read as "in 2014"."""
    count = number_value(match.group("n")) * DECADE_YEARS
    if match.group("y"):
        first = dt.date(int(match.group("y")), 1, 1)
        return window(first, dt.date(first.year + count, 12, 31), rule="within_decades_of")
    return window(ref, add_units(ref, count, "years"))


def within_units_of_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "within five years of the 2015 agreement": counted from that year."""
    first = dt.date(int(match.group("y")), 1, 1)
    last = add_units(dt.date(first.year, 12, 31), number_value(match.group("n")), match.group("u"))
    return window(first, last)


def latter_part_of_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "in the latter half of the year", "later in 2027": July to December; "in the
    latter part of the year": September to December; after "by", R to 31 December."""
    year = year_ref(match.group("y"), ref)
    last = dt.date(year, 12, 31)
    if is_by(match):
        return window(ref, last, rule="by_end_of_year")
    said = match.group(0).lower()
    late = ("part" in said or "months" in said) and "second" not in said
    first = dt.date(year, LATE_PART_FIRST_MONTH if late else LATTER_PART_MONTHS[0], 1)
    return window(max(first, ref) if year == ref.year else first, last)


def turn_of_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "by the turn of the year": R to 31 December; "the turn of the decade": to the end
    of the first year of the next decade (written in 2025, 2030), the year it turns in."""
    if match.group("u").lower() == "decade":
        return window(ref, dt.date(ref.year // 10 * 10 + 10, 12, 31))
    year = ref.year if ref.month > 1 else ref.year - 1
    return window(ref, dt.date(year, 12, 31))


def season_of_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "starting in the 2026 season": an open window from its first year; "during the
    2026/27 season": that span; "by the 2027 season": R to its end."""
    first_year = int(match.group("y"))
    last_year = first_year
    if match.group("y2"):
        last_year = first_year // 100 * 100 + int(match.group("y2"))
        if last_year < first_year:
            last_year += 100
    if is_from(match):
        return window(dt.date(first_year, 1, 1), None, rule="from_date")
    if is_by(match):
        return window(ref, dt.date(last_year, 12, 31), rule="by_year")
    return window(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31))


def postponed(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "postponed until January": the period it was moved to (a month without a year is
    the next one); "extended until March 2027": R to the end of that period."""
    words = " ".join(match.group("v").lower().split())
    if match.group("d"):
        bounds = date_bounds(match.group("d"), reference=ref, future=True)
    else:
        year = ref.year + 1
        bounds = (dt.date(year, 1, 1), dt.date(year, 12, 31))
    if bounds is None:
        return None
    if words.startswith(POSTPONED_WORDS):
        return window(max(bounds[0], ref), bounds[1])
    return window(ref, bounds[1])


# --- Days, months and spans named from the day of writing (session 18) -------------------
def relative_day(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "tomorrow": the day after R; "later today", "tonight": R itself."""
    day = ref + dt.timedelta(days=1) if match.group(0).lower().startswith("tomorrow") else ref
    return window(day, day)


def next_named_month(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "next April": the first April after R's month (written in July 2018, April 2019;
    written in February, this April); "from next April" opens there, "by next April"
    runs from R to its end."""
    month = month_number(match.group("m"))
    year = ref.year if month > ref.month else ref.year + 1
    first, last = dt.date(year, month, 1), month_end(year, month)
    if is_from(match):
        return window(first, None, rule="from_date")
    if is_by(match):
        return window(ref, last, rule="by_month_no_year")
    return window(first, last)


def within_month(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "within January", written on 5 January: from R to the end of that month (the
    next such month when it has passed)."""
    written = f"{match.group('m')} {match.group('y') or ''}".strip()
    bounds = date_bounds(written, reference=ref, future=True)
    return window(ref, bounds[1]) if bounds else None


def this_and_next_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "for this and next year": 1 January of R's year to 31 December of the next."""
    return window(dt.date(ref.year, 1, 1), dt.date(ref.year + 1, 12, 31))


def _split_year(first: str, second: str) -> int:
    """The calendar year a split fiscal year starts in, checked: "2024-25" is 2024."""
    start = int(first)
    return start if (start + 1) % 100 == int(second) else -1


def fiscal_period(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """Budget spans in split fiscal years, each running 1 April to 31 March: "from 2024-25
    to 2030-31" (the first year's start to the last year's end), "over five years,
    starting in 2022-23" (five such years from that one)."""
    first_year = _split_year(match.group("a"), match.group("a2"))
    if first_year < 0:
        return None
    first = dt.date(first_year, SPLIT_FISCAL_YEAR_START_MONTH, 1)
    if match.group("b"):
        last_year = _split_year(match.group("b"), match.group("b2"))
        if last_year < first_year:
            return None
        years = last_year - first_year + 1
    elif match.group("n"):
        years = number_value(match.group("n"))
    else:
        return None
    return window(first, first + relativedelta(years=years, days=-1))


def after_announcement(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """ "30 days from the date of the announcement", "two weeks after the decision": that
    day, counted from R (the decision's day); after "within", R to that day."""
    day = add_units(ref, number_value(match.group("n")), match.group("u"))
    if match.group("within"):
        return window(ref, day)
    return window(day, day)
