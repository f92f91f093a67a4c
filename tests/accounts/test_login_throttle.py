"""Failed sign-ins are throttled per account and per address (django-axes)."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

pytestmark = pytest.mark.django_db
RIGHT = "correct horse battery"


def sign_in(client: Client, username: str, password: str, address: str = "10.0.0.1") -> object:
    return client.post(
        "/accounts/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def test_thirty_wrong_passwords_lock_the_account_and_say_when_to_retry(
    client: Client, analyst: User
) -> None:
    for _ in range(30):
        sign_in(client, "analyst", "wrong guess")
    response = sign_in(client, "analyst", RIGHT)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many failed sign-ins" in html
    assert f"Try again in {int(settings.LOGIN_LOCKOUT.total_seconds() // 60)} minutes" in html
    assert "_auth_user_id" not in client.session


def test_the_account_is_locked_from_another_address_too(client: Client, analyst: User) -> None:
    for i in range(settings.LOGIN_FAILURE_LIMIT):
        sign_in(client, "analyst", "wrong guess", address=f"10.0.1.{i}")
    assert sign_in(client, "analyst", RIGHT, address="10.9.9.9").status_code == 429


def test_an_address_that_tries_many_accounts_is_locked(client: Client, analyst: User) -> None:
    for i in range(settings.LOGIN_FAILURE_LIMIT):
        sign_in(client, f"guess{i}", "wrong guess", address="10.0.2.1")
    assert sign_in(client, "analyst", RIGHT, address="10.0.2.1").status_code == 429
    assert sign_in(client, "analyst", RIGHT, address="10.0.2.2").status_code == 302


def test_admin_sign_in_is_throttled_and_works(client: Client, superuser: User) -> None:
    ok = client.post("/admin/login/?next=/admin/", {"username": "root", "password": RIGHT})
    assert ok.status_code == 302
    client.logout()
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        client.post("/admin/login/", {"username": "root", "password": "nope"})
    locked = client.post("/admin/login/", {"username": "root", "password": RIGHT})
    assert locked.status_code == 429


def test_the_test_clients_login_still_works(client: Client, analyst: User) -> None:
    assert client.login(username="analyst", password=RIGHT)


def test_password_reset_is_throttled(client: Client, analyst: User) -> None:
    for _ in range(5):
        response = client.post("/accounts/password_reset/", {"email": "analyst@example.org"})
        assert response.status_code == 302
    response = client.post("/accounts/password_reset/", {"email": "analyst@example.org"})
    assert response.status_code == 429
    assert "Try again in 60 minutes" in response.content.decode()
    assert len(mail.outbox) == 5
