from django.urls import path
from django.views.decorators.cache import cache_page

from initiatives.redirects import follows_retired_slugs
from timeline import feeds

# Calendar applications poll; a large calendar is built at most once per this many seconds.
CALENDAR_CACHE_SECONDS = 15 * 60
cached = cache_page(CALENDAR_CACHE_SECONDS)


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
