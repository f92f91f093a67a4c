"""Whose a budget is: the government a text names as presenting it.

A state budget's media release often names no body the gazetteer knows ("The NSW
Government's 2026-27 Budget will invest…", "the Minns Labor Government has handed down its
first Budget"), and its measures are then listed as lines with no subject ("- $186.5
million to build…"). A reader counts each measure as a promise of the government whose
budget it is; that government is the text's body when nothing else names one.
"""

from __future__ import annotations

import re

from initiatives.pipeline.extract_owners import OwnerContext, owner_of
from initiatives.pipeline.gazetteer import ActorEntry
from initiatives.pipeline.types import Span

# How far into a text the budget's government is looked for: its lead, not its notes.
BUDGET_REACH = 1500

_GOVERNMENT = r"(?P<gov>(?:[A-Z][\w.'’&-]*\s+){1,4}?Government)"
# "The NSW Government's 2026-27 Budget", "the Minns Labor Government’s first budget",
# "the State Government will deliver the 2027 Budget", "the Territory Government handed
# down a budget".
_BUDGET_HOLDER = re.compile(
    _GOVERNMENT
    + r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?|\s+(?:has\s+|have\s+|will\s+|today\s+|on\s+\w+\s+)?"
    r"(?:delivered|delivers|deliver|handed\s+down|hands\s+down|hand\s+down|presented|presents|"
    r"present|unveiled|unveils|unveil|tabled|tables|table|released|releases|release)\s+"
    r"(?:its|the|a|their)\s+(?:[\w-]+\s+){0,3}?)[Bb]udget\b"
)


def budget_holder(text: str) -> ActorEntry | None:
    """The government whose budget the text's lead presents, or None."""
    match = _BUDGET_HOLDER.search(text, 0, min(len(text), BUDGET_REACH))
    if match is None:
        return None
    subject = Span(match.start("gov"), match.end("gov"), match.group("gov"))
    owner = owner_of(text, subject, OwnerContext(), animate=True)
    return owner.entry if owner is not None else None
