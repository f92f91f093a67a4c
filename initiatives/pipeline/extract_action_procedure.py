"""Sentences worded as promises that a reader does not track: the procedure of taking
part, and the contents a rule requires.

- Procedure: when a consultation, a comment period or a hearing closes ("the comment
  period will now close on 24 July"), what a body must receive ("the agency must receive
  your request by 26 May") and where comments go tell a reader how to take part; a
  speaker opening a sitting ("We are starting a regular session") reports the meeting, and
  a meeting (a council, a committee, a summit) that will discuss or debate a proposal
  gives its agenda, not its outcome ("the Board is expected to consider it in June"); a
  body's first word on a ruling ("will carefully study the judgment") is no work either,
  nor is an act's entry into force counted from its publication.
  None of them is work that a body undertakes.
- Required contents: "A company will have to describe the nature of the disruption, the
  inputs affected, …" lists what a regulated party's notice must hold. A reader follows
  the rule and its own deadline, not each item, so a duty to describe, include, list or
  explain that has no deadline of its own is no action.

Both read the action's description (its verb first, as every rule writes it) and the
sentence it quotes; nothing else, so the test is linear in the number of actions.
"""

from __future__ import annotations

import re

from initiatives.pipeline.extract_action_asides import is_aside
from initiatives.pipeline.extract_action_fragments import is_fragment
from initiatives.pipeline.types import ExtractedAction

# The ways in which the public takes part, whose opening and closing are procedure.
_TAKING_PART = (
    r"(?:public\s+)?(?:consultation|comments?\s+(?:period|window)|consultation\s+period|"
    r"call\s+for\s+(?:evidence|comments|views|input|submissions)|hearings?|"
    r"(?:submission|application|nomination|registration)s?\s+(?:period|window)|"
    r"survey|questionnaire)"
)
# "Close the consultation", "Extend the comment period", "Run the survey until May".
_CLOSES = re.compile(
    rf"^(?:close|end|conclude|extend|reopen|run)\b(?:\s+[\w'’-]+){{0,4}}?\s+{_TAKING_PART}\b",
    re.IGNORECASE,
)
# What the public sends in: "Receive this request", "Submit comments", "Send your views".
# A body that will "submit its requests for funding" does work of its own: a request is
# procedure only when a body receives it.
_SENT_IN = r"(?:comments?|responses?|submissions?|views|feedback|evidence)"
_RECEIVES = re.compile(
    rf"^(?:receive|submit|send|file|email|post)\b\s+(?:[\w'’-]+\s+){{0,3}}?{_SENT_IN}\b"
    r"|^receive\s+(?:your|this|these|the|any)\s+(?:\w+\s+)?requests?\b",
    re.IGNORECASE,
)
# "We are starting a regular session", "Open the sitting": the meeting under way.
_SITTING = re.compile(
    r"^(?:start|open|begin)\b(?:\s+[\w'’-]+){0,4}?\s+(?:session|sitting|meeting)s?\b",
    re.IGNORECASE,
)
# "Discuss the proposal", "Debate the plan", "Exchange views on the draft", "Hold a debate
# on…", "Consider the request" (a board's): what a meeting talks about; what it decides is
# the action.
_DISCUSSION = re.compile(
    r"^(?:discuss|debate|deliberate|consider|exchange\s+views|hold\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:debate|discussion|exchange\s+of\s+views))\b",
    re.IGNORECASE,
)
# "Assess progress at our meeting next February", "take stock at the summit": what a
# meeting to come will look at, its agenda, not work.
_AT_A_MEETING = re.compile(
    r"^(?:assess|review|take\s+stock\s+of|evaluate|discuss|consider|look\s+at)\s+(?:the\s+|our\s+)?"
    r"(?:progress|state\s+of\s+play|implementation|developments)\b.*\b(?:at|during)\s+"
    r"(?:our|the|its|their|this|that|next|a)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|session|"
    r"ministerial|conference)s?\b",
    re.IGNORECASE,
)
# Leaders or ministers who will discuss something: a summit's agenda.
_WHO_MEET = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:leaders|heads\s+of\s+(?:state|government))\s+(?:will|are\s+to|"
    r"are\s+(?:set|due|expected)\s+to)\s+(?:also\s+)?discuss\b",
    re.IGNORECASE,
)
# A time limit a procedure gives a body to approve or object: "The Council now has four
# weeks to approve the assessment", "Parliament will have three months to object". Time
# given for work ("companies have 18 months to install meters") is a duty, an action.
_TIME_LIMIT = (
    r"\b(?:has|have|had|will\s+have|would\s+have)\s+(?:(?:now|then|up\s+to|only)\s+)?"
    r"(?:\d+|one|two|three|four|five|six|eight|ten|twelve|fifteen|thirty|sixty|ninety)\s+"
    r"(?:(?:working|calendar|business)\s+)?(?:days?|weeks?|months?)\s+(?:in\s+which\s+)?to\s+"
)
_APPROVAL_VERBS = frozenset(
    {"approve", "endorse", "adopt", "reject", "object", "oppose", "veto", "ratify", "decide"}
)
# "will carefully study the judgment and reflect on possible next steps": a body's first
# word on a court's ruling, no work it undertakes.
_ON_A_RULING = re.compile(
    r"^(?:study|examine|analy[sz]e|reflect\s+on)\s+(?:the\s+|this\s+|today['’]s\s+)?"
    r"(?:judg(?:e)?ment|ruling|verdict)\b",
    re.IGNORECASE,
)
# "The regulation will enter into force on the twentieth day following its publication":
# an adopted act's own course, counted from an event no one promises; a government that
# will bring rules into force by January 2027 does promise it.
_IN_FORCE = re.compile(r"^bring\b.*\binto\s+(?:force|effect)\b", re.IGNORECASE)
_LAWS_OWN_EVENTS = frozenset({"publication", "publication in the Official Journal", "adoption"})
# The meeting whose agenda a discussion is, named in its sentence or as its owner.
_MEETING = re.compile(
    r"\b(?:council|committee|meeting|summit|session|sitting|plenary|conference|assembly|"
    r"board|cabinet)s?\b",
    re.IGNORECASE,
)
# The verbs of what a notice, plan or report must hold.
_CONTENTS_VERBS = frozenset(
    {"describe", "include", "contain", "list", "explain", "specify", "detail", "state"}
)
# A duty put on someone by a rule: "must", "shall", "will have to", "will be required to".
_DUTY = (
    r"\b(?:must|shall|(?:will\s+)?(?:have|has|need|needs)\s+to|"
    r"(?:will\s+be|is|are)\s+(?:required|obliged|expected)\s+to)\s+(?:also\s+|clearly\s+)?"
)
# How far before an item the start of its sentence is looked for.
SENTENCE_REACH = 400
# The last end of a sentence or line before an item (its sentence starts after it).
_SENTENCE_END = re.compile(r"(?s:.*)(?:[.!?]\s+|\n)")


