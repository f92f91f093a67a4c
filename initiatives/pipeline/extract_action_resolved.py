"""A resolution's items in the subjunctive: "(3) That £1.9 million be allocated from the
Capital Programme for tree planting", "(6) That the Head of Parks report to Cabinet
annually", "That a grant offer be made to every school".

A council or a board resolves what shall be done in the mood of its minutes: "That X be
<participle>" is work the body that resolves does (the body the text is about), and
"That <officer> <verb>" is work given to that officer. The items that are the decision
itself ("That the strategy be adopted", "be noted", "be received") are no follow-up, and
"be authorised/requested to…" is read by the cue rules. Each action keeps its item as its
quote and the rule's name `action.resolved`.
"""

from __future__ import annotations

import datetime as dt
import re

from initiatives.pipeline import dates
from initiatives.pipeline.action_cues import VERB_BASE
from initiatives.pipeline.action_named_doer import named_body
from initiatives.pipeline.action_verbs import (
    IRREGULAR_PARTICIPLES,
    SECOND_PROMISE_VERBS,
    TASK_VERBS,
    base_form,
)
from initiatives.pipeline.extract_actions import FoundAction, build_action, object_end
from initiatives.pipeline.extract_owners import Owner, OwnerContext, owner_of
from initiatives.pipeline.extract_segments import Segment
from initiatives.pipeline.gazetteer import ORGANISATION, ActorEntry
from initiatives.pipeline.types import Span

RULE = "action.resolved"
# "(3) That", "3. That", "THAT", "That": a resolution's item.
_ITEM = re.compile(r"\s*(?:\(?(?:\d{1,2}|[a-hivx]{1,4})[.)]\s*)?(?:That|THAT)\s+")
# "That £1.9 million be allocated", "That a tree-planting offer be made to…".
# ("be authorised to make…" is read by the cue rules, and its participle is the decision.)
_PASSIVE = re.compile(
    r"(?P<thing>(?:[^;:,]|,(?=\d)){2,120}?)\s+be\s+(?:hereby\s+|also\s+)?(?P<participle>[a-z]+)\b"
)
# "That the Head of Parks report to Cabinet", "That officers prepare a plan".
_ACTIVE = re.compile(
    r"(?P<who>(?:the\s+)?(?:[A-Z][\w&'’-]*|of|for|and)(?:\s+(?:[A-Z][\w&'’-]*|of|for|and|the))"
    r"{0,8}|officers|staff)\s+(?P<verb>[a-z]+)\b"
)
# What the resolving body does to the report before it: the decision itself.
_DECIDED = frozenset(
    {
        "adopt", "approve", "endorse", "note", "receive", "agree", "accept", "ratify",
        "confirm", "welcome", "reject", "defer", "refer", "consider", "authorise",
        "authorize", "delegate", "request", "direct", "instruct", "ask",
    }
)  # fmt: skip
# The body whose minutes these are, named at the top: "Kingsmead Borough Council".
_BODY_LINE = re.compile(
    r"^(?:The\s+)?(?P<name>(?:[A-Z][\w&'’-]*\s+){1,5}(?:Council|Board|Authority|Committee|"
    r"Cabinet|Commission|Assembly))\s*$",
    re.MULTILINE,
)
BODY_LINE_REACH = 600  # characters from the top where the minutes name their body
_WORK = frozenset(VERB_BASE) | SECOND_PROMISE_VERBS | TASK_VERBS | {"make", "give"}


def resolved_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The subjunctive items of a resolution that gave no action to the other rules."""
    quoted = {f.action.evidence.start for f in found}
    out: list[FoundAction] = []
    for segment in segments:
        if segment.kind in ("title", "heading") or segment.start in quoted:
            continue
        item = _ITEM.match(text, segment.start, segment.end)
        if item is None:
            continue
        out += _item_actions(text, segment, item.end(), anchor, context)
    return out


def _item_actions(
    text: str, segment: Segment, at: int, anchor: dt.date, context: OwnerContext
) -> list[FoundAction]:
    active = _ACTIVE.match(text, at, segment.end)
    if active is not None and active.group("verb") in _WORK:
        return _active(text, segment, active, anchor, context)
    passive = _PASSIVE.match(text, at, segment.end)
    if passive is not None:
        word = passive.group("participle")
        lemma = base_form(word)
        if not (word.endswith(("ed", "en")) or word in IRREGULAR_PARTICIPLES):
            return []
        if lemma in _DECIDED or lemma not in _WORK:
            return []  # "That the strategy be adopted": the decision itself
        thing = passive.group("thing")
        subject = Span(passive.start("thing"), passive.end("thing"), thing)
        verb_end = passive.end()
        end = object_end(text, verb_end, segment.end)
        windows = dates.find_due_windows(
            text, reference=anchor, start=segment.start, end=segment.end
        )
        return build_action(
            text, segment, subject, _resolving_body(text, context), lemma, True, verb_end, end,
            windows, None, anchor, RULE, context,
        )  # fmt: skip
    return []


def _active(
    text: str, segment: Segment, active: re.Match[str], anchor: dt.date, context: OwnerContext
) -> list[FoundAction]:
    verb = active.group("verb")
    if verb not in _WORK or verb in _DECIDED:
        return []  # "That Council note…", "That the Board approves…": not a bare verb of work
    who = Span(active.start("who"), active.end("who"), active.group("who"))
    owner = owner_of(text, who, context, animate=True) or named_body(text, who, context)
    if owner is None:
        return []
    verb_end = active.end()
    end = object_end(text, verb_end, segment.end)
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    return build_action(
        text, segment, who, owner, verb, False, verb_end, end, windows, None, anchor, RULE,
        context,
    )  # fmt: skip


def _resolving_body(text: str, context: OwnerContext) -> Owner | None:
    """The body that resolves: the text's own, else the one its minutes name at the top;
    None leaves it to `build_action` (the first body the text shows promising)."""
    body = context.main or context.publisher
    if body is not None:
        return Owner(body, Span(0, 0, ""))
    named = _BODY_LINE.search(text, 0, min(len(text), BODY_LINE_REACH))
    if named is None:
        return None
    name = named.group("name").strip()
    entry = ActorEntry(name, ORGANISATION, found_by_pipeline=True)
    return Owner(entry, Span(named.start("name"), named.start("name") + len(name), name))
