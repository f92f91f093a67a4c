"""Where a future verb sits in its sentence, and what it says there, by structure.

Two shapes of sentence carry a modal ("will", "must") without promising any work:

- the modal is inside a clause that gives a reason, a concession or a time for the
  sentence's main clause, written after it: "Hydrogen is hard to ship because it must be
  kept cold", "the budget, which is negotiated before a final version must be passed by
  July, …". The main clause carries the news; the subordinate one explains it. A reason
  or time fronted at the start of the sentence ("Because of the delay, the ministry will
  reopen the call") leaves the main clause's promise alone.
- the verb is "make" with an object and a quality of how something will work: "it will
  make payments faster and more transparent", "we will make both of them smarter",
  "we will make compensation automatic". That is the outcome a speaker hopes for, not a
  deliverable. A change of status is work and stays: "make the maps public", "make the
  data available", "make the scheme permanent", "make the rule mandatory".

A third shape is a sentence that opens in the past: "In May 2024, the Assembly asked the
Director-General to develop a code", "In 2025, Allies agreed to invest 5% of GDP", "In
December, the company announced a plan to invest", "When I took office, I committed that
the projects would be finished". It tells the background, what was decided or said
before the text's own news, and a reader tracks the promise where the text makes it now.
A fronted time ahead of the text's day ("In 2027, the agency will…") or in its own month
(the decision the text reports) is left alone.

All three are read from the sentence's structure, not from its topic, so they hold for any
actor and any subject matter.
"""

from __future__ import annotations

import datetime as dt
import re

# A subordinator that opens a reason, concession or time clause, then the clause's own
# subject with no clause boundary (comma, semicolon, colon, dash, bracket, "and") before
# the cue. Searched up to the cue, so "$" is the cue's start.
_SUBORDINATE_TO_CUE = re.compile(
    r"\b(?:because|although|though|whereas|before)\s+(?!of\b|the\s+end\b)"
    r"(?:(?!\band\b|\bor\b)[^,;:.!?\u2013\u2014()\"\u201c\u201d])+$",
    re.IGNORECASE,
)

# "make" + its object (a few words, none of them a preposition that would open another
# phrase) + a quality that ends the phrase: a comparative ("faster", "more transparent")
# or a plain adjective of how something works ("automatic", "simple"). A quality that
# goes on to a noun ("make a fair offer") is the object itself. The words of status
# ("public", "available", "permanent", "mandatory") are not in the class.
_QUALITY = (
    r"(?:(?:more|less)\s+[a-z]+|(?:fast|quick|easi|simpl|saf|smart|fair|cheap|strong|clear|"
    r"bett)[a-z]?er|automatic|fast|quick|easy|simple|safe|smart|fair|cheap|clear|efficient|"
    r"transparent|seamless|effortless|smooth|predictable|reliable|painless)"
)
_OBJECT_WORD = r"(?!(?:to|for|in|on|at|with|from|by|into|and|or|more|less)\b)[\w'\u2019-]+\s+"
_MAKES_QUALITY = re.compile(
    r"\s*(?:"
    + _OBJECT_WORD
    + r"){1,4}?"
    + _QUALITY
    + r"(?=\s*(?:[,;:.!?\"\u201d)]|$|(?:and|or|than|for|to|at|in|by|within|when)\b))",
    re.IGNORECASE,
)


