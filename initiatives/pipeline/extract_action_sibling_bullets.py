"""A bullet that names work as a noun, beside bullets that are promises: "• Overhaul of
the licensing regime for river pilots", next to "• Will also publish a new code of
practice".

A press release often opens with a few bullets that sum up what it announces; some are
sentences with a cue ("Will also set up…", "Reforms will cut delays…"), others name the
same kind of work as a noun with its object ("Review of the consultee system to speed up
building", "Consultation on limiting the scope of the fees"). Without a lead-in, the list
rules do not read the nouns; their siblings show that the list is one of promises, so
each such bullet is a promise too (rule `action.sibling_item`), the body's that its
siblings name (else the text's body). A bullet that names no work as a noun ("• Funding
was cut last year", "• Population of 2 million") gives nothing, nor does a list in which
no bullet is a promise (a list of themes or facts). Each bullet is read once: linear in
the text's length.
"""

from __future__ import annotations

import datetime as dt
import re

from initiatives.pipeline import dates
from initiatives.pipeline.extract_action_lines import NOT_TASK_NOUNS, by_segment
from initiatives.pipeline.extract_actions import FoundAction, build_action, object_end
from initiatives.pipeline.extract_owners import Owner, OwnerContext
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.types import Span

RULE = "action.sibling_item"
# A noun of work, capitalised as a bullet's first word, then its object's preposition.
_NOUN_OF_WORK = re.compile(
    r"[\s•·▪◦*–—-]*(?P<noun>[A-Z][a-z]+(?:tion|sion|ment|ance|ence|ure|al)|Review|Overhaul|"
    r"Transfer|Launch|Reform|Ban|Expansion|Extension|Rollout|Roll-out|Upgrade)\s+"
    # a sum after it ("Investment of 9.6 billion pesos") is a figure, read by the sum rules
    r"(?:of|on|for|to|into)\s+(?=\S)(?![\d$€£¥₹])"
)
_NOT_WORK = NOT_TASK_NOUNS | frozenset(
    {"population", "generation", "nation", "station", "information", "foundation",
     "institution", "organisation", "organization", "association", "environment",
     "payment", "employment", "department", "government", "parliament", "nature",
     "culture", "future", "structure", "signature", "literature", "proposal", "total",
     "capital", "hospital", "festival", "animal", "official", "potential", "approval",
     "arrival", "performance", "importance", "presence", "conference", "experience",
     "evidence", "audience", "reference", "question", "situation", "condition",
     "education", "transportation", "mention", "attention", "position", "location"}
)  # fmt: skip
# A verb of its own makes the bullet a sentence, a fact or a promise the cue rules read.
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|shall|must|since|last\s+year)\b", re.I
)
MIN_WORDS = 4


def sibling_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The nouns of work in bullet lists whose other bullets are promises."""
    held = by_segment(segments, found)
    out: list[FoundAction] = []
    run: list[Segment] = []
    for segment in [*segments, None]:
        if segment is not None and segment.kind == "bullet":
            run.append(segment)
            continue
        if run:
            out += _run_actions(text, run, held, anchor, context)
        run = []
    return out


def _run_actions(
    text: str,
    run: list[Segment],
    held: dict[int, list[FoundAction]],
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    promises = [item for segment in run for item in held.get(segment.start, [])]
    if not promises:
        return []  # a list of themes or facts: its nouns name no work
    entry = next((p.owner.entry for p in promises if p.owner), None)
    entry = entry or context.main or context.publisher
    if entry is None:
        return []
    out: list[FoundAction] = []
    for segment in run:
        start, end = segment.start, segment.end
        noun = _NOUN_OF_WORK.match(text, start, end)
        if held.get(start) or noun is None or noun.group("noun").lower() in _NOT_WORK:
            continue
        if len(text[start:end].split()) < MIN_WORDS or _CLAUSE.search(text, start, end):
            continue  # "Review of the code is under way": a sentence of its own
        owner = Owner(entry, span(text, start, end))
        head = text[noun.start("noun") : noun.end()].strip()
        windows = dates.find_due_windows(text, reference=anchor, start=start, end=end)
        stop = object_end(text, noun.end(), end)
        out += build_action(
            text, segment, Span(start, start, ""), owner, head[0].lower() + head[1:], False,
            noun.end(), stop, windows, None, anchor, RULE, context,
        )  # fmt: skip
    return out
