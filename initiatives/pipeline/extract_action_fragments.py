"""Descriptions that are no verb phrase with an object, and duties a rule puts on a class
of third parties.

A description starts with its verb, as every rule writes it. Some readings leave less:
a label line ("Accompanying Documents:"), the object of a
preposition ("… a task force with industry associations" read as "Industry
associations"), a noun phrase whose head looks like a verb ("support for Ukraine", an
agenda's last item), or a clause cut at an open quotation mark ('commitments Allies will
make at the Summit in Ankara "'). None of them is work a reader can follow.

A rule's effects on those it regulates ("Delivery operators with more than 50 employees
will have to publish their tariffs", "suppliers must show a comparison on every bill")
are what the rule says, not promises of the body that publishes it: a plural common noun
under a duty owns no action of its own.

Each test reads the action's description, owner and quote only: linear in the actions.
"""

from __future__ import annotations

import re

from initiatives.pipeline.types import ExtractedAction

# "Support for Ukraine", "Review of the scheme": a verb's spelling heading a noun phrase.
_NOUN_HEAD = re.compile(r"^[A-Z][a-z]+\s+(?:for|of)\b")
# The word before the description in its quote: a preposition makes it an object.
_PREPOSITION = re.compile(r"\b(?:with|for|of|at|in|on|from|among|between)\s+\Z", re.I)
# A label line: a few words before a colon, no sentence ("Accompanying Documents:").
_LABEL = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}[\w'’-]+:\s*$")
# A duty put on someone: "must", "will have to", "will be required to".
_DUTY = re.compile(
    r"\b(?:must|shall|(?:will\s+)?(?:have|has)\s+to|(?:will\s+be|are|is)\s+(?:required|"
    r"obliged)\s+to)\s+(?:also\s+)?(?:\w+ly\s+)?",
    re.IGNORECASE,
)
# An owner that is a class of parties, not a body: "Suppliers", "Delivery operators",
# "National postal regulators" (a plural common noun, capitalised only as a sentence's start).
_CLASS_OF_PARTIES = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z][\w-]*){0,3}s$")
_QUOTES = ('"', "“", "”")
# A list's joint just before the description: "trade, and support for Ukraine".
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor)\s+\Z", re.IGNORECASE)


def _verb(description: str) -> str:
    return description.split(" ", 1)[0].casefold()


def is_fragment(action: ExtractedAction) -> bool:
    """Whether the description is no verb phrase with an object."""
    description = action.description.strip()
    quote = action.evidence.quote
    if sum(description.count(q) for q in _QUOTES) % 2 == 1 and not _name_closed(description, quote):
        return True  # 'Make at the Summit in Ankara "'
    if _LABEL.match(quote):
        return True
    if " " not in description and not quote.rstrip().endswith((".", "!", "?", "”", '"', ")")):
        return True  # "The Government of India decided to create " where the copy stops
    at = quote.casefold().find(description.casefold())
    if at <= 0:
        return False  # the description is not the quote's words as they stand
    before = quote[:at]
    if _NOUN_HEAD.match(description) and _LIST_BEFORE.search(before):
        # "… trade, and support for Ukraine": a list's last item; not "would apply for the
        # grants", nor a task named as a noun ("approved the construction of a line").
        return True
    return _PREPOSITION.search(before) is not None


def _name_closed(description: str, quote: str) -> bool:
    """Whether an odd quote mark opens a name the sentence closes right after the object:
    'finance $210 million for the "Early Years Project".' (the closing mark was tidied
    away with the full stop)."""
    rest = description.split(" ", 1)[1] if " " in description else ""
    return bool(rest) and any((rest + q).casefold() in quote.casefold() for q in ('"', "”"))


def is_rule_effect(action: ExtractedAction) -> bool:
    """Whether the action is a duty a rule puts on a class of regulated parties."""
    owner = action.owner or ""
    if not _CLASS_OF_PARTIES.match(owner):
        return False
    verb = _verb(action.description)
    for duty in _DUTY.finditer(action.evidence.quote):
        if action.evidence.quote[duty.end() :].casefold().startswith(verb):
            return True
    return False
