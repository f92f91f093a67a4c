"""Proposals: what a later document reports about an initiative, as reviewable changes.

`proposals_from_document` compares a matched document with the initiative's current
facts and records each difference once (a stable key), with its quote. The policy
(`DOCKET_AUTO_APPLY`, in `proposals_apply`) applies the confident ones at once on
unverified initiatives; the rest wait in triage.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from typing import Any

from django.db import transaction

from initiatives.models import (
    Document,
    Evidence,
    Initiative,
    Status,
)
from initiatives.pipeline.extract_progress import (
    COMPLETION_CONFIDENCE_DATED,
    COMPLETION_CONFIDENCE_UNDATED,
    Statement,
    best_action,
    find_progress,
)
from initiatives.pipeline.match import action_words
from initiatives.pipeline.types import Extraction, Span
from initiatives.services_match import initiatives_facts
from timeline.models import (
    OPEN_STATUSES,
    ActionStatus,
    FollowUpAction,
    Milestone,
    MilestoneKind,
    Proposal,
    ProposalKind,
)
from timeline.proposals_apply import (
    RULE,
    proposal_apply,
    proposal_may_auto_apply,
    proposals_apply_new,
)

# "confident" applies proposals at or above this confidence on unverified initiatives.
NEW_ACTION_CONFIDENCE = 0.8
NEW_MILESTONE_CONFIDENCE = 0.8
NEW_SECTOR_CONFIDENCE = 0.7
NEW_AREA_CONFIDENCE = 0.6
NEW_ACTOR_CONFIDENCE = 0.6
STATUS_CONFIDENCE = 0.85
# An orphan report (no action to mark yet) needs this many distinctive words, and
# waits with this confidence until it finds its action.
ORPHAN_MIN_WORDS = 2
ORPHAN_CONFIDENCE = 0.5
# Completions about the decision itself are not deliverables.
_NOT_DELIVERABLES = frozenset({"decision", "vote", "session"})

# The lifecycle order: a later document moves an initiative forward, never back.
STATUS_ORDER = {
    Status.ANNOUNCED: 0,
    Status.PROPOSED: 1,
    Status.PROVISIONAL_AGREEMENT: 2,
    Status.ADOPTED: 3,
    Status.IN_IMPLEMENTATION: 4,
    Status.COMPLETED: 5,
    Status.WITHDRAWN: 5,
}


def _key(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


class _Proposer:
    """Collects one document's proposals for one initiative, each key once, and stores
    them together: one query for the keys proposed before, one insert for the evidence
    and one for the proposals, rather than three round trips per proposal."""

    def __init__(self, *, initiative: Initiative, document: Document, fresh: bool = False):
        self.initiative = initiative
        self.document = document
        # An initiative created with this document: nothing was proposed about it before
        # (every key names the initiative), so there are no earlier keys to read.
        self.fresh = fresh
        self.created: list[Proposal] = []
        self.pending: list[tuple[Proposal, Evidence | None]] = []
        self.seen: set[str] = set()
        # Reports kept without a target (`_orphan`, `_orphan_window`).
        self.orphans = 0

    def add(
        self,
        kind: str,
        *,
        key: tuple[Any, ...],
        confidence: float,
        span: Span | None,
        value: dict[str, Any],
        action: FollowUpAction | None = None,
        milestone: Milestone | None = None,
        target: dict[str, Any] | None = None,
        old_value: dict[str, Any] | None = None,
        orphan: bool = False,
    ) -> None:
        digest = _key(kind, *key)
        if digest in self.seen:
            return
        self.seen.add(digest)
        self.orphans += orphan
        evidence = None
        if span is not None:
            evidence = Evidence.for_span(self.document, span.start, span.end, rule=RULE)
        proposal = Proposal(
            initiative=self.initiative,
            document=self.document,
            kind=kind,
            confidence=round(min(1.0, max(0.0, confidence)), 3),
            action=action,
            milestone=milestone,
            target=target or {},
            value=value,
            old_value=old_value or {},
            key=digest,
        )
        self.pending.append((proposal, evidence))

    def save(self) -> list[Proposal]:
        """Store the proposals not made before (applied, waiting, or rejected and
        remembered) with their evidence; returns them."""
        keys = [proposal.key for proposal, _ in self.pending]
        before = (
            set()
            if self.fresh or not keys
            else set(Proposal.objects.filter(key__in=keys).values_list("key", flat=True))
        )
        new = [(p, e) for p, e in self.pending if p.key not in before]
        self.pending = []
        Evidence.objects.bulk_create([e for _, e in new if e is not None])
        for proposal, evidence in new:
            proposal.evidence = evidence
        self.created.extend(Proposal.objects.bulk_create([p for p, _ in new]))
        return self.created


def _action_target(action: FollowUpAction) -> dict[str, Any]:
    return {"type": "action", "id": action.pk, "description": action.description}


def _window_of(action: FollowUpAction) -> dict[str, Any]:
    return {
        "due_text": action.due_text,
        "due_earliest": _iso(action.due_earliest),
        "due_latest": _iso(action.due_latest),
        "due_confidence": action.due_confidence,
        "due_rule": action.due_rule,
    }


@dataclasses.dataclass
class KnownFacts:
    """An initiative's facts as its importer has just written them, so that they need
    not be read back: its actions, in their model's order, and its links in the form
    of `initiatives_facts`."""

    actions: list[FollowUpAction]
    facts: dict[str, dict[int, list[Any]]]


# Called inside an import's transaction, which fails as a whole: no savepoint of its own.
@transaction.atomic(savepoint=False)
def proposals_from_document(
    *,
    initiative: Initiative,
    document: Document,
    extraction: Extraction,
    published: dt.date,
    known: KnownFacts | None = None,
) -> list[Proposal]:
    """Record what this document reports that differs from the initiative, then apply
    what the policy allows. Returns the new proposals (a re-import returns none).
    `known` is the initiative's facts, when the caller has just created it and written
    all of them."""
    proposer = _Proposer(initiative=initiative, document=document, fresh=known is not None)
    if known is None:
        actions = {a.pk: a for a in initiative.actions.select_related("owner")}
    else:
        actions = {a.pk: a for a in known.actions}
    open_actions = {pk: a.description for pk, a in actions.items() if a.status in OPEN_STATUSES}
    progress = find_progress(document.text, reference=published)
    spoken_of: set[int] = set()

    for completion in progress.completions:
        found = best_action(completion, open_actions)
        if found is None:
            _orphan(proposer, completion, completion.completed_on, dated=completion.dated)
            continue
        pk, share = found
        spoken_of.add(pk)
        action = actions[pk]
        confidence = _done_confidence(dated=completion.dated, share=share)
        proposer.add(
            ProposalKind.ACTION_DONE,
            key=(initiative.pk, pk),
            confidence=confidence,
            span=completion.span,
            value={"status": ActionStatus.DONE, "completed_on": _iso(completion.completed_on)},
            action=action,
            target=_action_target(action),
            old_value={"status": action.status, "completed_on": _iso(action.completed_on)},
        )

    # A window statement may be older news than a completion already recorded: all
    # actions are candidates, so that the import order does not change the result.
    all_actions = {pk: a.description for pk, a in actions.items()}
    for statement in progress.windows:
        due = statement.due
        value = {
            "due_text": due.text[:200],
            "due_earliest": _iso(due.earliest),
            "due_latest": _iso(due.latest),
            "due_confidence": due.confidence,
            "due_rule": due.rule,
            "delay": statement.delay,
        }
        found = best_action(statement, all_actions)
        if found is None:
            _orphan_window(proposer, statement, value)
            continue
        pk, share = found
        spoken_of.add(pk)
        action = actions[pk]
        if due.latest == action.due_latest:
            continue
        proposer.add(
            ProposalKind.WINDOW_CHANGE,
            key=(initiative.pk, pk, _iso(due.latest)),
            confidence=_window_confidence(share=share, due_confidence=due.confidence),
            span=statement.span,
            value=value,
            action=action,
            target=_action_target(action),
            old_value=_window_of(action),
        )

    _status(proposer, progress.statuses)
    _new_facts(proposer, extraction, actions, spoken_of, written=known)
    _apply_allowed(proposer.save())
    if known is None or proposer.orphans:
        # An initiative whose facts were all just written has no orphan report but
        # this document's.
        proposals_resolve_orphans(initiative=initiative)
    return proposer.created


def _done_confidence(*, dated: bool, share: float) -> float:
    """Sure of a completion with its own day, that names all of the action's words."""
    base = COMPLETION_CONFIDENCE_DATED if dated else COMPLETION_CONFIDENCE_UNDATED
    return base * (0.5 + 0.5 * share)