def in_subordinate_clause(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the cue at `cue_start` is inside a reason, concession or time clause that
    follows the sentence's main clause ("… because it must be kept cold")."""
    found = _SUBORDINATE_TO_CUE.search(text, sentence_start, cue_start)
    if found is None:
        return False
    # Fronted ("Because of X, the agency will…", "Before 2027 the agency will…"): the
    # subordinate clause comes first and the cue belongs to the main clause.
    return bool(text[sentence_start : found.start()].strip(" \t\n\"'\u201c\u2018"))


def makes_a_quality(text: str, head: str, passive: bool, verb_end: int, end: int) -> bool:
    """Whether "make" at `verb_end` takes an object and a quality ("make payments
    faster"): an outcome, not work."""
    if head != "make" or passive:
        return False
    if re.match(r"\s*sure\b", text[verb_end:end], re.IGNORECASE):
        return False  # "make sure that …": the work is what follows
    return _MAKES_QUALITY.match(text, verb_end, end) is not None


def builds_on(text: str, head: str, passive: bool, verb_end: int, end: int) -> bool:
    """Whether the verb builds or draws on what exists with no work named ("will build on
    that success", "will draw on our strengths"): a stance; "will build on the fund by
    providing £200 million" names its work, and "will build one depot" is work."""
    if passive or head not in _LEVERAGE_VERBS or _ON.match(text, verb_end, end) is None:
        return False
    return _BY_MEANS.search(text, verb_end, end) is None


def announced_today(text: str, head: str, start: int, cue: int) -> bool:
    """Whether the promise is today's announcement itself ("Today, the White House will
    announce new commitments"): the news the text reports, not follow-up work."""
    return head in _ANNOUNCING and _TODAY.search(text, start, cue) is not None


def done_today(text: str, cue: int) -> bool:
    """Whether the passive at `cue` is what happens as the text is written ("The final
    rules are being published today"): the news itself, not work to follow."""
    return _BEING_TODAY.match(text, cue) is not None


_ANNOUNCING = frozenset({"announce", "unveil"})
_BEING_TODAY = re.compile(r"(?:is|are)\s+being\s+[a-z]+(?:ed|en|wn)\s+today\b")
_TODAY = re.compile(r"\b[Tt]oday\b")
_LEVERAGE_VERBS = frozenset({"build", "draw", "capitalise", "capitalize"})
_ON = re.compile(r"\s+(?:up)?on\b", re.IGNORECASE)
_BY_MEANS = re.compile(r"\bby\s+[a-z]{3,}ing\b")


_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
# A sentence's opening in the past: "In May 2024,", "In 2025,", "In December", "Last
# year,", "When I took office,".
_PAST_OPENING = re.compile(
    r"[\s\"\u201c\u2018']*(?:In\s+(?:(?P<month>" + "|".join(_MONTH_NAMES) + r")\b\s*"
    r"(?P<year>(?:19|20)\d{2})?|(?P<only_year>(?:19|20)\d{2})\b)|Last\s+(?P<last>year|month)\b|"
    r"When\s+(?:[\w'\u2019-]+\s+){1,4}?(?:took\s+office|came\s+(?:in|to\s+power)|"
    r"was\s+(?:elected|appointed)|were\s+elected)\b)",
    re.IGNORECASE,
)
# What a body said or decided then: the past of the verbs that report a decision.
_PAST_REPORT = re.compile(
    r"\b(?:said|told|announced|agreed|decided|asked|adopted|committed|pledged|promised|"
    r"launched|unveiled|published|approved|signed|called|directed|resolved|set\s+out|"
    r"sought|unearthed|found|introduced|proposed)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to)\b", re.IGNORECASE)


def told_before(text: str, start: int, end: int, anchor: dt.date) -> bool:
    """Whether the sentence at `start`..`end` opens in the past and reports what was
    said or decided then ("In May 2024, the Assembly asked…"): background, not a promise
    the text makes."""
    opening = _PAST_OPENING.match(text, start, end)
    if opening is None:
        return False
    year = opening.group("year") or opening.group("only_year")
    month = opening.group("month")
    if year is not None and int(year) >= anchor.year:
        return False  # "In 2027, …", "In March 2026, …" in a text of 2026: this year's
    in_its_month = month is not None and _MONTH_NAMES.index(month.lower()) + 1 == anchor.month
    if year is None and in_its_month:
        return False  # "In June, the Council agreed…" in June: the decision reported
    reported = _PAST_REPORT.search(text, opening.end(), end)
    if reported is None:
        return False
    future = _FUTURE.search(text, opening.end(), reported.start())
    return future is None  # "In May, the agency will…": a plan, not a report
