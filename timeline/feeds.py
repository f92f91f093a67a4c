"""Atom feeds of change events, and iCalendar feeds of milestones and due windows."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import CharField, Func, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from initiatives.csvexport import url_maker
from initiatives.models import (
    Actor,
    CooperationArea,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    Status,
)
from timeline import ical
from timeline.models import (
    ActionStatus,
    ChangeEvent,
    FollowUpAction,
    Milestone,
    MilestoneKind,
    due_display,
    milestone_date_display,
)

FEED_ITEMS = 50
# The site-wide calendar holds what is current: items that ended within the last year, and later.
CALENDAR_LOOKBACK = dt.timedelta(days=365)
MAX_CALENDAR_ITEMS = 2000


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def site_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "docket"


class EventFeed(Feed):
    """Everything that changed, newest first."""

    feed_type = Atom1Feed
    title = "Docket: what changed"
    subtitle = "Change events of every initiative tracked by Docket."

    def link(self, obj: object = None) -> str:
        return absolute("/initiatives/")

    def events(self, obj: object) -> QuerySet[ChangeEvent]:
        return ChangeEvent.objects.all()

    def items(self, obj: object = None) -> list[ChangeEvent]:
        return list(
            self.events(obj)
            .select_related("initiative", "action__owner", "milestone", "document")
            .order_by("-occurred_at", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, item: ChangeEvent) -> str:
        return f"{item.initiative.title}: {item.get_kind_display()}"

    def item_description(self, item: ChangeEvent) -> str:
        # Atom's summary is text, escaped by the feed generator.
        parts = [item.summary]
        if item.old_value or item.new_value:
            parts.append(f"From “{item.old_value or '—'}” to “{item.new_value or '—'}”.")
        if item.action and item.action.owner:
            parts.append(f"Owner: {item.action.owner.name}.")
        parts.append(
            f"Status: {item.initiative.get_status_display()}. Via {item.get_via_display()}."
        )
        return " ".join(parts)

    def item_link(self, item: ChangeEvent) -> str:
        return absolute(item.initiative.get_absolute_url())

    def item_guid(self, item: ChangeEvent) -> str:
        return f"tag:{site_host()},2026:event/{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: ChangeEvent) -> dt.datetime:
        return item.occurred_at

    def item_updateddate(self, item: ChangeEvent) -> dt.datetime:
        return item.occurred_at


class InitiativeEventFeed(EventFeed):
    def get_object(self, request: HttpRequest, slug: str) -> Initiative:
        return get_object_or_404(Initiative, slug=slug)

    def title(self, obj: Initiative) -> str:
        return f"Docket: {obj.title}"

    def subtitle(self, obj: Initiative) -> str:
        return f"What changed in “{obj.title}”."

    def link(self, obj: Initiative) -> str:
        return absolute(obj.get_absolute_url())

    def events(self, obj: Initiative) -> QuerySet[ChangeEvent]:
        return ChangeEvent.objects.filter(initiative=obj)


class AreaEventFeed(EventFeed):
    def get_object(self, request: HttpRequest, slug: str) -> CooperationArea:
        return get_object_or_404(CooperationArea, slug=slug)

    def title(self, obj: CooperationArea) -> str:
        return f"Docket: {obj.name}"

    def subtitle(self, obj: CooperationArea) -> str:
        return f"What changed in the initiatives of the area “{obj.name}”."

    def link(self, obj: CooperationArea) -> str:
        return absolute(obj.get_absolute_url())

    def events(self, obj: CooperationArea) -> QuerySet[ChangeEvent]:
        linked = InitiativeArea.objects.filter(area=obj).values("initiative_id")
        return ChangeEvent.objects.filter(initiative_id__in=linked)


def actor_events(actor: Actor) -> Q:
    """What concerns an actor: the initiatives it takes part in, and the actions it owns."""
    involved = InitiativeActor.objects.filter(actor=actor).values("initiative_id")
    return Q(initiative_id__in=involved) | Q(action__owner=actor)


class ActorEventFeed(EventFeed):
    def get_object(self, request: HttpRequest, slug: str) -> Actor:
        return get_object_or_404(Actor, slug=slug)

    def title(self, obj: Actor) -> str:
        return f"Docket: {obj.name}"

    def subtitle(self, obj: Actor) -> str:
        return f"What changed in the initiatives of “{obj.name}” and the actions it owns."

    def link(self, obj: Actor) -> str:
        return absolute(obj.get_absolute_url())

    def events(self, obj: Actor) -> QuerySet[ChangeEvent]:
        return ChangeEvent.objects.filter(actor_events(obj))


# --- iCalendar ---------------------------------------------------------------
# Value rows, not model instances, and text written by `timeline.ical`: 4,000 events in
# tens of milliseconds rather than seconds (see docs/benchmarks/web-issue-11.md).


class UTCStamp(Func):
    """A timestamp as an iCalendar UTC DATE-TIME ("20261201T120005Z"), formatted by the
    database: parsing 4,000 timestamps in Python (Django's timezone-aware loader) took a
    fifth of a calendar's time."""

    output_field = CharField()

    def as_sql(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, tuple]:
        sql, params = compiler.compile(self.source_expressions[0])
        return f"to_char({sql} AT TIME ZONE 'UTC', %s)", (*params, 'YYYYMMDD"T"HH24MISS"Z"')

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, tuple]:
        sql, params = compiler.compile(self.source_expressions[0])
        return f"strftime(%s, {sql})", ("%Y%m%dT%H%M%SZ", *params)


