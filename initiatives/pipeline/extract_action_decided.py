"""A mandate handed over as a noun: "The Council gave the Commission a mandate to negotiate
a trade deal", "entrusted the Secretariat with a mandate…" is work given to the one named,
read as "mandated … to" is (`extract_action_forms`, rule `action.tasked`).
"""

from __future__ import annotations

import re

from initiatives.pipeline.action_verbs import base_form
from initiatives.pipeline.extract_action_forms import Form
from initiatives.pipeline.types import Span

RULE = "action.tasked"

_MANDATE_GIVEN = re.compile(
    r"\b(?:gave|give|gives|given|granted|grants?|handed|entrusted)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^,.;:()“”\"]{1,60}?)\s+(?:a|an|the|its|their)\s+"
    r"(?:(?:new|clear|formal|negotiating|full|broad)\s+)?mandate\s+to\s+(?P<verb>[a-z]+)\b"
    r"(?:\s+(?P<particle>up|out|forward)\b)?"
)


def mandates_given(text: str, start: int, end: int) -> list[Form]:
    """The mandates given in text[start:end], each with who is given it."""
    if text.find("mandate", start, end) < 0:
        return []  # the common case, decided by one cheap search
    found: list[Form] = []
    for match in _MANDATE_GIVEN.finditer(text, start, end):
        verb = match.group("verb")
        verb = base_form(verb) if verb.endswith("ing") else verb
        particle = match.group("particle")
        found.append(
            Form(
                Span(match.start("who"), match.end("who"), match.group("who")),
                f"{verb} {particle}" if particle else verb,
                match.end(),
                RULE,
            )
        )
    return found
