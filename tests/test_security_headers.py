"""Every page carries the security headers, and the CSP is strict."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/", "/initiatives/", "/accounts/login/", "/feeds/events.atom"])
def test_it_sends_the_security_headers(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, _, value = part.strip().partition(" ")
        policy[name] = value
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_it_tells_htmx_not_to_inject_its_indicator_styles(client: Client) -> None:
    html = client.get("/").content.decode()
    assert '"includeIndicatorStyles": false' in html
    assert "<script>" not in html and " onclick=" not in html
