"""Time one body gives another to do a thing: "Ofcom will allow providers at least 12
months to implement the changes", "gives firms a further six months to comply". The work
is the other body's; its deadline is dated by `dates_due_calendar.time_given`, the one home
of the rule that also reads "Firms now have 12 months to implement the rules".
"""

from __future__ import annotations

import re

from initiatives.pipeline.dates_patterns import UNIT

# "will allow communications providers at least 12 months to implement changes", "gives
# firms a further six months to comply": the time one body gives another for its work.
ALLOWED_TIME_RE = re.compile(
    r"\b(?=[agl])(?:allow(?:s|ed|ing)?|give[sn]?|gave|giving|grant(?:s|ed|ing)?|"
    r"le(?:t|ts|tting))\s+(?P<who>(?:the\s+|all\s+|its\s+|their\s+)?[A-Za-z][\w&'’-]*"
    r"(?:\s+[\w&'’-]+){0,4}?)\s+(?:(?:at\s+least|up\s+to|until|an?\s+(?:additional|extra|"
    r"further)|another|more\s+than)\s+)?(?P<span>(?:\d{1,3}|[a-z]+)\s+(?:more\s+|extra\s+)?"
    rf"{UNIT})\s+to\s+(?P<verb>[a-z]+)\b(?:\s+(?P<particle>up|out|forward)\b)?"
)
