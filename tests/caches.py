"""Emptying Docket's cache between tests."""

from __future__ import annotations

from types import ModuleType

import pytest


def clear_cache() -> None:
    """Empty Docket's cache without `cache.clear()`, which on Redis flushes the whole
    database, and with it the Celery broker's queues when both share REDIS_URL."""
    from django.conf import settings
    from django.core.cache import cache

    from initiatives.detail import forget_recent_bodies

    forget_recent_bodies()  # each process's copies of the kept pages' bodies
    if not settings.CACHE_URL:
        cache.clear()
        return
    import redis

    client = redis.Redis.from_url(settings.CACHE_URL)
    prefix = settings.CACHES["default"]["KEY_PREFIX"]
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    if keys:
        client.delete(*keys)


def count_drawings(
    monkeypatch: pytest.MonkeyPatch, template_name: str, drawer: ModuleType | None = None
) -> list[int]:
    """A list that grows by one each time the analyst views (or the module ``drawer``)
    draw `template_name` (rather than reuse a kept drawing of it): patches the module's
    `get_template`, `initiatives.views` by default."""
    from initiatives import views

    drawer = drawer or views
    count: list[int] = []
    real = drawer.get_template

    def counted(name: str, using: str | None = None) -> object:
        if name == template_name:
            count.append(1)
        return real(name, using=using)

    monkeypatch.setattr(drawer, "get_template", counted)
    return count
