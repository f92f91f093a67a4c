"""The time of a report is no deadline: "Speaking at the weekend, the minister said the
ministry will publish the rules", "On Monday the premier announced that the state will…".
A window written before a verb of speech, which then introduces the promise, dates the
speech. A deadline ("By 2030, the ministry said, it will…") is set off by commas or worded
as one ("by", "before", "within"), and stays the promise's.
"""

from __future__ import annotations

import re

from initiatives.pipeline.types import DueWindow

# A verb of speech that opens the reported promise (no comma after it: not an aside).
_SPEECH = re.compile(
    r"\b(?:said|says|told\s+[\w'’-]+(?:\s+[\w'’-]+)?|announced|announces|stated|explained|"
    r"declared|added|noted)\b(?!\s*,)",
    re.IGNORECASE,
)
# Windows worded as a deadline belong to the promise wherever they stand.
_DEADLINE_WORDS = re.compile(r"(?:by|before|until|within|no\s+later\s+than)\b", re.IGNORECASE)


def is_report_time(text: str, due: DueWindow, cue_start: int) -> bool:
    """Whether `due`, written before the promise's cue at `cue_start`, is when it was said."""
    if due.span is None or _DEADLINE_WORDS.match(due.text):
        return False
    return _SPEECH.search(text, due.span.end, cue_start) is not None
