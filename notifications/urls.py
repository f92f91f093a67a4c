from django.urls import path

from notifications import views

app_name = "notifications"

urlpatterns = [
    path("follow/<str:kind>/<int:pk>/", views.follow, name="follow"),
    path("following/", views.following, name="following"),
    path("following/searches/", views.saved_search_add, name="saved_search_add"),
    path(
        "following/searches/<int:pk>/delete/",
        views.saved_search_remove,
        name="saved_search_remove",
    ),
    path("preferences/", views.preferences, name="preferences"),
    path("unsubscribe/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
]
