"""Work that money or a deal enables a named body to do: "The loan will allow the Rift
Water Board to lay 80 km of pipes", "The deal will see Brightgrid Energy install panels".

A grant, a loan or a partnership does no work itself; the sentence names the body that
will, as the object of "allow", "enable", "let" or "see", and the work as the verb after
it. The promise is that body's (rule `action.enabled_doer`), with the verb and its object
as the action: the body is what a reader follows. Only when the enabler is a thing (no
owner of its own: "The Commission will allow Member States to…" is the Commission's
permission, not the Member States' promise), when the enabled one is a body that
`extract_owners` knows or that `action_named_doer` reads as a name ("allow farmers to
obtain…" names no body), and when its verb does work to an object. "Help" is left out:
whom a project helps ("will help Cambodia to increase opportunities") is who gains, not
who works.
"""

from __future__ import annotations

import datetime as dt
import re

from initiatives.pipeline import dates
from initiatives.pipeline.action_named_doer import named_body, takes_object
from initiatives.pipeline.action_verbs import (
    NON_COMMITMENT_VERBS,
    TRANSITIVE_COMMITMENTS,
    base_form,
)
from initiatives.pipeline.extract_actions import (
    FoundAction,
    build_action,
    cue_subject,
    object_end,
)
from initiatives.pipeline.extract_owners import Owner, OwnerContext, owner_of
from initiatives.pipeline.extract_segments import Segment, prose_matches
from initiatives.pipeline.literal_gate import Gated
from initiatives.pipeline.types import Span

RULE = "action.enabled_doer"
MAX_NAME = 80  # characters of the enabled body's name
# "will allow X to lay", "would enable X to", "will let X run", "will see X install".
_ENABLES = Gated(
    re.compile(
        r"\b(?:will|would|(?:is|are)\s+to|(?:is|are)\s+set\s+to)\s+(?:also\s+)?"
        r"(?:(?P<to>allow|enable|let)|(?P<see>see))\s+"
        rf"(?P<who>(?:the\s+)?[A-Z][^,;:.()]{{0,{MAX_NAME}}}?(?:\s+\([A-Z][\w&-]*\))?)\s+"
        r"(?(to)(?:to\s+)?)(?P<verb>[a-z][a-z-]+)\b"
    )
)
# What a verb after the enabled body's name cannot be: a preposition or a link word
# ("will allow Kenya in time"), the start of a clause.
_NOT_WORK = frozenset(
    {"in", "on", "at", "by", "for", "with", "from", "and", "or", "as", "through", "during",
     "under", "over", "into", "the", "a", "an", "its", "their", "this", "that", "which",
     "who", "to", "more", "most", "much", "better"}
)  # fmt: skip


def enabled_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The work that a grant, loan or deal enables a named body to do, as that body's."""
    del found  # later finders add only what no finder gave (`extract._not_found`)
    out: list[FoundAction] = []
    for segment, match in prose_matches(_ENABLES, text, segments):
        out += _enabled(text, segment, match, anchor, context)
    return out


def _a_body(text: str, enabler: Span, context: OwnerContext) -> bool:
    """Whether the enabler is a body: one the tables know, or a name ("The partnership"
    is a deal that `owner_of` would make a new body of; it does no work itself)."""
    if not enabler.quote:
        return False
    owner = owner_of(text, enabler, context)
    if owner is not None and not owner.entry.found_by_pipeline:
        return True
    return named_body(text, enabler, context) is not None


def _enabled(
    text: str, segment: Segment, match: re.Match[str], anchor: dt.date, context: OwnerContext
) -> list[FoundAction]:
    word = match.group("verb")
    lemma = base_form(word)
    if word in _NOT_WORK or lemma != word:
        return []  # "will allow Kenya in…", "will see Acme's profits rose": no work named
    if lemma in NON_COMMITMENT_VERBS and lemma not in TRANSITIVE_COMMITMENTS:
        return []  # "will allow the agency to become…"
    verb_end = match.end("verb")
    end = object_end(text, verb_end, segment.end)
    if not takes_object(text, lemma, verb_end, end):
        return []  # "will allow Acme to grow": no work done to anything
    if _a_body(text, cue_subject(text, segment.start, match.start()), context):
        return []  # "The Commission will allow Member States to…": the Commission's act
    who = Span(match.start("who"), match.end("who"), match.group("who"))
    owner = owner_of(text, who, context, animate=True) or named_body(text, who, context)
    if owner is None:
        return []  # "will allow farmers to obtain certification": no body named
    owner = Owner(owner.entry, who)
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    return build_action(
        text, segment, Span(match.start(), match.start(), ""), owner, lemma, False,
        verb_end, end, windows, None, anchor, RULE, context,
    )  # fmt: skip
