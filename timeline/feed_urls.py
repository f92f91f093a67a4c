from django.urls import path

from timeline import feeds

app_name = "feeds"

urlpatterns = [
    path("events.atom", feeds.EventFeed(), name="events_atom"),
    path("initiatives/<slug:slug>.atom", feeds.InitiativeEventFeed(), name="initiative_atom"),
    path("areas/<slug:slug>.atom", feeds.AreaEventFeed(), name="area_atom"),
    path("saved/<str:token>.atom", feeds.SavedSearchEventFeed(), name="saved_search_atom"),
    path("calendar.ics", feeds.calendar_all, name="calendar_ics"),
    path("initiatives/<slug:slug>.ics", feeds.calendar_initiative, name="initiative_ics"),
    path("saved/<str:token>.ics", feeds.calendar_saved_search, name="saved_search_ics"),
]
