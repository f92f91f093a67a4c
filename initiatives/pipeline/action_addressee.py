"""Who "you" is in a mandate letter: the minister the letter is addressed to.

A mandate letter gives a minister work in the second person: "As Minister of Housing,
you will work with provinces to…", "I expect you to deliver on the following
commitments:". Those promises are the addressee's, named at the top of the letter
("Dear Minister Reyes", "Minister of Housing Mandate Letter", "mandate letter to the
Minister for Skills") or in the sentence itself ("As Minister of Housing, you…").
"""

from __future__ import annotations

import re

from initiatives.pipeline.types import Span

# How far into a letter its addressee is looked for.
ADDRESSEE_REACH = 2000
_OFFICE = r"(?:Minister|Secretary|Commissioner|Administrator|Director)"
_TITLED = rf"{_OFFICE}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:[ \t]+(?:and[ \t]+|of[ \t]+|for[ \t]+)?[A-Z][\w'’&-]*){{0,6}}"
ADDRESSEE_RE = re.compile(
    rf"(?P<a>{_TITLED})[ \t]+[Mm]andate[ \t]+[Ll]etter"
    rf"|[Mm]andate[ \t]+[Ll]etter[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?(?P<b>{_TITLED})"
    rf"|\bDear[ \t]+(?P<c>{_TITLED}|{_OFFICE}(?:[ \t]+[A-Z][\w'’-]+){{0,3}})"
)
# "As Minister of Housing, you will…": the office the sentence gives "you".
AS_OFFICE_RE = re.compile(rf"\bAs\s+(?:the\s+)?(?P<who>{_TITLED}),\s+(?:you|You)\s*\Z")
YOU_RE = re.compile(r"(?:[Yy]ou|[Yy]ou\s+and\s+your\s+(?:department|ministry|officials))\Z")


def addressee(text: str) -> Span | None:
    """The office or minister a letter is addressed to, if its top names one."""
    found = ADDRESSEE_RE.search(text, 0, min(len(text), ADDRESSEE_REACH))
    if found is None:
        return None
    group = next(g for g in ("a", "b", "c") if found.group(g))
    return Span(found.start(group), found.end(group), found.group(group))


def you_are(text: str, subject: Span) -> Span | None:
    """Who "you" names in a subject: the office of "As Minister of X, you", else the
    letter's addressee; None when the subject is not "you" or no addressee is named."""
    quote = subject.quote.strip()
    office = AS_OFFICE_RE.search(quote)
    if office is not None:
        at = subject.start + subject.quote.find(office.group("who"))
        return Span(at, at + len(office.group("who")), office.group("who"))
    if not YOU_RE.fullmatch(quote):
        return None
    return addressee(text)
