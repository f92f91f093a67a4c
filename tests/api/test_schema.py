"""/api/v1/openapi.json and /api/v1/docs."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_schema_documents_errors_as_problem_details(client: Client) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    operations = [op for ops in schema["paths"].values() for op in ops.values()]
    assert len({op["operationId"] for op in operations}) == len(operations)
    for op in operations:
        for status, response in op["responses"].items():
            if int(status) >= 400:
                assert list(response["content"]) == ["application/problem+json"]


def test_a_token_is_optional_for_public_data_only(client: Client) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert paths["/api/v1/initiatives"]["get"]["security"] == [{"TokenAuth": []}, {}]
    assert paths["/api/v1/me/follows"]["get"]["security"] == [{"TokenAuth": []}]


def test_the_docs_page_uses_only_this_servers_assets(client: Client) -> None:
    response = client.get("/api/v1/docs")
    html = response.content.decode()
    assert response.status_code == 200
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower() and "https://" not in html
    assert "unsafe-inline" not in response["Content-Security-Policy"]
