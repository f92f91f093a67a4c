"""Promises read by clause structure (`action.clause_future`), whatever their verb.

The cue rules (`extract_actions`) find a promise by its cue and a verb they know to be
work. This rule reads each sentence's future and obligation clauses (`clauses`) and takes
a promise wherever a body, or a person speaking for one, is the subject of a future or
obligation predicate: "The ministry will overhaul the licensing regime", "Ottawa is set
to tighten the rules", "It confirmed it planned to increase the share of renewables",
"Firms must register by June"; and, in the passive, wherever the text names the body that
does the work, or the text's own body does it ("Guidance will be published by June").

It adds only what the other rules missed: a clause whose action another rule already
gave for the same sentence is left to it. It keeps out what is no promise, by the
clause's shape rather than by its words: negated or unreal predicates ("will not",
"would have"), relative clauses (what a thing does), questions and conditions, a future
that someone hopes, fears or forecasts, an opponent's or an analyst's words, a "would"
that nobody reports, and subjects that are no body ("prices will rise").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from initiatives.pipeline import dates
from initiatives.pipeline.action_clause_role import (
    announced_today,
    builds_on,
    in_subordinate_clause,
    makes_a_quality,
)
from initiatives.pipeline.action_cues import FIRST_PERSON_RE, VERB_BASE, WISH_RE
from initiatives.pipeline.action_frame import frame_of
from initiatives.pipeline.action_named_doer import (
    DOCUMENT_HEADS,
    NAMED_OBJECT,
    OFFICE_VERBS,
    named_doer,
)
from initiatives.pipeline.action_relative_owner import (
    cut_name,
    does_work,
    named_programme,
    relative_end,
    short_named,
)
from initiatives.pipeline.action_verbs import (
    NON_COMMITMENT_PARTICIPLES,
    SECOND_PROMISE_VERBS,
    TASK_VERBS,
)
from initiatives.pipeline.clauses import Clause, read_clauses
from initiatives.pipeline.extract_actions import (
    FoundAction,
    Promise,
    build_action,
    coordinated_promises,
    instrument_author,
    is_question,
    one_meeting,
    share_last_deadline,
    the_measure,
)
from initiatives.pipeline.extract_owners import Owner, OwnerContext, owner_of
from initiatives.pipeline.extract_segments import Segment
from initiatives.pipeline.types import DueWindow, Span

RULE = "action.clause_future"
# A new action must share less than this share of its content words with an action
# another rule already found in the same sentence, or it is that action again.
COVERED_SHARE = 0.5
STEM_CHARS = 5

# Verbs that, after a marker, say what a subject is or undergoes, not work it does:
# "will be", "will remain", "will need", "will face", "will benefit".
STATE_VERBS = frozenset(
    {
        "be", "become", "remain", "seem", "appear", "mean", "depend", "need", "require",
        "face", "suffer", "lose", "like", "want", "hope", "wish", "know", "think", "believe",
        "feel", "see", "look", "happen", "occur", "result", "exist", "belong", "consist",
        "matter", "differ", "last", "cost", "benefit", "welcome", "say", "tell", "speak",
        "attend", "travel", "come", "go", "get", "have", "fall", "rise", "grow", "decline",
        "drop", "vary", "reflect", "contain", "include", "involve", "affect", "influence",
        "mark", "signal", "pose", "enable", "allow", "serve", "play", "stay", "keep",
        "comprise", "cover", "apply", "take", "give", "make", "meet", "gather", "reconvene",
        "discuss", "talk", "arrive", "return", "thank", "congratulate",
        # "will work during the Assembly": the work itself is the verb after ("work to …")
        "work",
    }
)  # fmt: skip
# Who is not the text's body when it speaks: "critics said the plan would…".
_OPPONENT = re.compile(
    r"\b(?:opposition|critics?|analysts?|economists?|experts?|observers?|campaigners?|"
    r"activists?|rivals?|sceptics?|skeptics?|commentators?|forecasters?|traders?|investors?|"
    r"markets?|polls?|unions?)\b",
    re.IGNORECASE,
)
# "If the talks fail, …", "Unless…": a condition on the whole sentence.
_CONDITIONAL = re.compile(r"[\s“\"]*(?:If|Unless|Whether|Should|Were|Had|Once)\b")
# A past marker ("was expected to", "were set to") says what was once planned; it is a
# plan still only when somebody reports it.
_PAST = re.compile(r"\A(?:was|were)\b", re.IGNORECASE)
# "who had intended to…": a plan given up, or overtaken.
_PLUPERFECT = re.compile(r"\Ahad\b", re.IGNORECASE)
# A future that the sentence says follows from something, or that someone expects: "the
# deal means that companies will pay more", "officials expect the bank will cut rates".
_CONSEQUENCE = re.compile(
    r"\b(?:means?|meaning|expects?|expected|expecting|likely|could|might|may|how|when|what)\b",
)
# A subject with a finite verb in it is no noun phrase: "This change has been long mooted
# and it's not yet clear how soon conformance (will be imposed)".
_FINITE = re.compile(r"\b(?:is|are|was|were|been|it[’']s)\b", re.IGNORECASE)
# "decided to": the decision the text reports, a follow-up only when it is dated.
_DECIDED = re.compile(r"\bdecide[sd]?\b", re.IGNORECASE)
# A duty in the present ("are required to") is in force; a new one has its date.
_PRESENT_DUTY = re.compile(r"\A(?:is|are)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\A(?:it|they|he|she|this|these|that)\Z", re.IGNORECASE)
# The future perfect: "will have signed", what will be done by then.
_PERFECT = re.compile(r"\bhave\s+(?:already\s+)?[a-z]+(?:ed|en|wn|ne)\b")
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "by",
        "with",
        "from",
        "at",
        "as",
        "its",
        "their",
        "this",
        "that",
    ]
)
_WORD = re.compile(r"[a-z0-9]+")


def clause_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The promises of future and obligation clauses that no other rule gave."""
    by_start = sorted(found, key=lambda item: item.action.evidence.start)
    out: list[FoundAction] = []
    index = 0
    previous: Owner | None = None
    for segment in segments:
        here: list[FoundAction] = []
        while index < len(by_start) and by_start[index].action.evidence.start < segment.end:
            if by_start[index].action.evidence.start >= segment.start:
                here.append(by_start[index])
            index += 1
        previous = next((i.owner for i in reversed(here) if i.owner), previous)
        if segment.kind in ("title", "heading"):
            continue
        if is_question(text, segment.start, segment.end):
            continue  # a question promises nothing
        if _CONDITIONAL.match(text, segment.start, segment.end):
            continue  # "If the talks fail, the Commission will propose…"
        # Verbs another rule already read in this sentence: their clauses are that rule's.
        read = {item.action.description.split(maxsplit=1)[0].lower() for item in here}
        windows = _Windows(text, segment, anchor)
        for clause in read_clauses(text, segment.start, segment.end):
            if clause.lemma.split()[0] in read:
                continue
            for item in _actions_of(text, segment, clause, windows, anchor, context, previous):
                if _covered(item, here + out):
                    continue
                out.append(item)
                previous = item.owner or previous
    return out


