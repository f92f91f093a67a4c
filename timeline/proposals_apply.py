"""Applying, rejecting and undoing proposals, and the policy that applies them alone.

Every change goes through the same services as admin edits (`action_save`,
`action_mark_done`, `milestone_save`, `initiative_save`), so history and change events,
naming the source document, are written in one place.
"""

from __future__ import annotations

import datetime as dt
import itertools
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
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
    Origin,
    Sector,
)
from initiatives.search import initiative_search_update, search_update_deferred
from initiatives.services import free_slug, initiative_save
from initiatives.users import acting_user
from timeline.models import (
    ActionStatus,
    FollowUpAction,
    Milestone,
    MilestoneKind,
    Proposal,
    ProposalKind,
    ProposalState,
)
from timeline.services import (
    action_mark_done,
    action_save,
    actions_add,
    initiative_due_dates_refresh,
    milestone_save,
)

# "confident" applies proposals at or above this confidence on unverified initiatives.
AUTO_APPLY_CONFIDENCE = 0.75
# Applied changes record this rule on the facts they create.
RULE = "progress"


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


@transaction.atomic
def proposal_apply(
    *,
    proposal: Proposal,
    via: str,
    user: AbstractBaseUser | None = None,
    value: dict[str, Any] | None = None,
) -> Proposal:
    """Make the change through the services; `value` is a curator's edit of it."""
    proposal = _locked(proposal)
    if proposal.state == ProposalState.APPLIED:
        return proposal
    if value:
        proposal.value = {**proposal.value, **value}
    _APPLY[proposal.kind](proposal, via, user)
    return _decided(proposal, ProposalState.APPLIED, user)


@transaction.atomic(savepoint=False)  # the import's transaction fails as a whole
def proposals_apply_new(*, proposals: list[Proposal], via: str) -> None:
    """Apply proposals that the current transaction has just stored, as the policy
    allows them (an import's confident ones). No other transaction can see them yet, so
    none is locked or read again, and their states are written in one query."""
    if not proposals:
        return
    decided_at = timezone.now()
    with search_update_deferred():
        # New actions of one document next to each other are stored together
        # (`actions_add`), each other change on its own, in the proposals' order.
        for (kind, _), run in itertools.groupby(proposals, key=lambda p: (p.kind, p.document_id)):
            if kind == ProposalKind.NEW_ACTION:
                _apply_new_actions(list(run), via)
            else:
                for proposal in run:
                    _APPLY[proposal.kind](proposal, via, None)
        for proposal in proposals:
            proposal.state = ProposalState.APPLIED
            proposal.decided_by = None
            proposal.decided_at = decided_at
    Proposal.objects.bulk_update(
        proposals, ["state", "decided_by", "decided_at", "action", "milestone"]
    )


def _locked(proposal: Proposal) -> Proposal:
    return (
        Proposal.objects.select_for_update(of=("self",))
        .select_related("action")
        .get(pk=proposal.pk)
    )


def _decided(proposal: Proposal, state: str, user: AbstractBaseUser | None) -> Proposal:
    proposal.state = state
    proposal.decided_by = acting_user(user)
    proposal.decided_at = timezone.now()
    proposal.save()
    if proposal.initiative_id and state != ProposalState.REJECTED:
        initiative_search_update(initiative_ids=[proposal.initiative_id])
    return proposal


@transaction.atomic
def proposal_reject(*, proposal: Proposal, user: AbstractBaseUser | None = None) -> Proposal:
    """Reject a waiting proposal. It is remembered: the same change is not proposed again."""
    proposal = _locked(proposal)
    if proposal.state == ProposalState.APPLIED:
        raise ValidationError("This change was applied; undo it instead of rejecting it.")
    return _decided(proposal, ProposalState.REJECTED, user)


@transaction.atomic
def proposal_undo(
    *, proposal: Proposal, via: str, user: AbstractBaseUser | None = None
) -> Proposal:
    """Restore the old value through the services; the proposal waits again."""
    proposal = _locked(proposal)
    if proposal.state != ProposalState.APPLIED:
        raise ValidationError("Only an applied change can be undone.")
    _UNDO[proposal.kind](proposal, via, user)
    return _decided(proposal, ProposalState.PENDING, user)


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
    action = _new_action(proposal, owner)
    action_save(action=action, via=via, user=user, document=proposal.document)
    proposal.action = action


def _apply_new_actions(proposals: list[Proposal], via: str) -> None:
    """`_apply_new_action` of several proposals of one document, in one query per step:
    their owners, then `actions_add`."""
    names = {p.value["owner"] for p in proposals if p.value.get("owner")}
    owners = {actor.name: actor for actor in Actor.objects.filter(name__in=names)} if names else {}
    actions = [_new_action(p, owners.get(p.value.get("owner") or "")) for p in proposals]
    actions_add(actions=actions, via=via, document=proposals[0].document)
    for proposal, action in zip(proposals, actions, strict=True):
        proposal.action = action


def _new_action(proposal: Proposal, owner: Actor | None) -> FollowUpAction:
    value = proposal.value
    return FollowUpAction(
        initiative=proposal.initiative,
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


def _named(model: type[Actor] | type[Sector], name: str, *, max_length: int, **fields: Any) -> Any:
    """The actor or sector of this name (any case), created with a free slug if new."""
    found = model.objects.filter(name__iexact=name).first()
    if found is not None:
        return found
    prefix = slugify(name)[:20]
    taken = set(model.objects.filter(slug__startswith=prefix).values_list("slug", flat=True))
    slug = free_slug(name, taken, max_length=max_length, fallback=model._meta.model_name)
    return model.objects.create(name=name[:max_length], slug=slug, **fields)


def _apply_link(proposal: Proposal, via: str, user: Any) -> None:
    value, initiative_id = proposal.value, proposal.initiative_id
    defaults = {"evidence": proposal.evidence, "origin": Origin.EXTRACTED}
    if proposal.kind == ProposalKind.NEW_ACTOR:
        actor = _named(Actor, value["name"], max_length=200, kind=value.get("kind", "organisation"))
        InitiativeActor.objects.get_or_create(
            initiative_id=initiative_id, actor=actor, role=value["role"], defaults=defaults
        )
    elif proposal.kind == ProposalKind.NEW_AREA:
        InitiativeArea.objects.get_or_create(
            initiative_id=initiative_id,
            area=CooperationArea.objects.get(slug=value["name"]),
            defaults={**defaults, "statement": value.get("statement", "")},
        )
    else:
        InitiativeSector.objects.get_or_create(
            initiative_id=initiative_id,
            sector=_named(Sector, value["name"], max_length=120),
            defaults=defaults,
        )


def _undo_new(proposal: Proposal, via: str, user: Any) -> None:
    """A fact the document added is removed again (facts curators made are kept)."""
    value, initiative_id = proposal.value, proposal.initiative_id
    if proposal.kind == ProposalKind.NEW_ACTION and proposal.action_id:
        FollowUpAction.objects.filter(pk=proposal.action_id, origin=Origin.EXTRACTED).delete()
        initiative_due_dates_refresh(initiative_ids=[initiative_id])
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
