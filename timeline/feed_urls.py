from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_page

from initiatives.redirects import follows_retired_slugs
from timeline import feeds

# Calendar applications poll; a large calendar is built at most once per this many seconds.
CALENDAR_CACHE_SECONDS = 15 * 60
cached = cache_page(CALENDAR_CACHE_SECONDS)


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
    path("areas/<slug:slug>.ics", cached(feeds.calendar_area), name="area_ics"),
    path("actors/<slug:slug>.atom", feeds.ActorEventFeed(), name="actor_atom"),
    path("actors/<slug:slug>.ics", cached(feeds.calendar_actor), name="actor_ics"),
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