def _actions_of(
    text: str,
    segment: Segment,
    clause: Clause,
    deadlines: _Windows,
    anchor: dt.date,
    context: OwnerContext,
    previous: Owner | None,
) -> list[FoundAction]:
    if clause.negated or clause.hypothetical:
        return []  # "will not", "would have"
    head = clause.lemma.split()[0]
    if makes_a_quality(text, head, clause.passive, clause.verb_end, clause.end):
        return []  # "will make refunds faster": an outcome hoped for, not a deliverable
    if builds_on(text, head, clause.passive, clause.verb_end, clause.end):
        return []  # "will build on that success": a stance, not work
    if announced_today(text, head, clause.opening, clause.marker.start):
        return []  # "Today, the White House will announce new commitments": the news itself
    if in_subordinate_clause(text, segment.start, clause.marker.start):
        return []  # "… because it must be kept cold": the main clause's reason
    # "Perinus will buy catches", "Kivu Mobile will give each school a data bundle": a
    # name the tables do not know, or a doer named by its trade, doing work to an object
    doer = (
        None
        if clause.passive or clause.relative or (head in STATE_VERBS and head not in _DONE_BY_DOERS)
        else named_doer(
            text, clause.subject, clause.marker.quote, head, clause.verb_end, clause.end, context
        )
    )
    if (
        head in STATE_VERBS
        and not clause.passive
        and not doer
        and not _meets_a_demand(text, clause)
    ):
        return []  # "will remain", "is expected to face"
    if (
        clause.passive
        and clause.word.split()[0] in _STATE_PARTICIPLES
        and not (clause.word.split()[0] in _DONE_BY_AGENTS and _agent(text, clause, context))
    ):
        return []  # "will be affected", "must be prepared to", "will be delighted to"
    predicate = text[clause.verb_end : clause.end].strip()
    if not clause.passive and (not predicate or predicate.startswith(",")):
        return []  # "the commitments that each minister will work to accomplish, as well as"
    if clause.lemma in OFFICE_VERBS and NAMED_OBJECT.match(predicate):
        return []  # "The FDP will lead the Ministry of Finance": an office held, not work
    subject = clause.subject.quote
    if _FINITE.search(subject):
        return []
    if not clause.passive and the_measure(subject):
        return []  # "He said this will remove silos": what the measure brings, not work
    if clause.kind == "must" and FIRST_PERSON_RE.fullmatch(subject):
        return []  # "We must wage the battle of innovation": a call, not a commitment
    speaker = clause.speaker
    if speaker is not None and _OPPONENT.search(speaker.quote):
        return []  # "analysts said prices would…", "critics said the bill would…"
    reported = speaker is not None
    # "Under the plan, fees will be waived": the frame says whose work a passive is
    frame = frame_of(text, segment.start, clause.subject) if clause.subject.quote else None
    # "Under the new authority, licences would be issued": what a body the text made will
    # do, not a guess; what a plan "would" do stays its proposal's content
    framing = owner_of(text, frame, context, previous=previous, animate=True) if frame else None
    if clause.marker.quote.lower() == "would" and not reported and framing is None:
        return []  # an unreported "would" is a hypothesis
    if _PLUPERFECT.match(clause.marker.quote):
        return []  # "the minister, who had intended to balance growth…"
    if _PAST.match(clause.marker.quote) and not reported:
        return []  # "was expected to open": what was once planned
    lead = clause.subject.start if clause.subject.quote else clause.marker.start
    # Up to the subject's end: an aside between it and the marker is not what it governs.
    opening, at = min(clause.opening, lead), max(lead, clause.subject.end)
    if WISH_RE.search(text, opening, at) or _CONSEQUENCE.search(text, opening, at):
        return []  # "Kyiv hopes the EU will…", "the deal means firms will pay more"
    if one_meeting(text, clause.lemma.split()[0], clause.verb_end, clause.end):
        return []  # "Leaders will hold their next summit in June": a milestone
    agent = _agent(text, clause, context)
    if agent is None and clause.passive and frame is not None:
        agent = framing or _frame_owner(text, clause, frame, context, previous)
    owner = agent or _owner(text, clause, context, previous, dated=False) or doer
    if (
        owner is None
        and clause.relative
        and not clause.passive
        and clause.kind == "modal"
        and (ends := relative_end(text, clause.verb_end, clause.end)) is not None
    ):
        # "the Tano Kitchens scheme, which will serve lunches", "… Bank (CLB), which will lend"
        clause = replace(clause, end=ends)
        owner = _relative_owner(text, clause, head, context, previous)
    deliverable = _deliverable(subject)
    if clause.passive and not (agent or (deliverable and not clause.relative)):
        return []  # "The Strategy will be delivered through…": how, by no one named
    if owner is None and not clause.passive and not (deliverable or _NAMED.search(subject)):
        return []  # "prices will rise", "the fund, which will provide loans": no body
    # Deadlines are read only for the clauses left: most sentences stop above.
    windows = deadlines.get()
    lead_due = _lead_due(windows, clause.opening, clause.verb_end)
    dated = lead_due is not None or _lead_due(windows, clause.verb_end, clause.end) is not None
    if owner is None and not clause.passive and dated:
        owner = _owner(text, clause, context, previous, dated=True)  # "Stats SA will … in 2008"
    if owner is None and not clause.passive and not deliverable:
        return []
    if _DECIDED.search(clause.marker.quote) and not dated:
        return []  # "The Commission today decided to withdraw two proposals": the decision
    if clause.kind == "duty" and _PRESENT_DUTY.match(clause.marker.quote) and not dated:
        return []  # "Under the Paris Agreement, governments are required to…": in force
    if clause.passive and not (agent or (dated and deliverable and not clause.relative)):
        return []  # "The Strategy will be delivered through…": how, by no one named
    if owner is None and not clause.passive and not dated:
        return []  # "The new fund will open": a start is a promise when it is dated
    if (
        not clause.passive
        and not dated
        and _PERFECT.search(text, clause.marker.start, clause.verb_end)
    ):
        return []  # "81 firms will have signed the pledge": a tally of what is done
    if clause.passive and _PRONOUN.match(subject):
        return []  # "saying it would be published": what "it" is, another sentence says
    if clause.passive:
        return build_action(
            text, segment, clause.subject, owner, clause.lemma, True, clause.verb_end,
            clause.end, windows, lead_due, anchor, RULE, context,
        )  # fmt: skip
    kept: list[Promise] = []
    each: list[list[FoundAction]] = []
    parts = coordinated_promises(
        text, clause.lemma, clause.verb_end, clause.end, windows, dated=lead_due is not None
    )
    for number, part in enumerate(parts):
        lemma, start, end, _ = part
        if number > 0 and lemma.split()[0] in STATE_VERBS:
            continue
        rule = RULE if number == 0 else RULE + ".second_promise"
        kept.append(part)
        each.append(build_action(
            text, segment, clause.subject, owner, lemma, False, start, end, windows, lead_due,
            anchor, rule, context,
        ))  # fmt: skip
    # "KiwiRail will electrify the line and open three stations by 2029": both by 2029
    share_last_deadline(kept, each)
    return [item for found in each for item in found]


