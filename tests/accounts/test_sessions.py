"""A signed-in request reads its session from the shared cache (the database while the cache
is down), and signing out ends it."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(analyst: User) -> Client:
    if not settings.CACHE_URL:
        pytest.skip("needs a shared cache: set REDIS_URL=redis://127.0.0.1:6379/15 (CI does)")
    client = Client()
    response = client.post(
        reverse("login"), {"username": "analyst", "password": "correct horse battery"}
    )
    assert response.status_code == 302
    return client


def session_queries(client: Client) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("notifications:following"))
    assert response.status_code == 200
    assert "Sign out" in response.content.decode()
    return [q["sql"] for q in queries if "django_session" in q["sql"]]


def test_a_signed_in_page_reads_its_session_without_a_query(signed_in: Client) -> None:
    assert session_queries(signed_in) == []
    assert session_queries(signed_in) == []


def test_signing_out_ends_the_session_for_every_holder_of_its_cookie(signed_in: Client) -> None:
    copy = Client()
    copy.cookies = signed_in.cookies.__class__(signed_in.cookies)  # the same session key
    assert session_queries(copy) == []
    assert signed_in.post(reverse("logout")).status_code == 302
    assert copy.get(reverse("notifications:following")).status_code == 302


def test_a_session_missing_from_the_cache_is_read_from_the_database(signed_in: Client) -> None:
    from tests.caches import clear_cache

    clear_cache()  # Redis restarted empty: the session is still signed in
    assert len(session_queries(signed_in)) == 1
    assert session_queries(signed_in) == []


def test_a_signed_in_page_is_served_while_the_cache_is_down(
    signed_in: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.core.cache import cache

    def down(*args: object, **kwargs: object) -> None:
        raise ConnectionError("Redis is down")

    from tests.caches import clear_cache

    clear_cache()
    monkeypatch.setattr(cache, "get", down)
    monkeypatch.setattr(cache, "set", down)
    assert len(session_queries(signed_in)) == 1  # from the database, still signed in