def _window_confidence(*, share: float, due_confidence: float) -> float:
    return 0.5 * share + 0.5 * due_confidence


def _orphan(
    proposer: _Proposer, statement: Statement, completed_on: dt.date, *, dated: bool
) -> None:
    """A completion that speaks of no known action is kept, without a target, until
    one appears (the announcement may arrive after its follow-up)."""
    words = statement.words - {completed_on.strftime("%B").casefold()}
    if len(words) < ORPHAN_MIN_WORDS or words & _NOT_DELIVERABLES:
        return
    proposer.add(
        ProposalKind.ACTION_DONE,
        key=(proposer.initiative.pk, "orphan", proposer.document.sha256, statement.span.start),
        confidence=ORPHAN_CONFIDENCE,
        span=statement.span,
        orphan=True,
        value={
            "status": ActionStatus.DONE,
            "completed_on": _iso(completed_on),
            "dated": dated,
            "statement": statement.span.quote,
            "words": sorted(statement.words),
        },
    )


def _orphan_window(proposer: _Proposer, statement: Statement, value: dict[str, Any]) -> None:
    """A new window for an action not known yet (a delay reported before the
    announcement arrived), kept until the action appears."""
    if len(statement.words) < ORPHAN_MIN_WORDS:
        return
    proposer.add(
        ProposalKind.WINDOW_CHANGE,
        key=(proposer.initiative.pk, "orphan", proposer.document.sha256, statement.span.start),
        confidence=ORPHAN_CONFIDENCE,
        span=statement.span,
        orphan=True,
        value={**value, "statement": statement.span.quote, "words": sorted(statement.words)},
    )


