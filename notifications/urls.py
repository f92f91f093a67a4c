from django.urls import path

from notifications import views, webhook_views

app_name = "notifications"

urlpatterns = [
    path("follow/<str:kind>/<int:pk>/", views.follow, name="follow"),
    path("follow/<str:kind>/<int:pk>/events/", views.follow_events, name="follow_events"),
    path("following/", views.following, name="following"),
    path("following/searches/", views.saved_search_add, name="saved_search_add"),
    path(
        "following/searches/<int:pk>/delete/",
        views.saved_search_remove,
        name="saved_search_remove",
    ),
    path(
        "following/searches/<int:pk>/events/",
        views.saved_search_events,
        name="saved_search_events",
    ),
    path("preferences/", views.preferences, name="preferences"),
    path("webhooks/", webhook_views.webhooks, name="webhooks"),
    path("webhooks/<int:pk>/", webhook_views.webhook_log, name="webhook_log"),
    path("webhooks/<int:pk>/delete/", webhook_views.webhook_delete, name="webhook_delete"),
    path("webhooks/<int:pk>/test/", webhook_views.webhook_test, name="webhook_test"),
    path("webhooks/<int:pk>/enable/", webhook_views.webhook_enable, name="webhook_enable"),
    path("unsubscribe/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
]
