"""Reminders: one email when a followed action's deadline comes near, one when it passes.

Only an action with a latest due date gets reminders; "in the coming years" has no
firm date. After its one overdue reminder, an action stays in the digest's Overdue
section and sends nothing more.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Max, Q
from django.urls import reverse

from initiatives.models import InitiativeActor, InitiativeArea
from notifications import emails
from notifications.delivery import (
    FINISHED,
    Outcome,
    deliver,
    delivery_claim,
    delivery_record_error,
    open_connection,
)
from notifications.digests import link_initiatives
from notifications.events import wants_reminders
from notifications.models import (
    Delivery,
    DeliveryKind,
    EventFilter,
    Follow,
    Profile,
)
from notifications.services import unsubscribe_token
from timeline.models import FollowUpAction, date_due_within, date_overdue, days_overdue

# An overdue reminder goes out within this long of the deadline passing (a job that did
# not run for a few days catches up); a follower who arrives later sees it in digests only.
OVERDUE_REMINDER_WINDOW = dt.timedelta(days=7)
# Users' "today" differs by time zone; candidates are fetched with this margin.
TIME_ZONE_MARGIN = dt.timedelta(days=1)


def reminder_kind(*, today: dt.date, due_latest: dt.date | None, lead_days: int) -> str | None:
    """Which reminder, if any, is owed today for an open action due by `due_latest`."""
    if date_overdue(due_latest, today):
        late = days_overdue(due_latest, today)
        return DeliveryKind.REMINDER_OVERDUE if late <= OVERDUE_REMINDER_WINDOW.days else None
    if date_due_within(due_latest, today, lead_days):
        return DeliveryKind.REMINDER_DUE
    return None


@dataclass(frozen=True)
class Owed:
    profile: Profile
    action: FollowUpAction
    kind: str
    today: dt.date

    @property
    def key(self) -> tuple[int, str, str, str]:
        return (self.profile.user_id, self.kind, f"action:{self.action.pk}", self.period)

    @property
    def period(self) -> str:
        return self.action.due_latest.isoformat()


REMINDER_CHOICES = [choice for choice in EventFilter.values if wants_reminders(choice)]


def _followers(actions: list[FollowUpAction]) -> dict[int, set[int]]:
    """For each action, the ids of users who follow its initiative, an area or an actor of it."""
    initiative_ids = {a.initiative_id for a in actions}
    areas = defaultdict(set)
    for initiative_id, area_id in InitiativeArea.objects.filter(
        initiative_id__in=initiative_ids
    ).values_list("initiative_id", "area_id"):
        areas[initiative_id].add(area_id)
    actors = defaultdict(set)
    for initiative_id, actor_id in InitiativeActor.objects.filter(
        initiative_id__in=initiative_ids
    ).values_list("initiative_id", "actor_id"):
        actors[initiative_id].add(actor_id)
    area_ids = set().union(*areas.values()) if areas else set()
    actor_ids = set().union(*actors.values(), {a.owner_id for a in actions if a.owner_id})
    by_initiative, by_area, by_actor = defaultdict(set), defaultdict(set), defaultdict(set)
    # Reminders follow the "deadlines" choice (notifications.events).
    follows = (
        Follow.objects.filter(events__in=REMINDER_CHOICES)
        .filter(
            Q(initiative_id__in=initiative_ids)
            | Q(area_id__in=area_ids)
            | Q(actor_id__in=actor_ids)
        )
        .values_list("user_id", "initiative_id", "area_id", "actor_id")
    )
    for user_id, initiative_id, area_id, actor_id in follows:
        if initiative_id:
            by_initiative[initiative_id].add(user_id)
        elif area_id:
            by_area[area_id].add(user_id)
        else:
            by_actor[actor_id].add(user_id)
    result = {}
    for action in actions:
        users = set(by_initiative[action.initiative_id])
        for area_id in areas[action.initiative_id]:
            users |= by_area[area_id]
        for actor_id in actors[action.initiative_id] | {action.owner_id}:
            users |= by_actor.get(actor_id, set())
        result[action.pk] = users
    return result


def owed_reminders(*, now: dt.datetime) -> list[Owed]:
    """Every reminder owed at `now` and not yet finished, in a fixed number of queries."""
    enabled = Profile.objects.filter(reminders_enabled=True, user__is_active=True)
    max_lead = enabled.aggregate(m=Max("reminder_lead_days"))["m"]
    if max_lead is None:
        return []
    today = now.date()
    actions = list(
        FollowUpAction.objects.pending()
        .filter(
            due_latest__gte=today - OVERDUE_REMINDER_WINDOW - TIME_ZONE_MARGIN,
            due_latest__lte=today + dt.timedelta(days=max_lead) + TIME_ZONE_MARGIN,
        )
        .select_related("initiative", "owner")
        .order_by("due_latest", "pk")
    )
    if not actions:
        return []
    followers = _followers(actions)
    user_ids = set().union(*followers.values())
    profiles = {p.user_id: p for p in enabled.filter(user_id__in=user_ids).select_related("user")}
    finished = set(
        Delivery.objects.filter(
            user_id__in=profiles,
            kind__in=[DeliveryKind.REMINDER_DUE, DeliveryKind.REMINDER_OVERDUE],
            subject_key__in=[f"action:{a.pk}" for a in actions],
            status__in=FINISHED,
        ).values_list("user_id", "kind", "subject_key", "period")
    )
    owed = []
    for action in actions:
        for user_id in sorted(followers[action.pk]):
            profile = profiles.get(user_id)
            if profile is None or not profile.can_receive(profile.user.email):
                continue
            local_today = now.astimezone(profile.tzinfo).date()
            lead = profile.reminder_lead_days or 0
            kind = reminder_kind(
                today=local_today,
                due_latest=action.due_latest,
                lead_days=lead,
            )
            if kind is None:
                continue
            item = Owed(profile=profile, action=action, kind=kind, today=local_today)
            if item.key not in finished:
                owed.append(item)
    return owed


def reminder_message(item: Owed) -> emails.EmailMultiAlternatives:
    user = item.profile.user
    token = unsubscribe_token(user)
    link_initiatives([item.action.initiative])
    context = {
        "action": item.action,
        "overdue": item.kind == DeliveryKind.REMINDER_OVERDUE,
        "days_left": (item.action.due_latest - item.today).days,
        "unsubscribe_url": emails.absolute_url(reverse("notifications:unsubscribe", args=[token])),
        "following_url": emails.absolute_url(reverse("notifications:following")),
    }
    return emails.reminder(user.email, context)


@dataclass
class RunReport:
    due: int = 0
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    lines: list[str] = field(default_factory=list)


def send_reminders(*, now: dt.datetime, dry_run: bool = False) -> RunReport:
    report = RunReport()
    owed = owed_reminders(now=now)
    report.due = len(owed)
    if dry_run:
        report.lines = [f"{o.profile.user.email}: {o.kind}: {o.action}" for o in owed]
        return report
    connection = open_connection()
    for item in owed:
        _user_id, kind, subject_key, period = item.key
        delivery = delivery_claim(
            user=item.profile.user, kind=kind, subject_key=subject_key, period=period
        )
        if delivery is None:
            report.skipped += 1
            continue
        try:
            with transaction.atomic():  # a failing query leaves the connection usable
                message = reminder_message(item)
            outcome = deliver(delivery=delivery, message=message, connection=connection)
        except Exception as error:  # recorded on this row; the other reminders still go
            outcome = delivery_record_error(delivery=delivery, error=error)
        report.lines.append(f"{item.profile.user.email}: {kind}: {item.action.pk}: {outcome}")
        if outcome == Outcome.SENT:
            report.sent += 1
        else:
            report.failed += 1
    connection.close()
    return report
