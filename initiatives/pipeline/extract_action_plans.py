"""Plans reported without a modal, duties given with time, and a scheme's components.

- Time one body gives another: "Ofcom will allow providers at least 12 months to
  implement the changes" is the providers' work, due in 12 months (`action.time_given`).
- Work under way named by its effort: "Efforts are underway to prepare an integrated
  record", "Work has begun on a new register" (`action.efforts_under_way`).
- A plan reported with its object: "The government reportedly plans a $5 billion
  package", "the ministry is drafting new rules" (`action.plans_object`).
- A scheme's component told without a verb, as a bullet or a line of its own: "Support
  for setting up of 50 units with ₹1,000 crore", "Funding of £200m for new clinics",
  "Continuation of the rural housing scheme" (`action.component_line`).

`extract_action_tasks` calls `segment_plans` for each sentence or line that gave no
action; the object, deadline and quote are read as for any promise.
"""

from __future__ import annotations

import datetime as dt
import re

from initiatives.pipeline import dates
from initiatives.pipeline.action_cues import THIRD_TO_LEMMA, VERB_BASE
from initiatives.pipeline.action_time_given import ALLOWED_TIME_RE
from initiatives.pipeline.action_verbs import (
    NON_COMMITMENT_VERBS,
    SECOND_PROMISE_VERBS,
    TASK_VERBS,
    TRANSITIVE_COMMITMENTS,
    base_form,
)
from initiatives.pipeline.dates_due_calendar import time_given
from initiatives.pipeline.extract_action_lines import CONTENTS_LEAD_RE, verbless
from initiatives.pipeline.extract_actions import (
    FoundAction,
    build_action,
    coordinated_promises,
    cue_subject,
    object_end,
)
from initiatives.pipeline.extract_owners import Owner, OwnerContext, owner_of
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.gazetteer import ORGANISATION, ActorEntry
from initiatives.pipeline.money import MONEY
from initiatives.pipeline.types import DueWindow, Span

EFFORTS_RE = re.compile(
    r"\b(?:[Ee]fforts?|[Ww]ork|[Pp]reparations?)\s+(?:(?:is|are)\s+(?:now\s+|already\s+|also\s+)?"
    r"(?:under\s*way|in\s+progress|being\s+made)\s+to|(?:has|have)\s+(?:now\s+|already\s+)?"
    r"(?:begun|started)\s+(?:to|on))\s+(?P<verb>[a-z]+)\b"
)
# Nouns of a plan's object: "plans a $5 billion package", "is drafting new rules".
_PLANNED_OBJECT = (
    r"package|bill|law|legislation|plan|strategy|reforms?|scheme|programme|program|fund|tax|"
    r"ban|levy|review|overhaul|measures|rules|regulations?|changes|investment|framework|"
    r"policy|consultation|stimulus|budget|cuts?|increase|subsid(?:y|ies)|roadmap|action\s+plan"
)
PLANS_OBJECT_RE = re.compile(
    r"\b(?P<verb>plans|planned|is\s+planning|are\s+planning|is\s+drafting|are\s+drafting|"
    r"is\s+drawing\s+up|are\s+drawing\s+up|envisages|envisions|foresees|is\s+readying|readies)"
    rf"\s+(?P<object>(?:an?|the|its|their|new|further|fresh|\d|(?={MONEY}))(?:[^.;,]{{0,60}}?\s)?"
    rf"(?:{_PLANNED_OBJECT}))\b"
)
_PLAN_LEMMA = {"drafting": "draft", "drawing": "draw up"}
# A component of a scheme as a noun: "Support for setting up of 50 units with…".
COMPONENT_RE = re.compile(
    r"\s*(?:(?:An?|The|Total|Overall)\s+)?(?:(?:[Nn]ew|[Aa]dditional|[Ff]urther|[Ee]nhanced|"
    r"[Ss]pecial|[Ff]inancial|[Cc]entral|[Tt]otal|[Dd]edicated|[Oo]ne-off|[Ee]xtra)\s+)*"
    r"(?P<noun>[Ss]upport|[Ff]unding|[Gg]rants?(?:[\s-]in[\s-]aid)?|[Pp]rovision|[Cc]onstruction|"
    r"[Ss]etting[\s-]up|[Ee]stablishment|[Cc]reation|[Cc]ontinuation|[Ee]xpansion|[Ee]xtension|"
    r"[Ii]ntroduction|[Uu]pgradation|[Mm]oderni[sz]ation|[Aa]llocation|[Ii]nvestment|"
    r"[Aa]ssistance|[Ss]ubsid(?:y|ies)|[Ll]oans?|[Tt]arget|[Oo]utlay|[Ii]ncentives?|[Rr]oll-?out|"
    r"[Rr]ecruitment|[Dd]eployment|[Rr]efurbishment|[Rr]enovation|[Dd]oubling|[Ee]xpenditure)\s+"
    r"(?:of|for|to|towards|on)\s+(?=\S)"
)
MIN_COMPONENT_WORDS = 4
# A component line that reports what was: "Funding of £2m was paid last year".
_PAST = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|since|last\s+year|so\s+far|to\s+date)\b", re.I
)
# A list's lead-in that hands its items to no decision of this text: work already done
# ("The ministry has already introduced several initiatives, which include:") or another
# body's call ("In its report, the council called for:", "Unions urged:").
_NOT_OWN_LEAD = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|also\s+|so\s+far\s+)?(?:been\b|[a-z]+ed\b|"
    r"taken\b|undertaken\b|begun\b|made\b|done\b)"
    r"|\b(?:call(?:s|ed)?\s+for|urg(?:e|es|ed)|recommend(?:s|ed)?|demand(?:s|ed)?|"
    r"ask(?:s|ed)\s+for|propos(?:es|ed)|suggest(?:s|ed)?|want(?:s|ed)?)\b",
    re.IGNORECASE,
)


