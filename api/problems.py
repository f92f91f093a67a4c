"""Errors as RFC 9457 problem details (``application/problem+json``)."""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Schema

PROBLEM_TYPE = "application/problem+json"


class FieldError(Schema):
    field: str
    message: str


class Problem(Schema):
    """A problem detail: what went wrong, and per field when the input was at fault."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str = ""
    instance: str = ""
    errors: list[FieldError] = []


def problem_response(
    request: HttpRequest | None,
    status: int,
    detail: str = "",
    *,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": request.path if request is not None else "",
        "errors": errors or [],
    }
    response = HttpResponse(json.dumps(body), status=status, content_type=PROBLEM_TYPE)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


# Where ninja says a parameter came from, left out of the field's name.
LOCATION_WORDS = ("query", "body", "path", "params", "payload")


def field_errors(errors: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Pydantic's errors as {field, message}: ``("query", "page_size")`` → "page_size"."""
    found = []
    for error in errors:
        location = [str(p) for p in error.get("loc", ()) if p not in LOCATION_WORDS]
        found.append({"field": ".".join(location), "message": str(error.get("msg", ""))})
    return found


def form_errors(form_errors: dict[str, list[str]]) -> list[dict[str, str]]:
    return [
        {"field": name, "message": " ".join(str(m) for m in messages)}
        for name, messages in form_errors.items()
    ]


# Documented on every operation, so that the schema and the fuzzer know errors' shape.
COMMON_ERRORS: dict[int, type[Problem]] = {
    400: Problem,
    401: Problem,
    422: Problem,
    429: Problem,
}
