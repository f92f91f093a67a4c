"""One sum, one promise: a news text often tells the same pledge twice, in its lead and
again in a quote ("The Cabinet will allocate €14 billion to support veterans" … "We will
spend €14 billion to support our veterans," the minister said), or in the lead and in
the minister's own words further down. The reader follows one promise, not two.

Two actions are the same promise told again when the same owner commits the very same
sum in two different sentences and their descriptions share a word of what the sum is
for ("support", "scheme"). Two sums of one size in one sentence ("$100 million each for
round seven and for round two") are two promises, and so are equal sums for different
ends in two sentences ("€5 million for roads" … "€5 million for schools"). The first
telling is kept; it takes the later one's deadline when it gives none.
"""

from __future__ import annotations

import dataclasses
import re

from initiatives.pipeline.extract_actions import FoundAction
from initiatives.pipeline.money import MONEY_RE

RULE_SUFFIX = ".told_again"
# Words of what a sum is for, as descriptions compare them: four letters or more, so
# that "for", "the", "and" never make two promises one.
_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
# Short words that open any description and say nothing of its end.
_EMPTY = frozenset({"with", "from", "into", "over", "this", "that", "their", "each"})


def _sum_of(description: str) -> str | None:
    found = MONEY_RE.search(description)
    return " ".join(found.group(0).split()).casefold() if found else None


def _purpose_words(description: str, sum_text: str) -> set[str]:
    """The words of the description after its verb, without those of the sum."""
    words = {w.casefold() for w in _WORD.findall(description)[1:]}
    return words - set(_WORD.findall(sum_text)) - _EMPTY


def once_per_sum(found: list[FoundAction]) -> list[FoundAction]:
    """`found` without the later tellings of a promise of one sum by one owner."""
    first_of: dict[tuple[str, str], FoundAction] = {}
    dropped: set[int] = set()
    for item in sorted(found, key=lambda f: f.action.evidence.start):
        action = item.action
        # "Support Ukrainian defenders", read from "… will allocate €14 billion to support
        # Ukrainian defenders": a promise whose sum its sentence gives
        sum_text = _sum_of(action.description) or _sum_of(action.evidence.quote)
        if action.owner is None or sum_text is None:
            continue
        key = (action.owner, sum_text)
        first = first_of.get(key)
        if first is None:
            first_of[key] = item
            continue
        same_sentence = first.action.evidence.start == action.evidence.start
        shared = _purpose_words(first.action.description, sum_text) & _purpose_words(
            action.description, sum_text
        )
        if same_sentence or not shared:
            continue
        dropped.add(id(item))
        if first.action.due is None and action.due is not None:
            first.action = dataclasses.replace(
                first.action, due=action.due, rule=first.action.rule + RULE_SUFFIX
            )
    return [item for item in found if id(item) not in dropped]
