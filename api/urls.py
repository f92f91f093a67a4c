"""Everything under /api/: version 1, and problem details for any other address."""

from django.urls import path, re_path

from api.api import api, not_found

urlpatterns = [
    path("v1/", api.urls),
    re_path(r"^(?P<rest>.*)$", not_found),
]
