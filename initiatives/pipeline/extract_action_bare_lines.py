"""Lines in lower case under a lead-in that a copy of the page lost the bullets of.

A lead-in ending in a colon ("Under the accord, the union agrees to:") announces a list.
On the page its items were bullets that went on from the lead-in's own words ("- call
off the strike at the ports", "- accept binding arbitration on pay"); a stored copy often
keeps them as plain paragraphs, and a paragraph that opens in lower case is no sentence of
its own: it goes on from the lead-in. Each such paragraph after a lead-in
(`extract_action_listed.lead_of`) is an item of the list, read as one
(`extract_action_listed.item_actions`), up to the first paragraph that opens otherwise
(rule `action.bare_line_item`). Only lead-ins whose items all follow, and only segments
that gave no action, are read; `extract_action_unmarked` reads the "Name: item" lines.
Each segment is read once: linear in the text's length.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from initiatives.pipeline.action_named_doer import named_body
from initiatives.pipeline.extract_action_lines import by_segment
from initiatives.pipeline.extract_action_listed import item_actions, lead_of
from initiatives.pipeline.extract_action_unmarked import colon_lead_ins
from initiatives.pipeline.extract_actions import FoundAction, cue_subject
from initiatives.pipeline.extract_owners import Owner, OwnerContext, owner_of
from initiatives.pipeline.extract_segments import Segment

RULE = "action.bare_line_item"
# A paragraph that goes on from a lead-in: it opens with a lower-case word.
_BARE_LINE = re.compile(r"[ \t]*[a-z][a-z-]*\s")
MIN_LINES = 2  # one line in lower case may be a stray fragment; two are a list
# What a party says of itself before its items: "the union agrees to:", "PH undertakes to:".
_OWN_WORD = re.compile(
    r"\b(?:agrees?|agreed|undertakes?|undertook|commits?|committed|pledges?|pledged|"
    r"promises?|promised|vows?|vowed)\s+(?:to|that)\s*:\s*\Z",
    re.IGNORECASE,
)


def bare_line_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The items of lower-case paragraphs under a colon lead-in, read as a list's bullets."""
    held = by_segment(segments, found)
    out: list[FoundAction] = []
    for index in colon_lead_ins(text, segments, held):
        segment = segments[index]
        lines = _lines(text, segment, segments[index + 1 :], held)
        if len(lines) < MIN_LINES:
            continue
        lead, inline = lead_of(text, segment, anchor, context, None, None)
        if lead is None or inline or lead.owner is None:
            continue
        if (party := _party(text, segment, context)) is not None:
            lead = replace(lead, owner=party)
        for line in lines:
            items = item_actions(text, line, line.start, line.end, lead, anchor, context)
            out += [FoundAction(replace(item.action, rule=RULE), item.owner) for item in items]
    return out


def _lines(
    text: str, lead: Segment, after: list[Segment], held: dict[int, list[FoundAction]]
) -> list[Segment]:
    """The first sentences of the paragraphs in lower case that follow a lead-in."""
    lines: list[Segment] = []
    block = lead.block
    for segment in after:
        if segment.block == block:
            continue  # the rest of a paragraph already counted
        if segment.kind != "paragraph" or held.get(segment.start):
            break
        if not _BARE_LINE.match(text, segment.start, segment.end):
            break
        lines.append(segment)
        block = segment.block
    return lines


def _party(text: str, lead: Segment, context: OwnerContext) -> Owner | None:
    """The party that binds itself in the lead-in ("To reciprocate, PH agrees to:"), named
    by the tables or by a name the text gives it; None when the lead-in says no such thing."""
    said = _OWN_WORD.search(text[lead.start : lead.end].rstrip())
    if said is None:
        return None
    subject = cue_subject(text, lead.start, lead.start + said.start())
    if not subject.quote.strip():
        return None
    return owner_of(text, subject, context, animate=True) or named_body(text, subject, context)
