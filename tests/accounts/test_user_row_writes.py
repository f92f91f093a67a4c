"""Writes the kept user row must hear of (accounts/users.py): bulk updates, saves while
the cache is down; and what a signed-in request asks of the cache."""

from __future__ import annotations

import logging

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.test import override_settings

from tests.accounts.test_user_row_cache import page, signed_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("row_cache")]


@pytest.fixture
def row_cache() -> object:
    with override_settings(USER_ROW_CACHE=True):
        yield


def test_a_bulk_update_signs_the_user_out_on_their_next_request(
    analyst: User, outsider: User, django_capture_on_commit_callbacks: object
) -> None:
    first, second = signed_in(analyst), signed_in(outsider)
    assert "Sign out" in page(first)[0] and "Sign out" in page(second)[0]
    assert page(first)[1] == []  # kept
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        User.objects.filter(pk=analyst.pk).update(is_active=False)
    assert "Sign in" in page(first)[0]
    outsider.is_active = False
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        User.objects.bulk_update([outsider], ["is_active"])
    assert "Sign in" in page(second)[0]


def test_a_related_managers_update_is_heard_too(curator: User) -> None:
    client = signed_in(curator)
    assert "Admin" in page(client)[0]
    Group.objects.get(name="Curators").user_set.update(is_staff=False)
    assert "Admin" not in page(client)[0]


def test_saving_a_user_while_the_cache_is_down_saves_and_logs(
    analyst: User,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    django_capture_on_commit_callbacks: object,
) -> None:
    def down(*args: object, **kwargs: object) -> None:
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "set", down)
    saving = django_capture_on_commit_callbacks(execute=True)  # type: ignore[operator]
    with caplog.at_level(logging.WARNING, logger="accounts.users"), saving:
        analyst.first_name = "Ada"
        analyst.save()
        User.objects.filter(pk=analyst.pk).update(last_name="Lovelace")
    assert User.objects.filter(pk=analyst.pk, first_name="Ada", last_name="Lovelace").exists()
    assert sum("the cache is down" in r.getMessage() for r in caplog.records) == 4


def test_the_secrets_digest_is_made_once_per_secret(
    analyst: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accounts import users

    made = []
    real = users.salted_hmac
    monkeypatch.setattr(users, "salted_hmac", lambda *a, **k: made.append(1) or real(*a, **k))
    users._secret_tag.cache_clear()
    client = signed_in(analyst)
    for _ in range(3):
        page(client)
    assert len(made) == 1
    with override_settings(SECRET_KEY="another-secret-" + "z" * 50):
        first = users._keys(1)[0]
        assert users._keys(1)[0] == first and len(made) == 2
    assert users._keys(1)[0] != first


@pytest.fixture
def redis_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    if not settings.CACHE_URL:
        pytest.skip("needs Redis: set REDIS_URL=redis://127.0.0.1:6379/15 (CI does)")
    client = cache._cache.get_client()
    calls: list[str] = []
    real = type(client).execute_command

    def counted(self: object, *args: object, **kwargs: object) -> object:
        calls.append(str(args[0]))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(type(client), "execute_command", counted)
    return calls


def test_a_signed_in_page_asks_redis_once(analyst: User, redis_calls: list[str]) -> None:
    client = signed_in(analyst)
    page(client), page(client)  # the row and the session's pointer kept
    redis_calls.clear()
    nav, users = page(client)
    assert "Sign out" in nav and users == []
    assert redis_calls == ["EVALSHA"]


def test_a_pointer_to_another_user_is_not_trusted(
    analyst: User, outsider: User, redis_calls: list[str]
) -> None:
    from accounts.users import _pointer_key

    client, other = signed_in(analyst), signed_in(outsider)
    page(client), page(other)
    session_key = client.cookies[settings.SESSION_COOKIE_NAME].value
    cache.set(_pointer_key(session_key), outsider.pk)
    nav, _ = page(client)  # the outsider is staff: their row would show the Admin link
    assert "Sign out" in nav and "Admin" not in nav
    assert cache.get(_pointer_key(session_key)) == analyst.pk
