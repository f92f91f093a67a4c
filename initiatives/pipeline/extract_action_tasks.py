"""Tasks given in terms of reference, remits and mandates, read after the other rules.

Terms of reference and announcements of a taskforce give its work in shapes without
"subject + will + verb":
- a remit named by its noun: "The Task Force's brief is to listen, assess and report",
  "The role of the panel will be to advise the Minister", "Its mandate is to review…"
  (`action.remit`); a purpose or mission counts only when its holder is a body (a
  committee, a taskforce, an agency…), since "the purpose of the plan is to…" is an aim;
- a list of tasks inside one sentence: "The Committee will: (a) review…; (b) recommend…;
  and (c) consult…" (`action.task_list`), one action per task;
- the items after a lead-in that names a remit: "The terms of reference for the review
  are:" then "To examine…" paragraphs or lines (`action.remit_item`).

Sentences that hold none of these go on to `extract_action_plans` (duties given time,
reported plans, a scheme's components, decision lines).

Only sentences that gave no action are read (as in `extract_action_lines`), so each
rule adds what the others missed and never doubles them.
"""

from __future__ import annotations

import datetime as dt
import re

from initiatives.pipeline import dates
from initiatives.pipeline import extract_action_plans as plans
from initiatives.pipeline.action_cues import NOT_VERBS, VERB_BASE
from initiatives.pipeline.action_verbs import (
    NON_COMMITMENT_VERBS,
    SECOND_PROMISE_VERBS,
    TASK_VERBS,
    TRANSITIVE_COMMITMENTS,
    base_form,
)
from initiatives.pipeline.extract_action_lines import by_segment
from initiatives.pipeline.extract_actions import (
    FoundAction,
    build_action,
    coordinated_promises,
    cue_subject,
    is_question,
    object_end,
)
from initiatives.pipeline.extract_owners import Owner, OwnerContext, owner_of
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.types import DueWindow, Span

# Nouns that name work given to someone: any holder does that work.
_REMIT_NOUNS = (
    r"brief|remit|mandate|role|job|tasks?|terms\s+of\s+reference|responsibilit(?:y|ies)|"
    r"functions?|duties"
)
# Nouns that name an aim: work only when a body holds it ("the purpose of the taskforce").
_AIM_NOUNS = r"purpose|mission|objectives?"
REMIT_RE = re.compile(
    rf"\b(?P<noun>{_REMIT_NOUNS}|{_AIM_NOUNS})\b"
    r"(?:\s+of\s+(?P<who>(?:the\s+|this\s+|its\s+|their\s+|a\s+)?[^,;:()]{2,80}?))?"
    r"\s+(?:is|are|will\s+be|shall\s+be|would\s+be|includes?|will\s+include)\s*"
    r"(?:(?P<to>to)\s+(?P<verb>[a-z]+)\b(?:\s+(?P<particle>up|out|forward)\b)?|(?P<colon>:))",
    re.IGNORECASE,
)
_AIM_NOUN = re.compile(_AIM_NOUNS, re.IGNORECASE)
# The holder before the noun: "The Task Force's brief", "the panel's overall role".
_POSSESSOR = re.compile(
    r"(?P<who>(?:[Tt]he[ \t]+)?(?:[A-Z][\w&-]*[ \t]+){0,4}?[\w&-]+)['’]s?\s+(?:(?:overall|main|"
    r"primary|principal|key|core|specific|initial|first|immediate|new)\s+)?\Z"
)
_ITS = re.compile(r"\b(?:its|their|his|her)\s+(?:(?:overall|main|primary|key|core)\s+)?\Z", re.I)
# A body whose purpose is its work: "the purpose of the Taskforce", "the mission of WHO".
_BODY_WORDS = re.compile(
    r"\b(?:committee|task\s*force|taskforce|panel|group|council|commission|agency|unit|"
    r"office|authority|board|team|body|secretariat|network|centre|center|forum|envoy|"
    r"inquiry|review|ombudsman|regulator|coordinator|institute|ministry|department|"
    r"advis[eo]r|commissioner|tsar|czar|[A-Z]{2,})s?\b",
    re.IGNORECASE,
)
# "The Committee will: (a) review…; (b) recommend…" — a cue, a colon or a first marker.
INLINE_LIST_RE = re.compile(
    r"\b(?P<cue>will|shall|(?:is|are)\s+(?:to|asked\s+to|expected\s+to|required\s+to|"
    r"tasked\s+(?:to|with)|responsible\s+for|charged\s+with)|(?:has|have)\s+been\s+(?:asked|"
    rf"tasked|mandated|charged)\s+(?:to|with)|(?:{_REMIT_NOUNS})\s+(?:is|are|will\s+be|include|"
    r"includes)(?:\s+to)?)\s*(?::\s*|(?=\(?(?:a|i|1)\)\s))",
    re.IGNORECASE,
)
_MARKER = re.compile(
    r"(?:[;,]\s*)?(?:(?:and|or)\s+)?\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\)\s+"
)
_SEMICOLON = re.compile(r";\s*(?:(?:and|or)\s+)?")
_ITEM_VERB = re.compile(r"\s*(?:to\s+)?(?P<verb>[a-z]+)\b(?:\s+(?P<particle>up|out|forward)\b)?")
MIN_LIST_ITEMS = 2
# Verbs a capitalised item may open with and still be a task ("Review the funding formula").
TASK_VERBS_ALL = TASK_VERBS | SECOND_PROMISE_VERBS | frozenset(VERB_BASE)


