"""A series of verb phrases after one promise: "The fund will bring new resources,
incentivize countries to invest, enhance coordination and serve as a platform".

`extract_actions.coordinated_promises` splits a promise's object at a second verb it
knows ("publish X and launch Y"); a verb it does not know ("incentivize", "leverage",
"market") stays inside the first promise's object, and two or more promises that could
be done and checked apart are read as one. The parallel structure says what the word
list does not: after the first verb, a run of pieces parted by commas or semicolons,
each opening with a lower-case word that takes an object, is a run of verb phrases.
(A promise's object ends at a semicolon, so a series parted by semicolons is not read.)

A piece opens with a verb when its first word is a verb of work the tables know, or
when the word before a determiner, a number or a name is no determiner, preposition or
adjective of its own ("leverage the expertise", "market Canada abroad", "serve as a
platform"). A piece of one word, or one that opens with an article ("the federal
government"), a gerund ("improving X": `coordinated_promises` reads gerund lists) or a
word ending in "-ly" or "-ed", ends the run. Only the last run counts, so a noun list
inside the first object ("bring additional, dedicated resources") stays there; the run
must hold two pieces or more.

Each piece is read once, so the cost is linear in the object's length.
"""

from __future__ import annotations

import re

from initiatives.pipeline.action_cues import NOT_VERBS, VERB_BASE
from initiatives.pipeline.action_verbs import (
    NON_COMMITMENT_VERBS,
    SECOND_PROMISE_VERBS,
    TASK_VERBS,
    TRANSITIVE_COMMITMENTS,
)

RULE = "action.verb_series"
MIN_RUN = 2  # pieces after the first verb: "X, V2 Y and V3 Z" (three promises)
# Where one piece of a series ends: a comma or semicolon, perhaps with "and"/"or" after.
_PART = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?")
_FIRST_WORDS = re.compile(r"(?P<word>[a-z][a-z-]+)\s+(?P<next>[\w$€£¥₹“\"'’-]+)")
# What opens an object: a determiner, a possessive, a number or a sum, or a name.
_OBJECT_START = re.compile(
    r"(?:the|a|an|its|their|our|his|her|these|those|this|that|all|every|each|other|more|"
    r"new|existing|additional|further|[\d$€£¥₹][\w.,]*|[A-Z][\w&'’-]*)\Z"
)
# Words that open noun phrases, not verb phrases.
_NOT_OPENERS = frozenset(
    {"the", "a", "an", "its", "their", "our", "his", "her", "this", "that", "these", "those",
     "all", "each", "every", "other", "more", "most", "some", "many", "such", "both",
     "new", "key", "main", "local", "national", "public", "private", "social", "technical",
     "financial", "economic", "additional", "further", "including", "especially", "notably",
     "particularly", "which", "who", "where", "when", "while", "whose", "than", "then",
     "as", "per", "not", "no", "also", "up", "around", "about", "over", "under"}
)  # fmt: skip
_PREPOSITIONS = frozenset(
    {"of", "for", "to", "in", "on", "at", "by", "from", "with", "and", "or", "into", "across"}
)
# Endings only verbs take, and the nouns that share them.
_VERB_ENDINGS = ("ize", "ise", "ify")
_NOUNS_LIKE_VERBS = frozenset(
    {"expertise", "enterprise", "franchise", "premise", "merchandise", "otherwise", "noise",
     "cruise", "praise", "raise", "rise", "wise", "guise", "size", "prize", "seize"}
)  # fmt: skip
# Verbs the tables keep as no commitment alone that open work in a series ("serve as a
# platform", "help streamline existing efforts").
_WORK_TOO = frozenset({"serve", "help"})
_KNOWN = SECOND_PROMISE_VERBS | TASK_VERBS | TRANSITIVE_COMMITMENTS | frozenset(VERB_BASE)


def _opens_verb(piece: str) -> str | None:
    """The verb a series piece opens with, or None."""
    found = _FIRST_WORDS.match(piece)
    if found is None:
        return None
    word, after = found.group("word"), found.group("next")
    if word in _NOT_OPENERS or word in NOT_VERBS or word.endswith(("ly", "ed", "ing")):
        return None
    if word in NON_COMMITMENT_VERBS and word not in _KNOWN and word not in _WORK_TOO:
        return None  # "grow", "fall": outcomes, not work of their own
    if after.lower() in _PREPOSITIONS:
        return None  # "support for veterans": a noun phrase
    if word in _KNOWN or after == "as" or _OBJECT_START.match(after):
        return word
    if word.endswith(_VERB_ENDINGS) and word not in _NOUNS_LIKE_VERBS:
        return word  # "incentivize countries", "diversify exports"
    return None


def series_verbs(text: str, start: int, end: int) -> frozenset[str]:
    """The verbs that open the last run of parallel verb phrases in a promise's object
    (`start`, `end`), when it holds one; empty otherwise."""
    if text.count(",", start, end) < 1:
        return frozenset()  # the common case: no series
    pieces: list[str] = []
    at = start
    for part in _PART.finditer(text, start, end):
        pieces.append(text[at : part.start()])
        at = part.end()
    pieces.append(text[at:end])
    if len(pieces) < 2:
        return frozenset()
    run: list[str] = []
    for piece in pieces[1:]:
        verb = _opens_verb(piece.strip())
        run = [*run, verb] if verb else []
    if len(run) < MIN_RUN:
        return frozenset()
    return frozenset(run)
