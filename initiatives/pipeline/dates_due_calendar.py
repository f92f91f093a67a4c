"""Deadline windows named by the calendar a text keeps: a week of a month ("during the final
week of June"), a fiscal year named by its end ("the current fiscal year that ends in March
2027"), the end of the fiscal year, a target year ("a target date of 2040"), Easter, and an
event that the text dates elsewhere ("ahead of COP31", "at the NATO summit", where another
sentence says when it is held). Each handler reads one match against a reference date R
(the publication date), never against the clock.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import threading
from collections.abc import Callable
from typing import Any

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from initiatives.pipeline.dates_due_windows import (
    MONTH_PARTS,
    PART_ORDINALS,
    is_by,
    window,
)
from initiatives.pipeline.dates_fiscal import fiscal_start_month, fiscal_year_under_way
from initiatives.pipeline.dates_patterns import (
    DAY,
    MONTH,
    NUMBER,
    UNIT,
    YEAR,
    add_units,
    date_bounds,
    month_end,
    month_number,
    number_value,
)
from initiatives.pipeline.types import DueWindow, Span

DAYS_PER_WEEK = 7
# "the week ending 3 October" etc. are read elsewhere; these are weeks counted in a month.
WEEK_ORDINALS: dict[str, int] = {**PART_ORDINALS, "last": -1, "final": -1}


def week_of_month(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """Rule `week_of_month`: "during the final week of June", "in the first week of May":
    the 1st to the 7th, the 8th to the 14th…, the last seven days for "last" or "final";
    "by" runs from R. The month without a year is the next one not over."""
    month = month_number(match.group("m"))
    if match.group("y"):
        year = int(match.group("y"))
    else:
        year = ref.year if month_end(ref.year, month) >= ref else ref.year + 1
    last_day = month_end(year, month)
    which = WEEK_ORDINALS[match.group("o").lower()]
    if which < 0:
        first = last_day - dt.timedelta(days=DAYS_PER_WEEK - 1)
        last = last_day
    else:
        first = dt.date(year, month, 1) + dt.timedelta(days=DAYS_PER_WEEK * (which - 1))
        last = min(first + dt.timedelta(days=DAYS_PER_WEEK - 1), last_day)
    if is_by(match) or match.group("end"):
        return window(ref, last) if last >= ref else None
    return window(first, last)


def fiscal_year_ending(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """Rule `fiscal_year_ending`: "the current fiscal year that ends in March 2027", "the
    fiscal year ending June 30, 2027": the text says where the year ends, so no country's
    calendar is guessed. The twelve months up to that end; "this"/"current" and "by" run
    from R."""
    bounds = date_bounds(match.group("d"), reference=ref, future=True)
    if bounds is None:
        return None
    last = month_end(bounds[1].year, bounds[1].month)
    first = last + relativedelta(days=1) - relativedelta(years=1)
    current = (match.group("which") or "").lower() in ("this", "current")
    if current or is_by(match):
        return window(ref, last) if last >= ref else None
    return window(first, last)


def end_of_fiscal_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """Rule `by_fiscal_year_end`: "by the end of the financial year" (from 1 April), "by
    the end of the fiscal year" (the US federal year, from 1 October), until the publishing
    government is known (dates_fiscal): R to the last day of the year under way, or of the
    next one when it says "next"."""
    financial = match.group("kind").lower() == "financial"
    last = fiscal_year_under_way(ref, fiscal_start_month(None, financial=financial))[1]
    if (match.group("which") or "").lower() == "next":
        last += relativedelta(years=1)
    return window(ref, last)


def target_year(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """Rule `target_year`: "a target date of 2040", "the target year is 2035": as "by 2040"."""
    year = int(match.group("y"))
    if year < ref.year:
        return None
    return window(ref, dt.date(year, 12, 31), rule="by_year")


def by_easter(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """Rule `by_easter`: R to the next Easter Sunday (the day before for "before")."""
    day = easter(ref.year)
    if day < ref:
        day = easter(ref.year + 1)
    if match.group("by").lower() in ("before", "ahead of"):
        day -= dt.timedelta(days=1)
    return window(ref, day)


def month_of_year(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """Rule `month_of_year`: "by July of this year", "in March of next year": that month
    of the year named (a part of it for "early", "mid", "late"); "by" runs from R."""
    year = ref.year if match.group("y").lower() == "this" else ref.year + 1
    month = month_number(match.group("m"))
    first, last = dt.date(year, month, 1), month_end(year, month)
    part = (match.group("p") or "").lower().split()
    if part:
        first_day, last_day = MONTH_PARTS[part[0]]
        first = dt.date(year, month, first_day)
        last = dt.date(year, month, last_day) if last_day else last
    if last < ref:
        return None
    if is_by(match):
        return window(ref, last)
    return window(max(first, ref) if first <= ref <= last else first, last)


MID_CENTURY_YEAR = 50  # "by mid-century": the year 2050 of the century R is in


def mid_century(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """Rule `mid_century`: "by the middle of the century", "by mid-century": R to the end
    of 2050 (of the century R is in)."""
    return window(ref, dt.date(ref.year // 100 * 100 + MID_CENTURY_YEAR, 12, 31), rule="by_year")


# --- Time given to do a thing ------------------------------------------------------------
# "Firms now have 12 months to implement the rules", "Ofcom will allow providers at least
# 12 months to implement the changes": the span counts from the day the text speaks, as
# "within 12 months" does. The due table's row and the action forms that read who is given
# the time both date it here.
TIME_GIVEN_RULE = "given_units_to"
TIME_GIVEN_CONFIDENCE = 0.6
_TIME_SPAN = re.compile(
    rf"\b(?P<n>{NUMBER}|an?)\s+(?:(?:more|extra|additional|further)\s+)?(?P<u>{UNIT})\b", re.I
)


def _given_end(ref: dt.date, count: str, unit: str) -> dt.date:
    return add_units(ref, 1 if count.lower() in ("a", "an") else number_value(count), unit)


def given_units(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """Rule `given_units_to`: "companies have 12 months to comply": R to R plus the span."""
    return window(ref, _given_end(ref, match.group("n"), match.group("u")))


def time_given(text: str, start: int, end: int, anchor: dt.date) -> DueWindow | None:
    """Rule `given_units_to` for a span an action form found ("allow providers at least 12
    months to implement"): the first "<number> <unit>" in text[start:end], from `anchor`."""
    found = _TIME_SPAN.search(text, start, end)
    if found is None:
        return None
    latest = _given_end(anchor, found.group("n"), found.group("u"))
    phrase = Span(found.start(), found.end(), found.group())
    return DueWindow(
        phrase.quote, anchor, latest, TIME_GIVEN_CONFIDENCE, TIME_GIVEN_RULE, span=phrase
    )


# "By then": the deadline of the sentence before, looked for at most this far back, for
# at most THEN_READS phrases of one text (a real text says it a few times; each phrase
# looks back THEN_REACH characters once, so a bound keeps a long text linear).
THEN_REACH = 400
THEN_READS = 100
# A "by then" inside the stretch looked back at is not read again (one flag per thread).
_then = threading.local()


def _remembered(
    match: re.Match[str], ref: dt.date, read: Callable[[_TextState], dict[str, Any] | None]
) -> dict[str, Any] | None:
    """The window of a phrase that looks elsewhere in its text, read once per text: the
    pipeline reads each sentence many times, and every reading must give the same window
    (a look-back budget spent by the first would leave the others with none)."""
    state = _state(match.string)
    key = (match.start(), match.end(), ref)
    if key not in state.read:
        state.read[key] = read(state)
    found = state.read[key]
    return dict(found) if found is not None else None  # the caller adds its rule to it


def by_then(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """Rule `by_then`: "By then, …", "by that time", "by that date": R to the end of the
    last window written just before it ("their next meeting, in November. By then, …")."""
    if getattr(_then, "reading", False):
        return None
    return _remembered(match, ref, lambda state: _by_then(match, ref, state))


def same_period(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """Rule `same_period`: "over the same period", "within the same timeframe", "by the
    same date": the whole of the last window written just before it ("convert six
    terminals by 2030 and raise the share of automated cranes over the same period"). It
    names no time of its own, so it repeats that window, start and all."""
    if getattr(_then, "reading", False):
        return None
    return _remembered(match, ref, lambda state: _by_then(match, ref, state, whole=True))


def _by_then(
    match: re.Match[str], ref: dt.date, state: _TextState, *, whole: bool = False
) -> dict[str, Any] | None:
    if state.then_left <= 0:
        return None  # a text of nothing but "by then": the look back is not repeated
    state.then_left -= 1
    from initiatives.pipeline.dates_due import find_due_windows  # the table reads this one

    _then.reading = True
    try:
        before = find_due_windows(
            match.string, reference=ref, start=max(0, match.start() - THEN_REACH), end=match.start()
        )
    finally:
        _then.reading = False
    last = next((w for w in reversed(before) if w.latest is not None and w.latest >= ref), None)
    if last is None:
        return None
    return window(last.earliest if whole else ref, last.latest)


# --- Events the text dates elsewhere ----------------------------------------------------
# How far from "ahead of COP31" a sentence that dates COP31 may stand, either way: a
# bounded look keeps a long text linear.
EVENT_REACH = 6000
# How far after the event's name its date may start ("the summit due to be held in The
# Hague on 24-25 June").
EVENT_DATE_REACH = 60
_DATED_AFTER = re.compile(
    rf"[^.;!?\n]{{0,{EVENT_DATE_REACH}}}?\b(?:in|on|from|for|at)\s+(?:(?P<d1>{DAY})\s*(?:[-–]|to)\s*)?"
    rf"(?P<d>(?:{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?|{MONTH}\s+{DAY}(?![\d:])(?:\s*[-–]\s*"
    rf"{DAY})?(?:,?\s+{YEAR})?|{MONTH}(?:\s+{YEAR})?))",
    re.IGNORECASE,
)
_DATED_BEFORE = re.compile(
    rf"\b(?:the\s+|this\s+|next\s+)?(?P<d>{DAY}\s*[-–]?\s*(?:{DAY}\s+)?{MONTH}(?:\s+{YEAR})?|"
    rf"{MONTH}\s+{DAY}(?:\s*[-–]\s*{DAY})?(?:,?\s+{YEAR})?|{MONTH}(?:\s+{YEAR})?)\s+"
    r"(?:[A-Z][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)


# Every event name in a text, found once per text: the table's rows read one text many
# times (sentence by sentence), and each "ahead of COP31" then looks only at the nearest
# mentions of its own name, so a long text stays linear.
_EVENT_NAME = re.compile(
    r"\bCOP\s?\d{1,2}\b|\b(?:summit|conference|ministerial|assembly)s?\b"
    r"|\b(?-i:(?!FY|CY|COP)[A-Z]{2,5}\s?\d{1,2})\b(?!\s*[-–/]\s*\d)",
    re.IGNORECASE,
)
MENTIONS_LOOKED_AT = 6  # nearest mentions of the same name examined, either side together
EVENT_READS = 500  # cues read against other mentions in one text, at most
_index = threading.local()


class _TextState:
    """What the calendar rules keep about the text being read (the last one, per thread):
    its event names, the dates of their mentions, the window of each phrase that looks
    elsewhere (by start, end and reference day), what is left of the look-back budgets,
    and the deadlines already read in its ranges (by reference day, start and end)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[str, tuple[list[int], list[re.Match[str]]]] | None = None
        self.dated: dict[tuple[int, dt.date], tuple[dt.date, dt.date] | None] = {}
        self.read: dict[tuple[int, int, dt.date], dict[str, Any] | None] = {}
        self.then_left = THEN_READS
        self.events_left = EVENT_READS
        self.windows: dict[tuple[dt.date, int, int], tuple[DueWindow, ...]] = {}


def text_read_afresh(text: str | None = None) -> None:
    """Forget the text read last (`extract` calls it first, with the text it reads): its
    budgets of look-backs start full again, so reading one text twice gives the same
    result twice."""
    _index.state = _TextState(text) if text is not None else None


def kept_windows(text: str) -> dict[tuple[dt.date, int, int], tuple[DueWindow, ...]] | None:
    """Where the deadlines of `text`'s ranges are kept, when it is the text `extract` reads:
    the action finders ask for those of one sentence in turn, and each range is read once.
    None while "by then" looks back, which reads a range without its own rule."""
    state = getattr(_index, "state", None)
    if state is None or state.text is not text or getattr(_then, "reading", False):
        return None
    return state.windows


def _state(text: str) -> _TextState:
    state = getattr(_index, "state", None)
    if state is None or state.text is not text:
        state = _index.state = _TextState(text)
    return state


def _event_key(name: str) -> str:
    """ "COP 31" and "COP31" are one key; "summits" and "Summit" another."""
    key = re.sub(r"\s+", "", name.lower())
    return key[:-1] if key.endswith("s") and not key[-1:].isdigit() else key


def _mentions(state: _TextState) -> dict[str, tuple[list[int], list[re.Match[str]]]]:
    """The event names of the text by key, in text order, with their starts."""
    if state.found is None:
        found: dict[str, tuple[list[int], list[re.Match[str]]]] = {}
        for mention in _EVENT_NAME.finditer(state.text):
            starts, matches = found.setdefault(_event_key(mention.group()), ([], []))
            starts.append(mention.start())
            matches.append(mention)
        state.found = found
    return state.found


def _nearest(starts: list[int], at: int) -> list[int]:
    """Indexes of the MENTIONS_LOOKED_AT mentions nearest to `at` within EVENT_REACH."""
    right = bisect.bisect_left(starts, at)
    left = right - 1
    out: list[int] = []
    while len(out) < MENTIONS_LOOKED_AT:
        before = at - starts[left] if left >= 0 else EVENT_REACH + 1
        after = starts[right] - at if right < len(starts) else EVENT_REACH + 1
        if min(before, after) > EVENT_REACH:
            break
        if before <= after:
            out.append(left)
            left -= 1
        else:
            out.append(right)
            right += 1
    return out


def event_elsewhere(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """Rule `event_dated_elsewhere`: "ahead of COP31", "at the NATO summit", "by the next
    summit", when a nearby sentence (within EVENT_REACH) dates that event ("COP31, in Belém
    in November"; "the summit due to be held in The Hague on 24-25 June"). "By", "before"
    and "ahead of" run from R to the event; "at" and "during" are the event's own days. No
    dated mention, or only one on or before R (the meeting being reported): no window."""
    return _remembered(match, ref, lambda state: _event_elsewhere(match, ref, state))


def _event_elsewhere(
    match: re.Match[str], ref: dt.date, state: _TextState
) -> dict[str, Any] | None:
    text = match.string
    if state.events_left <= 0:
        return None
    state.events_left -= 1
    if match.group("held"):
        return _event_window(match, ref, _mention_date(text, match, ref, at=match.end("e")))
    words = match.group("e").split()
    key = _event_key(" ".join(words) if re.search(r"\d", words[-1]) else words[-1])
    starts, mentions = _mentions(state).get(key, ([], []))
    dated = state.dated
    for index in _nearest(starts, match.start()):
        mention = mentions[index]
        if match.start("e") <= mention.start() < match.end("e"):
            continue
        if (mention.start(), ref) not in dated:
            dated[(mention.start(), ref)] = _mention_date(text, mention, ref)
        found = _event_window(match, ref, dated[(mention.start(), ref)])
        if found is not None:
            return found
    return None


def _event_window(
    match: re.Match[str], ref: dt.date, bounds: tuple[dt.date, dt.date] | None
) -> dict[str, Any] | None:
    if bounds is None or bounds[0] <= ref:
        return None  # the event the text reports ("at their summit on 3 March"), or an older one
    first, last = bounds
    by = match.group("by").lower()
    if by in ("at", "during"):
        return window(first, last)
    if by in ("before", "ahead of"):
        return window(ref, max(ref, first - dt.timedelta(days=1)))
    if by == "until":
        return window(ref, last)  # "until MC14, held from 26 to 29 March": to its end
    return window(ref, first)


def _mention_date(
    text: str, mention: re.Match[str], ref: dt.date, *, at: int | None = None
) -> tuple[dt.date, dt.date] | None:
    """The days of the event named by `mention`, written after it (or from `at`)."""
    after = _DATED_AFTER.match(text, mention.end() if at is None else at)
    found = after
    if found is None:
        found = _DATED_BEFORE.search(text, max(0, mention.start() - 40), mention.start())
    if found is None:
        return None
    bounds = date_bounds(found.group("d"), reference=ref, future=True)
    if bounds is None:
        return None
    first, last = bounds
    if after is not None and after.group("d1") and first == last:
        try:
            first = first.replace(day=int(re.sub(r"\D", "", after.group("d1"))))
        except ValueError:
            return None
    return (first, last) if first <= last else (last, first)