# Verbs that say what a subject undergoes, unless a named doer does them to an object:
# "Kivu Mobile will give each school a bundle", "Staff will return with a draft".
_DONE_BY_DOERS = frozenset({"give", "make", "return", "cover", "take", "keep", "apply"})
# Participles that say how a subject is, unless a body named as the agent does it: "will
# be determined by the General Council", "will be paid by the Treasury" (not "prices will
# be determined by the market": no body).
_DONE_BY_AGENTS = frozenset({"determined", "paid", "set", "given"})
# Participles that say how a subject is, not what is done to it.
_STATE_PARTICIPLES = NON_COMMITMENT_PARTICIPLES | {
    "prepared",
    "committed",
    "determined",
    "delighted",
    "happy",
    "ready",
    "poised",
    "used",
    "seen",
    "heard",
    "felt",
    "known",
    "given",
    "set",
    "meant",
    "designed",
    "intended",
}


def _owner(
    text: str, clause: Clause, context: OwnerContext, previous: Owner | None, *, dated: bool
) -> Owner | None:
    """The body whose promise the clause is: its subject, or for "it"/"they" in reported
    speech the one who said it; None for a passive (the agent, if any, is read later)."""
    if clause.passive:
        return None
    subject = clause.subject
    if not subject.quote:
        return None
    # Who "plans to" or "is committed to" is a body or a person; so is a proper name
    # that will do a known kind of work, or any work by a date ("Stats SA will publish…",
    # "In 2026, Harbourco will overhaul the cranes").
    proper = _PROPER.fullmatch(subject.quote) is not None and not clause.relative
    # "Reforms will reduce delays" in a bullet: a document's noun, capitalised only to
    # open the line, names no body
    proper = proper and _ARTICLE.sub("", subject.quote).lower() not in DOCUMENT_HEADS
    # A lone capitalised word may only start the sentence ("Tourism will recover in 2026"):
    # dated work makes a name a body when it is more than that.
    named = _NAMED.search(subject.quote) is not None
    working = clause.lemma in WORK_VERBS or (dated and named)
    animate = clause.kind in ("intent", "held") or (proper and working)
    speaker = clause.speaker
    if (
        _PRONOUN.match(subject.quote)
        and not the_measure(subject.quote)
        and speaker is not None
        and speaker.start < subject.start
    ):
        # "The ministry said it would…"; not "…, for which it will invest…, the ministry said",
        # nor "He said this will remove silos": "this" is the measure, not the speaker
        speaking = owner_of(text, speaker, context, previous=previous, animate=True)
        if speaking is not None:
            return speaking
    return owner_of(text, subject, context, previous=previous, animate=animate)


