"""The frame a promise sits under: "Under the new authority, licences will be issued…",
"… launched the Safe Roof scheme, under which grants would be paid to 250 households".

A passive names no doer, and an unreported "would" is a hypothesis. But a clause framed
by "under" and a plan, a scheme or a body says what that frame holds: its "would" tells
the plan's content, not a guess, and the frame says whose work the passive is — the body
itself ("under the authority"), or the body that runs the scheme (as
`extract_actions.instrument_author` reads a scheme's own work). The frame must stand
right before the clause's subject, so that "under" inside another phrase ("cuts under the
old rules would be reversed") frames nothing.
"""

from __future__ import annotations

import re

from initiatives.pipeline.clauses import antecedent
from initiatives.pipeline.types import Span

# "Under the plan, ", "Under its new authority, " right before the subject.
_UNDER = re.compile(
    r"(?:\A|[.;:!?]\s+|\n\s*)[Uu]nder\s+(?P<frame>(?:the|this|that|its|their)\s+"
    r"(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s*,\s*\Z"
)
# "…, under which " right before the subject: the frame is the noun before it.
_UNDER_WHICH = re.compile(r",\s+under\s+which\s+\Z")
FRAME_REACH = 120  # characters before the subject searched for the frame
ANTECEDENT_REACH = 80


def frame_of(text: str, start: int, subject: Span) -> Span | None:
    """The plan, scheme or body an "under" frame right before `subject` names, reading
    no earlier than `start`; None when no frame stands there."""
    low = max(start, subject.start - FRAME_REACH)
    before = text[low : subject.start]
    found = _UNDER.search(before)
    if found is not None and found.group().startswith(("U", "u")) and low > start:
        found = None  # the look began mid-sentence: "under" there may frame nothing
    if found is not None:
        at = low + found.start("frame")
        return Span(at, at + len(found.group("frame")), found.group("frame"))
    which = _UNDER_WHICH.search(before)
    if which is None:
        return None
    end = low + which.start()
    noun = antecedent(text, max(start, end - ANTECEDENT_REACH), end)
    return noun if noun.quote else None
