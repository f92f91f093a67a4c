"""Headed objectives: a plan's own promise written as a labelled line, "Objective 1: To
relocate 1,500 households out of the flood zones by 2034", "Target 3 – Restore 400
hectares of mangrove by 2030", "Priority B: train 600 community health workers".

The label stands where a cue would ("we will"), and the promise is the text's own, so its
owner is the body behind the text (the caller's). A numbered label is one of a plan's
listed commitments; an unnumbered one ("Goal: to foster resilience") counts only with a
figure or a year in its line, as an aim without one is an aspiration.
"""

from __future__ import annotations

import re

from initiatives.pipeline.action_cues import NOT_VERBS, VERB_BASE
from initiatives.pipeline.action_verbs import (
    NON_COMMITMENT_VERBS,
    SECOND_PROMISE_VERBS,
    TASK_VERBS,
    TRANSITIVE_COMMITMENTS,
)

RULE = "action.headed_objective"

_HEADED = re.compile(
    r"\s*(?:[-•*–]\s*)?"
    r"(?P<label>(?:Strategic|Specific|Key|Policy|Operational)\s+"
    r"(?i:objective|goal|target|aim|priority|commitment)|Objective|Goal|Target|Aim|Priority|"
    r"Commitment)"
    r"(?:\s+(?P<number>\d{1,2}(?:\.\d{1,2})?|[A-H]|[IVX]{1,4})\b)?\s*[:.–—-]\s+"
    r"(?P<to>[Tt]o\s+)?(?P<verb>[A-Za-z][a-z]+)\b(?:\s+(?P<particle>up|out|forward)\b)?"
)
# "## Objective 2" as a heading of its own, its objective the line after it: "To restore…".
_LABEL_ALONE = re.compile(
    r"\s*(?:(?:Strategic|Specific|Key|Policy|Operational)\s+)?"
    r"(?:Objective|Goal|Target|Aim|Priority|Commitment)\s+(?:\d{1,2}(?:\.\d{1,2})?|[A-H]|[IVX]{1,4})"
    r"\s*[:.]?\s*\Z"
)
_INFINITIVE = re.compile(
    r"\s*(?P<to>[Tt]o\s+)(?P<verb>[a-z]+)\b(?:\s+(?P<particle>up|out|forward)\b)?"
)
_FIGURE = re.compile(r"\d")
# Verbs of a result reached, read as work only in a numbered line with a figure.
RESULT_VERBS = frozenset({"achieve", "reach", "halve", "hit", "meet", "save", "plant", "restore"})


def is_objective_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a numbered label alone: "Objective 2", "Goal IV"."""
    return _LABEL_ALONE.match(text[start:end]) is not None


def headed_objective(
    text: str, start: int, end: int, *, under_label: bool = False
) -> tuple[str, int] | None:
    """The verb (base form, with its particle) and where its object starts, when
    text[start:end] is a headed objective, or (`under_label`, after a numbered label
    alone) an infinitive line; None otherwise."""
    match = _HEADED.match(text, start, end)
    if match is not None:
        return _verb(match, numbered=match.group("number") is not None, text=text, end=end)
    match = _INFINITIVE.match(text, start, end) if under_label else None
    return _verb(match, numbered=True, text=text, end=end) if match is not None else None


def _verb(match: re.Match[str], *, numbered: bool, text: str, end: int) -> tuple[str, int] | None:
    verb = match.group("verb").lower()
    if verb in NOT_VERBS or (verb in NON_COMMITMENT_VERBS and verb not in TRANSITIVE_COMMITMENTS):
        return None  # "Goal: to become a leader in…": a state, not work
    # After "to" any verb is an infinitive; a bare word must be a verb of work we know.
    known = verb in VERB_BASE or verb in SECOND_PROMISE_VERBS or verb in TASK_VERBS
    # "Commitment 1: Help 100,000 people…", "Target 2: Achieve 30,000 hours…": a numbered
    # line's figure makes a verb of reaching a result work
    counted = numbered and _FIGURE.search(text, match.end(), end) is not None
    known = known or (counted and (verb in TRANSITIVE_COMMITMENTS or verb in RESULT_VERBS))
    if match.group("to") is None and not known:
        return None  # "Target: 50% of homes…", "Aim: better health"
    if not numbered and not _FIGURE.search(text, match.end(), end):
        return None  # "Goal: to foster a culture of safety": an aspiration
    particle = match.group("particle")
    return (f"{verb} {particle}" if particle else verb), match.end()