def _frame_owner(
    text: str, clause: Clause, frame: Span, context: OwnerContext, previous: Owner | None
) -> Owner | None:
    """Whose work a passive under a frame that names no body is (`action_frame`): the
    body that runs the scheme it names."""
    obj = text[clause.verb_end : clause.end]
    author = instrument_author(frame, clause.lemma, context, previous, worked=True, obj=obj)
    return Owner(author, frame) if author is not None else None


def _relative_owner(
    text: str, clause: Clause, head: str, context: OwnerContext, previous: Owner | None
) -> Owner | None:
    """Whose work a relative clause on a named body or on a scheme is
    (`action_relative_owner`); None for any other antecedent or for no work."""
    if not does_work(text, head, clause.verb_end, clause.end) or cut_name(text, clause.subject):
        return None
    named = short_named(text, clause.subject)
    if named is not None:
        return named
    obj = text[clause.verb_end : clause.end]
    named = named_programme(clause.subject)
    author = instrument_author(
        clause.subject, clause.lemma, context, previous, worked=True, obj=obj, named=named
    )
    return Owner(author, clause.subject) if author is not None else None


_ARTICLE = re.compile(r"\A\s*(?:[Tt]he\s+)?")
_PROPER = re.compile(
    r"(?!(?:This|These|That|Those|It|They|We|He|She|There|Here|Such|Each|All|Some|Both)\b)"
    r"(?:[Tt]he\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4}"
)
# Two capitalised words, an acronym or a capital inside a word: "Stats SA", "NCDC", "PortCo".
_NAMED = re.compile(r"[A-Z][\w&.’'-]*\s+[A-Z]|\b[A-Z]{2,}\b|\b[A-Z][a-z]+[A-Z]")
WORK_VERBS = VERB_BASE.keys() | SECOND_PROMISE_VERBS | TASK_VERBS
_AGENT_NAME = re.compile(
    r"\s*by\s+(?P<who>(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Spring|Summer|Autumn|Fall|Winter|End|Mid)\b)"
    r"[A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.’'-]*){0,6})"
)


