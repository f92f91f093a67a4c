"""Writes to milestones, actions and change events.

Every change that a reader should hear about goes through here, so that the event
is recorded in the same transaction as the change itself.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import (
    BooleanField,
    CharField,
    CheckConstraint,
    Exists,
    Model,
    OuterRef,
    Q,
    QuerySet,
    Value,
)
from django.db.models.functions import Cast, Coalesce
from django.db.models.sql import Query
from django.db.models.sql.subqueries import UpdateQuery
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, get_history_manager_for_model

from initiatives.models import Document, Evidence, Initiative
from initiatives.search import initiative_search_update
from initiatives.statements import id_stand_ins, ids_given, stand_ins_replaced
from initiatives.users import acting_user
from timeline.models import (
    DELIVERED_STATUSES,
    OPEN_STATUSES,
    STATE_EVENTS,
    ActionStatus,
    ChangeEvent,
    EventKind,
    EventVia,
    FollowUpAction,
    Milestone,
    Proposal,
    ProposalKind,
    ProposalState,
)

logger = logging.getLogger(__name__)

# Fields whose change is news to a follower; bookkeeping fields are not.
ACTION_TRACKED_FIELDS = ("description", "owner_id", "due_earliest", "due_latest", "status")
# What the initiative's pending due dates are made of (initiative_due_dates_refresh).
DUE_DATE_FIELDS = ("initiative_id", "status", "due_latest")
MILESTONE_TRACKED_FIELDS = ("title", "kind", "date", "window_start", "window_end")


def event_record(**fields: Any) -> ChangeEvent:
    """Store one change event; it takes `event_build`'s arguments."""
    event = event_build(**fields)
    event.save()
    return event


def event_build(
    *,
    initiative: Initiative,
    kind: str,
    summary: str,
    via: str,
    user: AbstractBaseUser | None = None,
    action: FollowUpAction | None = None,
    milestone: Milestone | None = None,
    document: Document | None = None,
    evidence: Evidence | None = None,
    field: str = "",
    old_value: Any = "",
    new_value: Any = "",
    occurred_at: dt.datetime | None = None,
) -> ChangeEvent:
    """The event `event_record` stores, unsaved: a writer of many facts (an import)
    stores its events together with `ChangeEvent.objects.bulk_create`."""
    return ChangeEvent(
        initiative=initiative,
        kind=kind,
        summary=summary,
        via=via,
        user=acting_user(user),
        action=action,
        milestone=milestone,
        document=document if document is not None or evidence is None else evidence.document,
        evidence=evidence,
        field=field,
        old_value="" if old_value is None else str(old_value),
        new_value="" if new_value is None else str(new_value),
        occurred_at=occurred_at or timezone.now(),
    )


def _full_clean(obj: FollowUpAction | Milestone) -> None:
    """`full_clean`, with the model's check constraints tested in one query (Django tests
    each in a query and a savepoint of its own: nine round trips for an action). When
    the combined test fails, each constraint is tested for its own message."""
    exclude = _loaded_relations(obj)
    obj.full_clean(exclude=exclude, validate_constraints=False)
    constraints = obj._meta.constraints
    if not all(isinstance(c, CheckConstraint) for c in constraints):
        obj.validate_constraints(exclude=exclude)
        return
    combined = CheckConstraint(condition=Q(*(c.condition for c in constraints)), name="all")
    try:
        combined.validate(type(obj), obj, exclude=set(exclude))
    except ValidationError:
        obj.validate_constraints(exclude=exclude)
        raise


def _full_clean_together(objs: list[FollowUpAction]) -> None:
    """`_full_clean` of each object, with every check constraint of all of them tested
    in one query (an import applying four new actions made twelve round trips for it).
    When the combined test fails, or cannot run, each object is tested on its own, as
    `_full_clean` does, for its own message."""
    checks = []
    for obj in objs:
        exclude = _loaded_relations(obj)
        obj.full_clean(exclude=exclude, validate_constraints=False)
        constraints = obj._meta.constraints
        if not all(isinstance(c, CheckConstraint) for c in constraints):
            obj.validate_constraints(exclude=exclude)
            continue
        checks.append(_check_sql(obj, Q(*(c.condition for c in constraints)), set(exclude)))
    if not checks:
        return
    sql = " UNION ALL ".join(check for check, _ in checks)
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM ({sql}) AS checks",  # noqa: S608 (compiled by the ORM)
                [param for _, params in checks for param in params],
            )
            passed = cursor.fetchone()[0] == len(checks)
    except DatabaseError:
        passed = False
    if not passed:
        for obj in objs:
            _full_clean(obj)


