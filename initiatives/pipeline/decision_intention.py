"""A lead that reports what someone SAID they will do, not what anyone did.

"Brazil's ministry said on Tuesday it would hire 1,500 rangers this year", "The agency
will require new recorders by 2030, officials said Wednesday": the sentence's main clause
is a saying, and what is said is an intention (will, would, plans to, aims to, is set to)
with a time of its own still ahead. The day given is the day of the saying; nothing was
decided on it, so the decision gets no day (a curator is warned, as for any undated one).

It is read by structure, not by topic: a saying frame (said, says, told reporters), a
future or intention marker that is no relative clause's ("a plan that will …"), a time
ahead in the same sentence, and no act reported as done ("said it had signed", "has
approved"; "announced" is itself an act and is no saying frame here). Without the time
ahead ("Hyundai said on Tuesday it would build a battery plant") the saying reports a
decision taken, dated that day, as wire stories mean it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The main clause is a saying: "said", "says", "told reporters", "stated", "added".
_SAYING = re.compile(
    r"\b(?:said|says|stated|added|told\s+(?:[\w-]+\s+){0,2}?(?:reporters|journalists|"
    r"lawmakers|a\s+(?:news|press)\s+conference|an?\s+\w+))\b",
    re.IGNORECASE,
)
# What is said is an intention: a future or a plan, not the "will" of a relative clause.
_INTENTION = re.compile(
    r"\b(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)"
    r"(?:will|would|(?:plans?|aims?|intends?|wants?|hopes?|seeks?)\s+to|"
    r"(?:is|are)\s+(?:set|expected|due|poised|going)\s+to)\b",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# A time still ahead, told the way plans are: "by 2027", "this year", "early next year",
# "before the end of the year", "in October", "by the autumn", "until 2030". Not "from
# 1 May": a measure in force from a day has been decided ("will charge a levy from 1 May").
_AHEAD = re.compile(
    r"\b(?:(?:this|next|coming)\s+(?:year|month|week|spring|summer|autumn|fall|winter|"
    r"quarter|decade)"
    r"|(?:by|before|until|till|in|within)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    rf"(?:(?:fiscal\s+)?(?:19|20)\d{{2}}|{_MONTH}|spring|summer|autumn|fall|winter|year|"
    r"Q[1-4]|(?:the\s+)?(?:first|second|third|fourth)\s+quarter))\b",
    re.IGNORECASE,
)
# An act reported as done: "said it had ordered", "has approved", "have signed".
_DONE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:now|already|today|formally)\s+)?\w+(?:ed|en)\b", re.IGNORECASE
)


def reports_intention(
    text: str, start: int, end: int, acts: Iterable[tuple[int, int]] = ()
) -> bool:
    """Whether the sentence `text[start:end]` reports a saying of an intention with a
    time ahead, and no act done: its day is the saying's, not a decision's. `acts` are
    the spans of the sentence's decision cues that name acts ("adopted", "signed"): one
    before the intention is the sentence's news ("ministers adopted the rules on Monday
    and states will apply them by 2028, officials said")."""
    if _SAYING.search(text, start, end) is None or _DONE.search(text, start, end):
        return False
    intention = _INTENTION.search(text, start, end)
    if intention is None or any(a < intention.start() for a, _ in acts):
        return False
    return _AHEAD.search(text, intention.end(), end) is not None


# A cue whose own words are an intention: "plans to", "will open". It says what a body
# means to do; the publication day dates an act the lead reports, not one it announces
# as still to come ("The Government plans to submit the bill in the autumn").
_INTENTION_CUE = re.compile(
    r"(?:will|would|shall)\s+\w+|(?:plans?|intends?|aims?|wants?|hopes?|seeks?)\s+to"
    # "has set a target of electrifying the network": a goal, not the day's act
    r"|(?:has|have)\s+set\s+(?:(?:itself|themselves)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:target|goal)s?\s+(?:of|to)",
    re.IGNORECASE,
)


def names_intention(words: str) -> bool:
    """Whether a cue's matched `words` name an intention rather than an act."""
    return _INTENTION_CUE.fullmatch(words.strip()) is not None