# What a body makes or starts, as the subject of an agentless passive or of a dated start:
# "Guidance will be published by June", "construction is expected to begin in 2027".
DELIVERABLES = frozenset(
    {
        "guidance", "guidelines", "guide", "report", "reports", "plan", "plans", "strategy",
        "roadmap", "framework", "legislation", "law", "laws", "bill", "regulation",
        "regulations", "rules", "rule", "fund", "facility", "programme", "program", "scheme",
        "agency", "body", "taskforce", "office", "centre", "center", "review", "consultation",
        "proposal", "proposals", "standard", "standards", "code", "paper", "list", "register",
        "registry", "portal", "platform", "tender", "tenders", "auction", "call", "study",
        "assessment", "evaluation", "pilot", "project", "projects", "construction", "works",
        "budget", "package", "measures", "policy", "version", "draft", "decree", "order",
        "directive", "act", "statement", "declaration", "agenda", "action", "campaign",
        "network", "hub", "hubs", "unit", "service", "system", "database", "survey", "audit",
        "inquiry", "investigation", "negotiations", "talks", "treaty", "agreement", "roll-out",
        "rollout", "implementation", "reform", "reforms", "initiative", "initiatives",
    }
)  # fmt: skip
_HEAD = re.compile(r"([A-Za-z-]+)(?:\s+(?:of|for|on|to|in|from|with|under)\b.*)?\Z", re.DOTALL)


