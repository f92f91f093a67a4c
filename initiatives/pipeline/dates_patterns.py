"""Regex pieces and small calendar helpers shared by the date and deadline tables."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from dateutil.relativedelta import relativedelta

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
# Longest first so "September" is not read as "Sep"; an abbreviation may end with a dot.
# Case-sensitive even inside an IGNORECASE pattern: "may" the verb is not "May". Only an
# abbreviation takes a dot, so a sentence's full stop stays out of the date.
_MONTH_WORDS = sorted(MONTHS, key=len, reverse=True)
_FULL_NAMES = {name.lower() for name in calendar.month_name if name}
# Every month word starts with one of these capitals. Checked first, it spares the engine
# trying each of the forty words at every other letter of a sentence (seven times faster).
_MONTH_INITIALS = "".join(sorted({word[0].upper() for word in _MONTH_WORDS}))
MONTH = (
    rf"(?-i:(?=[{_MONTH_INITIALS}])(?:"
    + "|".join(w for m in _MONTH_WORDS if m in _FULL_NAMES for w in (m.capitalize(), m.upper()))
    + r"|(?:"
    + "|".join(w for m in _MONTH_WORDS if m not in _FULL_NAMES for w in (m.capitalize(), m.upper()))
    + r")\b\.?)(?!\w))"
)
# Not the year of an ISO date "2025-11-25" nor part of a longer number.
YEAR = r"(?:19|20)\d{2}(?!\d|[/.]\d|-[01]\d-[0-3]\d)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "twenty-four": 24,
    "thirty": 30,
    "thirty-six": 36,
    "forty-eight": 48,
    "sixty": 60,
    "ninety": 90,
}
NUMBER = (
    r"(?:\d{1,3}|"
    + "|".join(sorted((w for w in NUMBER_WORDS if len(w) > 2), key=len, reverse=True))
    + r")"
)
_ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
ORDINALS: dict[str, int] = {word: n for n, word in enumerate(_ORDINAL_WORDS, start=1)}
ORDINALS |= {"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "ninetieth": 90}
ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")"
UNIT = r"(?:days?|weeks?|months?|years?|quarters?)"

# Average lengths used to store an event offset in days (relativedelta does the rest).
DAYS_PER_UNIT: dict[str, float] = {
    "day": 1,
    "week": 7,
    "month": 30.44,
    "quarter": 91.31,
    "year": 365.25,
}


class SpanClaims:
    """Which characters of a text a match has already claimed.

    Matches are claimed longest first; a later one that overlaps a claimed one is refused.
    Each check and claim costs the length of the span, so a document's claims cost time
    linear in its matches, however many came before (a list of earlier spans did not).
    """

    def __init__(self, start: int, end: int) -> None:
        self._offset = start
        self._taken = bytearray(max(0, end - start))

    def free(self, start: int, end: int) -> bool:
        return self._taken.find(1, start - self._offset, end - self._offset) == -1

    def claim(self, start: int, end: int) -> None:
        self._taken[start - self._offset : end - self._offset] = b"\x01" * (end - start)


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def number_value(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def ordinal_value(word: str) -> int:
    word = word.lower()
    return int(word[:-2]) if word[:1].isdigit() else ORDINALS[word]


def unit_name(word: str) -> str:
    return word.lower().rstrip("s")


def add_units(start: dt.date, count: int, unit: str) -> dt.date:
    unit = unit_name(unit)
    if unit == "day":
        return start + relativedelta(days=count)
    if unit == "week":
        return start + relativedelta(weeks=count)
    if unit == "month":
        return start + relativedelta(months=count)
    if unit == "quarter":
        return start + relativedelta(months=3 * count)
    return start + relativedelta(years=count)


def offset_days(count: int, unit: str) -> int:
    return round(count * DAYS_PER_UNIT[unit_name(unit)])


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = 3 * (quarter - 1) + 1
    return dt.date(year, first, 1), month_end(year, first + 2)


# dateparser reads month and day of a yearless candidate against a leap year, so that
# "29 February" parses; the year itself is inferred from the tense (resolve_yearless).
_PARSE_BASE = dt.datetime(2000, 1, 1)  # a calendar anchor, not a moment
_DATEPARSER_SETTINGS = {
    "RELATIVE_BASE": _PARSE_BASE,
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "DMY",
    "PARSERS": ["absolute-time"],
}
_HAS_YEAR = re.compile(r"(?:19|20)\d{2}")
_ONLY_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_ONLY_MONTH = re.compile(rf"^{MONTH}$")
_WITH_DAY = re.compile(r"\d{1,2}(?!\d)")


@lru_cache(maxsize=1)
def _date_data_parser() -> object:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=_DATEPARSER_SETTINGS)


# The everyday shapes of a date, read without dateparser (about 1 ms a call, and a
# document's dates are rarely repeated): "25 November 2025", "November 25, 2025",
# "2025-11-25", and the same without a year.
_DAY_MONTH_YEAR = re.compile(
    rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?$"
)
_MONTH_DAY_YEAR = re.compile(
    rf"^(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?$"
)
_ISO_DATE = re.compile(r"^(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})$")


def _parse_common(candidate: str) -> tuple[int, int, int] | None:
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _ISO_DATE):
        match = pattern.match(candidate)
        if match is None:
            continue
        month = match["month"]
        number = int(month) if month.isdigit() else month_number(month)
        year = int(match["year"]) if match["year"] else _PARSE_BASE.year
        try:
            dt.date(year, number, int(match["day"]))
        except ValueError:
            return None
        return year, number, int(match["day"])
    return None


@lru_cache(maxsize=4096)
def parse_candidate(candidate: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a short date string found by a regex; year 2000 if unwritten."""
    common = _parse_common(candidate.strip())
    if common is not None:
        return common
    value = _date_data_parser().get_date_data(candidate).date_obj  # type: ignore[attr-defined]
    return (value.year, value.month, value.day) if value is not None else None


