"""Sentences worded as promises that a reader does not track because of where they stand:
inside a quotation, at the head of a list, or inside a proposal.

- A quotation speaks of what its speaker has in mind. "We will start on it on Monday",
  "we'll give them the road back": a verb whose object is a bare pronoun names nothing a
  reader can follow. "The region is ready to pay for its own priorities", said in a
  speech, is a stance; a readiness outside quotes, or with a date, is left to the rules.
- A sentence that introduces a list ("The following is a list of grantees who will…",
  "Below are the members who will oversee the fund:") announces what follows; the items
  may be actions, the header is not.
- A proposal's contents are what its proposer asks others to adopt: "Under the proposal,
  member states would cut the catch by 9%", "The Commission proposes to cut the quota by
  12%". The proposing is the decision; a "proposes to" with its own date ("proposes to
  introduce a bill in the autumn") is an intention and stays.

Each test reads the action's description, its evidence (the sentence) and the line
before it; nothing else, so the check is linear in the number of actions.
"""

from __future__ import annotations

import re

from initiatives.pipeline.types import ExtractedAction

# How far back on the action's line an opening quotation mark is looked for.
QUOTE_REACH = 600
# A verb whose object, or the person it is done for, is a bare pronoun: "Start on it",
# "Hand it over", "Give them the clinics back".
_PRONOUN_OBJECT = re.compile(
    r"^[\w'’-]+(?:\s+(?:on|to|over|up|out|back|for|with|from|into|about|off))?\s+"
    r"(?:it|them|us|you|him|her)\b",
    re.IGNORECASE,
)
# "is ready to", "are prepared to", "stands ready to", "remain willing to".
_READINESS = re.compile(
    r"\b(?:is|are|am|stands?|remains?)\s+(?:\w+\s+)?(?:ready|prepared|willing)\s+to\s+"
    r"(?P<verb>[\w'’-]+)",
    re.IGNORECASE,
)
# "The following is a list of…", "Below are the members…", "Here is the list of…".
_LIST_HEADER = re.compile(
    r"^\W*(?:the\s+following|below|here|listed\s+below)\s+(?:is|are)\b", re.IGNORECASE
)
# "Under the proposal, …", "under the proposed rules". Not "under the draft": a draft
# plan or statement published for comment sets out its publisher's own programme ("Under
# the draft, the operator will electrify the line by 2029"), which a reader tracks.
_UNDER_PROPOSAL = re.compile(
    r"\bunder\s+(?:the|this|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:proposals?|proposed)\b",
    re.IGNORECASE,
)
# "proposes to cut", "is proposing to revise", "proposed to halve".
_PROPOSES_TO = re.compile(r"\bpropos(?:es|ed|ing|e)\s+to\s+", re.IGNORECASE)
# A verb the proposal goes on to list: "… to cut the quota by 12% and to close two grounds".
_TO_VERB = re.compile(r"\bto\s+(?P<verb>[\w'’-]+)", re.IGNORECASE)


def _opens_quote(part: str) -> bool:
    """Whether a quotation opened in `part` is still open at its end."""
    curly = part.count("“") > part.count("”")
    return curly or part.count('"') % 2 == 1


def _quoted_at(text: str, action: ExtractedAction, verb_at: int) -> bool:
    """Whether the point `verb_at` of the text lies inside a quotation on its line."""
    start = action.evidence.start
    line_start = text.rfind("\n", max(0, start - QUOTE_REACH), start) + 1
    return _opens_quote(text[line_start:verb_at])


def _verb_at(action: ExtractedAction) -> int:
    """Where the action's verb stands in the text (its sentence's start when not found)."""
    verb = action.description.split(" ", 1)[0].casefold()
    found = action.evidence.quote.casefold().find(verb[: max(3, len(verb) - 1)])
    return action.evidence.start + max(found, 0)


def is_quoted_aside(text: str, action: ExtractedAction) -> bool:
    """Whether `action` is a speaker's words about something the quotation does not name
    ("we will start on it"), or a readiness a speaker voices with no date."""
    pronoun = _PRONOUN_OBJECT.match(action.description)
    ready = action.due is None and _READINESS.search(action.evidence.quote)
    if not (pronoun or ready):
        return False
    return _quoted_at(text, action, _verb_at(action))


def is_list_header(action: ExtractedAction) -> bool:
    """Whether `action` comes from a sentence that introduces a list."""
    return _LIST_HEADER.match(action.evidence.quote) is not None


