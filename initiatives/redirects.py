"""Addresses of initiatives merged into others keep working, by a permanent redirect."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import reverse

from initiatives.models import SlugRedirect


def follows_retired_slugs(url_name: str) -> Callable[[Callable], Callable]:
    """Wrap a view taking ``slug``: when it finds no initiative, and the slug is one a
    merge retired, redirect (301) to the same view of the surviving initiative. Costs a
    query only on the way to a 404."""

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args: Any, slug: str, **kwargs: Any) -> HttpResponse:
            try:
                return view(request, *args, slug=slug, **kwargs)
            except Http404:
                moved = SlugRedirect.objects.filter(old_slug=slug).values_list(
                    "initiative__slug", flat=True
                )
                for survivor in moved:
                    return HttpResponsePermanentRedirect(reverse(url_name, args=[survivor]))
                raise

        return wrapped

    return decorate
