"""Proposals: what a later document reports about an initiative, as reviewable changes.

`proposals_from_document` compares a matched document with the initiative's current
facts and records each difference once (a stable key), with its quote. The policy
(`DOCKET_AUTO_APPLY`) applies the confident ones at once on unverified initiatives;
the rest wait in triage. Applying, undoing and rejecting go through the same services
as admin (`action_save`, `action_mark_done`, `milestone_save`, `initiative_save`), so
history and change events, naming the source document, are written in one place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from initiatives.models import (
    Actor,
    CooperationArea,
    Document,
    Evidence,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
    Origin,
    Sector,
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
from initiatives.search import initiative_search_update
from initiatives.services import free_slug, initiative_save
from timeline.models import (
    OPEN_STATUSES,
    ActionStatus,
    FollowUpAction,
    Milestone,
    MilestoneKind,
    Proposal,
    ProposalKind,
    ProposalState,
)
from timeline.services import action_mark_done, action_save, milestone_save

# "confident" applies proposals at or above this confidence on unverified initiatives.
AUTO_APPLY_CONFIDENCE = 0.75
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
RULE = "progress"


def _key(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


class _Proposer:
    """Collects one document's proposals for one initiative, each key once."""

    def __init__(self, *, initiative: Initiative, document: Document):
        self.initiative = initiative
        self.document = document
        self.created: list[Proposal] = []
        self.seen: set[str] = set()

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
    ) -> None:
        digest = _key(kind, *key)
        if digest in self.seen or Proposal.objects.filter(key=digest).exists():
            return  # proposed before: applied, waiting, or rejected and remembered
        self.seen.add(digest)
        evidence = None
        if span is not None:
            evidence = Evidence.for_span(self.document, span.start, span.end, rule=RULE)
            evidence.save()
        self.created.append(
            Proposal.objects.create(
                initiative=self.initiative,
                document=self.document,
                kind=kind,
                confidence=round(min(1.0, max(0.0, confidence)), 3),
                action=action,
                milestone=milestone,
                target=target or {},
                value=value,
                old_value=old_value or {},
                evidence=evidence,
                key=digest,
            )
        )


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


@transaction.atomic
def proposals_from_document(
    *, initiative: Initiative, document: Document, extraction: Extraction, published: dt.date
) -> list[Proposal]:
    """Record what this document reports that differs from the initiative, then apply
    what the policy allows. Returns the new proposals (a re-import returns none)."""
    proposer = _Proposer(initiative=initiative, document=document)
    actions = {a.pk: a for a in initiative.actions.select_related("owner")}
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
    _new_facts(proposer, extraction, actions, spoken_of)
    _apply_allowed(proposer.created)
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
    actors = set(initiative.actor_links.values_list("actor__name", flat=True))
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
    areas = set(initiative.area_links.values_list("area__slug", flat=True))
    for area in extracted.areas:
        if area.area not in areas:
            proposer.add(
                ProposalKind.NEW_AREA,
                key=(initiative.pk, area.area),
                confidence=NEW_AREA_CONFIDENCE,
                span=area.evidence,
                value={"name": area.area, "statement": area.statement},
            )
    sectors = {n.casefold() for n in initiative.sector_links.values_list("sector__name", flat=True)}
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


def proposal_may_auto_apply(proposal: Proposal) -> bool:
    """The policy: confident proposals, on initiatives no curator verified, touching
    nothing a curator edited. Everything else waits for review."""
    if settings.DOCKET_AUTO_APPLY != "confident" or proposal.confidence < AUTO_APPLY_CONFIDENCE:
        return False
    initiative = proposal.initiative
    if initiative is None or initiative.verified:
        return False
    if proposal.kind == ProposalKind.STATUS_CHANGE and "status" in initiative.curated_fields:
        return False
    if proposal.kind in (ProposalKind.ACTION_DONE, ProposalKind.WINDOW_CHANGE):
        return proposal.action is not None and proposal.action.origin != Origin.CURATOR
    return True


def _apply_allowed(proposals: list[Proposal]) -> None:
    for proposal in proposals:
        if proposal_may_auto_apply(proposal):
            proposal_apply(proposal=proposal, via="import")


@transaction.atomic
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


@transaction.atomic
def proposal_apply(
    *,
    proposal: Proposal,
    via: str,
    user: AbstractBaseUser | None = None,
    value: dict[str, Any] | None = None,
) -> Proposal:
    """Make the change through the services; `value` is a curator's edit of it."""
    proposal = (
        Proposal.objects.select_for_update(of=("self",))
        .select_related("action")
        .get(pk=proposal.pk)
    )
    if proposal.state == ProposalState.APPLIED:
        return proposal
    if value:
        proposal.value = {**proposal.value, **value}
    _APPLY[proposal.kind](proposal, via, user)
    proposal.state = ProposalState.APPLIED
    proposal.decided_by = user if user is not None and user.is_authenticated else None
    proposal.decided_at = timezone.now()
    proposal.save()
    if proposal.initiative_id:
        initiative_search_update(initiative_ids=[proposal.initiative_id])
    return proposal


