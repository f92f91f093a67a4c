"""The Content-Security-Policy built once (config.middleware.CSPMiddleware) is the one
django-csp builds, and a response or a request that needs its own still gets it."""

from __future__ import annotations

import pytest
from csp.constants import NONCE, SELF
from csp.utils import build_policy
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory, override_settings

from config.middleware import CSPMiddleware

pytestmark = pytest.mark.django_db


def directives(header: str) -> set[str]:
    return {part.strip() for part in header.split(";")}


def test_every_page_gets_the_policy_django_csp_builds(client: Client, analyst: object) -> None:
    expected = directives(build_policy())
    assert directives(client.get("/initiatives/")["Content-Security-Policy"]) == expected
    client.force_login(analyst)
    assert directives(client.get("/")["Content-Security-Policy"]) == expected
    assert "Content-Security-Policy-Report-Only" not in client.get("/")


def test_a_report_only_policy_in_the_settings_is_sent(client: Client) -> None:
    client.get("/")  # the policies are built, then the settings change
    with override_settings(
        CONTENT_SECURITY_POLICY_REPORT_ONLY={"DIRECTIVES": {"default-src": ["'none'"]}}
    ):
        response = client.get("/")
    assert response["Content-Security-Policy-Report-Only"] == "default-src 'none'"
    assert "Content-Security-Policy-Report-Only" not in client.get("/")


def middleware_response(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    middleware = CSPMiddleware(lambda r: response)
    return middleware(request)


@override_settings(
    CONTENT_SECURITY_POLICY={"DIRECTIVES": {"default-src": [SELF], "script-src": [SELF, NONCE]}}
)
def test_a_request_that_used_a_nonce_gets_it_in_its_policy() -> None:
    request = RequestFactory().get("/")

    def view(request: HttpRequest) -> HttpResponse:
        return HttpResponse(f"<script nonce='{request.csp_nonce}'></script>")

    response = CSPMiddleware(view)(request)
    nonce = response.content.decode().split("'")[1]
    assert f"script-src 'self' 'nonce-{nonce}'" in response["Content-Security-Policy"]
    unused = CSPMiddleware(lambda r: HttpResponse(""))(RequestFactory().get("/"))
    assert "nonce" not in unused["Content-Security-Policy"]


def test_a_response_with_its_own_policy_keeps_it() -> None:
    response = HttpResponse("")
    response._csp_update = {"img-src": ["https://tiles.example.org"]}  # type: ignore[attr-defined]
    sent = middleware_response(RequestFactory().get("/"), response)
    assert "img-src 'self' data: https://tiles.example.org" in sent["Content-Security-Policy"]
    exempt = HttpResponse("")
    exempt._csp_exempt = True  # type: ignore[attr-defined]
    assert "Content-Security-Policy" not in middleware_response(RequestFactory().get("/"), exempt)
