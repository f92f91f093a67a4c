"""Deadlines whose date the text gives in another sentence: "within six months of entry
into force", where the text says the regulation "enters into force on 1 July 2026"; "by
the end of this parliament", where it says the parliament's term "ends in 2029".

Each handler reads one match against a reference date R (the publication date) and looks
for the other sentence at most ELSEWHERE_REACH characters either way, so a long text stays
linear. Where the text does not date the event or the term, the window keeps its phrase
and has no dates: a reader cannot give one either.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from initiatives.pipeline.dates_due_windows import EVENTS, window
from initiatives.pipeline.dates_patterns import (
    DAY,
    MONTH,
    YEAR,
    add_units,
    date_bounds,
    number_value,
    offset_days,
)

ELSEWHERE_REACH = 6000  # characters looked at on either side of the phrase
_DATE = (
    rf"(?:{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}|{MONTH}\s+{DAY}(?![\d:]),?\s+{YEAR}|"
    rf"{MONTH}\s+{YEAR}|{YEAR}(?![-–/]\d))"
)

# --- "within six months of entry into force" -------------------------------------------
# The sentences that date an event, by the name relative_to_event gives it.
_EVENT_DATED: dict[str, re.Pattern[str]] = {
    "entry into force": re.compile(
        rf"\binto\s+force\s+(?:on|in|from|as\s+of)\s+(?:the\s+)?(?P<d>{_DATE})", re.I
    ),
    "adoption": re.compile(rf"\b(?:adopted|adoption)\s+(?:on|in)\s+(?P<d>{_DATE})", re.I),
    "signature": re.compile(rf"\b(?:signed|signature|signing)\s+(?:on|in)\s+(?P<d>{_DATE})", re.I),
    "publication in the Official Journal": re.compile(
        rf"\bpublished\s+in\s+the\s+Official\s+Journal\s+(?:[\w\s]{{0,30}}?)?(?:on|in)\s+"
        rf"(?P<d>{_DATE})",
        re.I,
    ),
}
DATED_EVENT_RULE = "relative_to_dated_event"


def _nearest_dated(text: str, pattern: re.Pattern[str], start: int, end: int) -> str | None:
    """The date of the mention nearest to text[start:end] within ELSEWHERE_REACH."""
    best: tuple[int, str] | None = None
    for found in pattern.finditer(text, max(0, start - ELSEWHERE_REACH), end + ELSEWHERE_REACH):
        if start <= found.start() < end:
            continue
        distance = start - found.end() if found.end() <= start else found.start() - end
        if best is None or distance < best[0]:
            best = (distance, found.group("d"))
    return best[1] if best else None


def relative_to_event(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """Rule `relative_to_event`: "within six months of entry into force" is open (the
    event's day unknown) with its event and offset; rule `relative_to_dated_event` when
    another sentence dates the event ("It enters into force on 1 July 2026."): from that
    day to that day plus the span."""
    count, unit = number_value(match.group("n")), match.group("u")
    words = " ".join(match.group("e").lower().split())
    event = next(name for key, name in EVENTS if key in words)
    offset = offset_days(count, unit)
    pattern = _EVENT_DATED.get(event)
    written = pattern and _nearest_dated(match.string, pattern, match.start(), match.end())
    bounds = written and date_bounds(written, reference=ref, future=None)
    if not bounds:
        return window(None, None, anchor_event=event, offset_days=offset)
    day = bounds[0]
    latest = add_units(day, count, unit)
    return window(day, latest, anchor_event=event, offset_days=offset, rule=DATED_EVENT_RULE)


# --- "within two weeks of the determination" -------------------------------------------
# An event named by a noun of action ("the determination", "enactment", "Royal Assent",
# "launch") that the text gives no day for: the span counts from it, not from R. Nouns
# are told by their endings (any -tion, -ment, -ance… noun is an event of this kind), not
# listed one by one; a few short nouns of starting and granting are named.
UNDATED_EVENT = (
    r"(?:(?:the|its|their|this|that)\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?"
    # the announcement, decision or agreement a text reports is dated: its publication day
    r"(?P<noun>(?!(?:announcement|decision|agreement)\b)[a-z]+(?:tion|sion|ment|ance|ence)|"
    r"assent|launch|"
    r"award|arrival|receipt|renewal|go-live)"
    r"(?![\w-]|\s+(?:of\s+)?(?:this|today)\b)"
)
UNDATED_EVENT_RULE = "relative_to_undated_event"


def relative_to_undated_event(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """Rule `relative_to_undated_event`: "within two weeks of the determination", "one
    year after enactment": open, with its event and offset; a reader cannot date it
    either, and counting from the publication day would invent a deadline."""
    count, unit = number_value(match.group("n")), match.group("u")
    event = " ".join(match.group("e").split())
    return window(None, None, anchor_event=event, offset_days=offset_days(count, unit))


# --- "within 48 hours of the ban taking effect" ----------------------------------------
# An event named by a noun and what it does ("the ban taking effect", "the scheme
# opening"), which another sentence may date: "The interim ban takes effect on 19
# November 2026."
NOUN_EVENT_RULE = "relative_to_noun_event"
NOUN_EVENT_VERBS: dict[str, str] = {
    # the -ing form in the deadline: the forms another sentence dates it with
    "taking effect": r"(?:takes|take|took|will\s+take)\s+effect",
    "coming into force": r"(?:comes|come|came|will\s+come)\s+into\s+force",
    "entering into force": r"(?:enters|enter|entered|will\s+enter)\s+into\s+force",
    "starting": r"(?:starts|start|started|will\s+start)",
    "beginning": r"(?:begins|begin|began|will\s+begin)",
    "opening": r"(?:opens|open|opened|will\s+open)",
    "closing": r"(?:closes|close|closed|will\s+close)",
    "ending": r"(?:ends|end|ended|will\s+end)",
    "going live": r"(?:goes|go|went|will\s+go)\s+live",
}
NOUN_EVENT = r"(?P<v>taking\s+effect|coming\s+into\s+force|entering\s+into\s+force|starting|" + (
    r"beginning|opening|closing|ending|going\s+live)"
)
HOURS_PER_DAY = 24
_DAY_MONTH = rf"(?:{_DATE}|{DAY}\s+(?:of\s+)?{MONTH}|{MONTH}\s+{DAY}(?![\d:]))"


def relative_to_noun_event(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """Rule `relative_to_noun_event`: "within 48 hours of the ban taking effect", from the
    day the nearest other sentence says that noun does it ("The interim ban takes effect on
    19 November 2026") to that day plus the span; open, with its event, when none does."""
    count, unit = number_value(match.group("n")), match.group("u").lower()
    if unit.startswith("hour"):
        count, unit = max(1, -(-count // HOURS_PER_DAY)), "day"
    noun = match.group("noun").lower()
    verb = " ".join(match.group("v").lower().split())
    event = f"{noun} {verb}"
    dated = re.compile(
        # "The interim ban on the scooters takes effect on 3 December"
        rf"\b{re.escape(noun)}(?:\s+(?:on|of|for)\s+[^.;\n]{{1,60}}?)?\s+"
        rf"(?:is\s+(?:due|set|expected)\s+to\s+)?"
        rf"{NOUN_EVENT_VERBS[verb]}\s+(?:on|from)\s+(?P<d>{_DAY_MONTH})",
        re.IGNORECASE,
    )
    written = _nearest_dated(match.string, dated, match.start(), match.end())
    bounds = written and date_bounds(written, reference=ref, future=True)
    if not bounds:
        return window(None, None, anchor_event=event, offset_days=offset_days(count, unit))
    day = bounds[0]
    return window(
        day, add_units(day, count, unit), anchor_event=event, offset_days=offset_days(count, unit)
    )


# --- "by the end of this parliament" ---------------------------------------------------
TERM = (
    r"(?:parliament(?:ary\s+term)?|legislature|legislative\s+term|term(?:\s+of\s+office)?|"
    r"mandate|administration)"
)
# Where a text says when the term ends: "the parliament's term ends in 2029", "the next
# general election, due in May 2029", "the 2024-2029 mandate".
_TERM_ENDS = re.compile(
    rf"\b{TERM}['’]?s?\s+(?:[\w'’-]+\s+){{0,3}}?(?:ends?|expires?|closes?|concludes?|runs\s+"
    rf"(?:until|to|through)|will\s+(?:end|expire|close|conclude|run\s+(?:until|to|through))|"
    rf"is\s+due\s+to\s+end)\s+(?:in\s+|on\s+|at\s+the\s+end\s+of\s+)?(?P<d>{_DATE})"
    rf"|\bnext\s+(?:general\s+|federal\s+|parliamentary\s+|legislative\s+|presidential\s+)?"
    rf"elections?,?\s+(?:(?:is|are|which\s+is|which\s+are)\s+)?(?:(?:due|scheduled|expected|"
    rf"set)\s+)?(?:to\s+(?:be\s+held|take\s+place)\s+)?(?:in|on|by|for)\s+(?P<d2>{_DATE})"
    rf"|\b(?P<a>{YEAR})\s*[-–]\s*(?P<b>(?:19|20)\d{{2}})\s+(?:[\w-]+\s+)?{TERM}\b",
    re.I,
)
TERM_RULE = "by_end_of_term"


def end_of_term(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """Rule `by_end_of_term`: "by the end of this parliament", "before the end of the
    mandate", "during this term": R to the end of the term when the text says when it ends
    (the nearest such sentence); otherwise a window with the phrase and no dates."""
    text = match.string
    best: tuple[int, dt.date] | None = None
    low, high = max(0, match.start() - ELSEWHERE_REACH), match.end() + ELSEWHERE_REACH
    for found in _TERM_ENDS.finditer(text, low, high):
        written = found.group("d") or found.group("d2") or found.group("b")
        bounds = date_bounds(written, reference=ref, future=True)
        if bounds is None or bounds[1] < ref:
            continue
        distance = abs(found.start() - match.start())
        if best is None or distance < best[0]:
            best = (distance, bounds[1])
    if best is None:
        return window(None, None)
    return window(ref, best[1])


# --- "within 12 weeks of the consultation closing" -------------------------------------
# What closes: a consultation, a review, a call for evidence, a comment period.
CLOSING_THING = (
    r"(?:consultation|review|call\s+for\s+(?:evidence|views|comments)|comment\s+period|"
    r"consultation\s+period|application\s+window|inquiry|survey)"
)
CLOSING_RULE = "relative_to_closing"
# Where a text dates the closing: "The review will close on 22 April 2026", "the
# consultation closes on 28 May", "comments are invited until 30 June 2026".
_CLOSES_ON = re.compile(
    rf"\b(?P<thing>{CLOSING_THING})\s+(?:will\s+(?:now\s+)?|is\s+due\s+to\s+|is\s+open\s+|runs\s+)?"
    rf"(?:close|closes|closed|end|ends|ended|until|to)\s+(?:on\s+|at\s+\S+\s+on\s+)?"
    rf"(?P<d>{_DATE}|{DAY}\s+{MONTH}|{MONTH}\s+{DAY})",
    re.I,
)


def relative_to_closing(match: re.Match[str], ref: dt.date) -> dict[str, Any]:
    """Rule `relative_to_closing`: "within 12 weeks of the review closing", "six months
    after the close of the consultation", from the day another sentence says it closes
    (the nearest, within ELSEWHERE_REACH) to that day plus the span; open, with its event
    and offset, when the text does not say."""
    count, unit = number_value(match.group("n")), match.group("u")
    thing = " ".join((match.group("thing") or match.group("thing2")).lower().split())
    event = f"close of the {thing}"
    offset = offset_days(count, unit)
    text = match.string
    best: tuple[int, str] | None = None
    low, high = max(0, match.start() - ELSEWHERE_REACH), match.end() + ELSEWHERE_REACH
    for found in _CLOSES_ON.finditer(text, low, high):
        if found.group("thing").lower().split()[-1] != thing.split()[-1]:
            continue
        distance = abs(found.start() - match.start())
        if best is None or distance < best[0]:
            best = (distance, found.group("d"))
    bounds = best and date_bounds(best[1], reference=ref, future=True)
    if not bounds:
        return window(None, None, anchor_event=event, offset_days=offset)
    day = bounds[0]
    return window(
        day, add_units(day, count, unit), anchor_event=event, offset_days=offset, rule=CLOSING_RULE
    )


# --- "until the works resume", "once Parliament has adopted its position" ---------------
# A deadline told as an event clause the text gives no day for: a subject (an article or
# a name, a few words) and its verb, marked as a verb by its form: an auxiliary and a
# participle ("has adopted", "has been placed", "are obligated", "is used"), a verb in -s
# after a singular subject ("the pilot starts", "the interim ban ends"), or a plain verb
# after a plural one that closes the clause ("the works resume."). Words of time in the
# subject ("the end of the year", "the summer") leave the phrase to the calendar rows.
EVENT_CLAUSE_RULE = "until_event_clause"
_TIME_WORD = (
    r"(?:end|start|beginning|close|middle|year|years|month|months|week|weeks|day|days|"
    r"quarter|spring|summer|autumn|fall|winter|time|deadline|date|period|season|half)"
)
_SUBJECT_WORD = rf"(?!{_TIME_WORD}\b)[\w'’-]+"
_NAME = r"(?-i:[A-Z])[\w'’-]+"
# The verb, by its form: "has adopted", "has been placed", "are obligated", "is used";
# "starts", "ends", "takes" (no auxiliary in -s); after a plural subject, a plain verb
# that closes the clause ("resume.").
_CLAUSE_VERB = (
    r"(?:(?:has|have|had)\s+(?:been\s+)?[a-z]+(?:ed|en)\b|(?:is|are)\s+(?:being\s+)?[a-z]+ed\b|"
    r"(?!(?:has|is|was|does|its|this|his|us|as|plus)\b)[a-z]+[^s\W]s\b|"
    r"(?<=s\s)[a-z]+\b(?=\s*(?:[.,;)]|$)))"
)
EVENT_CLAUSE = (
    r"\b(?P<by>before|until|till|once)\s+"
    rf"(?P<e>(?:(?:the|a|an|any|its|their|this|each|every)\s+(?:{_SUBJECT_WORD}\s+){{0,2}}?"
    rf"{_SUBJECT_WORD}|{_NAME}(?:\s+{_NAME})?)\s+{_CLAUSE_VERB})"
    r"(?!\s+(?:in|on|by|from)\s+(?:\d|(?-i:[A-Z])))"
)


def event_clause(match: re.Match[str], ref: dt.date) -> dict[str, Any] | None:
    """Rule `until_event_clause`: "until the works resume", "once Parliament has adopted
    its own position", "before any citizen data is used": due when an event happens that
    the text gives no day for; the window keeps its phrase and has no dates (a reader
    cannot date it either), and gives way to a dated deadline of the same sentence."""
    if re.search(rf"\d|\b{_TIME_WORD}\b", match.group("e"), re.IGNORECASE):
        return None
    return window(None, None, rule=EVENT_CLAUSE_RULE)
