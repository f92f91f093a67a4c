"""Where a future verb sits in its sentence, and what it says there, by structure.

Two shapes of sentence carry a modal ("will", "must") without promising any work:

- the modal is inside a clause that gives a reason, a concession or a time for the
  sentence's main clause, written after it: "Hydrogen is hard to ship because it must be
  kept cold", "the budget, which is negotiated before a final version must be passed by
  July, …". The main clause carries the news; the subordinate one explains it. A reason
  or time fronted at the start of the sentence ("Because of the delay, the ministry will
  reopen the call") leaves the main clause's promise alone.
- the verb is "make" with an object and a quality of how something will work: "it will
  make payments faster and more transparent", "we will make both of them smarter",
  "we will make compensation automatic". That is the outcome a speaker hopes for, not a
  deliverable. A change of status is work and stays: "make the maps public", "make the
  data available", "make the scheme permanent", "make the rule mandatory".

Both are read from the sentence's structure, not from its topic, so they hold for any
actor and any subject matter.
"""

from __future__ import annotations

import re

# A subordinator that opens a reason, concession or time clause, then the clause's own
# subject with no clause boundary (comma, semicolon, colon, dash, bracket, "and") before
# the cue. Searched up to the cue, so "$" is the cue's start.
_SUBORDINATE_TO_CUE = re.compile(
    r"\b(?:because|although|though|whereas|before)\s+(?!of\b|the\s+end\b)"
    r"(?:(?!\band\b|\bor\b)[^,;:\u2013\u2014()\"\u201c\u201d])+$",
    re.IGNORECASE,
)

# "make" + its object (a few words, none of them a preposition that would open another
# phrase) + a quality that ends the phrase: a comparative ("faster", "more transparent")
# or a plain adjective of how something works ("automatic", "simple"). A quality that
# goes on to a noun ("make a fair offer") is the object itself. The words of status
# ("public", "available", "permanent", "mandatory") are not in the class.
_QUALITY = (
    r"(?:(?:more|less)\s+[a-z]+|(?:fast|quick|easi|simpl|saf|smart|fair|cheap|strong|clear|"
    r"bett)[a-z]?er|automatic|fast|quick|easy|simple|safe|smart|fair|cheap|clear|efficient|"
    r"transparent|seamless|effortless|smooth|predictable|reliable|painless)"
)
_OBJECT_WORD = r"(?!(?:to|for|in|on|at|with|from|by|into|and|or|more|less)\b)[\w'\u2019-]+\s+"
_MAKES_QUALITY = re.compile(
    r"\s*(?:"
    + _OBJECT_WORD
    + r"){1,4}?"
    + _QUALITY
    + r"(?=\s*(?:[,;:.!?\"\u201d)]|$|(?:and|or|than|for|to|at|in|by|within|when)\b))",
    re.IGNORECASE,
)


def in_subordinate_clause(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the cue at `cue_start` is inside a reason, concession or time clause that
    follows the sentence's main clause ("… because it must be kept cold")."""
    found = _SUBORDINATE_TO_CUE.search(text, sentence_start, cue_start)
    if found is None:
        return False
    # Fronted ("Because of X, the agency will…", "Before 2027 the agency will…"): the
    # subordinate clause comes first and the cue belongs to the main clause.
    return bool(text[sentence_start : found.start()].strip(" \t\n\"'\u201c\u2018"))


def makes_a_quality(text: str, head: str, passive: bool, verb_end: int, end: int) -> bool:
    """Whether "make" at `verb_end` takes an object and a quality ("make payments
    faster"): an outcome, not work."""
    if head != "make" or passive:
        return False
    if re.match(r"\s*sure\b", text[verb_end:end], re.IGNORECASE):
        return False  # "make sure that …": the work is what follows
    return _MAKES_QUALITY.match(text, verb_end, end) is not None
