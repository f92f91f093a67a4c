"""A dated aim hung on a decision: "The government on Friday approved a draft plan, aiming to
formalize it by the end of next month", "The cabinet adopted its energy plan, seeking to
double the share of renewables within a decade", "Member States agreed to resume talks,
aiming to finalise a code in time for the Assembly in May".

The cue rules read a finite "aims to" or "is seeking to"; a purpose participle set off
by a comma after the main clause says what the body that decides means to do next, in
the same breath as the decision. It is a promise (rule `action.aimed_participle`) only
when it is dated ahead: without a deadline it is the decision's purpose ("initiated a
review, aiming to determine whether an adjustment is needed"), not work a reader can
follow to an end. The owner is the subject of the main clause, else the text's body.
"""

from __future__ import annotations

import datetime as dt
import re

from initiatives.pipeline import dates
from initiatives.pipeline.action_verbs import NON_COMMITMENT_VERBS, base_form
from initiatives.pipeline.extract_actions import (
    FoundAction,
    build_action,
    cue_subject,
    is_ahead,
    object_end,
)
from initiatives.pipeline.extract_owners import Owner, OwnerContext, owner_of
from initiatives.pipeline.extract_segments import SENTENCE_STOP, Segment, prose_matches
from initiatives.pipeline.types import Span

RULE = "action.aimed_participle"
PROMISE_RULE = "action.promise"  # the cue rule: a future verb with its subject
# ", aiming to formalize", ", seeking to double", "; hoping to finalise".
_AIMED = re.compile(
    r"[,;]\s+(?:while\s+)?(?:aiming|seeking|hoping|intending|planning|looking)\s+to\s+"
    r"(?P<verb>[a-z]{3,})\b"
)
# The end of the main clause's subject: its first finite verb ("approved", "has adopted").
_FIRST_VERB = re.compile(r"\s(?:(?:has|have|had|is|are|was|were|will|would)\b|(?-i:[a-z]{3,}ed)\b)")


def aimed_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The dated aims that purpose participles hang on decisions, in prose."""
    out: list[FoundAction] = []
    for segment, match in prose_matches(_AIMED, text, segments):
        out += _aimed(text, segment, match, found, anchor, context)
    return out


def _aimed(
    text: str,
    segment: Segment,
    match: re.Match[str],
    found: list[FoundAction],
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    lemma = base_form(match.group("verb"))
    if lemma in NON_COMMITMENT_VERBS:
        return []  # "seeking to remain competitive"
    verb_end = match.end()
    stop = SENTENCE_STOP.search(text, verb_end, segment.end)
    end = object_end(text, verb_end, stop.start() if stop else segment.end)
    if _told(found, lemma, match.start("verb"), end):
        return []
    windows = [
        w
        for w in dates.find_due_windows(text, reference=anchor, start=verb_end, end=end)
        if is_ahead(w, anchor)
    ]
    if not windows:
        return []  # the decision's purpose, not dated work
    owner = _main_subject_owner(text, segment, match.start(), context)
    return build_action(
        text, segment, Span(match.start("verb"), match.start("verb"), ""), owner, lemma,
        False, verb_end, end, windows, None, anchor, RULE, context,
    )  # fmt: skip


def _told(found: list[FoundAction], lemma: str, start: int, end: int) -> bool:
    """Whether a finder before this one already read this aim: as its own action, or as
    the purpose of a promise whose object it stands in ("agreed to resume negotiations
    during February, aiming to finalise a code…" is one promise and its end)."""
    for f in found:
        evidence = f.action.evidence
        if start <= evidence.start < end:
            return True  # an action read from the aim's own words
        if evidence.start <= start < evidence.end and (
            f.action.rule == PROMISE_RULE or f.action.description.casefold().startswith(lemma)
        ):
            return True
    return False


def _main_subject_owner(
    text: str, segment: Segment, participle: int, context: OwnerContext
) -> Owner | None:
    """The owner the main clause's subject names: the words of the sentence before its
    first finite verb ("The Japanese government on Friday approved…"), else the text's
    body."""
    start = segment.start
    for stop in SENTENCE_STOP.finditer(text, segment.start, participle):
        start = stop.end()
    verb = _FIRST_VERB.search(text, start, participle)
    if verb is not None:
        # the clause before the verb: no dateline ("OSLO, March 6 (Nordwire) - The…")
        owner = owner_of(text, cue_subject(text, start, verb.start()), context)
        if owner is not None:
            return owner
    body = context.main or context.publisher
    return Owner(body, Span(participle, participle, "")) if body else None
