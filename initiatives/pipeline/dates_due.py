"""Vague deadlines ("in the coming months", "by Q3 2026") read as windows [earliest, latest].

Each rule is a row (name, compiled regex, handler, confidence); DueWindow.rule names the
row, so a curator sees why a deadline was read as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from dateutil.relativedelta import relativedelta

from initiatives.pipeline import dates_due_calendar as calendar
from initiatives.pipeline import dates_due_elsewhere as elsewhere
from initiatives.pipeline import dates_due_weeks as weeks
from initiatives.pipeline import dates_due_windows as windows
from initiatives.pipeline.dates_due_windows import COMING_WINDOWS, Handler
from initiatives.pipeline.dates_patterns import (
    DAY,
    MONTH,
    NUMBER,
    ORDINAL,
    UNIT,
    WEEKDAY,
    WEEKDAY_NAME,
    YEAR,
    SpanClaims,
)
from initiatives.pipeline.types import DueWindow, Span

YEAR_REF = rf"(?:{YEAR}|(?:(?:this|the|current|next)\s+)?year)"
DATE_ANY = (
    rf"(?:{WEEKDAY}{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"
    rf"|{WEEKDAY}{MONTH}\s+{DAY}(?![\d:])(?:,?\s+{YEAR})?"
    rf"|{MONTH}(?:\s+{YEAR})?"
    r"|(?:19|20)\d{2}-[01]\d-[0-3]\d|[0-3]?\d[./][01]?\d[./](?:19|20)\d{2})"
)
DATE_OR_YEAR = rf"(?:{DATE_ANY}|{YEAR})"
EVENT = (
    # "the agreement's entry into force": an owner's name may stand before the event.
    r"(?:(?:the|its|their|this|that)\s+(?:[\w-]+['’]s?\s+)?)?(?:date\s+of\s+(?:the\s+|its\s+)?)?"
    r"(?:entry\s+into\s+force|publication(?:\s+in\s+the\s+Official\s+Journal"
    r"(?:\s+of\s+the\s+(?:European\s+Union|EU))?)?|adoption|signature|signing|ratification|"
    r"notification|approval|application|(?:it|the\s+\w+)\s+(?:enters|entered)\s+into\s+force)"
)
# "2026-27" is a fiscal year, not the year 2026.
_NOT_SPLIT = r"(?!\s*[-–]\s*\d{2}(?!\d))"
_ADJECTIVE_NOUNS = (
    r"(?:reports?|reviews?|meetings?|updates?|data|figures|budgets?|summits?|"
    # what is measured or paid by the month or quarter: "double monthly output", "provide
    # monthly food assistance", "submit quarterly progress reports"
    r"output|production|sales|exports|imports|revenues?|income|earnings|rents?|fees?|wages?|"
    r"salar(?:y|ies)|payments?|instalments?|installments?|allowances?|stipends?|pensions?|"
    r"food|rations|assistance|average|volumes?|limits?|caps?|quotas?|targets?|progress|"
    r"statistics|returns|bulletins?|newsletters?|bills?|charges?|premiums?|subscriptions?)"
)

# After a full stop followed by a capital, or at a blank line: "Nov. 25" does not break.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘(])|\n\s*\n|\n(?=[-*•]\s)")


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
        # A plain loop: asked for every rule in every sentence, a generator's setup costs
        # as much as the search.
        for gate in self.gates:  # noqa: SIM110
            if gate.search(lowered) is None:
                return False
        return True


class _Renamed:
    """A match whose named groups fall back on other names: one handler serves two
    wordings of the same phrase ("the coming month", "the month ahead")."""

    def __init__(self, match: re.Match[str], **fallbacks: str) -> None:
        self._match = match
        self._fallbacks = fallbacks
        self.string = match.string

    def group(self, name: str) -> str | None:
        value = self._match.group(name)
        if value is None and name in self._fallbacks:
            return self._match.group(self._fallbacks[name])
        return value

    def groupdict(self) -> dict[str, str | None]:
        return self._match.groupdict()

    def start(self) -> int:
        return self._match.start()


def _rule(
    name: str, pattern: str, handler: Handler, confidence: float, *needs: tuple[str, ...]
) -> DueRule:
    return DueRule(name, re.compile(pattern, re.IGNORECASE), handler, confidence, needs)


_EVENT_WORDS = ("force", "adoption", "publication", "sign", "ratification", "notification")
_EVENT_WORDS += ("approval", "application")
_UNIT_WORDS = ("day", "week", "month", "year", "quarter")
_DIGITS = ("19", "20")


BY = (
    r"(?:(?P<by>by|before|until|in|during|from|for|within|not?\s+later\s+than|"
    r"starting(?:\s+(?:in|from))?|beginning(?:\s+in)?|as\s+of|with\s+effect\s+from)\s+)?"
)
_UNIT_ONE = r"(?:day|week|month|quarter|year)"
_SEASON_NOUNS = r"(?:season|school\s+year|academic\s+year|marketing\s+year|harvest|campaign)"
_POSTPONED = r"(?:delayed|postponed|deferred|pushed\s+back|put\s+off|rescheduled|extended)"
_DURATION_NOUNS = (
    r"(?:pilot|trial|programme|program|period|project|scheme|phase|moratorium|extension|"
    r"plan|strategy|initiative|mandate|contract|agreement|partnership|roadmap|review)"
)


def _multi_year_period(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """ "the 2021-2027 budget" spans its years; "The 2026-27 Budget" is one financial
    year, left to the fiscal rules (read in the publishing government's own year)."""
    first, last = match.group("a"), match.group("b")
    if len(last) == 2 and first[-2:].isdigit() and int(last) == (int(first[-2:]) + 1) % 100:
        return None
    return windows.period(match, ref)


DUE_RULES: tuple[DueRule, ...] = (
    _rule(
        elsewhere.CLOSING_RULE,
        rf"\b(?:(?:within|not?\s+later\s+than|up\s+to)\s+)?(?P<n>{NUMBER}|an?)\s+(?P<u>{UNIT})\s+"
        rf"(?:of|after|from|following)\s+(?:the\s+(?:close|closing|end)\s+of\s+(?:the\s+)?"
        rf"(?P<thing>{elsewhere.CLOSING_THING})|the\s+(?P<thing2>{elsewhere.CLOSING_THING})\s+"
        r"(?:closing|closes|has\s+closed|ending|ends))\b",
        elsewhere.relative_to_closing,
        0.6,
        ("clos", "end"),
        _UNIT_WORDS,
    ),
    _rule(
        "relative_to_event",
        rf"\b(?:(?:within|not?\s+later\s+than|up\s+to)\s+)?(?P<n>{NUMBER}|an?)\s+(?P<u>{UNIT})\s+"
        rf"(?:from|after|of|following)\s+(?P<e>{EVENT})",
        elsewhere.relative_to_event,
        0.6,
        _EVENT_WORDS,
        _UNIT_WORDS,
    ),
    _rule(
        elsewhere.NOUN_EVENT_RULE,
        rf"\b(?:(?:within|not?\s+later\s+than|up\s+to)\s+)?(?P<n>{NUMBER}|an?)\s+"
        rf"(?P<u>{UNIT}|hours?)\s+(?:of|after|following|from)\s+(?:the|its|their)\s+"
        rf"(?:[\w-]+\s+)?(?P<noun>[a-z]+)\s+{elsewhere.NOUN_EVENT}\b",
        elsewhere.relative_to_noun_event,
        0.6,
        ("effect", "into force", "starting", "beginning", "opening", "closing", "ending", "live"),
    ),
    _rule(
        elsewhere.UNDATED_EVENT_RULE,
        # "within two weeks of the determination", "one year after enactment"; a bare
        # "three years of negotiation" is how long something took, not a deadline.
        rf"\b(?:(?:within|not?\s+later\s+than|up\s+to)\s+"
        rf"(?P<n>{NUMBER}|an?)\s+(?P<u>{UNIT})\s+(?:of|after|following)|"
        rf"(?P<n2>{NUMBER}|an?)\s+(?P<u2>{UNIT})\s+(?:after|following))\s+"
        rf"(?P<e>{elsewhere.UNDATED_EVENT})",
        lambda m, ref: elsewhere.relative_to_undated_event(_Renamed(m, n="n2", u="u2"), ref),
        0.5,
        ("of", "after", "following"),
        _UNIT_WORDS,
    ),
    _rule(
        "relative_to_event",
        rf"\b(?:on\s+)?the\s+(?P<o>{ORDINAL})\s+day\s+(?:following|after)\s+(?P<e>{EVENT})",
        windows.day_after_event,
        0.6,
        _EVENT_WORDS,
        ("day",),
    ),
    _rule(
        "within_n_units",
        rf"\b(?:(?:(?:within|in|over|during|across)\s+(?:the\s+|a\s+(?:period|span)\s+of\s+)?|"
        rf"(?:for|covering|cover)\s+the\s+"
        rf"(?=next|coming|following))(?:next\s+|coming\s+|following\s+)?"
        # "within your first 100 days", "in its first year": a term counted from R
        rf"(?:(?<=\s)(?:your|our|its|their|his|her)\s+first\s+)?"
        rf"(?P<n>{NUMBER}|an?)(?:\s*(?:to|-|–|or)\s*(?P<n2>{NUMBER}))?\s+"
        # "for the next three school years": a year of another calendar is still a year
        rf"(?:(?:school|academic|calendar|financial|fiscal|budget)\s+(?=years?\b))?(?P<u>{UNIT})"
        rf"(?:['’]?\s+time)?|(?P<n3>{NUMBER}|an?)\s+(?P<u3>{UNIT})\s+from\s+now)\b"
        # "in the next 4 years (2026-2029)": the years in brackets say it exactly.
        rf"(?:\s*\(\s*(?P<ya>{YEAR})\s*[-–]\s*(?P<yb>(?:19|20)\d{{2}})\s*\))?",
        windows.within,
        0.7,
        _UNIT_WORDS,
    ),
    *(
        _rule(
            f"coming_{unit}",
            rf"\b(?:(?:in|over|during|within)\s+the\s+(?:coming|next|next\s+few|following|"
            rf"upcoming)\s+{unit}|(?:in|over)\s+the\s+{unit}\s+(?:ahead|to\s+come))\b",
            windows.coming(unit),
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
        windows.fixed(windows.SOON_WINDOW),
        0.3,
        ("soon", "shortly", "near future", "due course", "before long"),
    ),
    _rule(
        "immediately",
        r"\b(?:immediately|without\s+(?:further\s+|undue\s+)?delay|as\s+soon\s+as\s+possible|"
        r"forthwith|with\s+immediate\s+effect)\b",
        windows.fixed(windows.IMMEDIATE_WINDOW),
        0.5,
        ("immediate", "delay", "as possible", "forthwith"),
    ),
    _rule(
        "next_year",
        rf"\b{BY}(?:the\s+course\s+of\s+)?next\s+year\b",
        windows.next_year,
        0.7,
        ("next year",),
    ),
    _rule(
        "this_year",
        r"(?<!earlier\s)\b(?:later\s+)?(?:in\s+)?this\s+year\b",
        windows.this_year,
        0.6,
        ("this year",),
    ),
    _rule(
        "next_month", r"\b(?:in\s+|by\s+)?next\s+month\b", windows.next_month, 0.7, ("next month",)
    ),
    _rule(
        "this_month",
        r"\b(?:later\s+|by\s+the\s+end\s+of\s+|before\s+the\s+end\s+of\s+)?this\s+month\b",
        windows.this_month,
        0.7,
        ("this month",),
    ),
    _rule(
        "season",
        r"\b(?:(?P<by>by|before|until|not?\s+later\s+than|in|during)\s+"
        r"(?:(?P<which>the|this|next)\s+)?"
        # "before the summer recess" is a parliament's break, not the season
        r"|(?P<which2>the|this|next)\s+)(?P<p>spring|summer|autumn|fall)\b(?!\s+of\b)"
        r"(?!\s+(?:recess|break|holidays?)\b)",
        windows.season,
        0.6,
        ("spring", "summer", "autumn", "fall"),
    ),
    _rule(
        "part_of_year",
        rf"\b{BY}(?:the\s+)?(?P<p>early|mid|late|(?:beginning|start|middle)\s+of|spring|summer|"
        # "in the kharif season of 2026": a named season of a year, with its noun
        rf"autumn|fall|kharif|zaid)(?:\s+(?:season|crop\s+season|sowing\s+season))?(?:\s+of)?"
        rf"[\s-]*(?:the\s+)?(?P<y>{YEAR_REF})\b",
        windows.part_of_year,
        0.7,
        (
            "early",
            "mid",
            "late",
            "beginning",
            "start",
            "spring",
            "summer",
            "autumn",
            "fall",
            "kharif",
            "zaid",
        ),
    ),
    _rule(
        "by_end_of_year",
        rf"\b(?:(?:by|before|until|at|towards?|to)\s+)?(?:the\s+)?end(?:\s+of\s+|-|\s+)"
        rf"(?:the\s+)?(?P<y>{YEAR}{_NOT_SPLIT}|(?:this\s+|current\s+|next\s+)?year|"
        rf"(?:this\s+|current\s+)?decade)\b",
        windows.end_of_year,
        0.8,
        ("end",),
    ),
    _rule(
        "by_end_of_month",
        rf"\b(?:(?P<by>by|before|until|at|towards?)\s+)?(?:the\s+)?end(?:\s+of|-)\s*"
        rf"(?:(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?|(?P<rel>this|next|the)\s+month)",
        windows.end_of_month,
        0.8,
        ("end",),
    ),
    _rule(
        # "in the second quarter of fiscal year 2026", "Q3 FY2027", "the first quarter of
        # the 2026-27 financial year": a quarter counted from the fiscal year's start
        # (dates_fiscal reads it again in the publishing government's year).
        "fiscal_quarter",
        rf"\b{BY}(?:the\s+)?(?P<end>end\s+of\s+(?:the\s+)?)?(?:Q(?P<q>[1-4])|"
        rf"(?P<qw>first|second|third|fourth|last|final)\s+quarter)(?:\s+of)?\s+(?:the\s+)?"
        r"(?:FY\s?|fiscal(?:\s+year)?\s+|financial\s+year\s+)?(?P<a>(?:19|20)\d{2})"
        r"(?:\s*[-–/]\s*(?P<b>(?:19|20)?\d{2}))?(?:\s+(?:financial|fiscal|budget)\s+year)?\b",
        windows.fiscal_quarter,
        0.7,
        ("quarter", "q1", "q2", "q3", "q4"),
    ),
    _rule(
        "quarter",
        rf"\b{BY}(?:the\s+)?(?P<end>end\s+of\s+(?:the\s+)?)?(?:Q(?P<q>[1-4])|"
        rf"(?P<qw>first|second|third|fourth|last|final)\s+quarter)"
        rf"(?:(?:\s+of)?(?:\s+|[/-])(?P<y>{YEAR_REF}))?\b",
        windows.quarter,
        0.8,
        ("quarter", "q1", "q2", "q3", "q4"),
    ),
    _rule(
        "half_year",
        rf"\b{BY}(?:the\s+)?(?:H(?P<h>[12])[\s/-]*(?P<y1>{YEAR})|"
        rf"(?P<hw>first|second)\s+half\s+of\s+(?:the\s+)?(?P<y2>{YEAR_REF}))\b",
        windows.half,
        0.8,
        ("half", "h1", "h2"),
    ),
    _rule(
        "by_year",
        rf"\b(?P<by>by|before|not?\s+later\s+than)\s+(?:the\s+year\s+)?"
        rf"(?P<y>{YEAR})\b{_NOT_SPLIT}",
        windows.by_year,
        0.8,
        _DIGITS,
    ),
    _rule(
        "by_date",
        rf"\b(?P<by>by|before|not?\s+later\s+than|at\s+the\s+latest\s+by|"
        rf"deadline\s+of)\s+(?P<d>{DATE_ANY})(?P<next>\s+next\s+year)?",
        windows.by_date,
        0.9,
        ("by", "before", "later than", "deadline"),
    ),
    _rule(
        "relative_to_event",
        rf"\b(?:within|not?\s+later\s+than|up\s+to)\s+(?P<n>{NUMBER}|an?)\s+(?P<u>{UNIT})\s+"
        r"(?:of|after|from|following)\s+the\s+date\s+(?P<e>(?:on\s+which|that|when|the|this|its)"
        r"\s[^,.;()]{3,60}?)(?=\s*[,.;()]|$)",
        windows.relative_to_date_of,
        0.5,
        ("date",),
        _UNIT_WORDS,
    ),
    _rule(
        "from_date",
        rf"\b(?P<by>from|as\s+of|starting(?:\s+(?:in|from|on))?|beginning(?:\s+(?:in|on))?|"
        rf"with\s+effect\s+from|not\s+before|no(?:t)?\s+earlier\s+than)\s+(?P<d>{DATE_OR_YEAR})(?!\s*(?:[-–]|to\b|until\b|till\b))",
        windows.from_date,
        0.7,
        ("from", "as of", "starting", "beginning", "effect", "not before", "earlier than"),
    ),
    _rule(
        "on_date",
        rf"\bon\s+(?P<d>{WEEKDAY}{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?|{WEEKDAY}{MONTH}\s+"
        rf"{DAY}(?![\d:])(?:,?\s+{YEAR})?)",
        windows.on_date,
        0.6,
        ("on",),
    ),
    _rule(
        "year_range",
        rf"(?<![\w/-])(?P<a>{YEAR})\s*[-–]\s*(?P<b>(?:19|20)\d{{2}})(?![\w/-])",
        windows.period,
        0.7,
        _DIGITS,
    ),
    _rule(
        "weekday",
        rf"\b(?P<by>by|before|until|not?\s+later\s+than|on)\s+(?:next\s+)?"
        rf"(?P<w>{WEEKDAY_NAME})\b(?!['’]s)",
        windows.weekday,
        0.5,
        ("day",),
    ),
    _rule(
        "until",
        # "upto 2022": South Asian English writes it as one word; "through to December",
        # "until at least March 2027" as British and Commonwealth English write the end
        rf"\b(?:until|till|through(?:\s+to)?|up\s?to)\s+(?:at\s+least\s+)?"
        rf"(?P<d>{DATE_OR_YEAR}){_NOT_SPLIT}",
        windows.until,
        0.9,
        ("until", "till", "through", "up to", "upto"),
    ),
    _rule(
        "period",
        rf"\b(?:(?:from|during)\s+(?P<a>{DATE_OR_YEAR})\s+(?:to|until|till|through(?:\s+to)?)|"
        rf"between\s+"
        rf"(?P<a2>{DATE_OR_YEAR})\s+and)\s+(?P<b>{DATE_OR_YEAR})",
        lambda m, ref: windows.period(windows.PeriodMatch(m), ref),
        0.9,
        ("from", "between", "during"),
    ),
    _rule(
        "period",
        rf"\b(?:(?:for|over|during|in|covering)\s+)?the\s+(?:[\w-]+\s+){{0,2}}?(?:period|years)\s+"
        rf"(?:of\s+|from\s+)?(?P<a>{YEAR})(?:\s*[-–—/]\s*|\s+to\s+)(?P<b>(?:19|20)\d{{2}}|\d{{2}})\b",
        windows.period,
        0.9,
        ("period", "years"),
        _DIGITS,
    ),
    _rule(
        "period",
        rf"\b(?:(?:for|over|during|in|covering|under)\s+)?the\s+(?P<a>{YEAR})\s*[-–—/]\s*"
        r"(?P<b>(?:19|20)\d{2}|\d{2})\s+(?:programming\s+)?(?:period|budget|MFF|"
        r"multiannual\s+financial\s+framework|long-term\s+budget)\b",
        _multi_year_period,
        0.9,
        ("period", "budget", "mff", "framework"),
        _DIGITS,
    ),
    _rule("in_month", rf"\b(?:in|during)\s+(?P<d>{MONTH}\s+{YEAR})", windows.in_period, 0.9),
    _rule(
        "in_month_no_year",
        rf"\b(?:in|during|throughout|by|before|until)\s+(?:(?:the\s+)?(?P<p>early|mid|late|the\s+middle\s+of|"
        rf"the\s+(?:beginning|start|end)\s+of)[\s-]+)?(?P<m>{MONTH})(?!\s*(?:\d|,\s*\d))",
        windows.month_without_year,
        0.6,
    ),
    _rule(
        # "in the November sitting of Parliament", "the October billing cycle": a month
        # naming a sitting, session or cycle is that month, as "in November" is.
        "month_named_sitting",
        rf"\b(?:(?P<by>in|at|during|by|before|until|for)\s+)?the\s+(?:(?P<p>early|mid|late)[\s-]+)?"
        rf"(?P<m>{MONTH})\s+(?:(?:parliamentary|legislative|council|plenary|budget|"
        r"billing)\s+)?(?:sittings?|session|plenary|billing\s+cycle|cycle|intake|round|"
        r"budget|term)\b",
        windows.month_without_year,
        0.6,
        ("sitting", "session", "plenary", "cycle", "intake", "round", "budget", "term"),
    ),
    _rule(
        # "in late November or early December 2023": two months, the year after the second
        "month_pair",
        rf"\b(?P<by>in|during|by|before|until|between)\s+(?:(?:the\s+)?(?P<p1>early|mid|late)"
        rf"[\s-]+)?(?P<m1>{MONTH})\s+(?:or|and|to|through)\s+(?:(?P<p2>early|mid|late)[\s-]+)?"
        rf"(?P<m2>{MONTH})(?!\s*\d{{1,2}}\b(?!\d))(?:,?\s+(?P<y>{YEAR}))?",
        windows.month_pair,
        0.7,
        (" or ", " and ", " to ", "through"),
    ),
    _rule(
        "month_event",
        rf"\b(?P<by>by|before|ahead\s+of|in\s+time\s+for)\s+(?:the|its|their)\s+"
        rf"(?P<d>{MONTH}\s+{YEAR})\s+(?!(?:and|or|to|through|until|when|as)\b)"
        r"[a-z][\w-]+\b",
        windows.month_event,
        0.7,
        ("by", "before", "ahead of", "in time for"),
        _DIGITS,
    ),
    _rule(
        "fortnight",
        r"\b(?:(?:in|over|during|within)\s+the\s+(?:coming|next|following|upcoming)\s+"
        r"fortnight|(?:within|in)\s+a\s+fortnight(?:['’]s\s+time)?|next\s+fortnight)\b",
        windows.fixed(windows.FORTNIGHT),
        0.6,
        ("fortnight",),
    ),
    _rule(
        "day_range",
        rf"\b(?P<d1>{DAY})\s*(?:[–—-]|to)\s*(?P<d2>{DAY})\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"
        rf"|\b(?P<m2>{MONTH})\s+(?P<d3>{DAY})\s*(?:[–—-]|to)\s*(?P<d4>{DAY})(?![\d:])"
        rf"(?:,?\s+(?P<y2>{YEAR}))?",
        windows.day_range,
        0.9,
    ),
    _rule(
        "units_later",
        rf"\b(?P<n>{NUMBER}|an?)\s+(?P<u>{UNIT})\s+later\b",
        windows.units_later,
        0.4,
        ("later",),
    ),
    _rule(
        "fiscal_year",
        r"\b(?:(?P<by>by|before|until)\s+(?:the\s+(?:end|close)\s+of\s+)?|in\s+|for\s+|during\s+)?"
        r"(?:the\s+)?(?:FY\s?|fiscal(?:\s+year)?\s+|"
        r"financial\s+year\s+)(?P<a>(?:19|20)\d{2})(?:\s*[-–/]\s*(?P<b>(?:19|20)?\d{2}))?\b",
        windows.fiscal_year,
        0.6,
        ("fy", "fiscal", "financial year"),
    ),
    _rule(
        "by_year_end",
        r"\b(?:by|before|until|at|towards?)\s+(?:the\s+)?year[\s-]end\b",
        windows.fixed_year_end,
        0.8,
        ("year",),
    ),
    _rule(
        "decade",
        rf"\b{BY}(?:the\s+)?(?:(?P<p>early|mid|late)[\s-]+|end\s+of\s+the\s+)?"
        rf"(?P<dec>(?:19|20)\d0)['’]?s\b",
        windows.decade,
        0.6,
        ("0s",),
    ),
    _rule(
        "event_year",
        # "at the 2024 WHA", "by the 2027 summit": an event named with its year
        rf"\b(?P<by>at|by|before|ahead\s+of|during)\s+(?:the\s+|its\s+|their\s+)?(?P<y>{YEAR})"
        r"\s+(?-i:(?:[A-Z][A-Z0-9]+\s+)?(?:[A-Z][a-z]+\s+)*(?:[Ss]ummit|[Mm]eeting|[Ss]ession|"
        r"[Cc]onference|[Aa]ssembly|[Rr]ound|[Ee]dition|[Mm]inisterial)\b|[A-Z][A-Z0-9]+\b)",
        windows.event_year,
        0.7,
        _DIGITS,
    ),
    _rule(
        "in_year",
        rf"\b(?:in|during|throughout)\s+(?P<d>{YEAR})\b{_NOT_SPLIT}",
        windows.in_period,
        0.7,
        _DIGITS,
    ),
    _rule(
        "week",
        r"\b(?:(?P<by>by|before|until|in|during|later|early)\s+)?(?:(?P<end>the\s+(?:end|close)\s+"
        r"of)\s+)?(?:the\s+)?(?P<rel>this|next|coming|following)\s+week\b",
        weeks.week,
        0.6,
        ("week",),
    ),
    _rule(
        "week",
        r"\b(?:(?P<by>by|before|until|over|at|during)\s+)?the\s+(?P<end>end|close)\s+of\s+the\s+"
        r"week\b",
        weeks.week,
        0.6,
        ("week",),
    ),
    _rule(
        "weekend",
        # A weekend is a time only after a preposition or "this"/"next": "The weekend
        # courts will open in January" names no day.
        r"\b(?:(?P<by>by|before|until|over|at|during|on)\s+the|(?P<rel>this|next|coming)|"
        r"(?P<by2>by|before|until|over|at|during)\s+the\s+(?P<rel2>coming|next))\s+weekend\b"
        r"(?!['’]s?\b)",
        weeks.weekend,
        0.6,
        ("weekend",),
    ),
    _rule(
        "coming_weeks",
        r"\b(?:within|in)\s+(?:a\s+(?:few|couple\s+of)\s+)?(?P<u>days|weeks|months)\b(?!\s+of\b)",
        weeks.few_units,
        0.5,
        ("days", "weeks", "months"),
    ),
    _rule(
        "by_christmas",
        r"\b(?P<by>by|before|until|ahead\s+of)\s+Christmas\b",
        weeks.christmas,
        0.7,
        ("christmas",),
    ),
    _rule(
        "by_season",
        r"\b(?:by|before|until|at|towards?)\s+the\s+end\s+of\s+(?:(?P<which>the|this|next)\s+)?"
        r"(?P<p>spring|summer|autumn|fall|winter)\b",
        weeks.end_of_season,
        0.6,
        ("spring", "summer", "autumn", "fall", "winter"),
    ),
    _rule(
        "week_of",
        rf"\b(?:(?:in|during)\s+)?the\s+week\s+(?:of|starting|beginning|commencing)\s+(?:on\s+)?"
        rf"(?P<d>{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?|{MONTH}\s+{DAY}(?![\d:])(?:,?\s+{YEAR})?)",
        weeks.week_of,
        0.7,
        ("week",),
    ),
    _rule(
        "weekday",
        rf"(?<![\w'’-])(?:(?P<next>next|this\s+coming|this)\s+)?"
        rf"(?P<w>{WEEKDAY_NAME})\b(?!['’]s)(?!,?\s+(?:the\s+)?(?:{DAY}|{MONTH})\b)",
        weeks.bare_weekday,
        0.4,
        ("day",),
    ),
    _rule(
        "in_month_no_year",
        rf"\b(?P<p>early|mid|late)[\s-]+(?P<m>{MONTH})(?!\s*(?:\d|,\s*\d))",
        windows.month_without_year,
        0.6,
        ("early", "mid", "late"),
    ),
    _rule(
        "season",
        r"\b(?:(?P<by>by|before|until|not?\s+later\s+than|in|during|over)\s+"
        r"(?:(?P<which>the|this|next|coming)\s+)?"
        r"|(?P<which2>this|next|coming)\s+)winter\b(?!\s+(?:of|package|session|months?)\b)",
        weeks.winter,
        0.6,
        ("winter",),
    ),
    _rule(
        "part_of_year",
        r"\b(?:in|by|early\s+in|at\s+the\s+start\s+of)\s+the\s+new\s+year\b",
        weeks.new_year,
        0.6,
        ("new year",),
    ),
    _rule(
        "fiscal_year",
        # Starts at the year, so that most positions fail at once; the handler reads a "by"
        # before it.
        # "the 2026-2027 financial year": the second year in full, when the noun says so.
        r"(?<![\w/-])(?P<a>(?:19|20)\d{2})\s*[-–/]\s*(?P<b>\d{2}(?![\d-])|(?:19|20)\d{2}"
        r"(?=\s+(?:financial|fiscal|budget|tax)\s+year\b))"
        r"(?:\s+(?:financial|fiscal|budget|tax)\s+year)?",
        weeks.split_year,
        0.6,
        _DIGITS,
    ),
    _rule(
        "fiscal_year",
        r"\b(?:(?:in|during|by|before|until|within)\s+)?(?:the\s+)?(?P<which>this|current|next)\s+"
        r"(?P<kind>fiscal|financial|budget)\s+year\b",
        weeks.current_fiscal_year,
        0.6,
        ("fiscal year", "financial year", "budget year"),
    ),
    _rule(
        "by_event",
        rf"\b(?:by(?:\s+the\s+time\s+of)?|before|ahead\s+of|in\s+time\s+for)\s+"
        # the event holds no second "by": "cut water use by its plant by 20 percent in 2026"
        # is a cut in 2026, not work due by the plant
        rf"(?P<e>(?:the|its|their|our|your)\s+(?:(?!by\b)[\w'’-]+\s+){{0,5}}?[\w'’-]+)\s*,?\s+"
        rf"(?:(?:to\s+be\s+|which\s+will\s+be\s+)?(?:held|taking\s+place)\s+"
        # "ahead of the timetable change planned for December 2028"; "by the next
        # conference, due in 2028"; "in time for the Assembly in May" (the next May)
        rf"(?:in|on)|(?:(?:that\s+is\s+|which\s+is\s+)?(?:planned|scheduled|due|set|expected)\s+"
        rf"(?:for|in|on))|in|on)\s+(?P<d>{DATE_OR_YEAR}|{MONTH}(?!\s*\d))",
        weeks.by_event_in,
        0.7,
        ("by", "before", "ahead of", "in time for"),
    ),
    _rule(
        "by_event",
        # "before applications open in March", "by the time the new line opens in 2028": an
        # event told as a clause, dated in it
        rf"\b(?P<by>before|by\s+the\s+time|ahead\s+of\s+when)\s+(?P<e>(?:[\w'’-]+\s+){{1,4}}?)"
        r"(?:opens?|starts?|begins?|closes?|ends?|takes\s+effect|comes\s+into\s+force|goes\s+live|"
        rf"launch(?:es)?)\s+(?:in|on)\s+(?P<d>{DATE_OR_YEAR}|{MONTH}(?!\s*\d))",
        weeks.by_event_in,
        0.7,
        ("before", "by the time", "ahead of when"),
    ),
    _rule(
        "by_event",
        # "prepare deliverables for the Leaders' Summit in June": work done for a meeting is
        # due by it (a meeting's noun, so "funding for the project in 2027" stays a year)
        rf"\b(?P<by>for)\s+(?P<e>(?:the|its|their|our|this\s+year['’]s|next\s+year['’]s)\s+"
        r"(?:[\w'’-]+\s+){0,4}?(?:summit|conference|ministerial|assembly|meeting|session|"
        rf"forum|COP\s?\d+))\s+(?:in|on)\s+(?P<d>{DATE_OR_YEAR}|{MONTH}(?!\s*\d))",
        weeks.by_event_in,
        0.7,
        ("for",),
        ("summit", "conference", "ministerial", "assembly", "meeting", "session", "forum", "cop"),
    ),
    _rule(
        "coming_one",
        # "over the next year" is the twelve months from the day of writing; "next year",
        # with no article, is the calendar year after it (the `next_year` row).
        r"\b(?:(?:in|over|during|within|throughout|across|for)\s+the\s+(?:coming|upcoming|next)"
        r"\s+(?P<u>month|year|decade)|(?:in|over|during)\s+the\s+(?P<u2>month|year|decade)\s+"
        r"(?:ahead|to\s+come))\b(?!['’]s?\b)",
        lambda m, ref: windows.coming_one(_Renamed(m, u="u2"), ref),
        0.5,
        ("coming", "upcoming", "ahead", "to come", "next"),
    ),
    _rule(
        "for_duration",
        rf"\bfor\s+(?:a\s+period\s+of\s+|an?\s+(?:(?:initial|further|additional|first|"
        rf"trial|transitional|fixed)\s+)?)?(?P<n>{NUMBER}|an?)[\s-]+(?P<u>{UNIT})\b"
        rf"(?:\s+{_DURATION_NOUNS}\b)?(?!\s+(?:ago|later|earlier|before|after|since|of|from)\b)",
        windows.for_duration,
        0.5,
        ("for",),
        _UNIT_WORDS,
    ),
    _rule(
        "for_duration",
        rf"\b(?:an?|the|its|their)\s+(?:(?:initial|new|further|first|fixed)\s+)?"
        rf"(?P<n>{NUMBER})-(?P<u>{_UNIT_ONE})[\s-]+(?:(?:pilot|trial)\s+)?{_DURATION_NOUNS}\b",
        windows.for_duration,
        0.4,
        ("-day", "-week", "-month", "-quarter", "-year"),
    ),
    _rule(
        "within_decades",
        rf"\b(?:within|in|over)\s+(?:the\s+(?:next|coming)\s+)?(?P<n>{NUMBER}|an?)\s+decades?\b"
        rf"(?:\s+(?:of|after|from|following)\s+(?:the\s+|its\s+|their\s+)?(?P<y>{YEAR})\b"
        rf"(?:\s+[\w-]+){{1,3}})?",
        windows.within_decades,
        0.6,
        ("decade",),
    ),
    _rule(
        "within_units_of_year",
        rf"\b(?:within|not?\s+later\s+than|up\s+to)\s+(?P<n>{NUMBER}|an?)\s+(?P<u>{UNIT})\s+"
        rf"(?:of|after|from|following)\s+(?:the\s+|its\s+|their\s+)?(?P<y>{YEAR})\b"
        rf"(?:\s+[\w-]+){{1,3}}",
        windows.within_units_of_year,
        0.6,
        _UNIT_WORDS,
        _DIGITS,
    ),
    _rule(
        "latter_part_of_year",
        rf"\b{BY}(?:the\s+)?(?:latter|later|second)\s+(?:part|half|months)\s+of\s+(?:the\s+)?"
        rf"(?P<y>{YEAR_REF})\b|\blater\s+in\s+(?:the\s+)?(?P<y2>{YEAR_REF})\b",
        lambda m, ref: windows.latter_part_of_year(_Renamed(m, y="y2"), ref),
        0.6,
        ("latter", "later", "second"),
    ),
    _rule(
        "turn_of_year",
        r"\b(?:(?:by|before|at|around|towards?)\s+)?the\s+turn\s+of\s+the\s+(?P<u>year|decade)\b",
        windows.turn_of_year,
        0.6,
        ("turn of the",),
    ),
    _rule(
        "season_of_year",
        rf"\b(?P<by>from|starting(?:\s+(?:in|from|with))?|beginning(?:\s+(?:in|with))?|as\s+of|"
        rf"in|during|for|by|before|until|throughout)\s+the\s+(?P<y>(?:19|20)\d{{2}})(?:\s*[/-]\s*"
        rf"(?P<y2>\d{{2}}))?\s+(?:[a-z-]+\s+){{0,2}}?{_SEASON_NOUNS}\b",
        windows.season_of_year,
        0.7,
        ("season", "school", "academic", "marketing", "harvest", "campaign"),
        _DIGITS,
    ),
    # Session 18: days, months and spans named from the day of writing.
    _rule(
        "relative_day",
        # not "a better tomorrow", "the jobs of tomorrow"
        r"(?<!\ba\s)(?<!\bthe\s)(?<!\bof\s)(?<!\bbetter\s)(?<!\bbrighter\s)"
        r"\b(?:tomorrow|later\s+today|tonight)\b(?!['’]s)",
        windows.relative_day,
        0.8,
        ("tomorrow", "today", "tonight"),
    ),
    _rule(
        "next_named_month",
        rf"\b{BY}next\s+(?P<m>{MONTH})(?!\s*\d)",
        windows.next_named_month,
        0.7,
        ("next",),
    ),
    _rule(
        "within_month",
        rf"\bwithin\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?(?!\s*\d)",
        windows.within_month,
        0.8,
        ("within",),
    ),
    _rule(
        "this_and_next_year",
        r"\b(?:(?:for|in|during|over|across)\s+)?(?:both\s+)?this\s+(?:year\s+)?and\s+next\s+"
        r"years?\b",
        windows.this_and_next_year,
        0.8,
        ("and next year",),
    ),
    _rule(
        "fiscal_period",
        rf"\b(?:(?:over|for|across)\s+(?:the\s+next\s+)?(?P<n>{NUMBER})\s+years,?\s+)?"
        rf"(?:(?:from\s+)?(?P<a>{YEAR})\s*[-–/]\s*(?P<a2>\d{{2}})\s*(?:to|until|till|through|"
        rf"[-–])\s*(?P<b>{YEAR})\s*[-–/]\s*(?P<b2>\d{{2}})(?!\d)|(?:starting|beginning|from)"
        rf"(?:\s+in)?\s+(?P<a_>{YEAR})\s*[-–/]\s*(?P<a2_>\d{{2}})(?!\d))",
        lambda m, ref: windows.fiscal_period(_Renamed(m, a="a_", a2="a2_"), ref),
        0.8,
        _DIGITS,
    ),
    _rule(
        "after_announcement",
        rf"\b(?:(?P<within>within|not?\s+later\s+than)\s+)?(?P<n>{NUMBER}|an?)\s+(?P<u>{UNIT})\s+"
        r"(?:from|after|following|of)\s+(?:the\s+date\s+of\s+)?(?:(?:the|this|its|their|today['’]s)"
        r"\s+)?(?:[\w.-]+['’]s?\s*)?(?:announcement|decision|agreement|meeting|summit|launch)\b"
        r"(?!['’]s?\s)(?!\s+(?:enters|entered|comes|takes|is|was|to)\b)",
        windows.after_announcement,
        0.6,
        ("announcement", "decision", "agreement", "meeting", "summit", "launch"),
        _UNIT_WORDS,
    ),
    _rule(
        "by_event",
        # "ahead of COP31, the UN climate summit in Turkey this November": a named event, an
        # apposition saying what it is, then when it is held.
        rf"\b(?:by|before|ahead\s+of|in\s+time\s+for)\s+(?!{WEEKDAY_NAME}|{MONTH})"
        rf"(?-i:(?:the\s+)?[A-Z][\w-]*\d*"
        rf"(?:\s+[A-Z][\w-]*\d*){{0,3}}),\s+(?:the|an?|its|their)\s+[^,.;:()]{{3,80}}?\s+"
        rf"(?:(?:in|on)\s+(?P<d>{DATE_OR_YEAR})|(?P<rel>this|next)\s+(?P<m>{MONTH}))",
        weeks.by_event_in,
        0.7,
        ("by", "before", "ahead of", "in time for"),
    ),
    _rule(
        "postponed_until",
        rf"\b(?P<v>{_POSTPONED})\s+(?:(?:again|further|once\s+more)\s+)?(?:until|till|to|into)\s+"
        rf"(?:(?P<d>{DATE_OR_YEAR})|next\s+year)",
        windows.postponed,
        0.9,
        ("delay", "postpone", "defer", "pushed back", "put off", "reschedule", "extended"),
    ),
    _rule(
        "recurrence",
        rf"\b(?P<r>(?:once|twice|three\s+times|four\s+times|{NUMBER}\s+times)\s+(?:a|per|each|"
        rf"every)\s+(?:year|month|quarter|week)|annually|biannually|biennially|"
        # "a monthly, cost-based formula", "a yearly audit": after an article, an adjective
        rf"(?<!\ba\s)(?<!\bthe\s)(?<!\ban\s)(?:quarterly|monthly|yearly)(?!\s+{_ADJECTIVE_NOUNS}\b)|"
        rf"(?:every|each)\s+(?:{NUMBER}\s+)?"
        rf"(?:years?|months?|quarters?|weeks?|semesters?)\b|on\s+an?\s+(?:annual|yearly|quarterly|"
        rf"monthly)\s+basis)(?:,?\s+(?P<sw>from|starting(?:\s+(?:in|from|on))?|as\s+of|beginning"
        rf"(?:\s+in)?)\s+(?P<s>{DATE_OR_YEAR}))?",
        windows.recurrence,
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
    # Session 19: the calendar a text keeps (dates_due_calendar).
    _rule(
        "week_of_month",
        rf"\b(?:(?P<by>by|before|until|in|during|over)\s+)?(?:(?P<end>the\s+end\s+of)\s+)?the\s+"
        rf"(?P<o>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<m>{MONTH})"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
        calendar.week_of_month,
        0.8,
        ("week of",),
    ),
    _rule(
        "fiscal_year_ending",
        rf"\b(?:(?P<by>by|before|until|in|during|for|within|over)\s+)?(?:the\s+)?"
        rf"(?:(?P<which>this|current|next|coming)\s+)?(?:fiscal|financial|budget)\s+year,?\s+"
        rf"(?:that\s+|which\s+)?(?:ends|ending|will\s+end|closes|closing)\s+(?:in\s+|on\s+)?"
        rf"(?P<d>{MONTH}\s+{DAY}(?![\d:]),?\s+{YEAR}|{DAY}\s+{MONTH},?\s+{YEAR}|{MONTH},?\s+{YEAR})",
        calendar.fiscal_year_ending,
        0.8,
        ("fiscal", "financial", "budget"),
        ("end", "clos"),
    ),
    _rule(
        "by_fiscal_year_end",
        r"\b(?:(?P<by>by|before|until|at|towards?)\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?"
        r"(?:(?P<which>this|current|next)\s+)?(?P<kind>financial|fiscal)\s+year\b"
        r"(?!,?\s+(?:that|which|ending|ends)\b)(?!\s+(?:19|20)\d{2})",
        calendar.end_of_fiscal_year,
        0.7,
        ("financial year", "fiscal year"),
    ),
    _rule(
        # "by end-FY", "by FY-end", "before the fiscal year-end": the same end, abbreviated
        "by_fiscal_year_end",
        r"\b(?:(?P<by>by|before|until|at|towards?)\s+)?(?:the\s+)?(?:end[\s-]+(?:of\s+)?"
        r"(?:the\s+)?(?P<kind>FY|fiscal\s+year|financial\s+year)|(?:(?P<which>this|current)\s+)?"
        r"(?P<kind2>FY|fiscal|financial)"
        r"(?:\s+year)?[\s-]+end)\b(?![\s-]*\d)",
        lambda m, ref: calendar.end_of_fiscal_year(_Renamed(m, kind="kind2"), ref),
        0.6,
        ("fy", "fiscal", "financial"),
        ("end",),
    ),
    _rule(
        "target_year",
        rf"\btarget\s+(?:date|year)\s+(?:is\s+|of\s+|was\s+set\s+(?:at|for)\s+)(?P<y>{YEAR})\b"
        rf"{_NOT_SPLIT}",
        calendar.target_year,
        0.7,
        ("target",),
    ),
    _rule(
        "by_easter",
        r"\b(?P<by>by|before|until|ahead\s+of)\s+Easter\b",
        calendar.by_easter,
        0.7,
        ("easter",),
    ),
    _rule(
        "month_of_year",
        # "by July of this year", "in early March of next year"
        rf"\b(?:(?P<by>by|before|until|in|during|from)\s+)?(?:(?:the\s+)?(?P<p>early|mid|late|"
        rf"(?:beginning|start|middle|end)\s+of)[\s-]+)?(?P<m>{MONTH})\s+(?:of\s+)?"
        rf"(?P<y>this|next|the\s+following|the\s+coming)\s+year\b",
        calendar.month_of_year,
        0.8,
        ("this year", "next year", "following year", "coming year"),
    ),
    _rule(
        "mid_century",
        r"\b(?P<by>by|before|until|towards?)\s+(?:the\s+)?(?:mid[\s-]+century|middle\s+of\s+"
        r"(?:the|this)\s+century|mid-(?:the\s+)?21st\s+century)\b",
        calendar.mid_century,
        0.6,
        ("century",),
    ),
    _rule(
        calendar.TIME_GIVEN_RULE,
        # "companies have 12 months to comply", "firms will be given two years to adapt"
        rf"\b(?:have|has|had|given|get|gets|allowed|allowing|giving|grants?)\s+"
        rf"(?:(?:a\s+)?(?:further|another|an\s+additional|additional|extra)\s+)?"
        rf"(?P<n>{NUMBER}|an?)\s+(?P<u>{UNIT})(?=\s+(?:more\s+)?(?:to|in\s+which\s+to)\s+[a-z])",
        calendar.given_units,
        calendar.TIME_GIVEN_CONFIDENCE,
        ("have", "has", "had", "given", "get", "allow", "giving", "grant"),
        _UNIT_WORDS,
    ),
    _rule(
        "runs_to",
        rf"\b(?:runs?|running|lasts?|lasting|continues?|extends?)\s+(?:through\s+|up\s+)?to\s+"
        rf"(?:the\s+end\s+of\s+)?(?P<d>{DATE_OR_YEAR}){_NOT_SPLIT}",
        windows.until,
        0.8,
        ("run", "last", "continue", "extend"),
    ),
    _rule(
        "by_then",
        r"\b(?:by|before|until)\s+(?:then|that\s+(?:time|date|point|deadline))\b",
        calendar.by_then,
        0.5,
        ("then", "that time", "that date", "that point", "that deadline"),
    ),
    _rule(
        "same_period",
        r"\b(?:by|before|until|over|in|during|within|across)\s+the\s+same\s+"
        r"(?:period|time(?:\s*frame|\s+span)?|timescale|timeline|date|deadline|years?)\b",
        calendar.same_period,
        0.5,
        ("same",),
    ),
    _rule(
        "event_dated_elsewhere",
        r"\b(?P<by>by(?:\s+the\s+time\s+of)?|before|ahead\s+of|at|during|in\s+time\s+for|until)\s+"
        r"(?:the\s+|its\s+|their\s+)?"
        r"(?:(?:next|upcoming|coming|forthcoming)\s+)?(?P<e>COP\s?\d{1,2}\b|"
        # a numbered meeting: "until MC14", "ahead of CHOGM 2026" is a year, not a number
        r"(?-i:(?!FY|CY|COP)[A-Z]{2,5}\s?\d{1,2})\b(?!\s*[-–/]\s*\d)|"
        r"(?-i:(?:[A-Z][\w&-]*\s+){0,3})(?:summit|conference|ministerial|assembly)\b)"
        # "until MC14, which will be held from 26 to 29 March 2026": dated in its own clause
        r"(?P<held>,?\s+(?:which|that)\s+(?:will\s+be|is\s+to\s+be|is|are)\s+(?:held|"
        r"taking\s+place|scheduled|due)\b[^.;\n]{0,60}?\b(?:19|20)\d{2}\b)?",
        calendar.event_elsewhere,
        0.6,
        (
            "summit",
            "conference",
            "cop1",
            "cop2",
            "cop3",
            "cop 1",
            "cop 2",
            "cop 3",
            "assembly",
            "ministerial",
            "until",
        ),
    ),
    # Session 20: spans from a day named, and dates the text gives elsewhere.
    _rule(
        "for_units_from",
        rf"\b(?:for|over|across)\s+(?:a\s+period\s+of\s+|the\s+(?:next\s+|following\s+)?)?"
        rf"(?P<n>{NUMBER})\s+(?P<u>{UNIT}),?\s+(?:from|starting(?:\s+(?:in|on|from))?|"
        rf"beginning(?:\s+(?:in|on))?|as\s+of)\s+(?:(?P<next>next\s+year)|(?P<d>{DATE_OR_YEAR}))"
        r"(?!\s*[-–/]\s*\d)",
        windows.for_units_from,
        0.7,
        ("from", "starting", "beginning", "as of"),
        _UNIT_WORDS,
    ),
    _rule(
        elsewhere.TERM_RULE,
        rf"\b(?:(?:by|before|until|at|towards?)\s+the\s+end\s+of|(?:during|within|in|over|"
        rf"for\s+the\s+rest\s+of)|by\s+the\s+close\s+of)\s+(?:this|the|our|its|their)\s+"
        rf"(?:(?:current|present|government['’]s|new|[\w-]+-year)\s+)?{elsewhere.TERM}\b"
        r"(?!\s+(?:of|and)\s+(?!office\b))",
        elsewhere.end_of_term,
        0.5,
        ("parliament", "legislature", "legislative", "term", "mandate", "administration"),
    ),
    _rule(
        elsewhere.EVENT_CLAUSE_RULE,
        elsewhere.EVENT_CLAUSE,
        elsewhere.event_clause,
        0.4,
        ("before", "until", "till", "once"),
    ),
)


def find_due_windows(
    text: str, *, reference: dt.date, start: int = 0, end: int | None = None
) -> list[DueWindow]:
    """Every vague deadline in text[start:end]; spans are offsets into the whole text.

    The longest match wins (then the earlier row); matches never overlap.
    """
    end = len(text) if end is None else end
    kept = calendar.kept_windows(text)
    if kept is None:
        return _read_due_windows(text, reference, start, end)
    key = (reference, start, end)
    if key not in kept:
        kept[key] = tuple(_read_due_windows(text, reference, start, end))
    return list(kept[key])


def _read_due_windows(text: str, reference: dt.date, start: int, end: int) -> list[DueWindow]:
    candidates: list[tuple[int, int, int, DueRule, re.Match[str]]] = []
    # A gate word missing from the whole range is missing from each of its sentences.
    whole = text[start:end].lower()
    rules = [(order, rule) for order, rule in enumerate(DUE_RULES) if rule.may_match(whole)]
    for s_start, s_end in sentence_spans(text, start, end):
        # A sentence that is the whole range (one sentence asked about) passed the gates.
        lowered = None if (s_start, s_end) == (start, end) else text[s_start:s_end].lower()
        for order, rule in rules:
            if lowered is not None and not rule.may_match(lowered):
                continue
            for match in rule.pattern.finditer(text, s_start, s_end):
                candidates.append((match.start(), match.end(), order, rule, match))
    windows: list[DueWindow] = []
    claims = SpanClaims(start, end)
    for m_start, m_end, _order, rule, match in sorted(
        candidates, key=lambda c: (c[0] - c[1], c[2], c[0])
    ):
        if not claims.free(m_start, m_end):
            continue
        fields = rule.handler(match, reference)
        if fields is None:
            continue
        fields, opened_at = _opened(text, start, m_start, m_end, fields, reference)
        fields = _from_past_pledge(text, start, m_start, fields, reference)
        if opened_at < m_start and claims.free(opened_at, m_start):
            m_start = opened_at  # the window's quote keeps its from-word: "from this autumn"
        claims.claim(m_start, m_end)
        fields.setdefault("rule", rule.name)
        fields.setdefault("confidence", rule.confidence)
        quote = text[m_start:m_end]
        windows.append(DueWindow(text=quote, span=Span(m_start, m_end, quote), **fields))
    ordered = sorted(windows, key=lambda w: w.span.start if w.span else 0)
    found = _undated_dropped(_superseded_dropped(ordered, text), text)
    return _recurrence_dated(_baselines_dropped(found, text), text)


# A target's starting point: "cut emissions from 2.04 billion tonnes in 2022 to 1.2
# billion by 2030", "raise forest cover from 7% in 2019 to 10% by 2022". The year the
# quantity was measured is no deadline; the one after "to" is.
_IN_CLAUSE = r"(?:[^.;:]|(?<=\d)\.(?=\d))"  # a decimal point stays in the clause: "2.04"
_FROM_QUANTITY = re.compile(
    rf"\bfrom\s+{_IN_CLAUSE}{{0,80}}?\d{_IN_CLAUSE}{{0,60}}?\s$", re.IGNORECASE
)
_TO_QUANTITY = re.compile(
    rf"\s*,?\s+to\s+{_IN_CLAUSE}{{0,80}}?\d{_IN_CLAUSE}{{0,60}}?\s$", re.IGNORECASE
)
BASELINE_REACH = 150  # characters before a baseline year where its "from" may stand


def _baselines_dropped(found: list[DueWindow], text: str) -> list[DueWindow]:
    """A window that dates a target's starting quantity ("from 7% in 2019 to 10% by
    2022") gives way to the target's own window after "to"."""
    if len(found) < 2:
        return found
    dropped = set()
    for i, (window, target) in enumerate(itertools.pairwise(found)):
        if not (window.span and target.span) or not window.text.lower().startswith("in "):
            continue
        if (
            window.latest is not None
            and target.latest is not None
            and window.latest < target.latest
            and _TO_QUANTITY.fullmatch(text, window.span.end, target.span.start)
            and _FROM_QUANTITY.search(
                text, max(0, window.span.start - BASELINE_REACH), window.span.start
            )
        ):
            dropped.add(i)
    return [w for i, w in enumerate(found) if i not in dropped]


# "every quarter, starting in the first quarter of 2027", "each quarter on the backlog,
# starting in January": the window a from-word opens later in the same clause.
_STARTED_WINDOW = re.compile(
    r"(?:from|starting|beginning|as\s+of|commencing|with\s+effect\s+from)\b", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[.;:!?]\s|\n")
RECURRENCE_START_REACH = 100  # characters from "every quarter" to the window that starts it


def _recurrence_dated(found: list[DueWindow], text: str) -> list[DueWindow]:
    """Rule `recurrence` dated by its neighbour: "report every quarter, starting in
    January" is first due in January, "report annually through 2030" runs to 2030. A
    recurrence alone has no dates; the window right after it (or one a from-word opens
    later in its clause) says when it starts or ends. Both windows stay, so each phrase
    keeps its own quote."""
    out = list(found)
    for i, w in enumerate(out[:-1]):
        after = out[i + 1]
        if not w.recurrence or w.earliest or w.latest or after.recurrence:
            continue
        if after.latest is None or not (w.span and after.span):
            continue
        gap = text[w.span.end : after.span.start]
        next_to = not gap.strip(" ,")
        started = (
            len(gap) <= RECURRENCE_START_REACH
            and _STARTED_WINDOW.match(after.text) is not None
            and _CLAUSE_END.search(gap) is None
        )
        if next_to or started:
            out[i] = dataclasses.replace(w, earliest=after.earliest, latest=after.latest)
    return out


# "from mid-May", "starting this autumn": a window that a from-word opens, with no end.
_FROM_BEFORE = re.compile(
    r"\b(?:from|(?:starting|beginning)\s+with|starting(?:\s+(?:in|from|on))?|"
    r"beginning(?:\s+(?:in|on))?|as\s+of|"
    r"with\s+effect\s+from|not\s+before|no(?:t)?\s+earlier\s+than)\s+$",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(r"\s*(?:to|until|till|through|and|[-–—])\s", re.IGNORECASE)
FROM_REACH = 24  # characters: the longest from-word with its spaces
_DURING = re.compile(r"during\b", re.IGNORECASE)
_MIDDLE = re.compile(r"(?:the\s+)?mid(?:dle)?\b", re.IGNORECASE)
MID_MONTH_DAY = 15
OPEN_START_RULE = "from_date"


def _opened(
    text: str, start: int, m_start: int, m_end: int, fields: dict, reference: dt.date
) -> tuple[dict, int]:
    """Rule `from_date` for any window a from-word opens ("from mid-May", "from this
    autumn"): its first day, with no end, when that day is still ahead; not the start of
    a range ("from mid-May to June")."""
    earliest, latest = fields.get("earliest"), fields.get("latest")
    if earliest is None or latest is None or earliest < reference:
        return fields, m_start
    word = _FROM_BEFORE.search(text, max(start, m_start - FROM_REACH), m_start)
    if word is None:
        return fields, m_start
    if windows.starts_within(word.group(), earliest, latest):
        return fields, word.start()  # "starting next summer": due that summer
    if _RANGE_AFTER.match(text, m_end) or _DURING.match(text, m_start):
        return fields, m_start  # "from mid-May to June"; "starting during the 2026 season"
    if _MIDDLE.match(text, m_start) and earliest.month == latest.month:
        earliest = earliest.replace(day=MID_MONTH_DAY)  # "from mid-May": the 15th
    opened = {**fields, "earliest": earliest, "latest": None, "rule": OPEN_START_RULE}
    return opened, word.start()


# "In 2014, allies agreed to … within a decade": the span runs from that year's pledge.
_PAST_PLEDGE = re.compile(
    rf"\b(?:in|since)\s+(?P<y>{YEAR}),?\s+(?:[\w-]+\s+){{0,5}}?(?:agreed|pledged|committed|"
    r"decided|promised|resolved|vowed|undertook|set\s+out)\b",
    re.IGNORECASE,
)
PLEDGE_REACH = 240  # characters before the window where the pledge's year may stand
_SPAN_RULES = frozenset({"within_decades", "within_n_units"})


def _from_past_pledge(
    text: str, start: int, m_start: int, fields: dict, reference: dt.date
) -> dict:
    """Rule `within_units_of_past_pledge`: "within a decade" in a sentence that dates its
    pledge to a past year runs to the end of that year plus the span, not from R."""
    if fields.get("rule") not in _SPAN_RULES and fields.get("rule") is not None:
        return fields
    latest = fields.get("latest")
    if latest is None or fields.get("earliest") != reference:
        return fields
    span = relativedelta(latest, reference)
    if span.years < 1 or span.months or span.days:
        return fields
    pledges = list(_PAST_PLEDGE.finditer(text, max(start, m_start - PLEDGE_REACH), m_start))
    pledge = pledges[-1] if pledges else None
    if pledge is None or _SENTENCE_BREAK.search(text, pledge.end(), m_start):
        return fields
    year = int(pledge["y"])
    if year >= reference.year:
        return fields
    last = dt.date(year + span.years, 12, 31)
    return {**fields, "latest": last, "rule": "within_units_of_past_pledge"}


# A window that ends before a later postponement in the same sentence is superseded:
# "due by March, the launch was postponed until June" is due in June.
POSTPONED_RULE = "postponed_until"


def _undated(window: DueWindow) -> bool:
    """A deadline kept only as its phrase ("by the end of this parliament" in a text
    that never says when the parliament ends): no dates, no event to count from."""
    return (
        window.earliest is None
        and window.latest is None
        and not window.anchor_event
        and not window.recurrence
    )


def _undated_dropped(found: list[DueWindow], text: str) -> list[DueWindow]:
    """A phrase-only deadline gives way to a dated one of the same sentence: "… by the end
    of this Parliament (£4 billion in 2029-30)" is due in 2029-30."""
    if len(found) < 2 or not any(map(_undated, found)):
        return found

    def dated_beside(w: DueWindow) -> bool:
        return any(
            not _undated(other)
            and other.span
            and w.span
            and not _SENTENCE_BREAK.search(
                text, min(w.span.end, other.span.end), max(w.span.start, other.span.start)
            )
            for other in found
        )

    return [w for w in found if not (_undated(w) and dated_beside(w))]


def _superseded_dropped(found: list[DueWindow], text: str) -> list[DueWindow]:
    moved = [w for w in found if w.rule == POSTPONED_RULE and w.span and w.latest]
    if not moved:
        return found
    kept = []
    for w in found:
        later = next(
            (
                p
                for p in moved
                if w.span
                and p.span
                and w.span.end <= p.span.start
                and w.latest is not None
                and p.latest is not None
                and w.latest < p.latest
                and not _SENTENCE_BREAK.search(text, w.span.end, p.span.start)
            ),
            None,
        )
        if later is None:
            kept.append(w)
    return kept


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


# "These changes will take effect on 1 July 2027", in a paragraph that announces "the
# following changes": the date of every change the next paragraphs set out.
_COVERING_DEADLINE = re.compile(
    r"\s*(?:These|Those|All\s+(?:of\s+)?these|The)\s+(?:[\w-]+\s+){0,2}?(?:changes|measures|"
    r"arrangements|reforms|steps|actions|appointments|rules|provisions)\s+(?:(?:will|shall|are\s+"
    r"(?:expected|due|set|scheduled)\s+to)\s+(?:take\s+effect|come\s+into\s+(?:force|effect)|"
    r"apply|start|begin|be\s+(?:introduced|implemented|made))|take\s+effect|come\s+into\s+"
    r"(?:force|effect)|apply)\b"
)
_THE_FOLLOWING = re.compile(r"\bthe\s+following\b", re.IGNORECASE)
COVERED_PARAGRAPHS = 12  # the most paragraphs one announced deadline dates


def covering_deadlines(
    text: str, units: list[tuple[int, int, str, int]], *, reference: dt.date
) -> list[tuple[int, int, DueWindow, tuple[int, int]]]:
    """Rule `due_lead`: the text ranges that an announced deadline dates, with its window
    and the span of the sentence that announces it. `units` are sentences and lines as
    (start, end, kind, block). A paragraph that says "we announce the following changes…
    These changes will take effect on 1 July" dates the paragraphs after it, up to the
    next heading or COVERED_PARAGRAPHS of them."""
    found: list[tuple[int, int, DueWindow, tuple[int, int]]] = []
    for index, (start, end, kind, block) in enumerate(units):
        if kind == "paragraph" and text[start:end].rstrip().endswith(":"):
            found += _dated_list(text, units, index, reference)
            continue
        if kind not in ("paragraph", "bullet") or not _COVERING_DEADLINE.match(text, start, end):
            continue
        same = [u for u in units[max(0, index - 8) : index + 8] if u[3] == block]
        if not _THE_FOLLOWING.search(text, same[0][0], same[-1][1]):
            continue
        windows = find_due_windows(text, reference=reference, start=start, end=end)
        if not windows:
            continue
        blocks: set[int] = set()
        last = same[-1][1]
        for after in itertools.islice(units, index + 1, None):
            if after[2] in ("title", "heading"):
                break
            if after[3] != block:
                blocks.add(after[3])
                if len(blocks) > COVERED_PARAGRAPHS:
                    break
                last = after[1]
        if last > same[-1][1]:
            found.append((same[-1][1], last, windows[0], (start, end)))
    return found


def _dated_list(
    text: str, units: list[tuple[int, int, str, int]], index: int, reference: dt.date
) -> list[tuple[int, int, DueWindow, tuple[int, int]]]:
    """Rule `due_lead` for a list: "Starting 1 July 2026, the Government is:" or "By the
    end of 2027 we will:" dates each bullet after it, up to the first line that is not
    one."""
    start, end = units[index][0], units[index][1]
    bullets = list(itertools.takewhile(lambda u: u[2] == "bullet", units[index + 1 :]))
    if not bullets:
        return []
    windows = [
        w
        for w in find_due_windows(text, reference=reference, start=start, end=end)
        if w.rule not in _EVENT_DAY_RULES
    ]
    if not windows:
        windows = _period_before(text, units, index, reference)
    if not windows:
        return []
    return [(end, bullets[-1][1], windows[-1], (start, end))]


# A lead-in whose subject points back to the sentence before it: "The funding will:",
# "It will:", "These measures will:".
_BACK_SUBJECT = re.compile(
    r"\s*(?:It|This|These|They|(?:The|This|These|That|Its|Their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:funding|money|investment|programme|program|plan|package|fund|strategy|scheme|"
    r"measures|budget|initiative|commitment|grant|grants|allocation))\b"
)
# What a period is: a span of years or months from now ("over six years", "over the next
# five years"), not a day or a recurrence.
_PERIOD_RULES = frozenset({"within_n_units"})


def _period_before(
    text: str, units: list[tuple[int, int, str, int]], index: int, reference: dt.date
) -> list[DueWindow]:
    """Rule `due_lead` for a lead-in that points back ("…committed $4 billion over six
    years to rail. The funding will:"): the period of the sentence before, in its
    paragraph, dates the bullets as it dates the sum."""
    start, _, _, block = units[index]
    if index == 0 or units[index - 1][3] != block or not _BACK_SUBJECT.match(text, start):
        return []
    before = units[index - 1]
    return [
        w
        for w in find_due_windows(text, reference=reference, start=before[0], end=before[1])
        if w.rule in _PERIOD_RULES and not w.recurrence
    ]


# The day something happened or happens ("The Council adopted on 3 March the following:"):
# the date of the lead's own event, not a deadline for what the list holds.
_EVENT_DAY_RULES = frozenset({"on_date", "on_weekday", "weekday", "day_range", "relative_day"})


def parse_due(phrase: str, *, reference: dt.date) -> DueWindow | None:
    """The window of one phrase: its longest deadline match, or None."""
    windows = find_due_windows(phrase, reference=reference)
    if not windows:
        return None
    return max(windows, key=lambda w: len(w.text))