# "The plan is the return of the territories by 2030", "Our goal remains the completion of
# the line by 2028": a goal named as a noun of work; a promise only when dated.
NOMINAL_GOAL_RE = re.compile(
    r"\b(?:plan|goal|aim|target|objective|task|priority)\s+(?:is|remains|will\s+be)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:full\s+|complete\s+|final\s+)?"
    r"(?P<noun>[a-z]+(?:tion|sion|ment|al|ure|ing)|return|launch|rollout|roll-out)\s+of\s+"
)
_NOT_WORK_NOUNS = frozenset({"position", "question", "nation", "meeting", "well-being", "thing"})


# A line of a list of decisions that opens with the decision's verb, its subject left
# out: "Extends free grain distribution for 5 years", "Approves continuation of X".
HEADLINE_RE = re.compile(
    r"[\s\-–•*]*(?P<verb>[A-Z][a-z]{2,}s)\s+(?!(?:to|of|for|on|in|from|by|at|with|and|or|"
    r"are|is|was|were|will|would|have|has|had|that|suggest|show|say|indicate|claim)\b)"
    r"(?=[a-z0-9₹$£€¥]|[A-Z])"
)
# A short line of capitalised words only: a name ("Channels Television", "Reuters Staff"),
# never a line of work, which has an object in lower case ("Extends free grain…").
_NAME_LINE = re.compile(r"\s*[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,2}\s*")
# Verbs of approval: the line's object is the work ("Approves continuation of X").
_APPROVING = frozenset({"approve", "clear", "sanction", "endorse", "greenlight", "okay"})


def _headline_verb(word: str) -> str | None:
    """The base form of a line's opening verb in the third person, or None if it names no
    work; "" for a verb of approval, whose object is the work."""
    lower = word.lower()
    lemma = THIRD_TO_LEMMA.get(lower) or base_form(lower)
    if lemma in _APPROVING:
        return ""
    known = lemma in SECOND_PROMISE_VERBS or lemma in VERB_BASE or lemma in TASK_VERBS
    if not known or lemma in ("report", "update", "plan", "state", "note"):
        return None  # "Reports suggest…", "Updates to the code…"
    if lemma in NON_COMMITMENT_VERBS and lemma not in TRANSITIVE_COMMITMENTS:
        return None
    return lemma


# The words without which each shape cannot match, lower-cased (see `KeyIndex`).
_TIME_KEYS = ("allow", "give", "gave", "grant", "let")
_EFFORT_KEYS = ("effort", "work ", "preparation")
_PLAN_KEYS = ("plan", "draft", "drawing up", "envis", "forese", "read")
_GOAL_KEYS = ("plan", "goal", "aim", "target", "objective", "task", "priority")
KEYS = (*_TIME_KEYS, *_EFFORT_KEYS, *_PLAN_KEYS, *_GOAL_KEYS)


