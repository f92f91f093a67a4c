"""Personal API tokens: made on a page or by a command, shown once, stored as a hash."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client

from api.models import ApiToken
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_command_prints_a_token_that_works(client: Client, analyst: User) -> None:
    out = StringIO()
    call_command("api_token", "analyst", stdout=out)
    raw = out.getvalue().strip()
    assert raw.startswith("dkt_")
    stored = ApiToken.objects.get(user=analyst)
    assert stored.key_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in {stored.name, stored.prefix, stored.key_hash}
    response = client.get("/api/v1/me/follows", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 200
    assert ApiToken.objects.get(user=analyst).last_used_at is not None


def test_the_command_names_an_unknown_user(db: None) -> None:
    with pytest.raises(CommandError, match="No user is called 'nobody'"):
        call_command("api_token", "nobody")


def test_preferences_link_to_the_tokens_page(client: Client, analyst: User) -> None:
    client.force_login(analyst)
    assert 'href="/preferences/api-tokens/"' in client.get("/preferences/").content.decode()


def test_a_user_creates_a_token_sees_it_once_and_revokes_it(client: Client, analyst: User) -> None:
    client.force_login(analyst)
    page = client.post("/preferences/api-tokens/", {"name": "notebook"}).content.decode()
    raw = page.split('<code id="new-token">')[1].split("</code>")[0]
    assert raw.startswith("dkt_")
    again = client.get("/preferences/api-tokens/").content.decode()
    assert raw not in again and "notebook" in again and raw[:10] in again
    api = Client()
    assert api.get("/api/v1/me/follows", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    token = ApiToken.objects.get(user=analyst)
    client.post(f"/preferences/api-tokens/{token.pk}/revoke/")
    response = api.get("/api/v1/me/follows", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert "revoked" in response.json()["detail"]


def test_nobody_revokes_another_users_token(
    client: Client, analyst: User, token_for: Callable[[User], dict[str, str]]
) -> None:
    other = UserFactory(username="other")
    headers = token_for(other)
    client.force_login(analyst)
    client.post(f"/preferences/api-tokens/{ApiToken.objects.get(user=other).pk}/revoke/")
    assert ApiToken.objects.filter(user=other).exists()
    assert Client().get("/api/v1/me/follows", **headers).status_code == 200


def test_the_tokens_page_needs_a_sign_in(client: Client) -> None:
    assert client.get("/preferences/api-tokens/").status_code == 302


def test_a_malformed_authorization_header_is_401_not_anonymous(client: Client) -> None:
    response = client.get("/api/v1/initiatives", HTTP_AUTHORIZATION="Basic Zm9vOmJhcg==")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
