"""Schemathesis fuzzes every operation of the live schema (fetched from
/api/v1/openapi.json through Django's WSGI handler): no server error, and every response
as the schema says, in status, content type, headers and body. CI runs it on PostgreSQL
and on SQLite.

Schemathesis's own pytest integration does not run under pytest 9, so each operation is
one test that drives Hypothesis directly with the operation's strategy."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from api.api import api
from api.services import api_token_create
from tests.factories import DocumentFactory, make_evidence, make_listed_initiative

# Enough to reach every parameter of every operation, few enough for CI.
EXAMPLES = 30
ROOT = "/api/v1"
OPERATIONS = [
    (method.upper(), path)
    for path, methods in api.get_openapi_schema(path_prefix=ROOT)["paths"].items()
    for method in methods
]


@pytest.fixture
def connection_kept() -> Any:
    """Keep the test's database connection (and its transaction) across requests, as
    Django's test client does: the WSGI handler would close it after each response."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The fuzzer registers webhook endpoints with whatever addresses it makes up: no name
    is looked up (only address literals resolve, which needs no network), and any
    connection beyond loopback fails the test. The SSRF guard is what refuses the rest."""
    attempts: list[object] = []
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect

    def numeric_only(
        host: Any, port: Any, family: int = 0, type: int = 0, proto: int = 0, flags: int = 0
    ) -> Any:
        return real_getaddrinfo(host, port, family, type, proto, flags | socket.AI_NUMERICHOST)

    def loopback_only(sock: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else None
        if host is not None and not ipaddress.ip_address(host.split("%")[0]).is_loopback:
            attempts.append(address)
            raise OSError(f"The fuzz test may not connect to {address}.")
        return real_connect(sock, address)

    monkeypatch.setattr(socket, "getaddrinfo", numeric_only)
    monkeypatch.setattr(socket.socket, "connect", loopback_only)
    yield
    assert attempts == [], f"The fuzz run tried to reach {attempts}"


@pytest.mark.django_db
@pytest.mark.usefixtures("connection_kept", "no_network")
@override_settings(API_ANONYMOUS_RATE="100000/min", API_TOKEN_RATE="100000/min")
@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_the_api_conforms_to_its_schema(django_user_model: Any, method: str, path: str) -> None:
    initiative = make_listed_initiative("Joint ammunition", overdue_actions=2)
    make_evidence(DocumentFactory(initiative=initiative), "The Council adopted")
    _, token = api_token_create(user=django_user_model.objects.create_user("fuzzer"), name="f")
    schema = schemathesis.openapi.from_wsgi(f"{ROOT}/openapi.json", get_wsgi_application())
    operation = schema[path][method]

    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: Any) -> None:
        case.call_and_validate(
            headers={"Authorization": f"Bearer {token}"},
            # Every other check runs. This one expects any schema-valid request to succeed,
            # but filters name rows by slug, and the list page's FilterSet refuses (422) a
            # slug that names nothing, as the page itself does.
            excluded_checks=[positive_data_acceptance],
        )

    check()