def _check_sql(obj: Model, condition: Q, exclude: set[str]) -> tuple[str, tuple[Any, ...]]:
    """The query `Q.check` runs to test `condition` on `obj`'s values: one row if it
    holds (a NULL, as in the database's own check, holds)."""
    query = Query(None)
    for name, value in obj._get_field_expression_map(meta=obj._meta, exclude=exclude).items():
        if not hasattr(value, "resolve_expression"):
            value = Value(value)
        query.add_annotation(value, name, select=False)
    query.add_annotation(Value(1), "_check")
    if connection.features.supports_comparing_boolean_expr:
        query.add_q(Q(Coalesce(condition, True, output_field=BooleanField())))
    else:
        query.add_q(condition)
    sql, params = query.get_compiler(connection=connection).as_sql()
    return sql, tuple(params)


def _loaded_relations(obj: Any) -> list[str]:
    """The foreign keys of `obj` that point at an instance held in memory with its key:
    `full_clean` need not query for their existence (the database's constraint still
    checks it), which is a query per key for every action an import adds."""
    return [
        f.name
        for f in obj._meta.concrete_fields
        if f.is_relation
        and f.is_cached(obj)
        and getattr(obj, f.name) is not None
        and getattr(obj, f.name).pk == getattr(obj, f.attname)
    ]


def _withdraw_windows(action: FollowUpAction) -> int:
    """A delivered action has no due window left to change: the new windows waiting for
    review are withdrawn (a curator no longer sees them in triage). Returns how many."""
    return (
        Proposal.objects.pending()
        .filter(action=action, kind=ProposalKind.WINDOW_CHANGE)
        .update(state=ProposalState.WITHDRAWN, decided_at=timezone.now())
    )


def _changes(old: Any, new: Any, fields: tuple[str, ...]) -> list[tuple[str, Any, Any]]:
    return [
        (f, getattr(old, f), getattr(new, f)) for f in fields if getattr(old, f) != getattr(new, f)
    ]


def initiative_due_dates_refresh(*, initiative_ids: Iterable[int] | None = None) -> int:
    """Write on these initiatives (all when None) the first and last latest-due date of
    their pending actions, which the list's due filters read. Every writer of actions calls
    it after its change; one UPDATE, whatever the number of initiatives. Returns how many
    rows it wrote (on PostgreSQL, for all initiatives: those whose dates changed)."""
    if initiative_ids is None:
        if connection.vendor == "postgresql":
            return _due_dates_refresh_all()
        return Initiative.objects.update(**FollowUpAction.objects.pending_due_bounds())
    ids = sorted({int(pk) for pk in initiative_ids})
    if not ids:
        return 0
    sql, params = _due_dates_sql(len(ids))
    with connection.cursor() as cursor:
        cursor.execute(sql, stand_ins_replaced(params, ids_given(ids)))
        return cursor.rowcount


@functools.lru_cache(maxsize=16)
def _due_dates_sql(count: int) -> tuple[str, tuple[Any, ...]]:
    """`initiative_due_dates_refresh`'s UPDATE for `count` initiatives, compiled once per
    process: building and compiling its two subqueries cost about 1.5 ms of CPU, once
    per import that writes actions. The SQL sent is the same."""
    query = Initiative.objects.filter(pk__in=id_stand_ins(count)).query.chain(UpdateQuery)
    query.add_update_values(FollowUpAction.objects.pending_due_bounds())
    sql, params = query.get_compiler(connection.alias).as_sql()
    return sql, tuple(params)


def _due_dates_refresh_all() -> int:
    """All initiatives at once (after a bulk load): one pass over the actions, grouped,
    where the per-initiative subqueries probe the actions twice for each (30 s at
    100,000 initiatives). Writes only the rows whose dates differ; returns how many."""
    initiatives, actions = Initiative._meta.db_table, FollowUpAction._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {initiatives} AS i"  # noqa: S608 (table names from the models)
            " SET pending_due_first = a.first, pending_due_last = a.last"
            " FROM (SELECT j.id, MIN(f.due_latest) AS first, MAX(f.due_latest) AS last"
            f"      FROM {initiatives} AS j LEFT JOIN {actions} AS f"
            "         ON f.initiative_id = j.id AND f.status = ANY(%s)"
            "        AND f.due_latest IS NOT NULL"
            "      GROUP BY j.id) AS a"
            " WHERE a.id = i.id AND (i.pending_due_first, i.pending_due_last)"
            "     IS DISTINCT FROM (a.first, a.last)",
            [[str(status) for status in OPEN_STATUSES]],
        )
        return cursor.rowcount


@transaction.atomic
def action_delete(*, action: FollowUpAction) -> None:
    """Delete an action; its initiative's due dates follow."""
    initiative_id = action.initiative_id
    action.delete()
    initiative_due_dates_refresh(initiative_ids=[initiative_id])


@transaction.atomic
def actions_delete(*, actions: QuerySet[FollowUpAction]) -> int:
    """Delete these actions; their initiatives' due dates follow. Returns how many."""
    initiative_ids = set(actions.values_list("initiative_id", flat=True))
    _, deleted = actions.delete()
    initiative_due_dates_refresh(initiative_ids=initiative_ids)
    return deleted.get(FollowUpAction._meta.label, 0)


