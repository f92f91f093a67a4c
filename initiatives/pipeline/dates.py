"""Stage 3, Dates: explicit dates and vague deadlines, read against a reference date.

Both are table-driven: each rule is a row (name, compiled regex, handler, confidence),
so a curator can see which row read a date. Regexes find short candidate strings;
dateparser only ever parses those (cached), never the whole text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from initiatives.pipeline.dates_due import find_due_windows, parse_due, sentence_spans
from initiatives.pipeline.dates_patterns import (
    DAY,
    MONTH,
    WEEKDAY,
    YEAR,
    SpanClaims,
    month_number,
    parse_candidate,
    resolve_month,
    resolve_yearless,
)
from initiatives.pipeline.literal_gate import StartGated
from initiatives.pipeline.types import FoundDate, Span

__all__ = [
    "DATE_RULES",
    "choose_reference_date",
    "find_dates",
    "find_due_windows",
    "parse_due",
    "resolve_month",
    "resolve_yearless",
    "sentence_tense",
]

PAST_MARKERS = re.compile(
    r"\b(?:adopted|approved|agreed|signed|finali[sz]ed|voted|decided|endorsed|concluded|"
    r"reached|launched|announced|unveiled|presented|published|ratified|confirmed|held|"
    r"took\s+place|met|entered\s+into\s+force|came\s+into\s+force|(?:has|have|had)\s+been|"
    r"(?:was|were)(?!\s+(?:scheduled|expected|due|set|planned|slated|to)\b)|last|ago|"
    r"earlier\s+this)\b",
    re.IGNORECASE,
)
# "will be signed": the participle belongs to a future phrase, which hides it.
FUTURE_MARKERS = re.compile(
    # "will be held", "is to be met": any participle, regular or not, that "be" puts ahead.
    r"\b(?:(?:will|shall|would|should|must|is\s+to|are\s+to|to)\s+be\s+\w+|will|shall|going\s+to|"
    r"upcoming|next|plans?\s+to|intends?\s+to|aims?\s+to|"
    r"(?:is|are|was|were)\s+(?:scheduled|expected|due|set|planned|slated|to)|"
    r"scheduled|expected|due(?!\s+to\b)|planned|slated|deadline)\b",
    re.IGNORECASE,
)
# Tried only where one of those words starts.
_FUTURE_STARTS = StartGated(FUTURE_MARKERS)
# A preposition right before the date settles it: "by 3 May" is ahead, "since 3 May" behind.
FUTURE_PREPOSITION = re.compile(
    r"\b(?:by|until|till|before|not?\s+later\s+than|deadline\s+of)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
PAST_PREPOSITION = re.compile(r"\b(?:since|ago)\s+(?:on\s+)?$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# The last sentence end of a stretch: one greedy match, not a scan of every end.
_LAST_SENTENCE_END = re.compile(r"(?s:.*)(?:[.!?](?=\s)|\n)")
# How far from a date its tense markers are looked for: a marker further away speaks of
# something else, and a bounded look keeps a long run of dates linear.
TENSE_REACH = 300
REFERENCE_SCAN_CHARS = 50_000


@dataclass(frozen=True)
class DateRule:
    name: str
    pattern: re.Pattern[str]
    handler: Callable[[re.Match[str]], tuple[int, int, int, str] | None]
    confidence: float


def _full(match: re.Match[str]) -> tuple[int, int, int, str] | None:
    parsed = parse_candidate(match.group("d"))
    return (*parsed, "day") if parsed else None


def _month_year(match: re.Match[str]) -> tuple[int, int, int, str] | None:
    parsed = parse_candidate(match.group("d"))
    return (parsed[0], parsed[1], 1, "month") if parsed else None


def _year(match: re.Match[str]) -> tuple[int, int, int, str] | None:
    return int(match.group("d")), 1, 1, "year"


def _yearless(match: re.Match[str]) -> tuple[int, int, int, str] | None:
    parsed = parse_candidate(match.group("d"))
    # Year 0 marks "no year written": the caller infers it.
    return (0, parsed[1], parsed[2], "day") if parsed else None


def _range_start(match: re.Match[str]) -> tuple[int, int, int, str] | None:
    year = match.group("y") or ""
    parsed = parse_candidate(f"{match.group('d1')} {match.group('m')} {year}".strip())
    if parsed is None or parse_candidate(f"{match.group('d2')} {match.group('m')}") is None:
        return None
    return (parsed[0] if year else 0), parsed[1], parsed[2], "day"


def _month_alone(match: re.Match[str]) -> tuple[int, int, int, str] | None:
    return 0, month_number(match.group("d")), 1, "month"


# What joins the first and last day of a range: a dash, "and", "to", "&".
_DAY_RANGE_JOIN = r"(?:[–—-]|and|to|&)"


# A number that counts something is not a year: "an outlay of 1920 crore rupees", "of
# 2000 tonnes", "by 2030 homes".
_COUNTED = (
    r"\s*(?:%|per\s*cent|percent|crore|lakh|thousand|million|billion|trillion|bn\b|m\b"
    r"|rupees|dollars|euros|pounds|yen|won\b|yuan|francs|tonnes|tons\b|barrels|megawatts"
    r"|MW\b|GW\b|km\b|kilometres|hectares|people|persons|jobs|homes|houses|units|schools"
    r"|hospitals|beds|projects|children|families|households|workers|troops|soldiers)"
)


def _rule(name: str, pattern: str, handler: Callable, confidence: float) -> DateRule:
    return DateRule(name, re.compile(pattern), handler, confidence)


DATE_RULES: tuple[DateRule, ...] = (
    _rule("iso", r"\b(?P<d>(?:19|20)\d{2}-[01]\d-[0-3]\d)\b", _full, 0.95),
    _rule(
        "day_month_year", rf"\b{WEEKDAY}(?P<d>{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR})", _full, 0.95
    ),
    _rule("month_day_year", rf"\b{WEEKDAY}(?P<d>{MONTH}\s+{DAY},?\s+{YEAR})", _full, 0.95),
    # "15–19 September 2026", "3 and 4 February", "from 3 to 5 May", "24, 25 and 26 June":
    # a range or list of days, dated by its first day, its last kept too.
    _rule(
        "day_range",
        rf"\b(?P<d>(?P<d1>{DAY})(?:\s*,\s*{DAY}){{0,6}}\s*,?\s*{_DAY_RANGE_JOIN}\s*(?P<d2>{DAY})\s+"
        rf"(?P<m>{MONTH})"
        rf"(?:,?\s+(?P<y>{YEAR}))?)",
        _range_start,
        0.9,
    ),
    # The same in the American order: "September 15-19, 2026", "Sept. 8–10".
    _rule(
        "month_day_range",
        rf"\b(?P<d>(?P<m>{MONTH})\s+(?P<d1>{DAY})(?:\s*,\s*{DAY}(?![\d:])){{0,6}}\s*,?\s*"
        rf"{_DAY_RANGE_JOIN}\s*(?P<d2>{DAY})(?![\d:])"
        rf"(?:,?\s+(?P<y>{YEAR}))?)",
        _range_start,
        0.9,
    ),
    _rule("numeric_day_first", r"\b(?P<d>[0-3]?\d[./][01]?\d[./](?:19|20)\d{2})\b", _full, 0.8),
    _rule("month_year", rf"\b(?P<d>{MONTH}\s+{YEAR})", _month_year, 0.9),
    _rule(
        "year_after_preposition",
        # A sentence may start with it: "In 2026 the plan…", "By 2030, …".
        rf"\b(?:[Ii]n|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Tt]hrough|[Ss]ince|[Bb]efore|[Aa]fter|[Dd]uring|of)"
        rf"\s+(?P<d>{YEAR})\b(?!{_COUNTED})",
        _year,
        0.7,
    ),
    _rule("day_month", rf"\b{WEEKDAY}(?P<d>{DAY}\s+(?:of\s+)?{MONTH})", _yearless, 0.8),
    _rule("month_day", rf"\b{WEEKDAY}(?P<d>{MONTH}\s+{DAY})(?![\d:])\b", _yearless, 0.8),
    # "in April", "since early March": a month alone, its year told by the tense.
    _rule(
        "month_alone",
        rf"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Tt]hrough|of)"
        rf"\s+(?:(?:early|mid|late)[\s-]+)?(?P<d>{MONTH})(?!\s*\d|\s+of\s+\d)",
        _month_alone,
        0.6,
    ),
)
# Only these rules can match a sentence with no digit in it.
_NO_DIGIT_RULES = ("month_alone",)
_MONTH_WORD = re.compile(MONTH)
# Each rule with its row in the table (the earlier row wins a tie), numbered once.
_RULES_IN_ORDER = tuple(enumerate(DATE_RULES))
_NO_DIGIT_RULES_IN_ORDER = tuple((o, r) for o, r in _RULES_IN_ORDER if r.name in _NO_DIGIT_RULES)


def find_dates(
    text: str, *, reference: dt.date, start: int = 0, end: int | None = None
) -> list[FoundDate]:
    """Explicit dates in text[start:end]; spans are offsets into the whole text."""
    end = len(text) if end is None else end
    candidates: list[tuple[int, int, int, DateRule, re.Match[str]]] = []
    for s_start, s_end in sentence_spans(text, start, end):
        # Every date rule but a month alone needs a digit: most sentences are skipped at C
        # speed.
        rules = _RULES_IN_ORDER
        if not _DIGIT.search(text, s_start, s_end):
            if not _MONTH_WORD.search(text, s_start, s_end):
                continue
            rules = _NO_DIGIT_RULES_IN_ORDER
        for order, rule in rules:
            for match in rule.pattern.finditer(text, s_start, s_end):
                candidates.append((match.start("d"), match.end("d"), order, rule, match))
    found: list[FoundDate] = []
    claims = SpanClaims(start, end)
    # Longest match wins, then the earlier row of the table.
    for d_start, d_end, _order, rule, match in sorted(
        candidates, key=lambda c: (c[0] - c[1], c[2], c[0])
    ):
        if not claims.free(d_start, d_end):
            continue
        parsed = rule.handler(match)
        if parsed is None:
            continue
        claims.claim(d_start, d_end)
        year, month, day, precision = parsed
        span = Span(d_start, d_end, text[d_start:d_end])
        if year == 0:
            future = sentence_tense(text, d_start, d_end)
            if precision == "month":
                value = resolve_month(month, reference=reference, future=future)
            else:
                value = resolve_yearless(month, day, reference=reference, future=future)
            found.append(FoundDate(value, precision, span, True, _range_end(rule, match, value)))
        else:
            value = dt.date(year, month, day)
            found.append(FoundDate(value, precision, span, last=_range_end(rule, match, value)))
    return sorted(found, key=lambda f: f.span.start)


def _range_end(rule: DateRule, match: re.Match[str], first: dt.date) -> dt.date | None:
    """The last day of a range of days, in the month and year of its first."""
    if rule.name not in ("day_range", "month_day_range"):
        return None
    try:
        last = first.replace(day=int(re.sub(r"\D", "", match.group("d2"))))
    except ValueError:
        return None
    return last if last >= first else None


def sentence_tense(text: str, start: int, end: int) -> bool | None:
    """True: the sentence around text[start:end] speaks of the future; False: the past.

    The marker nearest to the date decides, so "signed on 3 May, will apply from 1 June"
    reads 3 May as past and 1 June as future. None when no marker is found.
    """
    left, right = _sentence_around(text, start, end)
    before = text[max(left, start - 30) : start]
    if FUTURE_PREPOSITION.search(before):
        return True
    if PAST_PREPOSITION.search(before):
        return False
    future_spans = [(m.start(), m.end()) for m in _FUTURE_STARTS.finditer(text, left, right)]
    past_spans = [
        (m.start(), m.end())
        for m in PAST_MARKERS.finditer(text, left, right)
        if not any(f_start <= m.start() and m.end() <= f_end for f_start, f_end in future_spans)
    ]
    best: tuple[int, bool] | None = None
    for spans, future in ((future_spans, True), (past_spans, False)):
        for m_start, m_end in spans:
            if m_start < end and m_end > start:
                continue
            distance = start - m_end if m_end <= start else m_start - end
            # A marker after the date counts a little less than one before it.
            distance = distance if m_end <= start else distance + 5
            if best is None or distance < best[0]:
                best = (distance, future)
    return None if best is None else best[1]


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around text[start:end], looked for at most TENSE_REACH
    characters away: the cost of one date never depends on what precedes it."""
    floor = max(0, start - TENSE_REACH)
    ends_before = _LAST_SENTENCE_END.match(text, floor, start)
    left = ends_before.end() if ends_before else floor
    right_match = _SENTENCE_END.search(text, end, end + TENSE_REACH)
    right = right_match.start() if right_match else min(len(text), end + TENSE_REACH)
    return left, right