class KeyIndex:
    """The key words of the rules found in a sentence: one search of the lower-cased
    document per sentence, so that a sentence without any key of a rule skips it."""

    def __init__(self, text: str, keys: tuple[str, ...]) -> None:
        self.low = text.lower()
        self.exact = len(self.low) == len(text)  # else every sentence is read in full
        ordered = sorted(set(keys), key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(key) for key in ordered))
        self.all = frozenset(keys)

    def within(self, start: int, end: int) -> frozenset[str]:
        """The keys in text[start:end] (all keys when the index is not exact)."""
        if not self.exact:
            return self.all
        return frozenset(self.pattern.findall(self.low, start, end))


def task_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The tasks and plans (`extract_action_plans`) of sentences that gave no action."""
    held = by_segment(segments, found)
    index = KeyIndex(text, (*_REMIT_KEYS, *_LIST_KEYS, *plans.KEYS))
    out: list[FoundAction] = []
    lead: Segment | None = None  # the last sentence that is no bullet: a list's lead-in
    previous: Owner | None = None
    remit: Owner | None = None  # "The terms of reference are:": who does the items after it
    for segment in segments:
        if segment.kind != "bullet":
            lead = segment
        if segment.kind in ("title", "heading"):
            remit = None
            continue
        if segment.start in held:
            previous = next((i.owner for i in held[segment.start] if i.owner), previous)
            remit = None
            continue
        items = _remit_item(text, segment, anchor, context, remit) if remit else []
        if remit is not None and not items:
            remit = None
        present = index.within(segment.start, segment.end)
        if not items and not present.isdisjoint(_TASK_KEYS):
            items = _segment_tasks(text, segment, anchor, context, previous, present)
        lead_in = None
        if not items and ":" in present:
            lead_in = _remit_lead(text, segment, context, previous)
        if lead_in is not None:
            remit = lead_in
            continue
        if not items:
            items = plans.segment_plans(text, segment, anchor, context, lead=lead, keys=present)
        if items and is_question(text, segment.start, segment.end):
            continue  # read last: most sentences give nothing to ask about
        out += items
        previous = next((i.owner for i in items if i.owner), previous)
    return out


# "The terms of reference for the review are:", "Its remit will be:": a lead-in whose
# items follow as lines or paragraphs ("To examine…", "- review…").
REMIT_LEAD_RE = re.compile(
    rf"\b(?:{_REMIT_NOUNS})\b(?:\s+(?:of|for)\s+(?P<who>(?:the\s+|this\s+|its\s+)?[^,;:()]{{2,60}}?))?"
    r"(?:\s+as\s+(?:set|agreed|approved)\s+by\s+[^:]{2,100}?)?\s+(?:is|are|will\s+be|include|"
    r"includes)(?:\s+to)?\s*:\s*\Z",
    re.IGNORECASE,
)
# An item of a remit: "To examine…", "In the light of the report, to conduct…", "review…".
_REMIT_ITEM = re.compile(
    r"[\s\-–•*]*(?:\(?[a-z0-9]{1,3}[).]\s+)?(?:(?![Tt]o\s)[A-Z][^,.;:]{0,120},\s+(?=to\s))?"
    r"(?:[Tt]o\s+)?(?P<verb>[A-Za-z]+)\b(?!\s*:)(?:\s+(?P<particle>up|out|forward)\b)?"
)


def _remit_lead(
    text: str, segment: Segment, context: OwnerContext, previous: Owner | None
) -> Owner | None:
    """The holder of a remit whose items follow this lead-in, if it is one."""
    piece = text[segment.start : segment.end].rstrip()
    if not piece.endswith(":"):
        return None
    lead = REMIT_LEAD_RE.search(text, segment.start, segment.start + len(piece))
    if lead is None:
        return None
    owner = None
    if lead.group("who"):
        who = span(text, lead.start("who"), lead.end("who"))
        owner = owner_of(text, who, context, previous=previous, animate=True)
    else:
        owner = _holder(text, segment, lead.start(), context, previous)
    body = context.body_at(segment.start) or context.first_owner
    if owner is None and body is not None:
        # "The terms of reference for the review are:": the work of the body that set it
        owner = Owner(body, span(text, segment.start, segment.end))
    return owner


def _remit_item(
    text: str, segment: Segment, anchor: dt.date, context: OwnerContext, owner: Owner
) -> list[FoundAction]:
    """One item of a remit, after its lead-in: "To examine how notice periods work"."""
    item = _REMIT_ITEM.match(text, segment.start, segment.end)
    if item is None:
        return []
    word = item.group("verb")
    lemma = _task_verb(word, item.group("particle"))
    infinitive = "to " in text[segment.start : item.start("verb")].lower()
    if lemma is None or (word[0].isupper() and not infinitive and lemma not in TASK_VERBS_ALL):
        return []  # "Chair: Professor Smith" names no task
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    stop = object_end(text, item.end(), segment.end)
    return build_action(
        text, segment, Span(segment.start, segment.start, ""), owner, lemma, False, item.end(),
        stop, windows, None, anchor, "action.remit_item", context,
    )  # fmt: skip


def _segment_tasks(
    text: str,
    segment: Segment,
    anchor: dt.date,
    context: OwnerContext,
    previous: Owner | None,
    present: frozenset[str],
) -> list[FoundAction]:
    start, end = segment.start, segment.end
    out: list[FoundAction] = []
    windows: list[DueWindow] = []
    if not present.isdisjoint(_LIST_KEYS):
        listed = INLINE_LIST_RE.search(text, start, end)
        if listed is not None:
            owner = _holder(text, segment, listed.start(), context, previous)
            windows = dates.find_due_windows(text, reference=anchor, start=start, end=end)
            out += _listed(text, segment, listed.end(), owner, windows, anchor, context)
            if out:
                return out
    for remit in REMIT_RE.finditer(text, start, end) if not present.isdisjoint(_REMIT_KEYS) else ():
        if not remit.group("to"):
            continue  # a list after a colon is read above
        owner = _holder(text, segment, remit.start(), context, previous, remit=remit)
        lemma = _task_verb(remit.group("verb"), remit.group("particle"))
        if owner is None or lemma is None:
            continue
        windows = windows or dates.find_due_windows(text, reference=anchor, start=start, end=end)
        stop = object_end(text, remit.end(), end)
        for part, a, b, _ in coordinated_promises(text, lemma, remit.end(), stop, windows):
            out += build_action(
                text, segment, Span(start, start, ""), owner, part, False, a, b, windows, None,
                anchor, "action.remit", context,
            )  # fmt: skip
    return out


_REMIT_WORD = re.compile(rf"\b(?:{_REMIT_NOUNS}|{_AIM_NOUNS})\b", re.IGNORECASE)
# Plain words one of which a remit holds, searched before its regex (a fast substring test).
_REMIT_KEYS = ("brief", "remit", "mandate", "role", "job", "task", "terms of reference",
               "responsibilit", "function", "duties", "purpose", "mission", "objective")  # fmt: skip

_LIST_KEYS = (":", "(a)", "(i)")
_TASK_KEYS = frozenset((*_REMIT_KEYS, *_LIST_KEYS))


def _holder(
    text: str,
    segment: Segment,
    at: int,
    context: OwnerContext,
    previous: Owner | None,
    *,
    remit: re.Match[str] | None = None,
) -> Owner | None:
    """Who holds the task: named after "of", before "'s", or as the sentence's subject;
    "its" is the body named last. An aim's holder must be a body."""
    start = segment.start
    who: Span | None = None
    if remit is not None and remit.group("who"):
        who = span(text, remit.start("who"), remit.end("who"))
    elif (possessor := _POSSESSOR.search(text, start, at)) is not None and (
        "'" in text[possessor.end("who") : at] or "’" in text[possessor.end("who") : at]
    ):
        who = span(text, possessor.start("who"), possessor.end("who"))
    elif _ITS.search(text, max(start, at - 20), at):
        body = previous.entry if previous else context.first_owner or context.body_at(start)
        return Owner(body, span(text, start, segment.end)) if body else None
    elif remit is None:
        who = cue_subject(text, start, at)
        if _REMIT_WORD.match(text, at):
            return None  # "The terms of reference are:" name no holder
    if who is None or not who.quote.strip():
        return None
    aim = remit is not None and _AIM_NOUN.fullmatch(remit.group("noun"))
    if aim and not _BODY_WORDS.search(who.quote):
        return None  # "the purpose of the plan is to…": an aim, not a task
    return owner_of(text, who, context, previous=previous, animate=True)


