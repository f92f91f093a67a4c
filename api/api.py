"""Docket's JSON API, version 1: routers, access, and errors as problem details."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from ninja import NinjaAPI, Swagger
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from api import me, public
from api.access import AnonymousThrottle, TokenAuth, TokenThrottle, anonymous
from api.cursor import BadCursor
from api.problems import PROBLEM_TYPE, field_errors, problem_response


class DocketAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation: Any) -> str:
        # "initiatives", "follow_add": what generated clients name their methods.
        return operation.view_func.__name__

    def get_openapi_schema(self, **kwargs: Any) -> Any:
        """The generated schema, with errors documented as the problem details they are,
        and a token optional for public data."""
        schema = super().get_openapi_schema(**kwargs)
        for path, operations in schema.get("paths", {}).items():
            for operation in operations.values():
                if "/me/" not in path and operation.get("security"):
                    # Public data: a token is optional ({} is "no authentication").
                    operation["security"] = [*operation["security"], {}]
                for status, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if int(status) >= 400 and "application/json" in content:
                        content[PROBLEM_TYPE] = content.pop("application/json")
        return schema


api = DocketAPI(
    title="Docket API",
    version="1",
    description=(
        "Policy initiatives, their actors, areas, deadlines and the evidence behind each "
        "fact. Read anonymously (rate-limited), or with a personal API token "
        "(`Authorization: Bearer dkt_…`) for a higher limit and your own follows, saved searches and webhooks."
    ),
    urls_namespace="api-1",
    auth=[TokenAuth(), anonymous],
    throttle=[AnonymousThrottle(), TokenThrottle()],
    # Served from the assets inside the django-ninja package: no CDN, and no
    # validator badge calling out to swagger.io.
    docs=Swagger(settings={"validatorUrl": None}),
)
api.add_router("", public.router)
api.add_router("/me", me.router)


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return problem_response(
        request, 422, "Some parameters are not valid.", errors=field_errors(exc.errors)
    )


@api.exception_handler(public.InvalidFilters)
def _invalid_filters(request: HttpRequest, exc: public.InvalidFilters) -> HttpResponse:
    return problem_response(request, 422, "Some filters are not valid.", errors=exc.errors)


@api.exception_handler(DjangoValidationError)
def _refused(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    if hasattr(exc, "error_dict"):
        errors = [
            {"field": name, "message": " ".join(m for e in found for m in e.messages)}
            for name, found in exc.error_dict.items()
        ]
    else:
        errors = [{"field": "", "message": m} for m in exc.messages]
    return problem_response(request, 422, "Docket refused this change.", errors=errors)


@api.exception_handler(BadCursor)
def _bad_cursor(request: HttpRequest, exc: BadCursor) -> HttpResponse:
    return problem_response(request, 400, str(exc))


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return problem_response(request, 404, "Nothing is found at this address.")


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return problem_response(request, 403, str(exc) or "You may not do this.")


@api.exception_handler(Throttled)
def _throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
    return problem_response(
        request,
        429,
        "Too many requests: wait a little, or use a personal API token for a higher limit.",
    )


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    detail = str(exc) if str(exc) != "Unauthorized" else "Send a personal API token."
    return problem_response(
        request, 401, detail, headers={"WWW-Authenticate": 'Bearer realm="docket"'}
    )


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return problem_response(request, exc.status_code, str(exc))


@csrf_exempt  # nothing is changed here, whatever the method
def not_found(request: HttpRequest, rest: str = "") -> HttpResponse:
    """Any other address under /api/: a problem detail, not the site's HTML 404 page."""
    return problem_response(request, 404, "No API endpoint is at this address; see /api/v1/docs.")
