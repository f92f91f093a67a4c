"""A plan's figure that will change from one number to another: "Community clinics will
expand from 120 this year to 180 next year", "The number of subsidised apprentices will
also rise from 4,000 to 6,500".

The subject is the thing the plan provides, not a body, and the verb takes no object, so
the cue rules read a forecast ("the market will grow") and give nothing. A change given
from one figure to the other is no forecast in a text that reports a decision: it is the
plan's target, the decision's body's work (rule `action.quantity_target`), as "will raise
the number of clinics from 120 to 180" would be. A forecast marked as one ("is expected
to", "analysts say", "could"), a price, a rate or an economy's figure (which no body
brings about alone) and a figure that changed in the past are none. Only sentences that
gave no action are read, each once: linear in the text's length.
"""

from __future__ import annotations

import datetime as dt
import re

from initiatives.pipeline import dates
from initiatives.pipeline.extract_action_lines import prose_without_actions
from initiatives.pipeline.extract_actions import FoundAction, build_action, cue_subject
from initiatives.pipeline.extract_owners import Owner, OwnerContext
from initiatives.pipeline.extract_segments import Segment, span

RULE = "action.quantity_target"
_CHANGE = re.compile(
    r"\bwill\s+(?:(?:also|nearly|almost|roughly|more\s+than|further)\s+)*"
    r"(?P<verb>expand|grow|increase|rise|double|triple|halve|fall|drop|decline|decrease|"
    r"climb)\b,?\s+(?:going\s+)?(?=from\s+(?:[^.;]|\.\d){0,60}?\d(?:[^.;]|\.\d){0,60}?\bto\s+(?:about\s+|"
    r"around\s+|some\s+|over\s+)?[\d$€£¥₹])"
)
# Figures no body brings about alone, and the marks of a forecast.
_NOT_TARGETS = re.compile(
    r"\b(?:prices?|inflation|rates?|GDP|economy|growth|demand|temperatures?|unemployment|"
    r"deficit|debt|market|sales|revenues?|costs?|population|shares?\s+price|yields?|"
    r"imports|value)\b",
    re.IGNORECASE,
)
_FORECAST = re.compile(
    r"\b(?:expected|forecast|projected|predicted|estimated|could|may|might|analysts?|"
    r"economists?|predicts?|warns?|warned)\b",
    re.IGNORECASE,
)
MAX_SUBJECT_WORDS = 16
# The body's verb for a figure's change: "will rise" is the body's "raise".
_MADE = {"rise": "raise", "climb": "raise", "fall": "reduce", "drop": "reduce",
         "decline": "reduce", "decrease": "reduce", "grow": "increase"}  # fmt: skip


def quantity_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The figures a plan will change from one number to another, in sentences that gave
    no action, each the work of the text's body."""
    body = context.main or context.publisher
    if body is None:
        return []
    out: list[FoundAction] = []
    for segment in prose_without_actions(segments, found):
        if "will" not in text[segment.start : segment.end]:
            continue  # the common case
        if _FORECAST.search(text, segment.start, segment.end):
            continue
        for match in _CHANGE.finditer(text, segment.start, segment.end):
            subject = cue_subject(text, segment.start, match.start())
            thing = subject.quote.strip(" ,\"“”'‘’")
            words = thing.split()
            if not words or len(words) > MAX_SUBJECT_WORDS or _NOT_TARGETS.search(thing):
                continue
            if words[0].lower() in ("it", "they", "this", "that", "which", "these"):
                continue  # what the pronoun stands for was counted where it was named
            owner = Owner(body, span(text, segment.start, segment.end))
            windows = dates.find_due_windows(
                text, reference=anchor, start=segment.start, end=segment.end
            )
            stop = _object_stop(text, match.end(), segment.end)
            to = text.find(" to ", match.end(), stop)
            # "from 120 this year to 180 next year": the first date is where it starts
            windows = [w for w in windows if not (w.span and match.end() <= w.span.start < to)]
            verb = _MADE.get(match.group("verb"), match.group("verb"))
            out += build_action(
                text, segment, subject, owner, verb, True, match.end(), stop, windows, None,
                anchor, RULE, context,
            )  # fmt: skip
    return out


# Where the change's figures end: the next clause ("…, and agencies will grow…").
_CLAUSE_END = re.compile(r",\s+(?:and|while|with|according)\b|[;.]\s|\s+and\s+(?=[a-z-]+\s+will\b)")


def _object_stop(text: str, start: int, end: int) -> int:
    found = _CLAUSE_END.search(text, start, end)
    return found.start() if found else end
