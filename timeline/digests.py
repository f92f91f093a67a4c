"""Digests: what changed in what a user follows, what falls due, what is overdue.

`build_digest` runs a fixed number of queries whatever the number of items (one per
saved search, plus a handful); `send_digests` picks the users whose day and hour have
come and sends each digest once (see accounts.delivery).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from types import SimpleNamespace
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Exists, Max, OuterRef, Q
from django.urls import reverse

from accounts.delivery import (
    FINISHED,
    Outcome,
    deliver,
    delivery_claim,
    delivery_mark_empty,
    open_connection,
)
from accounts.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    DigestFrequency,
    Follow,
    Profile,
    SavedSearch,
)
from accounts.searches import saved_search_initiatives
from accounts.services import unsubscribe_token
from initiatives.models import Initiative, InitiativeActor, InitiativeArea, Status
from timeline import emails
from timeline.models import ChangeEvent, EventKind, EventVia, FollowUpAction

logger = logging.getLogger(__name__)

DUE_WITHIN_DAYS = 30
# After a long pause, or for a new user, a digest looks back no further than this.
MAX_BACKFILL = {
    DigestFrequency.DAILY: dt.timedelta(days=4),
    DigestFrequency.WEEKLY: dt.timedelta(days=14),
}
# An email stays readable: beyond these, the digest links to the site instead.
MAX_CHANGES = 200
MAX_ACTIONS = 20
MAX_MATCHES = 20
SLUG_PLACEHOLDER = "slug-placeholder"


def digest_slot(
    now: dt.datetime, *, frequency: str, weekday: int, hour: int, tz: zoneinfo.ZoneInfo
) -> dt.datetime | None:
    """The latest moment at or before `now` when this user's digest was due, in their zone."""
    if frequency not in MAX_BACKFILL:
        return None
    local = now.astimezone(tz)
    slot = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if frequency == DigestFrequency.WEEKLY:
        slot -= dt.timedelta(days=(local.weekday() - weekday) % 7)
        step = dt.timedelta(days=7)
    else:
        step = dt.timedelta(days=1)
    if slot > local:
        slot -= step
    return slot


def digest_since(slot: dt.datetime, frequency: str, last_end: dt.datetime | None) -> dt.datetime:
    floor = slot - MAX_BACKFILL[frequency]
    return floor if last_end is None or last_end < floor else last_end


@dataclass
class InitiativeChanges:
    initiative: dict[str, str]
    events: list[dict[str, Any]]


@dataclass
class SearchMatches:
    search: SavedSearch
    initiatives: list[dict[str, str]]


@dataclass
class Digest:
    user: AbstractBaseUser
    since: dt.datetime
    until: dt.datetime
    today: dt.date
    changes: list[InitiativeChanges] = field(default_factory=list)
    changes_truncated: bool = False
    due_soon: list[dict[str, Any]] = field(default_factory=list)
    overdue: list[dict[str, Any]] = field(default_factory=list)
    due_soon_truncated: bool = False
    overdue_truncated: bool = False
    matches: list[SearchMatches] = field(default_factory=list)

    @property
    def change_count(self) -> int:
        return sum(len(group.events) for group in self.changes)

    @property
    def is_empty(self) -> bool:
        return not (self.changes or self.due_soon or self.overdue or self.matches)


@dataclass(frozen=True)
class Scope:
    """What a user follows, as ids, turned into filters on initiatives and actions."""

    initiative_ids: frozenset[int]
    area_ids: frozenset[int]
    actor_ids: frozenset[int]

    @classmethod
    def of(cls, user: AbstractBaseUser) -> Scope:
        rows = Follow.objects.filter(user=user).values_list("initiative_id", "area_id", "actor_id")
        initiatives, areas, actors = set(), set(), set()
        for initiative_id, area_id, actor_id in rows:
            if initiative_id:
                initiatives.add(initiative_id)
            elif area_id:
                areas.add(area_id)
            else:
                actors.add(actor_id)
        return cls(frozenset(initiatives), frozenset(areas), frozenset(actors))

    def __bool__(self) -> bool:
        return bool(self.initiative_ids or self.area_ids or self.actor_ids)

    def initiatives(self) -> Q:
        q = Q(initiative_id__in=self.initiative_ids)
        if self.area_ids:
            areas = InitiativeArea.objects.filter(area_id__in=self.area_ids)
            q |= Q(initiative_id__in=areas.values("initiative_id"))
        if self.actor_ids:
            actors = InitiativeActor.objects.filter(actor_id__in=self.actor_ids)
            q |= Q(initiative_id__in=actors.values("initiative_id"))
        return q

    def actions(self) -> Q:
        q = self.initiatives()
        return q | Q(owner_id__in=self.actor_ids) if self.actor_ids else q


