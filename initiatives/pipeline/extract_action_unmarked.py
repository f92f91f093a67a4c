"""Labelled lines under a lead-in that a copy of the page lost the bullets of.

A lead-in ending in a colon ("The breakdown of the targets includes:") announces a list;
on the page its items were bullets, but a stored copy often keeps them as plain lines,
each opened by the name of its programme: "Harbour Skills Fund: 4,000 apprentices to be
trained", "Coastal Jobs Scheme: 1,500 placements in fish processing". The structure then
reads them as headings or as one paragraph, so the bullet rule never sees them. Each such
line after a lead-in (`extract_action_listed.lead_of`) is an item of the list, read as one
(`extract_action_listed.item_actions`, rule `action.listed_item`), up to the first line
that is no "Name: item" line. A lead-in with no deadline of its own that follows, in the
same paragraph, a sentence with one ("… 2,000 jobs by the end of 2027. The breakdown
includes:") gives its items that deadline. Only lead-ins whose items all follow as lines are read, and
only segments that gave no action.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace

from initiatives.pipeline import dates
from initiatives.pipeline.extract_action_lines import by_segment
from initiatives.pipeline.extract_action_listed import item_actions, lead_of
from initiatives.pipeline.extract_actions import FoundAction
from initiatives.pipeline.extract_owners import OwnerContext
from initiatives.pipeline.extract_segments import Segment

# "Harbour Skills Fund: 4,000 apprentices to be trained": a name, a colon, the item.
_LABELLED_LINE = re.compile(r"[ \t]*[A-Z][^:\n]{2,60}?:[ \t]+(?P<item>\S[^\n]*)")
MIN_LINES = 2


def unmarked_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The items of labelled lines under a colon lead-in, read as a list's bullets."""
    held = by_segment(segments, found)
    out: list[FoundAction] = []
    for index in colon_lead_ins(text, segments, held):
        segment = segments[index]
        lead, inline = lead_of(text, segment, anchor, context, None, None)
        if lead is None or inline or lead.owner is None:
            continue
        lines = _lines(text, segments[index + 1 :], held)
        if len(lines) < MIN_LINES:
            continue
        if lead.due is None and index > 0 and segments[index - 1].block == segment.block:
            # "… 208,000 jobs by the end of 2025. The breakdown includes:": the target's
            # deadline dates the lines that break it down
            before = segments[index - 1]
            windows = dates.find_due_windows(
                text, reference=anchor, start=before.start, end=before.end
            )
            if len(windows) == 1:
                lead = replace(lead, due=windows[0])
        for line_segment, start, end in lines:
            out += item_actions(text, line_segment, start, end, lead, anchor, context)
    return out


def colon_lead_ins(
    text: str, segments: list[Segment], held: dict[int, list[FoundAction]]
) -> Iterator[int]:
    """The indexes of the paragraphs and bullets that gave no action and end in a colon:
    lead-ins whose list items a stored copy may have kept without their bullets (here,
    and `extract_action_bare_lines`)."""
    for index, segment in enumerate(segments):
        if segment.kind not in ("paragraph", "bullet") or held.get(segment.start):
            continue
        if text[segment.start : segment.end].rstrip().endswith(":"):
            yield index


def _lines(
    text: str, after: list[Segment], held: dict[int, list[FoundAction]]
) -> list[tuple[Segment, int, int]]:
    """The labelled lines that follow a lead-in: (segment, item start, item end)."""
    lines: list[tuple[Segment, int, int]] = []
    for segment in after:
        if segment.kind not in ("heading", "paragraph") or held.get(segment.start):
            break
        at = segment.start
        for raw in text[segment.start : segment.end].split("\n"):
            line = _LABELLED_LINE.fullmatch(raw)
            if line is None:
                return lines
            lines.append((segment, at + line.start("item"), at + len(raw.rstrip())))
            at += len(raw) + 1
    return lines
