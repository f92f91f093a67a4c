"""The personal feeds, served under /feeds/ in the `feeds` namespace (see config/urls.py)."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.utils.cache import patch_cache_control

from notifications import feeds
from timeline.feed_urls import cached


def private(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For feeds whose URL token is the only key: no shared cache keeps them and no
    search engine lists them, should a token leak into a page somewhere."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        patch_cache_control(response, private=True)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapper


# Feed tokens are URL-safe base64 (`new_feed_token`), so a slug; anything else never
# reaches the database.

urlpatterns = [
    path(
        "saved/<slug:token>.atom", private(feeds.SavedSearchEventFeed()), name="saved_search_atom"
    ),
    path(
        "saved/<slug:token>.ics",
        private(cached(feeds.calendar_saved_search)),
        name="saved_search_ics",
    ),
]