def _deliverable(subject: str) -> bool:
    """Whether a subject names something a body makes: its head noun, before any "of" or
    "for" ("a report on the findings", "the construction of the line")."""
    for part in re.split(r"\s+(?:of|for|on|to|in|from|with|under|by)\s+", subject, maxsplit=1)[:1]:
        words = part.split()
        if words and words[-1].lower().strip(",.()") in DELIVERABLES:
            return True
    return False


def _agent(text: str, clause: Clause, context: OwnerContext) -> Owner | None:
    """The body a passive names as its agent: "are to be finalised by COAG Senior
    Officials", "will be utilised by NCDC"."""
    if not clause.passive:
        return None
    found = _AGENT_NAME.match(text, clause.verb_end, clause.end)
    if found is None:
        return None
    who = Span(found.start("who"), found.end("who"), found.group("who"))
    return owner_of(text, who, context, animate=True)


class _Windows:
    """The due windows of one sentence, read the first time a clause needs them."""

    def __init__(self, text: str, segment: Segment, anchor: dt.date) -> None:
        self.text, self.segment, self.anchor = text, segment, anchor
        self.found: list[DueWindow] | None = None

    def get(self) -> list[DueWindow]:
        if self.found is None:
            self.found = dates.find_due_windows(
                self.text, reference=self.anchor, start=self.segment.start, end=self.segment.end
            )
        return self.found


# "meet the challenges", "meet the 2030 targets": meeting a demand is work, not a meeting.
_DEMANDS = re.compile(
    r"\s+(?:(?:the|its|their|our|these|this|all)\s+)?(?:[\w-]+\s+){0,2}?(?:challenges?|"
    r"targets?|needs|demands?|commitments?|goals?|obligations?|requirements?|deadlines?)\b"
)


def _meets_a_demand(text: str, clause: Clause) -> bool:
    return clause.lemma == "meet" and _DEMANDS.match(text, clause.verb_end, clause.end) is not None


def _lead_due(windows: list[DueWindow], start: int, verb_end: int) -> DueWindow | None:
    """A deadline given before the verb: "In the second half of 2008, Stats SA will…"."""
    return next((w for w in windows if w.span and start <= w.span.start < verb_end), None)


def _stems(words: str) -> set[str]:
    return {w[:STEM_CHARS] for w in _WORD.findall(words.lower()) if w not in _STOP}


def _covered(item: FoundAction, others: list[FoundAction]) -> bool:
    """Whether another action of the same sentence already says what this one does."""
    mine = _stems(item.action.description)
    if not mine:
        return True
    evidence = item.action.evidence
    for other in others:
        there = other.action.evidence
        if there.end <= evidence.start or there.start >= evidence.end:
            continue
        theirs = _stems(other.action.description)
        if not theirs or len(mine & theirs) / min(len(mine), len(theirs)) >= COVERED_SHARE:
            return True
    return False
