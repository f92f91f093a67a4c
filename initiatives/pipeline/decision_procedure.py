"""Texts that tell of no decision though their lead says "launched" or "published": a
consultation opened, a hearing announced, a progress report published, a roundup of the
month's news. Their day is the day of a step in a procedure or of the page, not the day
a body decided something, so the decision gets no date (a curator is warned, as for any
undated decision). The rule reads the lead's cue sentence and the title only.
"""

from __future__ import annotations

import re

# The thing launched, published or announced is a step of procedure or a report on
# progress: "launched a consultation on", "is consulting on", "published its 180-day
# progress report", "announced a public hearing".
_PROCEDURE_STEP = re.compile(
    # Done, not promised: "launched", "publishes"; not "will publish a progress report".
    r"(?:launch(?:ed|es)|open(?:ed|s)|publish(?:ed|es)|releas(?:ed|es)|announc(?:ed|es)|"
    r"start(?:ed|s)|unveil(?:ed|s)|issu(?:ed|es))\s+"
    r"(?:[\w,-]+\s+){0,6}?"
    r"(?:consultation|public\s+hearing|hearings?|call\s+for\s+(?:evidence|views|comments)|"
    r"(?:progress|status|implementation)\s+(?:report|update))\b"
    r"|\b(?:is|are)\s+(?:now\s+)?consulting\s+on\b",
    re.IGNORECASE,
)
# A page that gathers the period's news: "A monthly roundup of energy policy",
# "This week in trade", "Notice of public hearing".
_ROUNDUP = re.compile(
    r"\b(?:(?:weekly|monthly|daily|quarterly)\s+(?:round-?up|digest|briefing|newsletter|review)"
    r"|round-?up\s+of|this\s+(?:week|month)\s+in|notice\s+of\s+(?:a\s+)?(?:public\s+)?hearing)\b",
    re.IGNORECASE,
)


# A reference page's title: "About the implementation programme", "Overview of the
# scheme", "What is the levy?", "Frequently asked questions". It describes a standing state;
# an act it recalls ("The Act received assent on 2 April") is background, not its news.
_REFERENCE_TITLE = re.compile(
    r"\s*(?:About\s+(?:the|this|our|us)\b|Overview\s+of\b|What\s+is\b|"
    r"Frequently\s+asked\s+questions\b|FAQs?\b)"
)


# What joins a step of procedure to what it is about: "a public hearing on the proposed
# standards", "a consultation about its draft rules".
_STEP_OBJECT = re.compile(
    r"\s+(?:on|about|into|for|regarding|concerning)\s+(?:(?:the|its|their|a|an|our)\s+)?$",
    re.IGNORECASE,
)


def tells_of_no_decision(
    text: str,
    cue_start: int,
    cue_end: int,
    opening: str,
    *,
    decisive: bool,
    sentence_start: int | None = None,
) -> bool:
    """Whether the lead's cue (at `cue_start`, its sentence ending at `cue_end`) opens a
    step of procedure or a report on progress, or is what such a step of its own sentence
    (from `sentence_start`) is about ("a hearing on the proposed rules"); or the page's
    `opening` (its title and first sentence) says it is a roundup, a notice of hearing or
    a reference page ("About the programme"), or opens such a step while the cue found is
    no decisive one of another sentence ("will open two sites")."""
    if _PROCEDURE_STEP.match(text, cue_start, cue_end) or _ROUNDUP.search(opening):
        return True
    if sentence_start is not None:
        # The cue is what the step is about: "Announces a Public Hearing on Proposed
        # Standards": the hearing is the news, the standards only proposed.
        for step in _PROCEDURE_STEP.finditer(text, sentence_start, cue_start):
            if _STEP_OBJECT.fullmatch(text, step.end(), cue_start):
                return True
    if _REFERENCE_TITLE.match(opening):
        return True
    return not decisive and _PROCEDURE_STEP.search(opening) is not None
