"""Pledges listed with the verb said once: "X has vowed to train 500 workers; Y, 300;
Z, 120 and W, 80".

Wire stories that report a joint pledge often name each signatory's share in a list that
gives the promise in full only for the first ("Among the signatories are Harbour Freight,
which has vowed to hire 4,000 apprentices; Delta Mills, 1,200; and the Port Authority,
900"): the later items leave out the verb and its noun (gapping). Each item is the same
promise with its own amount, owned by the body it names (`action.gapped_pledge`), and its
quote is the item itself ("Delta Mills, 1,200"), so that each signatory's share can be
tracked. A sentence another rule read as one promise for the whole list gives its items
instead (that promise is dropped from `found`).
"""

from __future__ import annotations

import datetime as dt
import re

from initiatives.pipeline.extract_actions import FoundAction
from initiatives.pipeline.extract_owners import Owner, OwnerContext, owner_of
from initiatives.pipeline.extract_segments import Segment
from initiatives.pipeline.gazetteer import ORGANISATION, ActorEntry
from initiatives.pipeline.literal_gate import Gated
from initiatives.pipeline.types import ExtractedAction, Span

RULE = "action.gapped_pledge"

_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w&.'’-]*){0,5}"
_AMOUNT = (
    r"(?:[$€£]\s?)?\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand|lakh|crore))?"
    r"(?:\s?(?:%|per\s?cent))?"
)
# The first item, in full: "Harbour Freight, which has vowed to hire 4,000 apprentices".
_FIRST = Gated(
    re.compile(
        rf"(?P<name>{_NAME})(?:,\s+which|,\s+who)?\s+(?:has\s+|have\s+|had\s+)?"
        r"(?:vowed|pledged|promised|committed|undertaken|agreed|offered)\s+to\s+"
        rf"(?P<verb>[a-z]+)\s+(?P<amount>{_AMOUNT})\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
        r"(?=\s*;)"
    )
)
# A later item, its verb and noun left out: "; Delta Mills, 1,200", " and the Port
# Authority, 900".
_GAP = re.compile(
    rf"(?:\s*;\s*(?:and\s+)?|,?\s+and\s+)(?:[Tt]he\s+)?(?P<name>{_NAME}),\s+"
    rf"(?P<amount>{_AMOUNT})(?=\s*(?:[;.]|$)|,?\s+and\s+)"
)
MIN_GAPS = 2


def gapped_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """One promise for each signatory of a gapped list of pledges."""
    del anchor  # the items carry no deadline of their own
    out: list[FoundAction] = []
    for segment in segments:
        if segment.kind in ("title", "heading"):
            continue
        for first in _FIRST.finditer(text, segment.start, segment.end):
            gaps, at = [], first.end()
            while (gap := _GAP.match(text, at, segment.end)) is not None:
                gaps.append(gap)
                at = gap.end()
            if len(gaps) < MIN_GAPS:
                continue
            verb, noun = first.group("verb"), first.group("noun")
            for item in [first, *gaps]:
                owner = _owner(text, item, context)
                start, end = item.start("name"), item.end("amount")
                if item is first:
                    end = item.end("noun")
                description = f"{verb.capitalize()} {item.group('amount')} {noun}"
                evidence = Span(start, end, text[start:end])
                action = ExtractedAction(description, owner.entry.name, None, evidence, RULE)
                out.append(FoundAction(action, owner))
            second = gaps[0].group("name")
            for other in [f for f in found if _within(f, segment, second)]:
                found.remove(other)  # "Train 4,000 apprentices; Delta Mills, 1,200; …"
    return out


def _owner(text: str, item: re.Match[str], context: OwnerContext) -> Owner:
    start, end = item.span("name")
    name = Span(start, end, text[start:end])
    owner = owner_of(text, name, context, animate=True)
    if owner is None:
        owner = Owner(ActorEntry(name.quote, ORGANISATION, found_by_pipeline=True), name)
    return owner


def _within(item: FoundAction, segment: Segment, second: str) -> bool:
    """Whether another rule read the gapped list as one promise: its description, in this
    sentence, holds the list's second signatory."""
    evidence = item.action.evidence
    return segment.start <= evidence.start < segment.end and second in item.action.description
