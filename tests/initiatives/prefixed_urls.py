"""Docket's URLs under a prefix: for the test that links follow a changed URLconf."""

from django.urls import include, path

urlpatterns = [path("under/", include("config.urls"))]
