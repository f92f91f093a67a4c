"""Vague deadlines ("in the coming months", "by Q3 2026") read as windows [earliest, latest].

Each rule is a row (name, compiled regex, handler, confidence); DueWindow.rule names the
row, so a curator sees why a deadline was read as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dateutil.relativedelta import relativedelta

from initiatives.pipeline.dates_patterns import (
    DAY,
    MONTH,
    NUMBER,
    ORDINAL,
    UNIT,
    WEEKDAY,
    YEAR,
    add_units,
    date_bounds,
    month_end,
    number_value,
    offset_days,
    ordinal_value,
    quarter_bounds,
)
from initiatives.pipeline.types import DueWindow, Span

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
}
BY_PART_LAST_MONTH: dict[str, int] = {"mid": 6, "middle": 6}
ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
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

YEAR_REF = rf"(?:{YEAR}|(?:(?:this|the|current|next)\s+)?year)"
DATE_ANY = (
    rf"(?:{WEEKDAY}{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"
    rf"|{WEEKDAY}{MONTH}\s+{DAY}(?![\d:])(?:,?\s+{YEAR})?"
    rf"|{MONTH}(?:\s+{YEAR})?"
    r"|(?:19|20)\d{2}-[01]\d-[0-3]\d|[0-3]?\d[./][01]?\d[./](?:19|20)\d{2})"
)
DATE_OR_YEAR = rf"(?:{DATE_ANY}|{YEAR})"
EVENT = (
    r"(?:(?:the|its|their|this|that)\s+)?(?:date\s+of\s+(?:the\s+|its\s+)?)?"
    r"(?:entry\s+into\s+force|publication(?:\s+in\s+the\s+Official\s+Journal"
    r"(?:\s+of\s+the\s+(?:European\s+Union|EU))?)?|adoption|signature|signing|ratification|"
    r"notification|approval|application|(?:it|the\s+\w+)\s+(?:enters|entered)\s+into\s+force)"
)
_ADJECTIVE_NOUNS = r"(?:reports?|reviews?|meetings?|updates?|data|figures|budgets?|summits?)"

# After a full stop followed by a capital, or at a blank line: "Nov. 25" does not break.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘(])|\n\s*\n|\n(?=[-*•]\s)")

Handler = Callable[[re.Match[str], dt.date], dict[str, Any] | None]


@dataclass(frozen=True)
class DueRule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    confidence: float
    # Cheap gate: each group needs one of its words in the (lowercased) text, or the
    # regex is not run at all. Scanning 5 KB with every regex would cost milliseconds.
    needs: tuple[tuple[str, ...], ...] = ()
    gates: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        gates = tuple(re.compile("|".join(map(re.escape, group))) for group in self.needs)
        object.__setattr__(self, "gates", gates)

    def may_match(self, lowered: str) -> bool:
        return all(gate.search(lowered) for gate in self.gates)


def _year_ref(token: str, reference: dt.date) -> int:
    token = token.lower()
    if token[:2] in ("19", "20"):
        return int(token[:4])
    return reference.year + 1 if "next" in token else reference.year


def _window(earliest: dt.date | None, latest: dt.date | None, **extra: Any) -> dict[str, Any]:
    return {"earliest": earliest, "latest": latest, **extra}


def _is_by(match: re.Match[str]) -> bool:
    word = (match.groupdict().get("by") or "").lower()
    return word in ("by", "before", "until", "no later than", "not later than")


# --- Handlers ------------------------------------------------------------------------
def _coming(unit: str) -> Handler:
    def handler(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
        span = COMING_WINDOWS[unit]
        return _window(ref, ref + span if span is not None else None)

    return handler


def _fixed(span: relativedelta) -> Handler:
    return lambda match, ref: _window(ref, ref + span)


def _relative_to_event(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    count, unit = number_value(match.group("n")), match.group("u")
    words = " ".join(match.group("e").lower().split())
    event = next(name for key, name in EVENTS if key in words)
    return _window(None, None, anchor_event=event, offset_days=offset_days(count, unit))


def _day_after_event(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    words = " ".join(match.group("e").lower().split())
    event = next(name for key, name in EVENTS if key in words)
    return _window(None, None, anchor_event=event, offset_days=ordinal_value(match.group("o")))


def _within(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    count = number_value(match.group("n"))
    return _window(ref, add_units(ref, count, match.group("u")))


def _next_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    year = ref.year + 1
    first = ref if _is_by(match) else dt.date(year, 1, 1)
    return _window(first, dt.date(year, 12, 31))


def _this_month(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    return _window(ref, month_end(ref.year, ref.month))


def _season(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    season = match.group("p").lower()
    first_month, last_month = YEAR_PARTS[season]
    year = ref.year if month_end(ref.year, last_month) >= ref else ref.year + 1
    if (match.group("which") or match.group("which2") or "").lower() == "next":
        year = max(year, ref.year + 1)
    if _is_by(match):
        return _window(ref, month_end(year, last_month), rule="by_season")
    return _window(dt.date(year, first_month, 1), month_end(year, last_month))


def _this_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    return _window(ref, dt.date(ref.year, 12, 31))


def _next_month(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    first = (ref + relativedelta(months=1)).replace(day=1)
    return _window(first, month_end(first.year, first.month))


def _part_of_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    part = match.group("p").lower().split()[0]
    year = _year_ref(match.group("y"), ref)
    first_month, last_month = YEAR_PARTS[part]
    first, last = dt.date(year, first_month, 1), month_end(year, last_month)
    if _is_by(match):
        last_month = BY_PART_LAST_MONTH.get(part, last_month)
        return _window(ref, month_end(year, last_month), rule="by_part_of_year", confidence=0.8)
    if (match.group("by") or "").lower() == "from":
        return _window(first, None)
    return _window(first, last)


def _end_of_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    written = match.group("y").lower()
    if written == "decade":
        return _window(ref, dt.date(ref.year // 10 * 10 + 10, 12, 31))
    return _window(ref, dt.date(_year_ref(written, ref), 12, 31))


def _end_of_month(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    if match.group("rel"):
        month_start = ref.replace(day=1)
        if match.group("rel").lower() == "next":
            month_start += relativedelta(months=1)
        return _window(ref, month_end(month_start.year, month_start.month))
    bounds = date_bounds(
        f"{match.group('m')} {match.group('y') or ''}".strip(), reference=ref, future=True
    )
    return _window(ref, bounds[1]) if bounds else None


def _quarter(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    quarter = int(match.group("q")) if match.group("q") else ORDINALS[match.group("qw").lower()]
    if match.group("y"):
        year = _year_ref(match.group("y"), ref)
    else:
        year = ref.year + (quarter_bounds(ref.year, quarter)[1] < ref)
    first, last = quarter_bounds(year, quarter)
    if _is_by(match) or match.group("end"):
        return _window(ref, last, rule="by_quarter")
    if (match.group("by") or "").lower() == "from":
        return _window(first, None)
    return _window(first, last)


def _half(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    half = int(match.group("h")) if match.group("h") else ORDINALS[match.group("hw").lower()]
    year = _year_ref(match.group("y1") or match.group("y2"), ref)
    first = dt.date(year, 1 if half == 1 else 7, 1)
    last = month_end(year, 6 if half == 1 else 12)
    if _is_by(match):
        return _window(ref, last, rule="by_half")
    return _window(first, last)


def _by_year(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    year = int(match.group("y"))
    if match.group("by").lower() == "before":
        year -= 1
    return _window(ref, dt.date(year, 12, 31))


def _by_date(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    bounds = date_bounds(match.group("d"), reference=ref, future=True)
    if bounds is None:
        return None
    if match.group("by").lower() == "before":
        return _window(ref, bounds[0] - dt.timedelta(days=1))
    return _window(ref, bounds[1])


def _until(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    bounds = date_bounds(match.group("d"), reference=ref, future=True)
    return _window(ref, bounds[1]) if bounds else None


def _period(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    end_token = match.group("b")
    if len(end_token) == 2:  # "2028-34"
        end_token = match.group("a")[:2] + end_token
    start = date_bounds(match.group("a"), reference=ref, future=None)
    end = date_bounds(end_token, reference=ref, future=None)
    if start is None or end is None or end[1] < start[0]:
        return None
    return _window(start[0], end[1])


def _in_period(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    bounds = date_bounds(match.group("d"), reference=ref, future=None)
    return _window(*bounds) if bounds else None


def _recurrence(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    start = None
    if match.group("s"):
        bounds = date_bounds(match.group("s"), reference=ref, future=True)
        start = bounds[0] if bounds else None
    return _window(start, None, recurrence=" ".join(match.group("r").lower().split()))


def _rule(
    name: str, pattern: str, handler: Handler, confidence: float, *needs: tuple[str, ...]
) -> DueRule:
    return DueRule(name, re.compile(pattern, re.IGNORECASE), handler, confidence, needs)


_EVENT_WORDS = ("force", "adoption", "publication", "sign", "ratification", "notification")
_EVENT_WORDS += ("approval", "application")
_UNIT_WORDS = ("day", "week", "month", "year", "quarter")
_DIGITS = ("19", "20")


BY = r"(?:(?P<by>by|before|until|in|during|from|for|within|no\s+later\s+than)\s+)?"
DUE_RULES: tuple[DueRule, ...] = (
    _rule(
        "relative_to_event",
        rf"\b(?:(?:within|no\s+later\s+than|up\s+to)\s+)?(?P<n>{NUMBER}|an?)\s+(?P<u>{UNIT})\s+"
        rf"(?:from|after|of|following)\s+(?P<e>{EVENT})",
        _relative_to_event,
        0.6,
        _EVENT_WORDS,
        _UNIT_WORDS,
    ),
    _rule(
        "relative_to_event",
        rf"\b(?:on\s+)?the\s+(?P<o>{ORDINAL})\s+day\s+(?:following|after)\s+(?P<e>{EVENT})",
        _day_after_event,
        0.6,
        _EVENT_WORDS,
        ("day",),
    ),
    _rule(
        "within_n_units",
        rf"\b(?:within|in|over|during)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
        rf"(?P<n>{NUMBER}|an?)\s+(?P<u>{UNIT})(?:['’]?\s+time)?\b",
        _within,
        0.7,
        _UNIT_WORDS,
    ),
    *(
        _rule(
            f"coming_{unit}",
            rf"\b(?:(?:in|over|during|within)\s+the\s+(?:coming|next|next\s+few|following|"
            rf"upcoming)\s+{unit}|(?:in|over)\s+the\s+{unit}\s+(?:ahead|to\s+come))\b",
            _coming(unit),
            0.3 if COMING_WINDOWS[unit] is None else 0.5,
            (unit,),
            ("coming", "next", "following", "upcoming", "ahead", "to come"),
        )
        for unit in COMING_WINDOWS
    ),
    _rule(
        "soon",
        r"(?<!as\s)\b(?:soon|shortly|in\s+the\s+near\s+future|in\s+due\s+course|before\s+long)"
        r"\b(?!\s+(?:as|after|before|thereafter)\b)",
        _fixed(SOON_WINDOW),
        0.3,
        ("soon", "shortly", "near future", "due course", "before long"),
    ),
    _rule(
        "immediately",
        r"\b(?:immediately|without\s+(?:further\s+|undue\s+)?delay|as\s+soon\s+as\s+possible|"
        r"forthwith|with\s+immediate\s+effect)\b",
        _fixed(IMMEDIATE_WINDOW),
        0.5,
        ("immediate", "delay", "as possible", "forthwith"),
    ),
    _rule(
        "next_year",
        rf"\b{BY}(?:the\s+course\s+of\s+)?next\s+year\b",
        _next_year,
        0.7,
        ("next year",),
    ),
    _rule(
        "this_year",
        r"(?<!earlier\s)\b(?:later\s+)?(?:in\s+)?this\s+year\b",
        _this_year,
        0.6,
        ("this year",),
    ),
    _rule("next_month", r"\b(?:in\s+|by\s+)?next\s+month\b", _next_month, 0.7, ("next month",)),
    _rule(
        "this_month",
        r"\b(?:later\s+|by\s+the\s+end\s+of\s+|before\s+the\s+end\s+of\s+)?this\s+month\b",
        _this_month,
        0.7,
        ("this month",),
    ),
    _rule(
        "season",
        r"\b(?:(?P<by>by|before|until|in|during)\s+(?:(?P<which>the|this|next)\s+)?"
        r"|(?P<which2>the|this|next)\s+)(?P<p>spring|summer|autumn|fall)\b(?!\s+of\b)",
        _season,
        0.6,
        ("spring", "summer", "autumn", "fall"),
    ),
    _rule(
        "part_of_year",
        rf"\b{BY}(?:the\s+)?(?P<p>early|mid|late|(?:beginning|start|middle)\s+of|spring|summer|"
        rf"autumn|fall)(?:\s+of)?[\s-]*(?:the\s+)?(?P<y>{YEAR_REF})\b",
        _part_of_year,
        0.7,
        ("early", "mid", "late", "beginning", "start", "spring", "summer", "autumn", "fall"),
    ),
    _rule(
        "by_end_of_year",
        rf"\b(?:(?:by|before|until|at|towards?|to)\s+)?(?:the\s+)?end(?:\s+of\s+|-|\s+)"
        rf"(?:the\s+)?(?P<y>{YEAR}|(?:this\s+|current\s+|next\s+)?year|decade)\b",
        _end_of_year,
        0.8,
        ("end",),
    ),
    _rule(
        "by_end_of_month",
        rf"\b(?:(?:by|before|until|at|towards?)\s+)?(?:the\s+)?end(?:\s+of|-)\s*"
        rf"(?:(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?|(?P<rel>this|next|the)\s+month)",
        _end_of_month,
        0.8,
        ("end",),
    ),
    _rule(
        "quarter",
        rf"\b{BY}(?:the\s+)?(?P<end>end\s+of\s+(?:the\s+)?)?(?:Q(?P<q>[1-4])|"
        rf"(?P<qw>first|second|third|fourth|last|final)\s+quarter)"
        rf"(?:(?:\s+of)?(?:\s+|[/-])(?P<y>{YEAR_REF}))?\b",
        _quarter,
        0.8,
        ("quarter", "q1", "q2", "q3", "q4"),
    ),
    _rule(
        "half_year",
        rf"\b{BY}(?:the\s+)?(?:H(?P<h>[12])[\s/-]*(?P<y1>{YEAR})|"
        rf"(?P<hw>first|second)\s+half\s+of\s+(?:the\s+)?(?P<y2>{YEAR_REF}))\b",
        _half,
        0.8,
        ("half", "h1", "h2"),
    ),
    _rule(
        "by_year",
        rf"\b(?P<by>by|before|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+year\s+)?"
        rf"(?P<y>{YEAR})\b",
        _by_year,
        0.8,
        _DIGITS,
    ),
    _rule(
        "by_date",
        rf"\b(?P<by>by|before|no\s+later\s+than|not\s+later\s+than|at\s+the\s+latest\s+by|"
        rf"deadline\s+of)\s+(?P<d>{DATE_ANY})",
        _by_date,
        0.9,
        ("by", "before", "later than", "deadline"),
    ),
    _rule(
        "until",
        rf"\b(?:until|till|through|up\s+to)\s+(?P<d>{DATE_OR_YEAR})",
        _until,
        0.9,
        ("until", "till", "through", "up to"),
    ),
    _rule(
        "period",
        rf"\b(?:from\s+(?P<a>{DATE_OR_YEAR})\s+(?:to|until|till|through)|between\s+"
        rf"(?P<a2>{DATE_OR_YEAR})\s+and)\s+(?P<b>{DATE_OR_YEAR})",
        lambda m, ref: _period(_PeriodMatch(m), ref),
        0.9,
        ("from", "between"),
    ),
    _rule(
        "period",
        rf"\b(?:for|over|during|in|covering)\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:period|years)\s+"
        rf"(?:of\s+|from\s+)?(?P<a>{YEAR})\s*[-–—/]\s*(?P<b>(?:19|20)\d{{2}}|\d{{2}})\b",
        _period,
        0.9,
        ("period", "years"),
        _DIGITS,
    ),
    _rule(
        "period",
        rf"\b(?:(?:for|over|during|in|covering|under)\s+)?the\s+(?P<a>{YEAR})\s*[-–—/]\s*"
        r"(?P<b>(?:19|20)\d{2}|\d{2})\s+(?:programming\s+)?(?:period|budget|MFF|"
        r"multiannual\s+financial\s+framework|long-term\s+budget)\b",
        _period,
        0.9,
        ("period", "budget", "mff", "framework"),
        _DIGITS,
    ),
    _rule("in_month", rf"\b(?:in|during)\s+(?P<d>{MONTH}\s+{YEAR})", _in_period, 0.9),
    _rule("in_year", rf"\b(?:in|during|throughout)\s+(?P<d>{YEAR})\b", _in_period, 0.7, _DIGITS),
    _rule(
        "recurrence",
        rf"\b(?P<r>(?:once|twice|three\s+times|four\s+times|{NUMBER}\s+times)\s+(?:a|per|each|"
        rf"every)\s+(?:year|month|quarter|week)|annually|yearly|biannually|biennially|"
        rf"(?:quarterly|monthly)(?!\s+{_ADJECTIVE_NOUNS}\b)|(?:every|each)\s+(?:{NUMBER}\s+)?"
        rf"(?:years?|months?|quarters?|weeks?|semesters?)\b|on\s+an?\s+(?:annual|yearly|quarterly|"
        rf"monthly)\s+basis)(?:\s+(?:from|starting(?:\s+(?:in|from|on))?|as\s+of|beginning"
        rf"(?:\s+in)?)\s+(?P<s>{DATE_OR_YEAR}))?",
        _recurrence,
        0.7,
        (
            "once",
            "twice",
            "times",
            "annual",
            "yearly",
            "bian",
            "bien",
            "quarterly",
            "monthly",
            "every",
            "each",
            "basis",
        ),
    ),
)


class _PeriodMatch:
    """A period match seen through one pair of names: "from A to B" or "between A and B"."""

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def group(self, name: str) -> str:
        if name == "a":
            return self._match.group("a") or self._match.group("a2")
        return self._match.group(name)


def find_due_windows(
    text: str, *, reference: dt.date, start: int = 0, end: int | None = None
) -> list[DueWindow]:
    """Every vague deadline in text[start:end]; spans are offsets into the whole text.

    The longest match wins (then the earlier row); matches never overlap.
    """
    end = len(text) if end is None else end
    candidates: list[tuple[int, int, int, DueRule, re.Match[str]]] = []
    for s_start, s_end in sentence_spans(text, start, end):
        lowered = text[s_start:s_end].lower()
        for order, rule in enumerate(DUE_RULES):
            if not rule.may_match(lowered):
                continue
            for match in rule.pattern.finditer(text, s_start, s_end):
                candidates.append((match.start(), match.end(), order, rule, match))
    windows: list[DueWindow] = []
    taken: list[tuple[int, int]] = []
    for m_start, m_end, _order, rule, match in sorted(
        candidates, key=lambda c: (c[0] - c[1], c[2], c[0])
    ):
        if any(m_start < t_end and t_start < m_end for t_start, t_end in taken):
            continue
        fields = rule.handler(match, reference)
        if fields is None:
            continue
        taken.append((m_start, m_end))
        fields.setdefault("rule", rule.name)
        fields.setdefault("confidence", rule.confidence)
        quote = text[m_start:m_end]
        windows.append(DueWindow(text=quote, span=Span(m_start, m_end, quote), **fields))
    return sorted(windows, key=lambda w: w.span.start if w.span else 0)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans: a deadline phrase never crosses a sentence end, so each rule runs
    only on the sentences that hold its gate words."""
    spans: list[tuple[int, int]] = []
    for boundary in _SENTENCE_BREAK.finditer(text, start, end):
        if boundary.start() > start:
            spans.append((start, boundary.start()))
        start = boundary.end()
    if start < end:
        spans.append((start, end))
    return spans


def parse_due(phrase: str, *, reference: dt.date) -> DueWindow | None:
    """The window of one phrase: its longest deadline match, or None."""
    windows = find_due_windows(phrase, reference=reference)
    if not windows:
        return None
    return max(windows, key=lambda w: len(w.text))
