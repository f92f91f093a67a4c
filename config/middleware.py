"""Response headers Django does not set by itself."""

from __future__ import annotations

import functools
from collections.abc import Callable

import csp.middleware
from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, HttpResponseBase

from initiatives import drawn


def permissions_policy(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    """Send PERMISSIONS_POLICY with every response."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware


def visitor_answers(
    get_response: Callable[[HttpRequest], HttpResponseBase],
) -> Callable[[HttpRequest], HttpResponseBase]:
    """Answer a visitor who sends no cookie with the page kept for its address when the
    page's own check says it is current (`initiatives.drawn.VisitorAnswers`), before the
    middleware below and the view: without a cookie there is no session, user, message
    or CSRF token for them to read, and their headers are kept with the page. Placed
    after the middleware that sets the security headers, which set them as on any page."""
    answers = drawn.visitor_answers

    def middleware(request: HttpRequest) -> HttpResponseBase:
        if not answers.may_serve(request):
            return get_response(request)
        kept = answers.serve(request)
        if kept is not None:
            return kept
        response = get_response(request)
        answers.keep(request, response)  # type: ignore[arg-type]
        return response

    return middleware


# What a view or decorator may set on a response to change its policy (django-csp's
# csp_update, csp_replace and the like): a response with any of them is left to django-csp.
_PER_RESPONSE = tuple(
    f"_csp_{kind}{ro}" for kind in ("config", "update", "replace") for ro in ("", "_ro")
)


@functools.cache
def _policies() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(header, value, exemption attribute, excluded path prefixes) for the enforced and
    the report-only policy, as django-csp builds them from the settings."""
    built = []
    for header, setting, exempt, report_only in (
        (HEADER, "CONTENT_SECURITY_POLICY", "_csp_exempt", False),
        (HEADER_REPORT_ONLY, "CONTENT_SECURITY_POLICY_REPORT_ONLY", "_csp_exempt_ro", True),
    ):
        value = build_policy(report_only=report_only)
        if value:
            policy = getattr(settings, setting, None) or {}
            prefixes = tuple(policy.get("EXCLUDE_URL_PREFIXES", None) or ())
            built.append((header, value, exempt, prefixes))
    return tuple(built)


@receiver(setting_changed)
def _forget_policies(*, setting: str, **kwargs: object) -> None:
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        _policies.cache_clear()


class CSPMiddleware(csp.middleware.CSPMiddleware):
    """django-csp's middleware, with the policy built once: django-csp builds both
    policies from the settings on every response (60 µs), though they change only when a
    response asks for its own policy or the request used a nonce. Those responses are
    still built by django-csp."""

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if getattr(request, "_csp_nonce", None) is not None or any(
            getattr(response, name, None) is not None for name in _PER_RESPONSE
        ):
            return super().process_response(request, response)
        if settings.DEBUG and response.status_code in (500, 404):
            return response
        for header, value, exempt, prefixes in _policies():
            if (
                header not in response
                and getattr(response, exempt, False) is False
                and not request.path_info.startswith(prefixes)
            ):
                response[header] = value
        # As django-csp does: a nonce asked for after the header is written is an error.
        request.csp_nonce = csp.middleware.CheckableLazyObject(self._csp_nonce_post_response)
        return response