@transaction.atomic
def proposal_reject(*, proposal: Proposal, user: AbstractBaseUser | None = None) -> Proposal:
    """Reject a waiting proposal. It is remembered: the same change is not proposed again."""
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.state == ProposalState.APPLIED:
        raise ValidationError("This change was applied; undo it instead of rejecting it.")
    proposal.state = ProposalState.REJECTED
    proposal.decided_by = user if user is not None and user.is_authenticated else None
    proposal.decided_at = timezone.now()
    proposal.save()
    return proposal


@transaction.atomic
def proposal_undo(
    *, proposal: Proposal, via: str, user: AbstractBaseUser | None = None
) -> Proposal:
    """Restore the old value through the services; the proposal waits again."""
    proposal = (
        Proposal.objects.select_for_update(of=("self",))
        .select_related("action")
        .get(pk=proposal.pk)
    )
    if proposal.state != ProposalState.APPLIED:
        raise ValidationError("Only an applied change can be undone.")
    _UNDO[proposal.kind](proposal, via, user)
    proposal.state = ProposalState.PENDING
    proposal.decided_by = user if user is not None and user.is_authenticated else None
    proposal.decided_at = timezone.now()
    proposal.save()
    if proposal.initiative_id:
        initiative_search_update(initiative_ids=[proposal.initiative_id])
    return proposal


def proposals_accept_document(
    *, document: Document, via: str, user: AbstractBaseUser | None = None
) -> int:
    """Apply every waiting proposal of one document (with a target). Returns how many."""
    waiting = Proposal.objects.pending().filter(document=document).order_by("pk")
    count = 0
    for proposal in waiting:
        if proposal.kind == ProposalKind.ACTION_DONE and proposal.action_id is None:
            continue
        proposal_apply(proposal=proposal, via=via, user=user)
        count += 1
    return count


# --- Applying and undoing each kind ---------------------------------------------
def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _require_action(proposal: Proposal) -> FollowUpAction:
    if proposal.action is None:
        raise ValidationError("This report names no known action yet; it cannot be applied.")
    return proposal.action


def _apply_done(proposal: Proposal, via: str, user: Any) -> None:
    action = _require_action(proposal)
    completed_on = _date(proposal.value.get("completed_on")) or proposal.document.published_on
    if completed_on is None:
        raise ValidationError("Give the day the action was done.")
    action_mark_done(
        action=action, completed_on=completed_on, via=via, user=user, document=proposal.document
    )


def _undo_done(proposal: Proposal, via: str, user: Any) -> None:
    action = _require_action(proposal)
    action.status = proposal.old_value.get("status", ActionStatus.OPEN)
    action.completed_on = _date(proposal.old_value.get("completed_on"))
    action_save(action=action, via=via, user=user, document=proposal.document)


def _set_status(proposal: Proposal, status: str, via: str, user: Any) -> None:
    initiative = Initiative.objects.get(pk=proposal.initiative_id)
    initiative.status = status
    initiative_save(initiative=initiative, via=via, user=user, document=proposal.document)


def _set_window(proposal: Proposal, window: dict[str, Any], via: str, user: Any) -> None:
    action = _require_action(proposal)
    action.due_text = window.get("due_text") or ""
    action.due_earliest = _date(window.get("due_earliest"))
    action.due_latest = _date(window.get("due_latest"))
    action.due_confidence = window.get("due_confidence")
    action.due_rule = window.get("due_rule") or ""
    action_save(action=action, via=via, user=user, document=proposal.document)


def _apply_new_action(proposal: Proposal, via: str, user: Any) -> None:
    value = proposal.value
    owner = Actor.objects.filter(name=value.get("owner")).first() if value.get("owner") else None
    action = FollowUpAction(
        initiative_id=proposal.initiative_id,
        description=value["description"],
        owner=owner,
        due_text=value.get("due_text") or "",
        due_earliest=_date(value.get("due_earliest")),
        due_latest=_date(value.get("due_latest")),
        due_confidence=value.get("due_confidence"),
        due_rule=value.get("due_rule") or "",
        evidence=proposal.evidence,
        rule=RULE,
        origin=Origin.EXTRACTED,
    )
    action_save(action=action, via=via, user=user, document=proposal.document)
    proposal.action = action