def resolve_yearless(month: int, day: int, *, reference: dt.date, future: bool | None) -> dt.date:
    """The year of a date written without one.

    future=False: its most recent occurrence not after the reference; True: the next on or
    after it; None: whichever is nearer (the past one on a tie).
    """
    past = _occurrence(month, day, reference, step=-1)
    coming = _occurrence(month, day, reference, step=1)
    if future is False:
        return past
    if future is True:
        return coming
    return past if (reference - past) <= (coming - reference) else coming


def resolve_month(month: int, *, reference: dt.date, future: bool | None) -> dt.date:
    """The first day of a month written without a year ("in April").

    The month under way counts both as past and as ahead. future=False: its latest start
    not after the reference; True: the next month of that name not yet over; None: the
    nearer of the two (the past one on a tie).
    """
    past_year = reference.year if month <= reference.month else reference.year - 1
    coming_year = reference.year if month >= reference.month else reference.year + 1
    past, coming = dt.date(past_year, month, 1), dt.date(coming_year, month, 1)
    if future is False:
        return past
    if future is True:
        return coming
    return past if (reference - past) <= (coming - reference) else coming


def _occurrence(month: int, day: int, reference: dt.date, *, step: int) -> dt.date:
    year = reference.year
    for _ in range(9):  # 29 February recurs within 8 years
        try:
            value = dt.date(year, month, day)
        except ValueError:
            year += step
            continue
        if (step < 0 and value <= reference) or (step > 0 and value >= reference):
            return value
        year += step
    raise ValueError(f"no date {day:02d}-{month:02d} near {reference}")


def date_bounds(
    candidate: str, *, reference: dt.date, future: bool | None = True
) -> tuple[dt.date, dt.date] | None:
    """First and last day that a written date covers: a day, a month or a year."""
    candidate = candidate.strip()
    if _ONLY_YEAR.match(candidate):
        year = int(candidate)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if _ONLY_MONTH.match(candidate):
        month = month_number(candidate)
        year = reference.year
        if future is not False and month_end(year, month) < reference:
            year += 1
        elif future is False and dt.date(year, month, 1) > reference:
            year -= 1
        return dt.date(year, month, 1), month_end(year, month)
    parsed = parse_candidate(candidate)
    if parsed is None:
        return None
    year, month, day = parsed
    has_year = bool(_HAS_YEAR.search(candidate))
    if not _WITH_DAY.search(_HAS_YEAR.sub("", candidate)):
        return dt.date(year, month, 1), month_end(year, month)
    if not has_year:
        value = resolve_yearless(month, day, reference=reference, future=future)
        return value, value
    return dt.date(year, month, day), dt.date(year, month, day)
