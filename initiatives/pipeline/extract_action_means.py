"""The measures a promise lists as its means: "agreed to bolster growth by pursuing sound
policies, building fiscal buffers, encouraging investment and safeguarding central bank
independence".

A communiqué or its report often packs a group's work into one long sentence: the promise
says what for, and a run of gerunds after "by" or "through" says what will be done. Each
gerund of a run of three or more is a measure that can be done and checked on its own, so
each is a promise of the same owner, with the same deadline (`action.means_listed`); the
promise the sentence gave for the whole stays. A run of two ("by cutting costs and
raising revenue") stays one promise, and nothing comes from a sentence that gave none.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from initiatives.pipeline import dates
from initiatives.pipeline.action_cues import NOT_VERBS
from initiatives.pipeline.action_verbs import NON_COMMITMENT_VERBS, base_form
from initiatives.pipeline.extract_action_outcomes import NOUN_GERUNDS
from initiatives.pipeline.extract_actions import FoundAction, build_action, object_end
from initiatives.pipeline.extract_owners import OwnerContext
from initiatives.pipeline.extract_segments import Segment
from initiatives.pipeline.types import Span

RULE = "action.means_listed"
MIN_MEANS = 3

_MEANS = re.compile(r"\b(?:by|through)\s+(?=[a-z]+ing\b)")
_GERUND = re.compile(r"(?P<verb>[a-z]{3,}ing)\b")
# Where one measure ends and the next gerund starts: ", building", " and safeguarding".
_NEXT = re.compile(r"(?:,\s*(?:and\s+|while\s+|as\s+well\s+as\s+)?|\s+and\s+)(?=[a-z]{3,}ing\b)")


def means_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """One promise for each measure of a run of gerunds that a found promise lists."""
    del context  # each measure is its promise's owner's
    starts = [s.start for s in segments]
    out: list[FoundAction] = []
    done: set[int] = set()
    for item in found:
        if item.owner is None:
            continue
        at = bisect.bisect_right(starts, item.action.evidence.start) - 1
        if at < 0 or at in done:
            continue
        segment = segments[at]
        if segment.kind in ("title", "heading"):
            continue
        means = _MEANS.search(text, segment.start, segment.end)
        if means is None:
            continue
        pieces = _pieces(text, means.end(), segment.end)
        if len(pieces) < MIN_MEANS:
            continue
        done.add(at)
        windows = dates.find_due_windows(text, reference=anchor, start=segment.start,
                                         end=segment.end)  # fmt: skip
        for verb_end, lemma, end in pieces:
            out += build_action(
                text, segment, Span(segment.start, segment.start, ""), item.owner, lemma,
                False, verb_end, object_end(text, verb_end, end), windows, item.action.due,
                anchor, RULE, NO_CONTEXT, whole=True,
            )  # fmt: skip
    return out


NO_CONTEXT = OwnerContext()


def _pieces(text: str, start: int, end: int) -> list[tuple[int, str, int]]:
    """The run of gerunds from `start`: (where each one's object starts, its verb, where
    its object ends); empty when a piece is no verb ("by funding", a noun)."""
    body_end = end
    while body_end > start and text[body_end - 1] in " .\n":
        body_end -= 1
    cuts = [start, *(m.end() for m in _NEXT.finditer(text, start, body_end))]
    stops = [*(m.start() for m in _NEXT.finditer(text, start, body_end)), body_end]
    pieces = []
    for a, b in zip(cuts, stops, strict=True):
        gerund = _GERUND.match(text, a, b)
        if gerund is None:
            return []
        word = gerund.group("verb")
        lemma = base_form(word)
        if word in NOUN_GERUNDS or lemma in NOT_VERBS or lemma in NON_COMMITMENT_VERBS:
            return []
        pieces.append((gerund.end(), lemma, b))
    return pieces
