"""Sign-in throttling: django-axes in front of Django's own password check."""

from __future__ import annotations

from typing import Any

from axes.backends import AxesStandaloneBackend
from django.contrib.auth.base_user import AbstractBaseUser
from django.http import HttpRequest


class ThrottledBackend(AxesStandaloneBackend):
    """Refuses sign-ins from a locked-out account or address (see AXES_* settings).

    Every sign-in over HTTP passes its request and is counted. A call without a request
    (a management command, or the test client's ``login()``) is not a web sign-in: it has
    no address to count, so this backend leaves it to the next one instead of failing.
    """

    def authenticate(
        self, request: HttpRequest | None, *args: Any, **kwargs: Any
    ) -> AbstractBaseUser | None:
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)
