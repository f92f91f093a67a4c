"""Promises written without "subject + cue + verb", read after `extract_actions`.

Budget and fact-sheet lines name a sum and its purpose with no verb ("$30 billion over
the next five years for child care"); headline bullets start with a gerund ("Investing
in global health"); a decision names the work it approves as a noun or a gerund
("approved the construction of X", "approved building 20,000 homes by 2028") or as a
dated proposal ("adopted the proposal to reinforce X by 2027"); a plan lists its
priorities as infinitives ("three priorities, namely, to help…, to protect…"); a leader
tells a body what to do ("told his cabinet to increase X by 2027"); a wish or a target
is a promise once it is dated ("wants to reduce Y by 2030", "The target was to build X
by 2029", "all sectors should use 10% less water by 2030"); a timetable line pairs a
date with a task ("Spring 2027 – publish final decisions"). Last, one deadline sentence
dates the undated promises of the list beside it ("These changes will take effect on
1 July 2027").

Each rule is a named regex here; the object, its deadline and its description are read
by `extract_actions` exactly as for any promise, so every action keeps its quote, its
offsets and its rule's name. A sentence that already gave an action gives none here.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable

from initiatives.pipeline import dates
from initiatives.pipeline import extract_action_outcomes as outcomes
from initiatives.pipeline.action_cues import NOT_VERBS, VERB_BASE, WISH_RE
from initiatives.pipeline.action_verbs import (
    NON_COMMITMENT_VERBS,
    SECOND_PROMISE_VERBS,
    TASK_VERBS,
    TRANSITIVE_COMMITMENTS,
    base_form,
)
from initiatives.pipeline.extract_action_forms import MOMENTARY_VERBS
from initiatives.pipeline.extract_actions import (
    FoundAction,
    build_action,
    coordinated_promises,
    cue_subject,
    due_window_in,
    is_question,
    object_end,
)
from initiatives.pipeline.extract_owners import Owner, OwnerContext, owner_of
from initiatives.pipeline.extract_segments import PROSE, Segment, span
from initiatives.pipeline.gazetteer import COUNTRY, ActorEntry, find_actors
from initiatives.pipeline.literal_gate import Gated
from initiatives.pipeline.money import MONEY
from initiatives.pipeline.types import DueWindow, Span

# "$30 billion over the next five years for child care", "Nearly £500 million to be spent
# in the next four years on youth services", "£1.3 billion to accelerate broadband".
SUM_LINE_RE = re.compile(
    r"(?:(?:Nearly|Almost|About|Around|Over|More\s+than|Up\s+to|An?\s+(?:additional|extra|"
    r"further|new)|A\s+further|Another)\s+)?"
    rf"{MONEY}\s+"
    # what comes before the purpose, without a verb: "in grants", "over five years,
    # starting in 2022-23,", "in Canada's vaccine sector", ", and $8 billion ongoing"
    r"(?:(?!(?:is|are|was|were|will|would|has|have|had|be|been|being)\b)[\w'’$£€.,-]+\s+)"
    r"{0,12}?(?=(?:to|for|towards|on)\b)",
    re.IGNORECASE,
)
# What follows the subject's head before its verb: a date or the one who chairs it.
_SUBJECT_TAIL = re.compile(
    r",?\s+(?:(?:on|in|this|last)\s+(?:\d|[A-Z][a-z]+day\b|(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b)|(?:chaired|led|headed)\s+by\b)"
)
# A line that reports what was, not what is promised: "£2 billion was spent last year on…".
_PAST = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|since|last\s+year|so\s+far|to\s+date)\b",
    re.IGNORECASE,
)
# "Investing in global health security", "- raising the personal allowance to £14,000".
# A bullet may carry a label first: "Offshore wind: Producing enough power for…".
GERUND_LINE_RE = re.compile(
    r"(?:[A-Z][\w ,&'’-]{1,40}:\s+)?(?P<verb>[A-Za-z]+ing)\b(?:\s+(?P<particle>up|out|forward)\b)?"
)
# A line of prose that is a promise without a verb ("Introducing legislation to set a
# minimum wage of $15, with provisions to ensure that…") has no finite verb before its
# first relative word; "Speaking in Ottawa, she said…" has one.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|said|says|told|can|could|must|should|"
    r"[a-z]{3,}ed)\b"
)
_RELATIVE = re.compile(r"\b(?:that|which|who|where|when|whose|while)\b")
# A list that names a plan's themes, not its promises: "The Strategy highlights six focus
# areas:", "The Council identified the following seven priorities:".
CONTENTS_LEAD_RE = Gated(
    re.compile(
        r"\b(?:priorities|areas|themes|pillars|principles|objectives|chapters|sections|"
        r"strands|workstreams|topics)\b|\b(?:highlights|outlines|identifies|identified|covers|"
        r"focuses|focused)\b",
        re.IGNORECASE,
    )
)
# Gerunds that open a line without promising: "Building on…", "Following…", "Including…".
_NOT_A_TASK = re.compile(r"\s+(?:on|upon|from|with)\b")
NOT_TASK_GERUNDS = frozenset(
    {"including", "following", "according", "regarding", "concerning", "during", "being",
     "having", "bearing", "notwithstanding", "excluding", "pending"}
)  # fmt: skip
# The next infinitive of a list of priorities: ", to protect…", ", and to give…".
_NEXT_INFINITIVE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)to\s+(?P<verb>[a-z]+)\b")
# "announced work to promote digital skills", "unveiled plans to cut waiting lists".
ANNOUNCED_WORK_RE = re.compile(
    r"\b(?:announced|announces|unveiled|unveils|launched|launches|set\s+out|sets\s+out)\s+"
    r"(?:new\s+|further\s+)?(?:work|plans?|measures|steps|efforts|action|"
    r"an?\s+(?:new\s+)?(?:plan|programme|program|drive|push|campaign|initiative|package))\s+"
    r"to\s+(?P<verb>[a-z]+)(?:\s+(?P<particle>up|out|forward)\b)?"
)
# "addressed the housing crisis with a new plan to create 10,000 homes by 2020", "will
# take off next month, with a plan to employ…": the plan the subject holds, a promise only
# when its work is dated ("…together with a plan to close the gaps" is what is published).
WITH_PLAN_RE = re.compile(
    r"(?<!together\s)\bwith\s+(?:an?\s+(?:new\s+)?plan|(?:new\s+)?plans)\s+to\s+"
    r"(?P<verb>[a-z]+)(?:\s+(?P<particle>up|out|forward)\b)?"
)
_APPROVED = (
    r"\b(?:approved|approves|authori[sz]ed|authori[sz]es|sanctioned|cleared|endorsed|"
    r"endorses|green-?lit|greenlighted|announced|announces|adopted|adopts|backed)\s+"
)
# "approved the construction of a rail line", "announced the promotion of X, the
# strengthening of Y": work named as a noun; each "the <noun> of" is one action.
NOMINAL_TASK_RE = re.compile(
    _APPROVED + r"(?:the\s+)?(?P<noun>[a-z]+(?:tion|sion|ment|ing)|roll-?out|launch|upgrade|"
    r"overhaul|build-?out|expansion)\s+of\s+"
)
_NEXT_NOMINAL = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)the\s+(?P<noun>[a-z]+(?:tion|sion|ment|ing)|roll-?out|"
    r"launch|upgrade|overhaul|build-?out)\s+of\s+"
)
# Nouns in those endings that name no work to be done.
NOT_TASK_NOUNS = frozenset(
    {
        "adoption", "conclusion", "position", "nation", "section", "question", "mention",
        "attention", "edition", "election", "completion", "meeting", "morning", "evening",
        "briefing", "hearing", "funding", "thing", "king", "government", "parliament",
        "department", "statement", "document", "agreement", "moment", "comment",
        "commitment", "achievement", "opinion", "proposition", "resolution", "solution",
        # a status that the approval itself gives: "approved the designation of Gilgil
        # Hospital as a satellite facility", "the reconstitution of its committee", "the
        # regularisation of 227 daily-wage teachers", "the dissolution of the Ministries…"
        "designation", "reconstitution", "regularisation", "regularization", "dissolution",
    }
)  # fmt: skip
# "approved building 20,000 social houses by 2028": work named as a gerund.
APPROVED_GERUND_RE = re.compile(_APPROVED + r"(?P<verb>[a-z]+ing)\b")
# "adopted the Commission's proposal to reinforce border controls by 2027": dated only.
APPROVED_PLAN_RE = re.compile(
    _APPROVED + r"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:proposals?|plans?|bill|"
    r"package|measures?|decision|scheme|programme|program|roadmap|strategy)\s+to\s+"
    r"(?P<verb>[a-z]+)(?:\s+(?P<particle>up|out|forward)\b)?"
)
# "three strategic priorities, namely, to help…, to protect… and to provide…".
PRIORITIES_RE = re.compile(
    r"\b(?:priorities|goals|objectives|aims|tasks|pillars|missions|targets)\b[^.;:]{0,40}?"
    r"(?:,?\s*namely,?|:|,?\s+(?:which\s+)?are)\s+to\s+(?P<verb>[a-z]+)"
)
# "has told his cabinet to increase defence spending by 2027".
TOLD_RE = re.compile(
    r"\b(?:told|tells|tell)\s+(?P<who>(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"[A-Za-z][\w'’ -]{1,60}?)\s+to\s+(?P<verb>[a-z]+)(?:\s+(?P<particle>up|out|forward)\b)?"
)
_AUDIENCE = re.compile(
    r"(?:the\s+)?(?:reporters|journalists|press|media|audience|crowd|delegates|lawmakers|"
    r"parliament|me|us|them|him|her|you|supporters|voters)\b",
    re.IGNORECASE,
)
# Dated wishes and targets: "wants to reduce road deaths by 2030", "The target was to
# build 1.5 million homes by 2029", "All sectors should use ten percent less water by 2030".
DATED_AIM_RE = re.compile(
    r"\b(?:wants?|wanted|intends?|intended|is\s+determined|are\s+determined)\s+to\s+"
    r"(?P<verb>[a-z]+)(?:\s+(?P<particle>up|out|forward)\b)?"
)
TARGET_IS_RE = re.compile(
    r"\b(?:target|goal|aim|objective|ambition)\s+(?:is|was|will\s+be|remains)\s+to\s+"
    r"(?P<verb>[a-z]+)(?:\s+(?P<particle>up|out|forward)\b)?"
)
# "The agency is soon expected to release new guidance", "We'll take budgetary measures".
SOON_EXPECTED_RE = re.compile(
    r"\b(?:is|are)\s+(?:soon|shortly|likely|also|now)\s+(?:expected|set|due)\s+to\s+"
    r"(?P<verb>[a-z]+)(?:\s+(?P<particle>up|out|forward)\b)?"
)
CONTRACTED_RE = re.compile(
    r"\b(?:[Ww]e|[Tt]hey|I)['’]ll\s+(?:also\s+|now\s+)?(?P<verb>[a-z]+)"
    r"(?:\s+(?P<particle>up|out|forward)\b)?"
)
# A page's own work under way, in its own voice: "We're working with the charity X to
# deliver workshops", "We're piloting grants of up to £5,000" (`extract_action_forms` reads
# "is"/"are" spelt out).
WE_ARE_RE = re.compile(
    r"\b(?:[Ww]e|[Tt]hey)['’]re\s+(?:also\s+|now\s+|currently\s+|already\s+)?"
    r"(?:working\s+(?:(?:closely\s+)?(?:with|alongside)\s+(?:[\w'’&-]+\s+){1,8}?|together\s+)"
    r"to\s+(?P<verb>[a-z]+)|(?P<gerund>[a-z]{3,}ing))\b(?:\s+(?P<particle>up|out|forward)\b)?"
)
ALL_SHOULD_RE = re.compile(
    r"\b(?P<who>(?:All|all|Every|every|Each|each)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:should|must|will\s+have\s+to|are\s+to|is\s+to)\s+(?P<verb>[a-z]+)"
)
# "Spring 2027 – publish final decisions", "Q3 2027 | Consult on the draft code".
# A table copied as text loses its column rule: "Spring 2027 Publish final decisions".
TIMETABLE_RE = re.compile(
    r"(?P<when>[^|–—:]{3,40}?)(?:\s*(?:\||–|—|:|\s-)\s*(?P<verb>[A-Za-z]+)|"
    r"\s+(?P<capital>[A-Z][a-z]+)(?=\s+[a-z]))"
)
# "These changes will take effect on 1 July 2027": dates the list beside it.
LIST_DEADLINE_RE = re.compile(
    r"\s*(?:These|Those|All\s+(?:of\s+)?these|Both)\s+(?:[\w-]+\s+){0,2}?(?:changes|measures|"
    r"rules|reforms|provisions|steps|actions|commitments|policies|requirements|obligations|"
    r"initiatives|projects|programmes|improvements)\s+(?:will|shall|are\s+(?:expected|due|set|"
    r"scheduled)\s+to)\s+(?:take\s+effect|come\s+into\s+(?:force|effect)|enter\s+into\s+force|"
    r"apply|start|begin|be\s+(?:introduced|implemented|in\s+place|completed|delivered|"
    r"rolled\s+out))\b"
)
# "The new rules are expected to take effect from July 2027", "The regulations will come
# into force on 1 May", "… will not come into force until 1 October": a dated start.
# "Once adopted, the regulation will enter into force…": the law's course, not a promise.
_ONCE = re.compile(r"\s*(?:Once|When|After|Upon|If)\b")
TAKES_EFFECT_RE = re.compile(
    r"(?:(?:is|are)\s+(?:expected|due|set|scheduled)\s+to|will(?:\s+not)?(?:\s+now)?)\s+"
    r"(?P<verb>take\s+effect|"
    r"come\s+into\s+(?:force|effect)|enter\s+into\s+force)\b"
)

_APPROVED_KEYS = ("approv", "authori", "sanction", "cleared", "endors", "green", "announc",
                  "adopt", "backed")  # fmt: skip
# The words without which a rule cannot match, tested before its regex.
_KEYS: dict[re.Pattern[str], tuple[str, ...]] = {
    ANNOUNCED_WORK_RE: ("announc", "unveil", "launch", "set out", "sets out"),
    WITH_PLAN_RE: ("with a plan", "with a new plan", "with plans", "with new plans"),
    NOMINAL_TASK_RE: _APPROVED_KEYS,
    APPROVED_GERUND_RE: _APPROVED_KEYS,
    APPROVED_PLAN_RE: _APPROVED_KEYS,
    PRIORITIES_RE: ("priorit", "goals", "objectives", "aims", "tasks", "pillars", "missions",
                    "targets"),
    TOLD_RE: ("told", "tell"),
    DATED_AIM_RE: ("want", "intend", "determined"),
    TARGET_IS_RE: ("target", "goal", "aim", "objective", "ambition"),
    SOON_EXPECTED_RE: ("expected", "set to", "due to"),
    CONTRACTED_RE: ("'ll", "’ll"),
    WE_ARE_RE: ("'re", "’re"),
    ALL_SHOULD_RE: ("all ", "All ", "every", "Every", "each", "Each"),
    TAKES_EFFECT_RE: ("effect", "force"),
    **outcomes.KEYS,
}  # fmt: skip
_ALL_KEYS = sorted({k for keys in _KEYS.values() for k in keys}, key=len, reverse=True)
_KEY_RE = re.compile("|".join(re.escape(k) for k in _ALL_KEYS))  # longest first
# A key found also stands for the keys inside it: "aims" for "aim", "targets" for "target".
_IMPLIED = {k: frozenset(inner for inner in _ALL_KEYS if inner in k) for k in _ALL_KEYS}


def line_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The promises of these shapes in sentences and lines that gave no action, then the
    list deadlines applied to all promises (`found` is updated in place)."""
    held = _by_segment(segments, found)
    out: list[FoundAction] = []
    themes = False  # whether the bullets read now follow a lead-in naming themes
    per_block = Counter(s.block for s in segments)
    for segment in segments:
        if segment.kind != "bullet":
            themes = CONTENTS_LEAD_RE.search(text, segment.start, segment.end) is not None
        if segment.kind in ("title", "heading") or segment.start in held:
            continue
        alone = segment.kind == "paragraph" and per_block[segment.block] == 1
        out += _segment_actions(text, segment, anchor, context, themes=themes, alone=alone)
    _date_lists(text, segments, [*found, *out], anchor)
    return out