@functools.cache
def _detail_path_pattern() -> str:
    return reverse("initiatives:detail", args=[SLUG_PLACEHOLDER])


def link_initiatives(initiatives: Iterable[Initiative]) -> None:
    """Give each initiative its absolute `url`: reversing once per row costs more than SQL."""
    pattern = emails.absolute_url(_detail_path_pattern())
    for initiative in initiatives:
        initiative.url = pattern.replace(SLUG_PLACEHOLDER, initiative.slug)


EVENT_COLUMNS = (
    "initiative_id",
    "initiative__title",
    "initiative__slug",
    "initiative__status",
    "kind",
    "summary",
    "field",
    "old_value",
    "new_value",
    "via",
    "occurred_at",
    "action__description",
    "action__owner__name",
    "action__due_earliest",
    "action__due_latest",
)
ACTION_COLUMNS = (
    "pk",
    "description",
    "due_earliest",
    "due_latest",
    "owner__name",
    "initiative__title",
    "initiative__slug",
    "initiative__status",
)
STATUS_LABELS = dict(Status.choices)
VIA_LABELS = dict(EventVia.choices)


def due_display(earliest: dt.date | None, latest: dt.date | None) -> str:
    # The model's own wording, without building a model instance per row.
    return FollowUpAction.due_display.fget(
        SimpleNamespace(due_earliest=earliest, due_latest=latest)
    )


class _Rows:
    """Turns value rows into the plain dicts the templates read: no lookups while rendering."""

    def __init__(self) -> None:
        self.pattern = emails.absolute_url(_detail_path_pattern())
        self.initiatives: dict[str, dict[str, str]] = {}

    def initiative(self, title: str, slug: str, status: str) -> dict[str, str]:
        if slug not in self.initiatives:
            self.initiatives[slug] = {
                "title": title,
                "status": STATUS_LABELS.get(status, status),
                "url": self.pattern.replace(SLUG_PLACEHOLDER, slug),
            }
        return self.initiatives[slug]

    def event(self, row: dict[str, Any]) -> dict[str, Any]:
        shows_change = row["field"] and row["field"] != "status"
        return {
            "summary": row["summary"],
            "old": row["old_value"] or "—",
            "new": row["new_value"] or "—",
            "shows_change": shows_change,
            "action": row["action__description"],
            "owner": row["action__owner__name"] or "not named",
            "due": due_display(row["action__due_earliest"], row["action__due_latest"]),
            "date": f"{row['occurred_at']:%-d %b %Y}",
            "via": VIA_LABELS.get(row["via"], row["via"]).lower(),
        }

    def action(self, row: dict[str, Any]) -> dict[str, Any]:
        return {
            "description": row["description"],
            "owner": row["owner__name"] or "not named",
            "due": due_display(row["due_earliest"], row["due_latest"]),
            "initiative": self.initiative(
                row["initiative__title"], row["initiative__slug"], row["initiative__status"]
            ),
        }


def build_digest(
    *,
    user: AbstractBaseUser,
    since: dt.datetime,
    until: dt.datetime,
    today: dt.date,
    scope: Scope | None = None,
) -> Digest:
    digest = Digest(user=user, since=since, until=until, today=today)
    scope = Scope.of(user) if scope is None else scope
    rows = _Rows()
    if scope:
        events = list(
            ChangeEvent.objects.between(since, until)
            .filter(scope.initiatives())
            .order_by("initiative__title", "initiative_id", "occurred_at", "pk")
            .values(*EVENT_COLUMNS)[: MAX_CHANGES + 1]
        )
        digest.changes_truncated = len(events) > MAX_CHANGES
        for _, grouped in groupby(events[:MAX_CHANGES], key=itemgetter("initiative_id")):
            group = list(grouped)
            first = group[0]
            initiative = rows.initiative(
                first["initiative__title"], first["initiative__slug"], first["initiative__status"]
            )
            digest.changes.append(
                InitiativeChanges(initiative=initiative, events=[rows.event(e) for e in group])
            )
        actions = FollowUpAction.objects.filter(scope.actions())
        due_soon = actions.due_within(today=today, days=DUE_WITHIN_DAYS).order_by(
            "due_latest", "pk"
        )
        # The most recently missed first: those are the news; older ones the site lists.
        overdue = actions.overdue(today=today).order_by("-due_latest", "pk")
        for name, queryset in (("due_soon", due_soon), ("overdue", overdue)):
            found = list(queryset.values(*ACTION_COLUMNS)[: MAX_ACTIONS + 1])
            setattr(digest, name, [rows.action(row) for row in found[:MAX_ACTIONS]])
            setattr(digest, f"{name}_truncated", len(found) > MAX_ACTIONS)
    created = ChangeEvent.objects.between(since, until).filter(kind=EventKind.INITIATIVE_CREATED)
    new_initiatives = Initiative.objects.filter(pk__in=created.values("initiative_id"))
    for search in SavedSearch.objects.filter(user=user):
        found = saved_search_initiatives(search, today=today, queryset=new_initiatives)
        matched = [
            rows.initiative(*values)
            for values in found.values_list("title", "slug", "status")[:MAX_MATCHES]
        ]
        if matched:
            digest.matches.append(SearchMatches(search=search, initiatives=matched))
    return digest