MILESTONE_COLUMNS = (
    "pk",
    "title",
    "kind",
    "date",
    "date_precision",
    "window_start",
    "window_end",
    "stamp",
    "initiative__title",
    "initiative__slug",
    "initiative__status",
)
ACTION_COLUMNS = (
    "pk",
    "description",
    "due_earliest",
    "due_latest",
    "due_text",
    "status",
    "stamp",
    "initiative__title",
    "initiative__slug",
    "owner__name",
)


def milestone_events(rows: Iterable[tuple[Any, ...]]) -> Iterator[str]:
    host = site_host()
    url = url_maker(settings.SITE_URL, "initiatives:detail")
    kinds, statuses = dict(MilestoneKind.choices), dict(Status.choices)
    when = functools.cache(milestone_date_display)  # thousands of events, a few hundred days
    for pk, title, kind, day, precision, first, last, stamp, name, slug, status in rows:
        yield ical.all_day_event(
            uid=f"milestone-{pk}@{host}",
            summary=f"{name}: {title}",
            start=day or first or last,
            end=day or last or first,
            description=f"{kinds.get(kind, kind)} "
            f"({when(day, precision, first, last)}). "
            f"Status: {statuses.get(status, status)}.",
            url=url(slug),
            stamp=stamp,
        )


def action_events(rows: Iterable[tuple[Any, ...]]) -> Iterator[str]:
    host = site_host()
    url = url_maker(settings.SITE_URL, "initiatives:detail")
    statuses = dict(ActionStatus.choices)
    due = functools.cache(due_display)  # thousands of events, a few hundred windows
    for pk, description, earliest, latest, due_text, status, stamp, name, slug, owner in rows:
        owned = f" Owner: {owner}." if owner else ""
        yield ical.all_day_event(
            uid=f"action-{pk}@{host}",
            summary=f"Due: {description[:120]} ({name})",
            start=earliest or latest,
            end=latest,
            description=f"{description}\nDue {due(earliest, latest)} "
            f"({due_text or 'no wording'}).{owned} Status: {statuses.get(status, status)}.",
            url=url(slug),
            stamp=stamp,
        )


def calendar_response(name: str, events: Iterable[str]) -> HttpResponse:
    response = HttpResponse(
        ical.calendar(name, events).encode(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="docket.ics"'
    return response


def calendar_for(
    name: str, initiatives: Q, since: dt.date | None, actions_of: Q | None = None
) -> HttpResponse:
    """Milestones of ``initiatives`` and their actions with a firm date (or the actions
    ``actions_of`` selects, when given): at most MAX_CALENDAR_ITEMS of each, the earliest
    ending first, so that beyond the cap the calendar is contiguous in time."""
    stamp = UTCStamp("updated_at")
    milestones = (
        Milestone.objects.filter(initiatives).on_calendar(since=since).annotate(stamp=stamp)
    )
    actions_q = initiatives if actions_of is None else actions_of
    actions = (
        FollowUpAction.objects.filter(actions_q).on_calendar(since=since).annotate(stamp=stamp)
    )
    return calendar_response(
        name,
        [
            *milestone_events(milestones.values_list(*MILESTONE_COLUMNS)[:MAX_CALENDAR_ITEMS]),
            *action_events(actions.values_list(*ACTION_COLUMNS)[:MAX_CALENDAR_ITEMS]),
        ],
    )


def calendar_all(request: HttpRequest) -> HttpResponse:
    return calendar_for("Docket", Q(), timezone.localdate() - CALENDAR_LOOKBACK)


def calendar_initiative(request: HttpRequest, slug: str) -> HttpResponse:
    """One initiative's calendar shows its whole history."""
    initiative = get_object_or_404(Initiative, slug=slug)
    return calendar_for(f"Docket: {initiative.title}", Q(initiative=initiative), None)


def calendar_area(request: HttpRequest, slug: str) -> HttpResponse:
    area = get_object_or_404(CooperationArea, slug=slug)
    linked = InitiativeArea.objects.filter(area=area).values("initiative_id")
    today = timezone.localdate()
    return calendar_for(
        f"Docket: {area.name}", Q(initiative_id__in=linked), today - CALENDAR_LOOKBACK
    )


def calendar_actor(request: HttpRequest, slug: str) -> HttpResponse:
    """The milestones of the initiatives an actor takes part in, and the actions it owns."""
    actor = get_object_or_404(Actor, slug=slug)
    involved = InitiativeActor.objects.filter(actor=actor).values("initiative_id")
    today = timezone.localdate()
    return calendar_for(
        f"Docket: {actor.name}",
        Q(initiative_id__in=involved),
        today - CALENDAR_LOOKBACK,
        actions_of=Q(owner=actor),
    )
