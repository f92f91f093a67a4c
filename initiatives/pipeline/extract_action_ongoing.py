"""Work a body says it is doing now: "Officials are drafting a treaty on shared fisheries",
"We're piloting grants of up to £3,000 for flood doors", "Orrin Solar is putting $20 million
into a second plant".

A present progressive with a body as its subject and a verb that does work to an object
is work under way, which a reader follows to its end as much as a promise ("will draft");
the cue rules read only the future and the passive progressive ("is being built"). The
action is the body's (rule `action.ongoing_work`) when its subject is a body that
`extract_owners` knows or that `action_named_doer` reads as a name or a trade, and the
verb is no forecast or state ("prices are rising", "the firm is facing losses") and no
deliberation ("is considering a ban", "is reviewing whether…"): those promise nothing yet.
Only sentences that no rule before it gave a promise are read, so that a progressive
beside a promise ("is working with X to deliver Y") stays the one promise.
"""

from __future__ import annotations

import datetime as dt
import re

from initiatives.pipeline import dates
from initiatives.pipeline.action_named_doer import named_body, takes_object
from initiatives.pipeline.action_verbs import NON_COMMITMENT_VERBS, base_form
from initiatives.pipeline.extract_action_lines import prose_without_actions
from initiatives.pipeline.extract_actions import (
    GIVING_VERBS,
    FoundAction,
    build_action,
    cue_subject,
    object_end,
)
from initiatives.pipeline.extract_owners import OwnerContext, owner_of
from initiatives.pipeline.extract_segments import Segment
from initiatives.pipeline.literal_gate import Gated
from initiatives.pipeline.types import Span

RULE = "action.ongoing_work"
# "is drafting", "are now rolling out", "we're piloting", "is also putting".
_PROGRESSIVE = Gated(
    re.compile(
        r"(?:\b(?:is|are)|(?<=\w)['’]re)\s+(?:(?:now|also|currently|already|still|actively|"
        r"jointly)\s+)*(?P<verb>[a-z]{2,}ing)\b(?:\s+(?:up|out|in)\b(?=\s+[a-z$£€\d]))?"
    )
)
# Verbs of deliberation, of trying and of a state: nothing is promised by them yet.
_NOT_YET = frozenset(
    {
        "consider", "discuss", "debate", "weigh", "monitor", "assess", "watch", "study",
        "explore", "evaluate", "review", "examine", "investigate", "await", "seek", "try",
        "attempt", "struggle", "fight", "wait", "ask", "call", "urge", "push", "press",
        "lobby", "demand", "face", "experience", "see", "hold", "pay", "spend", "lose",
        "use", "make", "do", "accept", "receive", "get", "gain", "win", "attack", "target",
        "threaten", "hit", "cut", "raise", "lower", "charge", "offer", "sell", "buy",
        "earn", "owe", "prepare", "plan", "aim", "look", "move", "say", "tell", "mark",
        "celebrate", "host", "attend", "lead", "follow", "operate", "serve", "manage",
        # the announcement itself, and what it gives: "is announcing a hearing", "is
        # giving districts more time"
        "announce", "unveil", "launch", "give", "encourage", "welcome",
    }
)  # fmt: skip
_FIRST_PERSON = re.compile(r"(?:\A|\s)(?:we|I)\Z", re.IGNORECASE)  # "Today we"
# "-ing" words that are no participle: "the problem is nothing new".
_NOT_PARTICIPLES = frozenset(
    {"being", "nothing", "something", "anything", "everything", "during", "morning", "evening", "king",
     "thing", "ceiling", "spring", "string", "wing", "ring", "sibling", "darling"}
)  # fmt: skip


def ongoing_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The work under way that a body says it is doing, in sentences with no promise."""
    out: list[FoundAction] = []
    for segment in prose_without_actions(segments, found):
        for match in _PROGRESSIVE.finditer(text, segment.start, segment.end):
            got = _ongoing(text, segment, match, anchor, context)
            if got:
                out += got
                break  # one clause's work: what follows it is its detail
    return out


def _ongoing(
    text: str, segment: Segment, match: re.Match[str], anchor: dt.date, context: OwnerContext
) -> list[FoundAction]:
    word = match.group("verb")
    if word in _NOT_PARTICIPLES:
        return []
    lemma = base_form(word)
    if lemma in NON_COMMITMENT_VERBS or lemma in _NOT_YET:
        return []  # "prices are rising", "the ministry is considering a levy"
    verb_end = match.end()
    end = object_end(text, verb_end, segment.end)
    if not takes_object(text, lemma, verb_end, end):
        return []  # "the agency is growing fast": no work done to anything
    subject = cue_subject(text, segment.start, match.start())
    bare = subject.quote.strip(" ,\"“”'‘’")
    if not bare or _FIRST_PERSON.search(bare):
        return []  # a speaker's "we're putting resources in their hands": `action.under_way`
    owner = owner_of(text, subject, context) or named_body(text, subject, context)
    if owner is None:
        return []  # "Prices for fertiliser are hitting records": no body at work
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    if lemma in GIVING_VERBS and not windows:
        return []  # "The Government is providing $30 million": the announcement itself
    return build_action(
        text, segment, Span(match.start(), match.start(), ""), owner, lemma, False,
        verb_end, end, windows, None, anchor, RULE, context,
    )  # fmt: skip
