"""Atom feeds of change events, and iCalendar feeds of milestones and due windows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from initiatives.models import Actor, CooperationArea, Initiative, InitiativeActor, InitiativeArea
from timeline.models import ChangeEvent, FollowUpAction, Milestone

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


def _all_day(
    uid: str,
    summary: str,
    start: dt.date,
    end: dt.date,
    description: str,
    url: str,
    modified: dt.datetime,
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstart", start)
    # DTEND of an all-day event is exclusive: the day after the window's last day.
    event.add("dtend", end + dt.timedelta(days=1))
    # Stamped with the row's last change, so the same data always gives the same file.
    event.add("dtstamp", modified)
    event.add("last-modified", modified)
    event.add("description", description)
    event.add("url", url)
    event.add("transp", "TRANSPARENT")
    return event


def milestone_event(milestone: Milestone) -> icalendar.Event | None:
    start = milestone.date or milestone.window_start or milestone.window_end
    end = milestone.date or milestone.window_end or milestone.window_start
    if start is None or end is None:
        return None
    initiative = milestone.initiative
    return _all_day(
        uid=f"milestone-{milestone.pk}@{site_host()}",
        summary=f"{initiative.title}: {milestone.title}",
        start=start,
        end=end,
        description=f"{milestone.get_kind_display()} ({milestone.date_display}). "
        f"Status: {initiative.get_status_display()}.",
        url=absolute(initiative.get_absolute_url()),
        modified=milestone.updated_at,
    )


def action_event(action: FollowUpAction) -> icalendar.Event | None:
    if action.due_latest is None:
        return None  # "in the coming years": no firm date, nothing to put on a calendar
    initiative = action.initiative
    owner = f" Owner: {action.owner.name}." if action.owner else ""
    return _all_day(
        uid=f"action-{action.pk}@{site_host()}",
        summary=f"Due: {action.description[:120]} ({initiative.title})",
        start=action.due_earliest or action.due_latest,
        end=action.due_latest,
        description=f"{action.description}\nDue {action.due_display} "
        f"({action.due_text or 'no wording'}).{owner} Status: {action.get_status_display()}.",
        url=absolute(initiative.get_absolute_url()),
        modified=action.updated_at,
    )


def calendar_response(name: str, events: Iterable[icalendar.Event | None]) -> HttpResponse:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Docket//Initiative deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for event in events:
        if event is not None:
            calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="docket.ics"'
    return response


def calendar_for(
    name: str, initiatives: Q, since: dt.date | None, actions_of: Q | None = None
) -> HttpResponse:
    """Milestones of ``initiatives`` and their actions with a firm date (or the actions
    ``actions_of`` selects, when given)."""
    milestones = Milestone.objects.filter(initiatives)
    actions_q = initiatives if actions_of is None else actions_of
    actions = FollowUpAction.objects.filter(actions_q).exclude(due_latest=None)
    if since is not None:
        milestones = milestones.filter(
            Q(date__gte=since) | Q(window_end__gte=since) | Q(window_start__gte=since)
        )
        actions = actions.filter(due_latest__gte=since)
    # Beyond the cap, the calendar keeps the earliest: contiguous in time, not a random sample.
    milestones = milestones.select_related("initiative").order_by("date", "window_start", "pk")
    milestones = milestones[:MAX_CALENDAR_ITEMS]
    actions = actions.select_related("initiative", "owner").order_by("due_latest", "pk")
    actions = actions[:MAX_CALENDAR_ITEMS]
    return calendar_response(
        name,
        [*(milestone_event(m) for m in milestones), *(action_event(a) for a in actions)],
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