def is_procedure(action: ExtractedAction) -> bool:
    """Whether `action` is the procedure of taking part or the meeting under way."""
    description = action.description
    return bool(
        _CLOSES.match(description)
        or _RECEIVES.match(description)
        or _SITTING.match(description)
        or _ON_A_RULING.match(description)
        or (
            action.due is not None
            and action.due.anchor_event in _LAWS_OWN_EVENTS
            and _IN_FORCE.match(description) is not None
        )
        or _AT_A_MEETING.match(description) is not None
        or (
            _DISCUSSION.match(description)
            and (
                _MEETING.search(f"{action.evidence.quote} {action.owner or ''}") is not None
                or _WHO_MEET.search(action.evidence.quote) is not None
            )
        )
        or _given_time_limit(action)
    )


def _given_time_limit(action: ExtractedAction) -> bool:
    """Whether the action is what a procedure gives a body a few weeks to do."""
    verb = action.description.split(" ", 1)[0].casefold()
    if verb not in _APPROVAL_VERBS:
        return False
    pattern = rf"{_TIME_LIMIT}{re.escape(verb)}\b"
    return re.search(pattern, action.evidence.quote, re.IGNORECASE) is not None


def is_required_content(text: str, action: ExtractedAction) -> bool:
    """Whether `action` is one item a rule requires a notice or plan to hold, with no
    deadline of its own ("A company will have to describe the nature of the disruption")."""
    if action.due is not None:
        return False
    verb = action.description.split(" ", 1)[0].casefold()
    if verb not in _CONTENTS_VERBS:
        return False
    # The evidence of one item of a list is the item; its duty is earlier in the sentence.
    start = action.evidence.start
    opened = _SENTENCE_END.search(text[max(0, start - SENTENCE_REACH) : start])
    begin = max(0, start - SENTENCE_REACH) + (opened.end() if opened else 0)
    duty = re.compile(rf"{_DUTY}{verb}\b", re.IGNORECASE)
    return duty.search(text, begin, action.evidence.end) is not None


def reader_tracks(text: str, action: ExtractedAction) -> bool:
    """Whether a reader tracks `action`: it is neither procedure, required content nor an
    aside (a quotation's pronouns, a list's header, a proposal's contents)."""
    return not (
        is_procedure(action)
        or is_required_content(text, action)
        or is_aside(text, action)
        or is_fragment(action)
    )