def _status(proposer: _Proposer, statuses: Any) -> None:
    initiative = proposer.initiative
    current = STATUS_ORDER.get(initiative.status, 0)
    forward = [s for s in statuses if STATUS_ORDER.get(s.status, 0) > current]
    if not forward:
        return
    best = max(forward, key=lambda s: STATUS_ORDER[s.status])
    proposer.add(
        ProposalKind.STATUS_CHANGE,
        key=(initiative.pk, best.status),
        confidence=STATUS_CONFIDENCE,
        span=best.span,
        value={"status": best.status},
        target={"type": "initiative", "id": initiative.pk, "title": initiative.title},
        old_value={"status": initiative.status},
    )
    for statement in statuses:
        if statement.entry_into_force_on is None:
            continue
        if initiative.milestones.filter(kind=MilestoneKind.ENTRY_INTO_FORCE).exists():
            break
        proposer.add(
            ProposalKind.NEW_MILESTONE,
            key=(initiative.pk, MilestoneKind.ENTRY_INTO_FORCE),
            confidence=NEW_MILESTONE_CONFIDENCE,
            span=statement.span,
            value={
                "title": "Entry into force",
                "kind": MilestoneKind.ENTRY_INTO_FORCE,
                "date": _iso(statement.entry_into_force_on),
            },
        )
        break