def is_proposal_content(action: ExtractedAction) -> bool:
    """Whether `action` is a measure a proposal puts forward, not work of its proposer."""
    sentence = action.evidence.quote
    if _UNDER_PROPOSAL.search(sentence):
        return True
    if action.due is not None:
        return False
    proposes = _PROPOSES_TO.search(sentence)
    if proposes is None:
        return False
    verb = action.description.split(" ", 1)[0].casefold()
    listed = _TO_VERB.finditer(sentence, proposes.end() - 3)
    return any(m["verb"].casefold() == verb for m in listed)


# A named speaker's "must" or "should" for someone else: "The Law Society said legal aid
# rates must rise", "the union said the extra year was welcome but that ministers must
# fund more technicians". A demand, not a promise; "said it must", "we must" are the
# speaker's own and are read elsewhere.
_SAYING = (
    r"(?:said|says|argued|argues|urged|urges|warned|warns|insisted|insists|stressed|"
    r"stresses|added|believes|believed)"
)
_SAID = re.compile(rf"\b{_SAYING}\b")
# After the saying, its "that" or the saying itself, then someone other than the speaker
# (no pronoun) with "must" or "should" and the verb of the action.
_DEMANDED = re.compile(
    rf"\b(?:{_SAYING}|that)\s+(?P<who>(?!(?:it|they|he|she|we|I|you)\b)(?:the\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:must|should|has\s+to|have\s+to|needs?\s+to|"
    r"ought\s+to)\s+(?:now\s+|also\s+|still\s+|urgently\s+)?(?P<verb>[a-z]+)"
)


def is_demand(action: ExtractedAction) -> bool:
    """Whether `action` is what a named speaker says someone else must or should do."""
    sentence = action.evidence.quote
    said = _SAID.search(sentence)
    if said is None or not sentence[: said.start()].strip(" ,“\"'"):
        return False  # no speaker named before the saying
    verb = action.description.split(" ", 1)[0].casefold()
    return any(m["verb"] == verb for m in _DEMANDED.finditer(sentence, said.start()))


# A lead-in that lists what a bill holds: "The reforms in the Bill include:", "The draft
# law would:". A bill tabled is a proposal to a parliament: its provisions are what the
# parliament is asked to pass, and passing it (or bringing it into force) is the promise.
_BILL_LEAD = re.compile(
    r"\b(?:[Bb]ill|draft\s+(?:law|legislation)|[Aa]mendment\s+[Aa]ct)\b[^:\n]{0,60}?\b(?:includes?|"
    r"contains?|will|would|provides?\s+for|proposes?)\b[^:\n]{0,30}:\s*$"
    r"|\b(?:includes?|contains?)\b[^:\n]{0,30}\b(?:[Bb]ill|draft\s+law)\b[^:\n]{0,30}:\s*$"
    r"|\b(?:in|of|under)\s+the\s+(?:[\w-]+\s+){0,2}?[Bb]ill\s+(?:include|includes|are|will)\s*:\s*$"
)
# A bill whose provisions are sums is a funding or spending bill: its lines are funded
# measures (`extract_action_listed`), as a budget's are.
_FUNDING_BILL = re.compile(r"\b(?:funding|spending|appropriations?|budget|supply)\b", re.I)
_LIST_LINE = re.compile(r"\s*(?:[-•*·▪–]|\(?(?:[a-h]|i{1,3}|iv|\d{1,2})[.)])\s")
# How many lines back a bill's lead-in is looked for, over the items before this one.
BILL_REACH = 12


def is_bill_content(text: str, action: ExtractedAction) -> bool:
    """Whether `action` is an undated item of a list under a lead-in that lists what a
    bill holds ("The reforms in the Bill include:" then "- allowing more bail
    applications to be decided on the papers")."""
    if action.due is not None:
        return False
    end = text.rfind("\n", max(0, action.evidence.start - QUOTE_REACH), action.evidence.start)
    end += 1
    if not _LIST_LINE.match(text, end, action.evidence.end + 2):
        return False
    for _ in range(BILL_REACH):
        if end <= 0:
            return False
        # the lines looked at are short, and each search stops at the line before
        reach = max(0, end - 1 - QUOTE_REACH)
        start = max(text.rfind("\n", reach, end - 1) + 1, reach)
        line = text[start : end - 1]
        end = start
        if not line.strip() or _LIST_LINE.match(line):
            continue
        return bool(_BILL_LEAD.search(line)) and not _FUNDING_BILL.search(line)
    return False


def is_aside(text: str, action: ExtractedAction) -> bool:
    """Whether `action` stands in a quotation, a list's header or a proposal's or a bill's
    contents in a way that makes it no work to track."""
    return (
        is_list_header(action)
        or is_proposal_content(action)
        or is_quoted_aside(text, action)
        or is_bill_content(text, action)
        or is_demand(action)
    )