def choose_reference_date(
    *, published: dt.date | None, text: str, today: dt.date
) -> tuple[dt.date, list[str]]:
    """The date that relative phrases are read against, with warnings about how it was chosen.

    The published date if known; else the latest day-precise date written in the text's
    first REFERENCE_SCAN_CHARS characters that
    is not after today nor in a sentence about the future (a yearless one at its latest occurrence not after today), or failing
    that the first day of the latest month written ("in March 2025"); else today.
    """
    if published is not None:
        return published, []
    latest: FoundDate | None = None
    # A text is dated near its head; reading a megabyte of dates for it would only cost time.
    for found in find_dates(text, reference=today, end=min(len(text), REFERENCE_SCAN_CHARS)):
        # A date the text puts ahead ("will apply from 1 January") came after the writing.
        if found.precision == "year" or sentence_tense(text, found.span.start, found.span.end):
            continue
        value = found.value
        if found.year_inferred:
            value = resolve_yearless(value.month, value.day, reference=today, future=False)
            found = FoundDate(value, found.precision, found.span, year_inferred=True)
        if value > today:
            continue
        # A day beats a month: "in March 2025" is read as 1 March only when no day is written.
        rank = (found.precision == "day", value)
        if latest is None or rank > (latest.precision == "day", latest.value):
            latest = found
    if latest is None:
        return today, [
            f"no date in the document: relative dates were read against today, {today.isoformat()}"
        ]
    warnings = [
        f"no publication date: relative dates were read against {latest.value.isoformat()}, "
        f"the latest date in the text ({latest.span.quote!r})"
    ]
    if latest.year_inferred:
        warnings.append(
            f"the year of {latest.span.quote!r} is not written: took {latest.value.year}, "
            "its latest occurrence not after today"
        )
    return latest.value, warnings
