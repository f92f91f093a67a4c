"""Personal feeds: a saved search's changes (Atom) and deadlines (iCalendar)."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from notifications.events import events_q
from notifications.models import SavedSearch
from notifications.searches import saved_search_initiatives
from timeline.feeds import CALENDAR_LOOKBACK, EventFeed, absolute, calendar_for
from timeline.models import ChangeEvent


class SavedSearchEventFeed(EventFeed):
    """Private: the URL's token is the only key, so the feed works in any reader."""

    def get_object(self, request: HttpRequest, token: str) -> SavedSearch:
        return get_object_or_404(SavedSearch, feed_token=token)

    def title(self, obj: SavedSearch) -> str:
        return f"Docket: {obj.name}"

    def subtitle(self, obj: SavedSearch) -> str:
        return f"What changed in the initiatives of the saved search “{obj.name}”."

    def link(self, obj: SavedSearch) -> str:
        return absolute(f"/initiatives/?{obj.query}" if obj.query else "/initiatives/")

    def events(self, obj: SavedSearch) -> QuerySet[ChangeEvent]:
        matching = saved_search_initiatives(obj, today=timezone.localdate())
        return ChangeEvent.objects.filter(
            events_q(obj.events), initiative_id__in=matching.order_by().values("pk")
        )


def calendar_saved_search(request: HttpRequest, token: str) -> HttpResponse:
    search = get_object_or_404(SavedSearch, feed_token=token)
    today = timezone.localdate()
    matching = saved_search_initiatives(search, today=today).order_by().values("pk")
    name = f"Docket: {search.name}"
    return calendar_for(name, Q(initiative_id__in=matching), today - CALENDAR_LOOKBACK)
