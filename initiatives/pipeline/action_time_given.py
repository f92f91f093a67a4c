"""Time given to do a thing, read as its deadline: "Firms now have 12 months to
implement the rules", "Member states will have three years to transpose it", "Ofcom will
allow providers at least 12 months to implement the changes".

The span ("12 months") counts from the day the text speaks, as "within 12 months" does;
its window is named `time_given` so a curator sees where the deadline came from.
"""

from __future__ import annotations

import datetime as dt
import re

from initiatives.pipeline.dates_patterns import NUMBER, UNIT, add_units, number_value
from initiatives.pipeline.types import DueWindow, Span

TIME_GIVEN_CONFIDENCE = 0.7
_SPAN = re.compile(
    rf"\b(?P<n>{NUMBER}|an?)\s+(?:(?:more|extra|additional|further)\s+)?(?P<u>{UNIT})\b", re.I
)


def time_given(text: str, start: int, end: int, anchor: dt.date) -> DueWindow | None:
    """The window of the first "<number> <unit>" in text[start:end], counted from `anchor`."""
    found = _SPAN.search(text, start, end)
    if found is None:
        return None
    word = found.group("n").lower()
    count = 1 if word in ("a", "an") else number_value(word)
    phrase = Span(found.start(), found.end(), found.group())
    latest = add_units(anchor, count, found.group("u"))
    return DueWindow(phrase.quote, anchor, latest, TIME_GIVEN_CONFIDENCE, "time_given", span=phrase)


# "will allow communications providers at least 12 months to implement changes", "gives
# firms a further six months to comply": the time one body gives another for its work.
ALLOWED_TIME_RE = re.compile(
    r"\b(?=[agl])(?:allow(?:s|ed|ing)?|give[sn]?|gave|giving|grant(?:s|ed|ing)?|"
    r"le(?:t|ts|tting))\s+(?P<who>(?:the\s+|all\s+|its\s+|their\s+)?[A-Za-z][\w&'’-]*"
    r"(?:\s+[\w&'’-]+){0,4}?)\s+(?:(?:at\s+least|up\s+to|until|an?\s+(?:additional|extra|"
    r"further)|another|more\s+than)\s+)?(?P<span>(?:\d{1,3}|[a-z]+)\s+(?:more\s+|extra\s+)?"
    rf"{UNIT})\s+to\s+(?P<verb>[a-z]+)\b(?:\s+(?P<particle>up|out|forward)\b)?"
)
