"""Docket's URLs plus a minimal view, the yardstick for requests per second: the same
middleware and settings, no database, no template."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from config.urls import urlpatterns as docket


def minimal(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/minimal/", minimal), *docket]