def _listed(
    text: str,
    segment: Segment,
    at: int,
    owner: Owner | None,
    windows: list[DueWindow],
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """One action per task of a list inside the sentence, each item up to the next marker
    (or semicolon)."""
    if owner is None:
        return []
    end = segment.end
    marks = list(_MARKER.finditer(text, at, end))
    if len(marks) >= MIN_LIST_ITEMS:
        bounds = [(m.end(), marks[i + 1].start() if i + 1 < len(marks) else end)
                  for i, m in enumerate(marks)]  # fmt: skip
    else:
        cuts = list(_SEMICOLON.finditer(text, at, end))
        if len(cuts) + 1 < MIN_LIST_ITEMS:
            return []
        starts = [at, *(c.end() for c in cuts)]
        stops = [*(c.start() for c in cuts), end]
        bounds = list(zip(starts, stops, strict=True))
    out: list[FoundAction] = []
    for a, b in bounds:
        item = _ITEM_VERB.match(text, a, b)
        if item is None:
            continue
        lemma = _task_verb(item.group("verb"), item.group("particle"))
        if lemma is None:
            continue
        out += build_action(
            text, segment, Span(segment.start, segment.start, ""), owner, lemma, False,
            item.end(), b, windows, None, anchor, "action.task_list", context,
        )  # fmt: skip
    return out


def _task_verb(word: str, particle: str | None) -> str | None:
    """A task's verb in its base form: after a remit or a list cue, any verb but one that
    promises nothing."""
    lower = word.lower()
    lemma = base_form(lower) if lower.endswith("ing") else lower
    if lemma in NOT_VERBS or (
        lemma in NON_COMMITMENT_VERBS and lemma not in TRANSITIVE_COMMITMENTS
    ):
        return None
    return f"{lemma} {particle}" if particle else lemma