@transaction.atomic
def action_save(
    *,
    action: FollowUpAction,
    via: str,
    user: AbstractBaseUser | None = None,
    document: Document | None = None,
    evidence: Evidence | None = None,
) -> FollowUpAction:
    """Validate and save an action, recording what changed as events. A state change
    names the document (and quote) that reported it, when given."""
    _full_clean(action)
    previous = FollowUpAction.objects.filter(pk=action.pk).first() if action.pk else None
    action.save()
    initiative_search_update(initiative_ids=[action.initiative_id])
    if previous is None or _changes(previous, action, DUE_DATE_FIELDS):
        moved_from = [previous.initiative_id] if previous else []
        initiative_due_dates_refresh(initiative_ids=[action.initiative_id, *moved_from])
    initiative = action.initiative
    if previous is None:
        _action_added_event(action, via=via, user=user, document=document).save()
        return action
    for field, old, new in _changes(previous, action, ACTION_TRACKED_FIELDS):
        source: dict[str, Any] = {}
        if field == "status" and new in DELIVERED_STATUSES:
            _withdraw_windows(action)
        if field == "status":
            kind, word = STATE_EVENTS[new]
            summary = f"{word}: {action.description}"
            source = {"evidence": evidence}
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
            **source,
        )
    return action


def actions_add(
    *,
    actions: list[FollowUpAction],
    via: str,
    user: AbstractBaseUser | None = None,
    document: Document | None = None,
) -> list[FollowUpAction]:
    """Store new actions as `action_save` stores each one (validated, with history, and
    an "action added" event naming the document), in a fixed number of queries however
    many there are: an import applies several at once. All are validated before any is
    written; a ValidationError leaves the caller's transaction usable."""
    if not actions:
        return actions
    _full_clean_together(actions)
    with transaction.atomic(savepoint=False):  # all or none, in the caller's transaction
        facts_bulk_create(actions, FollowUpAction)
        initiative_ids = {action.initiative_id for action in actions}
        initiative_search_update(initiative_ids=initiative_ids)
        initiative_due_dates_refresh(initiative_ids=initiative_ids)
        ChangeEvent.objects.bulk_create(
            _action_added_event(action, via=via, user=user, document=document) for action in actions
        )
    return actions


def _action_added_event(
    action: FollowUpAction,
    *,
    via: str,
    user: AbstractBaseUser | None,
    document: Document | None,
) -> ChangeEvent:
    """The "action added" event of a new action (unsaved), as every way of adding one tells it."""
    return event_build(
        initiative=action.initiative,
        kind=EventKind.ACTION_ADDED,
        summary=f"New follow-up action: {action.description}",
        via=via,
        user=user,
        action=action,
        document=document,
        new_value=action.due_display,
    )


@functools.cache
def _history_manager(model: type[Model]) -> Any:
    # `model.history` builds a manager class on every access (about 0.4 ms): build it once.
    return get_history_manager_for_model(model)


def facts_bulk_create(objs: list[Model], model: type[Model]) -> None:
    """simple_history's `bulk_create_with_history` for actions and milestones, with the
    history manager built once per process."""
    if not connection.features.can_return_rows_from_bulk_insert:
        bulk_create_with_history(objs, model)  # it reads the new rows back for their ids
        return
    with transaction.atomic(savepoint=False):
        created = model._default_manager.bulk_create(objs)
        if created:
            _history_manager(model).bulk_history_create(created, default_change_reason=None)


def action_set_status(
    *,
    action: FollowUpAction,
    status: str,
    via: str,
    completed_on: dt.date | None = None,
    user: AbstractBaseUser | None = None,
    document: Document | None = None,
    evidence: Evidence | None = None,
) -> FollowUpAction:
    """Move an action to another state, with the evidence that reports it. Setting the
    state it is already in changes nothing. A dropped action must be reopened first."""
    if action.status == status:
        return action
    if action.status == ActionStatus.DROPPED and status != ActionStatus.OPEN:
        raise ValidationError(f"“{action}” was dropped. Reopen it before changing its state.")
    if status in DELIVERED_STATUSES and completed_on is None:
        raise ValidationError(f"Give the day “{action}” was delivered.")
    action.status = status
    action.completed_on = completed_on if status in DELIVERED_STATUSES else None
    return action_save(action=action, via=via, user=user, document=document, evidence=evidence)


def action_mark_done(
    *,
    action: FollowUpAction,
    completed_on: dt.date,
    via: str,
    user: AbstractBaseUser | None = None,
    document: Document | None = None,
    evidence: Evidence | None = None,
) -> FollowUpAction:
    return action_set_status(
        action=action,
        status=ActionStatus.DONE,
        completed_on=completed_on,
        via=via,
        user=user,
        document=document,
        evidence=evidence,
    )


@transaction.atomic
def milestone_save(
    *,
    milestone: Milestone,
    via: str,
    user: AbstractBaseUser | None = None,
    document: Document | None = None,
) -> Milestone:
    _full_clean(milestone)
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
        except Exception:  # one bad action is logged; the others are still recorded
            logger.exception("Recording action %s as overdue failed", action.pk)
            continue
        recorded += 1
    return recorded
