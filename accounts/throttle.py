"""A small rate limit through Django's cache, for forms that send email (password reset).

Sign-ins are throttled by django-axes; a reset form checks no password, so axes never
sees it. The count lives in the default cache: per process with the local-memory cache,
shared by every process with a shared cache.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from django.core.cache import cache

PASSWORD_RESET_LIMIT = 5
PASSWORD_RESET_WINDOW = dt.timedelta(hours=1)


def _key(scope: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"docket:throttle:{scope}:{digest}"


def throttle_hit(*, scope: str, values: list[str], limit: int, window: dt.timedelta) -> bool:
    """Count one attempt for each value; True when any of them is over ``limit`` within
    ``window`` (counted from its first attempt)."""
    over = False
    for value in values:
        key = _key(scope, value)
        cache.add(key, 0, timeout=int(window.total_seconds()))
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=int(window.total_seconds()))
            count = 1
        over = over or count > limit
    return over