def digest_context(digest: Digest, frequency: str) -> dict[str, object]:
    token = unsubscribe_token(digest.user)
    return {
        "digest": digest,
        "user": digest.user,
        "frequency": frequency,
        "unsubscribe_url": emails.absolute_url(reverse("accounts:unsubscribe", args=[token])),
        "following_url": emails.absolute_url(reverse("accounts:following")),
    }


def render_digest(digest: Digest, frequency: str) -> emails.EmailMultiAlternatives:
    return emails.digest(digest.user.email, digest_context(digest, frequency))


@dataclass
class RunReport:
    due: int = 0
    sent: int = 0
    empty: int = 0
    skipped: int = 0
    failed: int = 0
    lines: list[str] = field(default_factory=list)


def _candidates(now: dt.datetime) -> list[tuple[Profile, dt.datetime, str]]:
    # Someone who follows nothing would get an empty digest: do not even claim one.
    follows = Follow.objects.filter(user_id=OuterRef("user_id"))
    searches = SavedSearch.objects.filter(user_id=OuterRef("user_id"))
    profiles = (
        Profile.objects.exclude(digest_frequency=DigestFrequency.OFF)
        .filter(Q(Exists(follows)) | Q(Exists(searches)), user__is_active=True)
        .exclude(user__email="")
        .select_related("user")
        .order_by("user_id")
    )
    found = []
    for profile in profiles:
        if not profile.can_receive(profile.user.email):
            continue
        slot = digest_slot(
            now,
            frequency=profile.digest_frequency,
            weekday=profile.digest_weekday,
            hour=profile.digest_hour,
            tz=profile.tzinfo,
        )
        if slot is not None:
            found.append((profile, slot, f"{profile.digest_frequency}:{slot.date().isoformat()}"))
    return found


def send_digests(*, now: dt.datetime, dry_run: bool = False) -> RunReport:
    """Send every digest whose day and hour have come and that was not sent yet."""
    report = RunReport()
    candidates = _candidates(now)
    user_ids = [profile.user_id for profile, _, _ in candidates]
    finished = set(
        Delivery.objects.filter(
            kind=DeliveryKind.DIGEST, user_id__in=user_ids, status__in=FINISHED
        ).values_list("user_id", "period")
    )
    last_end = dict(
        Delivery.objects.filter(
            kind=DeliveryKind.DIGEST,
            user_id__in=user_ids,
            status__in=[DeliveryStatus.SENT, DeliveryStatus.EMPTY],
        )
        .values("user_id")
        .annotate(end=Max("period_end"))
        .values_list("user_id", "end")
    )
    connection = None if dry_run else open_connection()
    for profile, slot, period in candidates:
        if (profile.user_id, period) in finished:
            continue
        report.due += 1
        user, frequency = profile.user, profile.digest_frequency
        since = digest_since(slot, frequency, last_end.get(user.pk))
        until = slot.astimezone(dt.UTC)
        if dry_run:
            digest = build_digest(user=user, since=since, until=until, today=slot.date())
            state = "empty" if digest.is_empty else f"{digest.change_count} changes"
            report.lines.append(f"{user.email}: {period}: {state}")
            continue
        delivery = delivery_claim(
            user=user,
            kind=DeliveryKind.DIGEST,
            subject_key="digest",
            period=period,
            period_start=since,
            period_end=until,
        )
        if delivery is None:
            report.skipped += 1
            continue
        digest = build_digest(user=user, since=since, until=until, today=slot.date())
        if digest.is_empty:
            delivery_mark_empty(delivery)
            report.empty += 1
            continue
        outcome = deliver(
            delivery=delivery, message=render_digest(digest, frequency), connection=connection
        )
        report.lines.append(f"{user.email}: {period}: {outcome}")
        if outcome == Outcome.SENT:
            report.sent += 1
        else:
            report.failed += 1
    if connection is not None:
        connection.close()
    return report
