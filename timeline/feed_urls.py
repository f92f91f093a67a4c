from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse, QueryDict
from django.urls import path
from django.views.decorators.cache import cache_page

from initiatives.redirects import follows_retired_slugs
from timeline import feeds

# Calendar applications poll; a large calendar is built at most once per this many seconds.
CALENDAR_CACHE_SECONDS = 15 * 60


def cached(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Cache a calendar under its path alone. The calendars read no query parameter, so a
    query string (a calendar application's `?nocache=…`, a tracking tag) is noise: kept in
    the key it would build the whole calendar again for every variant."""
    cached_view = cache_page(CALENDAR_CACHE_SECONDS, key_prefix="calendar")(view)

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        request.META["QUERY_STRING"] = ""
        request.GET = QueryDict()
        return cached_view(request, *args, **kwargs)

    return wrapper


app_name = "feeds"

urlpatterns = [
    path("events.atom", feeds.EventFeed(), name="events_atom"),
    path(
        "initiatives/<slug:slug>.atom",
        follows_retired_slugs("feeds:initiative_atom")(feeds.InitiativeEventFeed()),
        name="initiative_atom",
    ),
    path("areas/<slug:slug>.atom", feeds.AreaEventFeed(), name="area_atom"),
    path("areas/<slug:slug>.ics", cached(feeds.calendar_area), name="area_ics"),
    path("actors/<slug:slug>.atom", feeds.ActorEventFeed(), name="actor_atom"),
    path("actors/<slug:slug>.ics", cached(feeds.calendar_actor), name="actor_ics"),
    path("calendar.ics", cached(feeds.calendar_all), name="calendar_ics"),
    path(
        "initiatives/<slug:slug>.ics",
        follows_retired_slugs("feeds:initiative_ics")(cached(feeds.calendar_initiative)),
        name="initiative_ics",
    ),
]