def _by_segment(segments: list[Segment], found: list[FoundAction]) -> dict[int, list[FoundAction]]:
    """The actions found, by the start of the segment their quote starts in (a sorted
    search, so that the pass stays linear in the document's size)."""
    starts = [s.start for s in segments]
    held: dict[int, list[FoundAction]] = {}
    for item in found:
        index = bisect.bisect_right(starts, item.action.evidence.start) - 1
        if index >= 0:
            held.setdefault(starts[index], []).append(item)
    return held


def verbless(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has no finite verb before its first relative word."""
    return _verbless(text, start, end)


def by_segment(segments: list[Segment], found: list[FoundAction]) -> dict[int, list[FoundAction]]:
    """The actions found, by the start of the segment their quote starts in."""
    return _by_segment(segments, found)


def prose_without_actions(segments: list[Segment], found: list[FoundAction]) -> list[Segment]:
    """The paragraphs and bullets in which no action was found: where the finders of a
    second pass (work under way, pledges, figures to change) look, so that a sentence
    already read as a promise is never read again."""
    held = _by_segment(segments, found)
    return [
        segment for segment in segments if segment.kind in PROSE and not held.get(segment.start)
    ]


def _verbless(text: str, start: int, end: int) -> bool:
    relative = _RELATIVE.search(text, start, end)
    return _FINITE.search(text, start, relative.start() if relative else end) is None


def _segment_actions(
    text: str,
    segment: Segment,
    anchor: dt.date,
    context: OwnerContext,
    *,
    themes: bool,
    alone: bool = False,
) -> list[FoundAction]:
    """The promises of one sentence or line; `alone` when it is its paragraph's only one."""
    start, end = segment.start, segment.end
    if is_question(text, start, end):
        return []
    body = context.body_at(start) or _government_named_first(text) or context.first_owner
    cache: list[list[DueWindow]] = []
    present = frozenset().union(*(_IMPLIED[k] for k in _KEY_RE.findall(text, start, end)))

    def scan(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        # one search for every rule's words first: most sentences hold none of them
        if present.isdisjoint(_KEYS[pattern]):
            return []
        return list(pattern.finditer(text, start, end))

    def due_windows() -> list[DueWindow]:
        # read only for a sentence with a shape of promise: most sentences have none
        if not cache:
            cache.append(dates.find_due_windows(text, reference=anchor, start=start, end=end))
        return cache[0]

    out: list[FoundAction] = []

    def add(
        rule: str,
        lemma: str,
        verb_end: int,
        owner: Owner | None,
        *,
        dated: bool,
        lead_due: DueWindow | None = None,
        until: int | None = None,
    ) -> None:
        if owner is None:
            return
        stop = object_end(text, verb_end, end)
        stop = min(stop, until) if until is not None else stop
        windows = due_windows()
        if dated and not due_window_in(windows, verb_end, stop):
            return
        empty = Span(start, start, "")
        parts = coordinated_promises(text, lemma, verb_end, stop, windows)
        if rule == "action.sum_line":
            # "$1.5 billion for irrigation to help farms raise output, strengthen food
            # security and expand exports": what the sum is for, one grant, not three
            parts = parts[:1]
        for part, a, b, _ in parts:
            out.extend(
                build_action(
                    text, segment, empty, owner, part, False, a, b, windows, lead_due, anchor,
                    rule, context,
                )
            )  # fmt: skip

    def body_owner() -> Owner | None:
        return Owner(body, span(text, start, end)) if body else None

    def subject_owner(at: int) -> Owner | None:
        subject = cue_subject(text, start, at)
        tail = _SUBJECT_TAIL.search(subject.quote)
        if tail is not None:  # "The Cabinet, chaired by the Prime Minister, on 12 March"
            subject = Span(
                subject.start, subject.start + tail.start(), subject.quote[: tail.start()]
            )
        owner = owner_of(text, subject, context, animate=True) if subject.quote else None
        return owner or body_owner()

    line = SUM_LINE_RE.match(text, start, end)
    if line and not _PAST.search(text, start, end):
        add("action.sum_line", "provide", start, body_owner(), dated=False)
        return [lowered_sum(item) for item in out]
    if segment.kind == "bullet" or (alone and _verbless(text, start, end)):
        gerund = GERUND_LINE_RE.match(text, start, end)
        if gerund and not themes and not _PAST.search(text, start, end):
            word = gerund.group("verb")
            # a lower-case first word of a bullet is a verb whatever it is: "- capping rents"
            loose = word[0].islower() and word not in NOT_TASK_GERUNDS and segment.kind == "bullet"
            lemma = _promise_verb(word, gerund.group("particle"), loose=loose)
            not_a_task = _NOT_A_TASK.match(text, gerund.end(), end) and lemma != "work"
            if lemma and not not_a_task:  # "Working with industry to…" is work
                add("action.gerund_line", lemma, gerund.end(), body_owner(), dated=False)
                return out
        timed = TIMETABLE_RE.match(text, start, end)
        if timed and (when := _window(text, timed.start("when"), timed.end("when"), anchor)):
            verb = "verb" if timed.group("verb") else "capital"
            lemma = _promise_verb(timed.group(verb), None, gerund=False)
            if lemma:
                add("action.timetable_line", lemma, timed.end(verb), body_owner(), dated=False,
                    lead_due=when)  # fmt: skip
                return out
    if TAKES_EFFECT_RE.search(text, start, end) and LIST_DEADLINE_RE.match(text, start, end):
        return out  # the list's deadline, read by _date_lists
    for match in scan(ANNOUNCED_WORK_RE):
        lemma = _promise_verb(match.group("verb"), match.group("particle"), gerund=False)
        if lemma:
            add("action.announced_work", lemma, match.end(), subject_owner(match.start()),
                dated=False)  # fmt: skip
    for match in scan(WITH_PLAN_RE):
        lemma = _promise_verb(match.group("verb"), match.group("particle"), gerund=False)
        if lemma:
            add("action.with_plan", lemma, match.end(), subject_owner(match.start()),
                dated=True)  # fmt: skip
    for match in scan(NOMINAL_TASK_RE):
        _nominal_tasks(text, segment, match, due_windows(), anchor, context, subject_owner, out)
    for match in scan(APPROVED_GERUND_RE):
        lemma = _promise_verb(match.group("verb"), None)
        if lemma:
            add("action.approved_work", lemma, match.end(), subject_owner(match.start()),
                dated=False)  # fmt: skip
    for match in scan(APPROVED_PLAN_RE):
        lemma = _promise_verb(
            match.group("verb"), match.group("particle"), gerund=False, loose=True
        )
        if lemma:
            add("action.approved_plan", lemma, match.end(), subject_owner(match.start()),
                dated=True)  # fmt: skip
    for match in scan(PRIORITIES_RE):
        owner = subject_owner(match.start())
        stop = object_end(text, match.end(), end)
        verbs = [(match.group("verb"), match.end())]
        stops = []
        for nxt in _NEXT_INFINITIVE.finditer(text, match.end(), stop):
            stops.append(nxt.start())
            verbs.append((nxt.group("verb"), nxt.end()))
        stops.append(stop)
        for (word, at), until in zip(verbs, stops, strict=True):
            lemma = _promise_verb(word, None, gerund=False, loose=True)
            if lemma and owner is not None:
                out.extend(
                    build_action(
                        text, segment, Span(start, start, ""), owner, lemma, False, at, until,
                        due_windows(), None, anchor, "action.priorities", context,
                    )
                )  # fmt: skip
    for match in scan(TOLD_RE):
        lemma = _promise_verb(match.group("verb"), match.group("particle"), gerund=False)
        who = match.group("who")
        if lemma and not _AUDIENCE.match(who):
            at = match.start("who")
            owner = owner_of(text, Span(at, at + len(who), who), context, animate=True)
            add("action.told", lemma, match.end(), owner or body_owner(), dated=False)
    for match in scan(DATED_AIM_RE):
        lemma = _promise_verb(match.group("verb"), match.group("particle"), gerund=False)
        if lemma:
            add("action.dated_aim", lemma, match.end(), subject_owner(match.start()), dated=True)
    for match in scan(TARGET_IS_RE):
        lemma = _promise_verb(match.group("verb"), match.group("particle"), gerund=False)
        if lemma:
            add("action.dated_aim", lemma, match.end(), body_owner(), dated=True)
    for pattern, rule in ((SOON_EXPECTED_RE, "action.expected"), (CONTRACTED_RE, "action.will")):
        for match in scan(pattern):
            lemma = _promise_verb(match.group("verb"), match.group("particle"), gerund=False)
            if lemma:
                add(rule, lemma, match.end(), subject_owner(match.start()), dated=False)
    for match in scan(WE_ARE_RE):
        gerund = match.group("gerund")
        lemma = _promise_verb(gerund or match.group("verb"), match.group("particle"),
                              gerund=bool(gerund))  # fmt: skip
        if lemma is None and gerund and base_form(gerund) in TASK_VERBS:
            lemma = base_form(gerund)  # "We're piloting grants…", "We're auditing…"
        if lemma and not (gerund and lemma in MOMENTARY_VERBS):
            # "We're launching the fund today": the announcement itself, not work ahead
            add("action.under_way", lemma, match.end(), subject_owner(match.start()), dated=False)
    for match in scan(ALL_SHOULD_RE):
        lemma = _promise_verb(match.group("verb"), None, gerund=False)
        if lemma:
            who = match.group("who")
            add("action.set_target", f"{who[0].lower()}{who[1:]} to {lemma}", match.end(),
                body_owner(), dated=True)  # fmt: skip
    for match in scan(TAKES_EFFECT_RE):
        subject = cue_subject(text, start, match.start())
        wished = WISH_RE.search(text, start, match.start())
        if subject.quote and not wished and not _ONCE.match(text, start, end):
            thing = subject.quote[0].lower() + subject.quote[1:]
            add("action.takes_effect", f"bring {thing} into force", match.end(), body_owner(),
                dated=True)  # fmt: skip
    if not out:
        for shape in _outcomes(text, start, end, scan):
            add(shape.rule, shape.lemma, shape.start, body_owner(), dated=False, until=shape.end)
    return out


def _outcomes(
    text: str, start: int, end: int, scan: Callable[[re.Pattern[str]], list[re.Match[str]]]
) -> list[outcomes.Shape]:
    """What people will get, what there will be, and what a package includes."""
    shapes: list[outcomes.Shape] = []
    for match in scan(outcomes.PACKAGE_INCLUDES_RE):
        shapes += outcomes.package_items(text, match, end)
    for match in scan(outcomes.BENEFICIARY_RE):
        if (shape := outcomes.beneficiaries(text, start, end, match)) is not None:
            shapes.append(shape)
    shapes += [outcomes.there_will_be(m) for m in scan(outcomes.THERE_WILL_BE_RE)]
    return shapes


# How far into a text its first named actor is looked for, when no body is known.
FIRST_ACTOR_REACH = 1500


def _government_named_first(text: str) -> ActorEntry | None:
    """The country a text names first, when it is the first actor it names ("Sales of new
    cars will end… across the UK"): the government whose budget lines and measures a
    text with no byline lists. None when a body or a group is named first."""
    first = find_actors(text, 0, min(len(text), FIRST_ACTOR_REACH))[:1]
    return first[0].entry if first and first[0].entry.kind == COUNTRY else None


def _nominal_tasks(
    text: str,
    segment: Segment,
    match: re.Match[str],
    windows: list[DueWindow],
    anchor: dt.date,
    context: OwnerContext,
    subject_owner: object,
    out: list[FoundAction],
) -> None:
    """ "announced the promotion of X, the strengthening of Y": one action per noun."""
    assert callable(subject_owner)
    owner = subject_owner(match.start())
    if owner is None:
        return
    end = object_end(text, match.end(), segment.end)
    tasks: list[tuple[str, int]] = [(match.group("noun"), match.end())]
    stops: list[int] = []
    for nxt in _NEXT_NOMINAL.finditer(text, match.end(), end):
        stops.append(nxt.start())
        tasks.append((nxt.group("noun"), nxt.end()))
    stops.append(end)
    empty = Span(segment.start, segment.start, "")
    for (noun, at), stop in zip(tasks, stops, strict=True):
        if noun in NOT_TASK_NOUNS:
            continue
        out.extend(
            build_action(
                text, segment, empty, owner, f"{noun} of", False, at, stop, windows, None,
                anchor, "action.nominal_task", context,
            )
        )  # fmt: skip


def _promise_verb(
    word: str, particle: str | None, *, gerund: bool = True, loose: bool = False
) -> str | None:
    """The base form of a verb of promised work, or None; `loose` after a cue strong
    enough that any verb but one that promises nothing is work ("priorities, namely, to")."""
    lower = word.lower()
    if gerund and not lower.endswith("ing"):
        return None
    lemma = base_form(lower) if lower.endswith("ing") else lower
    if lemma in NOT_VERBS:
        return None  # "announced the plan to his ministers"
    if not loose and lemma not in SECOND_PROMISE_VERBS and lemma not in VERB_BASE:
        return None
    if lemma in NON_COMMITMENT_VERBS and lemma not in TRANSITIVE_COMMITMENTS:
        return None
    if lemma in ("take", "put", "set", "roll", "carry", "draw", "lay", "phase") and not particle:
        return None if lemma != "take" else "take"
    return f"{lemma} {particle}" if particle else lemma


def _window(text: str, start: int, end: int, anchor: dt.date) -> DueWindow | None:
    """The window a timetable line's date gives: "Spring 2027", "By Q3 2027", "June 2027"."""
    windows = dates.find_due_windows(text, reference=anchor, start=start, end=end)
    if windows:
        return windows[0]
    for found in dates.find_dates(text, reference=anchor, start=start, end=end):
        first = found.value
        if found.precision == "year":
            last = dt.date(first.year, 12, 31)
        elif found.precision == "month":
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            last = nxt - dt.timedelta(days=1)
        else:
            last = first
        phrase = span(text, found.span.start, found.span.end)
        return DueWindow(phrase.quote, first, last, 0.8, "timetable_date", span=phrase)
    return None


# How far (in segments) a list deadline reaches to the list it dates.
LIST_REACH = 12


def _date_lists(
    text: str, segments: list[Segment], found: list[FoundAction], anchor: dt.date
) -> None:
    """ "- raise X / - cut Y / These changes will take effect on 1 July 2027": every
    undated promise of the adjacent bullet list (before it, or after it when it ends in a
    colon) gets that deadline."""
    held: dict[int, list[FoundAction]] | None = None
    for index, segment in enumerate(segments):
        if segment.kind == "bullet" or not LIST_DEADLINE_RE.match(text, segment.start, segment.end):
            continue
        windows = dates.find_due_windows(
            text, reference=anchor, start=segment.start, end=segment.end
        )
        if not windows:
            continue
        after = text[segment.start : segment.end].rstrip().endswith(":")
        listed = _adjacent_bullets(segments, index, after=after)
        if not listed:
            continue
        held = _by_segment(segments, found) if held is None else held
        for item in (item for bullet in listed for item in held.get(bullet.start, [])):
            action = item.action
            if action.due is None:
                item.action = dataclasses.replace(
                    action, due=windows[0], rule=action.rule + ".due_list"
                )


def _adjacent_bullets(segments: list[Segment], index: int, *, after: bool) -> list[Segment]:
    step = 1 if after else -1
    listed: list[Segment] = []
    at = index + step
    while 0 <= at < len(segments) and len(listed) < LIST_REACH:
        if segments[at].kind != "bullet":
            break
        listed.append(segments[at])
        at += step
    return listed


_LEADING_ADVERB = re.compile(r"(Provide )(Nearly|Almost|About|Around|Over|More|Up|An?|Another)\b")


def lowered_sum(item: FoundAction) -> FoundAction:
    """ "Provide Nearly £500 million…" → "Provide nearly £500 million…"."""
    action = item.action
    description = _LEADING_ADVERB.sub(lambda m: m.group(1) + m.group(2).lower(), action.description)
    item.action = dataclasses.replace(action, description=description)
    return item
