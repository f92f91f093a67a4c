from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse, QueryDict
from django.urls import path
from django.utils.cache import patch_cache_control
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


def private(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For feeds whose URL token is the only key: no shared cache keeps them and no
    search engine lists them, should a token leak into a page somewhere."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        patch_cache_control(response, private=True)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapper


app_name = "feeds"

# Feed tokens are URL-safe base64 (`new_feed_token`), so a slug; anything else never
# reaches the database.

urlpatterns = [
    path("events.atom", feeds.EventFeed(), name="events_atom"),
    path(
        "initiatives/<slug:slug>.atom",
        follows_retired_slugs("feeds:initiative_atom")(feeds.InitiativeEventFeed()),
        name="initiative_atom",
    ),
    path("areas/<slug:slug>.atom", feeds.AreaEventFeed(), name="area_atom"),
    path(
        "saved/<slug:token>.atom", private(feeds.SavedSearchEventFeed()), name="saved_search_atom"
    ),
    path("calendar.ics", cached(feeds.calendar_all), name="calendar_ics"),
    path(
        "initiatives/<slug:slug>.ics",
        follows_retired_slugs("feeds:initiative_ics")(cached(feeds.calendar_initiative)),
        name="initiative_ics",
    ),
    path(
        "saved/<slug:token>.ics",
        private(cached(feeds.calendar_saved_search)),
        name="saved_search_ics",
    ),
]