def _new_facts(
    proposer: _Proposer,
    extraction: Extraction,
    actions: dict[int, FollowUpAction],
    spoken_of: set[int],
    *,
    written: KnownFacts | None,
) -> None:
    extracted = extraction.initiative
    if extracted is None:
        return
    initiative = proposer.initiative
    known = [action_words(a.description) for a in actions.values()]
    for fact in extracted.actions:
        words = action_words(fact.description)
        if any(_same_action(words, other) for other in known):
            continue
        due = fact.due
        proposer.add(
            ProposalKind.NEW_ACTION,
            key=(initiative.pk, fact.description.casefold()),
            confidence=NEW_ACTION_CONFIDENCE,
            span=fact.evidence,
            value={
                "description": fact.description,
                "owner": fact.owner,
                "due_text": (due.text if due else "")[:200],
                "due_earliest": _iso(due.earliest if due else None),
                "due_latest": _iso(due.latest if due else None),
                "due_confidence": due.confidence if due else None,
                "due_rule": due.rule if due else "",
            },
        )
    # The initiative's actors, areas and sectors, in one query.
    facts = written.facts if written is not None else initiatives_facts([initiative.pk])
    actors = {name for _role, name in facts["actors"][initiative.pk]}
    for actor in extracted.actors:
        if actor.role == "mentioned" or actor.name in actors:
            continue
        proposer.add(
            ProposalKind.NEW_ACTOR,
            key=(initiative.pk, actor.name, actor.role),
            confidence=NEW_ACTOR_CONFIDENCE,
            span=actor.evidence,
            value={"name": actor.name, "role": actor.role, "kind": actor.kind},
        )
    areas = set(facts["areas"][initiative.pk])
    for area in extracted.areas:
        if area.area not in areas:
            proposer.add(
                ProposalKind.NEW_AREA,
                key=(initiative.pk, area.area),
                confidence=NEW_AREA_CONFIDENCE,
                span=area.evidence,
                value={"name": area.area, "statement": area.statement},
            )
    sectors = {n.casefold() for n in facts["sectors"][initiative.pk]}
    for sector in extracted.sectors:
        if sector.name.casefold() not in sectors:
            proposer.add(
                ProposalKind.NEW_SECTOR,
                key=(initiative.pk, sector.name.casefold()),
                confidence=NEW_SECTOR_CONFIDENCE,
                span=sector.evidence,
                value={"name": sector.name},
            )


def _same_action(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) / min(len(a), len(b)) >= 0.6


def _apply_allowed(proposals: list[Proposal]) -> None:
    proposals_apply_new(
        proposals=[p for p in proposals if proposal_may_auto_apply(p)], via="import"
    )


@transaction.atomic(savepoint=False)  # inside an import's transaction
def proposals_resolve_orphans(*, initiative: Initiative) -> int:
    """Give orphan reports (done, or a new window) of this initiative the action they
    speak of, now that it may exist; apply them if the policy allows. Returns how many
    found one."""
    orphans = list(Proposal.objects.orphans().filter(initiative=initiative).order_by("pk"))
    if not orphans:
        return 0
    actions = {a.pk: a for a in initiative.actions.all()}
    found = 0
    for orphan in orphans:
        done = orphan.kind == ProposalKind.ACTION_DONE
        candidates = {
            pk: a.description for pk, a in actions.items() if not done or a.status in OPEN_STATUSES
        }
        statement = Statement(
            span=Span(0, 0, orphan.value.get("statement", "")),
            words=frozenset(orphan.value.get("words", [])),
        )
        best = best_action(statement, candidates)
        if best is None:
            continue
        action = actions[best[0]]
        if done:
            key = _key(orphan.kind, initiative.pk, action.pk)
            confidence = _done_confidence(dated=orphan.value.get("dated", True), share=best[1])
            old_value = {"status": action.status, "completed_on": _iso(action.completed_on)}
        else:
            key = _key(orphan.kind, initiative.pk, action.pk, orphan.value.get("due_latest"))
            confidence = _window_confidence(
                share=best[1], due_confidence=orphan.value.get("due_confidence") or 0
            )
            old_value = _window_of(action)
        if Proposal.objects.filter(key=key).exists():
            orphan.delete()  # another document reported the same change
            continue
        orphan.action, orphan.key, orphan.old_value = action, key, old_value
        orphan.confidence = round(confidence, 3)
        orphan.target = _action_target(action)
        orphan.save()
        found += 1
        if proposal_may_auto_apply(orphan):
            proposal_apply(proposal=orphan, via="import")
    return found


def proposal_as_dict(proposal: Proposal) -> dict[str, Any]:
    """A proposal's entry in the importer's `--json` output."""
    evidence = proposal.evidence
    return {
        "kind": proposal.kind,
        "target": proposal.target,
        "value": proposal.value,
        "state": proposal.state,
        "confidence": proposal.confidence,
        "evidence": (
            {"quote": evidence.quote, "start": evidence.start, "end": evidence.end}
            if evidence
            else None
        ),
    }
