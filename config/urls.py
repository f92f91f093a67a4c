from django.contrib import admin
from django.urls import include, path

from accounts.views import ThrottledPasswordResetView
from api import pages as api_pages
from notifications import feed_urls as personal_feed_urls
from timeline import feed_urls

admin.site.site_header = "Docket curation"
admin.site.site_title = "Docket admin"
admin.site.index_title = "Curate initiatives"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    path("preferences/api-tokens/", api_pages.tokens, name="api_tokens"),
    path(
        "preferences/api-tokens/<int:pk>/revoke/",
        api_pages.token_revoke,
        name="api_token_revoke",
    ),
    path("", include("initiatives.urls")),
    path("", include("timeline.urls")),
    # The public feeds and the personal ones share a prefix and a namespace.
    path(
        "feeds/",
        include((feed_urls.urlpatterns + personal_feed_urls.urlpatterns, feed_urls.app_name)),
    ),
    path(
        "accounts/password_reset/",
        ThrottledPasswordResetView.as_view(),
        name="password_reset",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("accounts.urls")),
    path("", include("notifications.urls")),
    path("", include("exports.urls")),
]
