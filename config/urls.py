from django.contrib import admin
from django.urls import include, path

from accounts.views import ThrottledPasswordResetView

admin.site.site_header = "Docket curation"
admin.site.site_title = "Docket admin"
admin.site.index_title = "Curate initiatives"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("initiatives.urls")),
    path("", include("timeline.urls")),
    path("feeds/", include("timeline.feed_urls")),
    path(
        "accounts/password_reset/",
        ThrottledPasswordResetView.as_view(),
        name="password_reset",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("accounts.urls")),
]