def _apply_new_milestone(proposal: Proposal, via: str, user: Any) -> None:
    value = proposal.value
    milestone = Milestone(
        initiative_id=proposal.initiative_id,
        title=value["title"][:300],
        kind=value.get("kind", MilestoneKind.OTHER),
        date=_date(value.get("date")),
        date_precision="day" if value.get("date") else "",
        evidence=proposal.evidence,
        rule=RULE,
        origin=Origin.EXTRACTED,
    )
    milestone_save(milestone=milestone, via=via, user=user, document=proposal.document)
    proposal.milestone = milestone


def _apply_link(proposal: Proposal, via: str, user: Any) -> None:
    value, initiative_id = proposal.value, proposal.initiative_id
    common = {"initiative_id": initiative_id, "evidence": proposal.evidence}
    if proposal.kind == ProposalKind.NEW_ACTOR:
        actor = Actor.objects.filter(name=value["name"]).first()
        if actor is None:
            taken = set(
                Actor.objects.values_list("slug", flat=True).filter(
                    slug__startswith=slugify(value["name"])[:20]
                )
            )
            slug = free_slug(value["name"], taken, max_length=200, fallback="actor")
            actor = Actor.objects.create(
                name=value["name"], slug=slug, kind=value.get("kind", "organisation")
            )
        InitiativeActor.objects.get_or_create(
            actor=actor,
            role=value["role"],
            defaults={**common, "origin": Origin.EXTRACTED},
            initiative_id=initiative_id,
        )
    elif proposal.kind == ProposalKind.NEW_AREA:
        area = CooperationArea.objects.get(slug=value["name"])
        InitiativeArea.objects.get_or_create(
            area=area,
            initiative_id=initiative_id,
            defaults={
                "evidence": proposal.evidence,
                "statement": value.get("statement", ""),
                "origin": Origin.EXTRACTED,
            },
        )
    else:
        sector = Sector.objects.filter(name__iexact=value["name"]).first()
        if sector is None:
            taken = set(
                Sector.objects.values_list("slug", flat=True).filter(
                    slug__startswith=slugify(value["name"])[:20]
                )
            )
            sector = Sector.objects.create(
                name=value["name"][:120],
                slug=free_slug(value["name"], taken, max_length=120, fallback="sector"),
            )
        InitiativeSector.objects.get_or_create(
            sector=sector,
            initiative_id=initiative_id,
            defaults={"evidence": proposal.evidence, "origin": Origin.EXTRACTED},
        )


def _undo_new(proposal: Proposal, via: str, user: Any) -> None:
    """A fact the document added is removed again (facts curators made are kept)."""
    value, initiative_id = proposal.value, proposal.initiative_id
    if proposal.kind == ProposalKind.NEW_ACTION and proposal.action_id:
        FollowUpAction.objects.filter(pk=proposal.action_id, origin=Origin.EXTRACTED).delete()
    elif proposal.kind == ProposalKind.NEW_MILESTONE and proposal.milestone_id:
        Milestone.objects.filter(pk=proposal.milestone_id, origin=Origin.EXTRACTED).delete()
    elif proposal.kind == ProposalKind.NEW_ACTOR:
        InitiativeActor.objects.filter(
            initiative_id=initiative_id,
            actor__name=value["name"],
            role=value["role"],
            origin=Origin.EXTRACTED,
        ).delete()
    elif proposal.kind == ProposalKind.NEW_AREA:
        InitiativeArea.objects.filter(
            initiative_id=initiative_id, area__slug=value["name"], origin=Origin.EXTRACTED
        ).delete()
    elif proposal.kind == ProposalKind.NEW_SECTOR:
        InitiativeSector.objects.filter(
            initiative_id=initiative_id, sector__name__iexact=value["name"], origin=Origin.EXTRACTED
        ).delete()


_APPLY = {
    ProposalKind.ACTION_DONE: _apply_done,
    ProposalKind.STATUS_CHANGE: lambda p, via, user: _set_status(p, p.value["status"], via, user),
    ProposalKind.WINDOW_CHANGE: lambda p, via, user: _set_window(p, p.value, via, user),
    ProposalKind.NEW_ACTION: _apply_new_action,
    ProposalKind.NEW_MILESTONE: _apply_new_milestone,
    ProposalKind.NEW_ACTOR: _apply_link,
    ProposalKind.NEW_AREA: _apply_link,
    ProposalKind.NEW_SECTOR: _apply_link,
}
_UNDO = {
    ProposalKind.ACTION_DONE: _undo_done,
    ProposalKind.STATUS_CHANGE: lambda p, via, user: _set_status(
        p, p.old_value["status"], via, user
    ),
    ProposalKind.WINDOW_CHANGE: lambda p, via, user: _set_window(p, p.old_value, via, user),
    ProposalKind.NEW_ACTION: _undo_new,
    ProposalKind.NEW_MILESTONE: _undo_new,
    ProposalKind.NEW_ACTOR: _undo_new,
    ProposalKind.NEW_AREA: _undo_new,
    ProposalKind.NEW_SECTOR: _undo_new,
}


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
