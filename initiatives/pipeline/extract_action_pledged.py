"""A donor's pledge of a sum: "Sweden pledged SEK 1.5 billion over three years", "The
Kivu Foundation, a co-host, committed US$40 million, including US$10 million to train
midwives in Goma".

A pledging conference's list says who gives how much, with no "to" and no verb of work
after the pledge: the sum is the promise. Each donor that the tables know or that
`action_named_doer` reads as a name gives one action, "Provide <sum>" with what the
sentence says it is for ("to the Fund", "over three years"), rule `action.pledged_sum`;
a part of the sum earmarked for work ("including €10 million to train midwives") is that
work, the donor's too. A subject that names no one ("Donors at the conference pledged
$2 billion") gives nothing: the total is the conference's news, not anyone's promise.
Read after the other finders, only in sentences that gave no action.
"""

from __future__ import annotations

import datetime as dt
import re

from initiatives.pipeline import dates
from initiatives.pipeline.action_named_doer import named_body
from initiatives.pipeline.action_verbs import NON_COMMITMENT_VERBS, base_form
from initiatives.pipeline.extract_action_lines import prose_without_actions
from initiatives.pipeline.extract_actions import FoundAction, build_action, object_end
from initiatives.pipeline.extract_owners import Owner, OwnerContext, owner_of
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.literal_gate import Gated
from initiatives.pipeline.money import MONEY
from initiatives.pipeline.types import Span

RULE = "action.pledged_sum"
# "pledged NOK 2 billion", "has committed a further €30 million", "promised up to $5m".
_PLEDGED = Gated(
    re.compile(
        r"\b(?:(?:has|have)\s+(?:also\s+)?)?(?:pledged|committed|promised)\s+"
        r"(?:(?:a\s+further|an\s+additional|another|up\s+to|some|about|around|nearly)\s+)?"
        rf"(?P<sum>{MONEY})"
    )
)
# What the sum is for or over, up to a clause break: " to the Fund", " over four years".
_PURPOSE = re.compile(r"(?:\s+(?:over|for|to|towards|in)\s+[^,;.:()]{2,80})?")
# "…, including €40 million to expand local production": work the sum pays for.
_INCLUDING = re.compile(
    rf",\s+(?:including|of\s+which)\s+(?P<sum>{MONEY})\s+(?:is\s+|will\s+go\s+)?to\s+"
    r"(?P<verb>[a-z]+)\b"
)


def pledged_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The sums that named donors pledge, and the work a part of each is earmarked for."""
    out: list[FoundAction] = []
    for segment in prose_without_actions(segments, found):
        match = _PLEDGED.search(text, segment.start, segment.end)
        if match is not None:
            out += _pledged(text, segment, match, anchor, context)
    return out


def _pledged(
    text: str, segment: Segment, match: re.Match[str], anchor: dt.date, context: OwnerContext
) -> list[FoundAction]:
    donor = _donor(text, segment, match.start(), context)
    if donor is None:
        return []
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    purpose = _PURPOSE.match(text, match.end("sum"), segment.end)
    end = purpose.end() if purpose else match.end("sum")
    quote = Span(match.start(), match.start(), "")
    out = build_action(
        text, segment, quote, donor, "provide", False, match.start("sum"), end, windows,
        None, anchor, RULE, context, whole=True,
    )  # fmt: skip
    part = _INCLUDING.search(text, end, segment.end)
    if part is not None:
        lemma = base_form(part.group("verb"))
        if lemma == part.group("verb") and lemma not in NON_COMMITMENT_VERBS:
            work_end = object_end(text, part.end("verb"), segment.end)
            out += build_action(
                text, segment, quote, donor, lemma, False, part.end("verb"), work_end,
                windows, None, anchor, RULE, context, whole=True,
            )  # fmt: skip
    return out


def _donor(text: str, segment: Segment, at: int, context: OwnerContext) -> Owner | None:
    """The donor before the pledge: the sentence's head, before any apposition ("Norway,
    the host, pledged…"), read as a body the tables know or as a name."""
    lead = text[segment.start : at]
    bullet = re.match(r"\s*(?:[•*-]\s*)?", lead)
    start = segment.start + (bullet.end() if bullet else 0)
    head_end = text.find(",", start, at)
    for stop in (at, head_end):
        if stop <= start:
            continue
        subject = span(text, start, stop)
        if not subject.quote:
            continue
        owner = owner_of(text, subject, context, animate=True) or named_body(text, subject, context)
        if owner is not None:
            return owner
    return None
