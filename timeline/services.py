"""Writes to milestones, actions and change events.

Every change that a reader should hear about goes through here, so that the event
is recorded in the same transaction as the change itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.utils import timezone

from initiatives.models import Document, Initiative
from initiatives.search import initiative_search_update
from timeline.models import (
    ActionStatus,
    ChangeEvent,
    EventKind,
    EventVia,
    FollowUpAction,
    Milestone,
)

# Fields whose change is news to a follower; bookkeeping fields are not.
ACTION_TRACKED_FIELDS = ("description", "owner_id", "due_earliest", "due_latest", "status")
MILESTONE_TRACKED_FIELDS = ("title", "kind", "date", "window_start", "window_end")


def event_record(
    *,
    initiative: Initiative,
    kind: str,
    summary: str,
    via: str,
    user: AbstractBaseUser | None = None,
    action: FollowUpAction | None = None,
    milestone: Milestone | None = None,
    document: Document | None = None,
    field: str = "",
    old_value: Any = "",
    new_value: Any = "",
    occurred_at: dt.datetime | None = None,
) -> ChangeEvent:
    return ChangeEvent.objects.create(
        initiative=initiative,
        kind=kind,
        summary=summary,
        via=via,
        user=user if user is not None and user.is_authenticated else None,
        action=action,
        milestone=milestone,
        document=document,
        field=field,
        old_value="" if old_value is None else str(old_value),
        new_value="" if new_value is None else str(new_value),
        occurred_at=occurred_at or timezone.now(),
    )


def _changes(old: Any, new: Any, fields: tuple[str, ...]) -> list[tuple[str, Any, Any]]:
    return [
        (f, getattr(old, f), getattr(new, f)) for f in fields if getattr(old, f) != getattr(new, f)
    ]


@transaction.atomic
def action_save(
    *,
    action: FollowUpAction,
    via: str,
    user: AbstractBaseUser | None = None,
    document: Document | None = None,
) -> FollowUpAction:
    """Validate and save an action, recording what changed as events (naming the
    source document when a document reported the change)."""
    action.full_clean()
    previous = FollowUpAction.objects.filter(pk=action.pk).first() if action.pk else None
    action.save()
    initiative_search_update(initiative_ids=[action.initiative_id])
    initiative = action.initiative
    if previous is None:
        event_record(
            initiative=initiative,
            kind=EventKind.ACTION_ADDED,
            summary=f"New follow-up action: {action.description}",
            via=via,
            user=user,
            action=action,
            document=document,
            new_value=action.due_display,
        )
        return action
    for field, old, new in _changes(previous, action, ACTION_TRACKED_FIELDS):
        if field == "status" and new == ActionStatus.DONE:
            kind, summary = EventKind.ACTION_DONE, f"Done: {action.description}"
        elif field == "status" and new == ActionStatus.CANCELLED:
            kind, summary = EventKind.ACTION_CANCELLED, f"Cancelled: {action.description}"
        else:
            label = field.removesuffix("_id").replace("_", " ")
            kind, summary = (
                EventKind.ACTION_CHANGED,
                f"{label.capitalize()} changed: {action.description}",
            )
        if field == "owner_id":
            old = previous.owner.name if previous.owner else ""
            new = action.owner.name if action.owner else ""
        event_record(
            initiative=initiative,
            kind=kind,
            summary=summary,
            via=via,
            user=user,
            action=action,
            document=document,
            field=field.removesuffix("_id"),
            old_value=old,
            new_value=new,
        )
    return action


def action_mark_done(
    *,
    action: FollowUpAction,
    completed_on: dt.date,
    via: str,
    user: AbstractBaseUser | None = None,
    document: Document | None = None,
) -> FollowUpAction:
    if action.status == ActionStatus.DONE:
        return action
    if action.status == ActionStatus.CANCELLED:
        raise ValidationError(f"“{action}” was cancelled. Reopen it before marking it done.")
    action.status = ActionStatus.DONE
    action.completed_on = completed_on
    return action_save(action=action, via=via, user=user, document=document)


@transaction.atomic
def milestone_save(
    *,
    milestone: Milestone,
    via: str,
    user: AbstractBaseUser | None = None,
    document: Document | None = None,
) -> Milestone:
    milestone.full_clean()
    previous = Milestone.objects.filter(pk=milestone.pk).first() if milestone.pk else None
    milestone.save()
    if previous is None:
        event_record(
            initiative=milestone.initiative,
            kind=EventKind.MILESTONE_ADDED,
            summary=f"New milestone: {milestone.title} ({milestone.date_display})",
            via=via,
            user=user,
            milestone=milestone,
            document=document,
        )
        return milestone
    for field, old, new in _changes(previous, milestone, MILESTONE_TRACKED_FIELDS):
        event_record(
            initiative=milestone.initiative,
            kind=EventKind.MILESTONE_CHANGED,
            summary=f"Milestone {field.replace('_', ' ')} changed: {milestone.title}",
            via=via,
            user=user,
            milestone=milestone,
            document=document,
            field=field,
            old_value=old,
            new_value=new,
        )
    return milestone


def actions_record_overdue(*, today: dt.date) -> int:
    """Record an event for each pending action that went overdue. Safe to run any
    number of times: the unique (action, due date) key admits one event each, and an
    action whose deadline was moved and passed again is news again."""
    recorded = 0
    recorded_for_this_date = ChangeEvent.objects.filter(
        action=OuterRef("pk"),
        kind=EventKind.ACTION_OVERDUE,
        new_value=Cast(OuterRef("due_latest"), CharField()),
    )
    candidates = (
        FollowUpAction.objects.overdue(today=today)
        .exclude(Exists(recorded_for_this_date))
        .select_related("initiative", "owner")
    )
    for action in candidates.iterator():
        try:
            with transaction.atomic():
                event_record(
                    initiative=action.initiative,
                    kind=EventKind.ACTION_OVERDUE,
                    summary=f"Overdue since {action.due_latest:%-d %B %Y}: {action.description}",
                    via=EventVia.PERIODIC,
                    action=action,
                    field="due_latest",
                    new_value=action.due_latest.isoformat(),
                )
        except IntegrityError:
            continue  # another run recorded it first
        recorded += 1
    return recorded
