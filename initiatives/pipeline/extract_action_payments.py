"""Money decided today and paid later: a sum a body is allocating or providing now, or a
sum announced with its period, is an action whose window is when the money arrives. A
sum given now with no window at all is the announcement itself, and no action.

- "Today we are allocating UAH 2.4 billion to repair shelters. The money will reach the
  communities in April.": allocate the sum, due in April (the next sentence says when).
- "The minister announced $14.2 million over four years from the Government of Canada
  for the Clean Tech Hub": provide the sum, over four years, by the government named.
- "It is providing £300 million to councils. The funding will be paid in June.":
  provide the sum, due in June.

Read after the other finders, only in sentences that gave no action; each action keeps
its sentence as its quote and the rule's name `action.payment`. When the money is paid
("The money will reach…") is read by the refinements for every funding action
(`extract_action_refine.paid_later`); this finder only asks it whether the text says.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from initiatives.pipeline import dates
from initiatives.pipeline.extract_action_refine import paid_later
from initiatives.pipeline.extract_actions import FoundAction
from initiatives.pipeline.extract_owners import Owner, OwnerContext, owner_of
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.literal_gate import Gated
from initiatives.pipeline.money import MONEY
from initiatives.pipeline.types import ExtractedAction

# "we are allocating", "the ministry is providing", "today allocates": given now.
_GIVING = Gated(
    re.compile(
        r"\b(?P<verb>allocat|provid|invest|grant|earmark|transferr?|commit)(?:ing|es|s)\s+"
        rf"(?P<sum>{MONEY})\s+(?P<rest>(?:to|for|in|towards)\b[^.;:\n]*)",
        re.IGNORECASE,
    )
)
_NOW_BEFORE = re.compile(
    r"\b(?:(?:we|they|it)\s+are|(?:we|they)\s+are|is|are|today)\s+(?:now\s+|also\s+)?$",
    re.IGNORECASE,
)
# "announced $14.2 million over four years from the Government of Canada for the hub".
_ANNOUNCED_SUM = Gated(
    re.compile(
        rf"\bannounced\s+(?:(?:a|an|new)\s+)?(?P<sum>{MONEY})(?P<period>\s+over\s+(?:the\s+next\s+)?"
        r"[\w-]+\s+years?)?(?:\s+(?:in\s+(?:new\s+)?funding\s+)?from\s+(?P<from>(?:the\s+)?[A-Z]"
        r"[^.;,]*?))?\s+(?P<rest>(?:for|to)\b[^.;:\n]*)"
    )
)
_VERBS = {"allocat": "Allocate", "provid": "Provide", "invest": "Invest", "grant": "Grant"}
_VERBS |= {"earmark": "Earmark", "transfer": "Transfer", "transferr": "Transfer"}
_VERBS |= {"commit": "Commit"}
_TRAILING = re.compile(r"[\s,]+$")
# "… for the hub in Halifax on 3 March 2026": the day of the announcement, not the work's.
_ON_DAY = re.compile(
    r"\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day)(?:,?\s+\d{4})?$"
)


def payment_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The sums given now or announced with their period, in sentences without actions."""
    starts = sorted(item.action.evidence.start for item in found)
    out: list[FoundAction] = []
    segment_starts = [segment.start for segment in segments]
    for segment in segments:
        if segment.kind in ("title", "heading"):
            continue
        at = bisect.bisect_left(starts, segment.start)
        if at < len(starts) and starts[at] < segment.end:
            continue  # the sentence gave an action already
        item = _payment(text, segment, anchor, context)
        if item is None:
            continue
        if (
            item.action.due is None
            and paid_later(text, segments, segment_starts, item.action.evidence, anchor) is None
        ):
            continue  # "is providing $30 million" with no window is the announcement itself
        out.append(item)
    return out


def _payment(
    text: str, segment: Segment, anchor: dt.date, context: OwnerContext
) -> FoundAction | None:
    giving = _GIVING.search(text, segment.start, segment.end)
    if giving is not None and _NOW_BEFORE.search(text, segment.start, giving.start()):
        verb = _VERBS.get(giving.group("verb").lower(), "Provide")
        match, subject_end = giving, giving.start()
    else:
        match = _ANNOUNCED_SUM.search(text, segment.start, segment.end)
        if match is None:
            return None
        verb, subject_end = "Provide", match.start()
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    rest_start, rest_end = match.start("rest"), match.end("rest")
    due = next((w for w in windows if w.span and w.span.start >= match.start("sum")), None)
    if due is not None and due.span is not None and rest_start <= due.span.start < rest_end:
        rest_end = due.span.start
    rest = _ON_DAY.sub("", _TRAILING.sub("", text[rest_start:rest_end]))
    description = f"{verb} {match.group('sum')} {rest}".strip()
    owner = _giver(text, segment, match, subject_end, context)
    action = ExtractedAction(
        description=description,
        owner=owner.entry.name if owner else None,
        due=due,
        evidence=span(text, segment.start, segment.end),
        rule="action.payment",
    )
    return FoundAction(action, owner)


def _giver(
    text: str, segment: Segment, match: re.Match[str], subject_end: int, context: OwnerContext
) -> Owner | None:
    """The body named after "from", else the sentence's subject, else the text's body."""
    named = match.groupdict().get("from")
    if named:
        at = match.start("from")
        owner = owner_of(text, span(text, at, at + len(named)), context)
        if owner is not None:
            return owner
    subject = span(text, segment.start, subject_end)
    owner = owner_of(text, subject, context, animate=True) if subject.quote.strip() else None
    body = context.main or context.publisher
    if owner is None and body is not None:
        owner = Owner(body, span(text, segment.start, segment.end))
    return owner