def segment_plans(
    text: str,
    segment: Segment,
    anchor: dt.date,
    context: OwnerContext,
    *,
    lead: Segment | None,
    keys: frozenset[str],
) -> list[FoundAction]:
    """The promises of these shapes in one sentence or line; `lead` is the sentence that
    introduces the list a bullet stands in (a list of themes gives no components)."""
    start, end = segment.start, segment.end
    timed, efforts = not keys.isdisjoint(_TIME_KEYS), not keys.isdisjoint(_EFFORT_KEYS)
    planned, goal = not keys.isdisjoint(_PLAN_KEYS), not keys.isdisjoint(_GOAL_KEYS)
    headline = HEADLINE_RE.match(text, start, end)
    component = COMPONENT_RE.match(text, start, end)
    if not (timed or efforts or planned or goal or headline or component):
        return []  # the common case, decided before any closure is built
    out: list[FoundAction] = []
    cache: list[list[DueWindow]] = []

    def windows() -> list[DueWindow]:
        if not cache:
            cache.append(dates.find_due_windows(text, reference=anchor, start=start, end=end))
        return cache[0]

    def body() -> Owner | None:
        entry = context.body_at(start) or context.first_owner
        return Owner(entry, span(text, start, end)) if entry else None

    def add(rule: str, lemma: str, at: int, owner: Owner | None, due: DueWindow | None) -> None:
        if owner is None:
            return
        stop = object_end(text, at, end)
        for part, a, b, _ in coordinated_promises(text, lemma, at, stop, windows()):
            out.extend(
                build_action(
                    text, segment, Span(start, start, ""), owner, part, False, a, b, windows(),
                    due, anchor, rule, context,
                )
            )  # fmt: skip

    if timed:
        for match in ALLOWED_TIME_RE.finditer(text, start, end):
            who = span(text, match.start("who"), match.end("who"))
            owner = owner_of(text, who, context, animate=True) or _duty_holder(who)
            due = time_given(text, match.start("span"), match.end("span"), anchor)
            particle = match.group("particle")
            lemma = f"{match.group('verb')} {particle}" if particle else match.group("verb")
            add("action.time_given", lemma, match.end(), owner, due)
    if efforts:
        for match in EFFORTS_RE.finditer(text, start, end):
            add("action.efforts_under_way", match.group("verb"), match.end(), body(), None)
    if planned:
        for match in PLANS_OBJECT_RE.finditer(text, start, end):
            subject = cue_subject(text, start, match.start())
            owner = owner_of(text, subject, context, animate=True) if subject.quote else None
            word = match.group("verb").split()[-1]
            lemma = _PLAN_LEMMA.get(word, "introduce")
            add("action.plans_object", lemma, match.start("object"), owner, None)
    if not out and goal:
        for match in NOMINAL_GOAL_RE.finditer(text, start, end):
            noun = match.group("noun")
            stop = object_end(text, match.end(), end)
            dated = any(w.span and match.end() <= w.span.start < stop for w in windows())
            if dated and noun.lower() not in _NOT_WORK_NOUNS:
                # "The plan is the return of the territories by 2030": a dated goal
                add("action.nominal_goal", f"{noun} of", match.end(), body(), None)
    headline = None if out else headline
    if headline is not None and _NAME_LINE.fullmatch(text, start, end):
        headline = None  # "Channels Television": a broadcaster's name, a byline or credit
    if headline is not None and (lemma := _headline_verb(headline.group("verb"))) is not None:
        # "Extends free grain distribution for 5 years", "Approves continuation of X"
        add("action.headline_line", lemma, headline.end("verb"), body(), None)
        return out
    component = None if out else component
    if (
        component is not None
        # rule `action.component_line` reads the items of a list (a line standing alone
        # is a headline, a section's heading or a deck line: a topic, not a component),
        # whose lead-in is this text's own decision
        and segment.kind == "bullet"
        and lead is not None
        and not _NOT_OWN_LEAD.search(text, lead.start, lead.end)
        and len(text[start:end].split()) >= MIN_COMPONENT_WORDS
        and verbless(text, start, end)  # "- Support for X has grown": a fact
        and not _PAST.search(text, start, end)
        and not (lead is not None and CONTENTS_LEAD_RE.search(text, lead.start, lead.end))
    ):
        head = text[component.start("noun") : component.end()].strip()
        lemma = head[0].lower() + head[1:]
        add("action.component_line", lemma, component.end(), body(), None)
    return out


# Those a rule gives time to, named as a class: "suppliers", "all operators".
_CLASS_OF_BODIES = re.compile(r"(?:(?:the|all|its|their)\s+)?(?P<name>(?:[a-z-]+\s+){0,2}[a-z-]+s)")
MAX_CLASS_WORDS = 3


def _duty_holder(who: Span) -> Owner | None:
    """The class of bodies given time ("suppliers"), as a new actor for a curator to confirm."""
    found = _CLASS_OF_BODIES.fullmatch(who.quote)
    if found is None or len(found.group("name").split()) > MAX_CLASS_WORDS:
        return None
    name = found.group("name")
    entry = ActorEntry(name[0].upper() + name[1:], ORGANISATION, found_by_pipeline=True)
    return Owner(entry, who)
