"""Anonymous callers get a lower rate than token holders; over it, a 429 problem."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


@override_settings(API_ANONYMOUS_RATE="3/min", API_TOKEN_RATE="6/min")
def test_a_token_gives_a_higher_limit(
    client: Client, analyst: User, token_for: Callable[[User], dict[str, str]]
) -> None:
    for _ in range(3):
        assert client.get("/api/v1/areas").status_code == 200
    refused = client.get("/api/v1/areas")
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/problem+json"
    assert int(refused["Retry-After"]) > 0
    assert "token" in refused.json()["detail"]
    headers = token_for(analyst)
    codes = [client.get("/api/v1/areas", **headers).status_code for _ in range(7)]
    assert codes == [200] * 6 + [429]


@override_settings(API_ANONYMOUS_RATE="2/min")
def test_anonymous_callers_are_counted_per_address(client: Client) -> None:
    for _ in range(2):
        client.get("/api/v1/areas", REMOTE_ADDR="10.0.0.1")
    assert client.get("/api/v1/areas", REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.get("/api/v1/areas", REMOTE_ADDR="10.0.0.2").status_code == 200
    # A forged X-Forwarded-For does not open a new allowance.
    forged = client.get("/api/v1/areas", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert forged.status_code == 429
