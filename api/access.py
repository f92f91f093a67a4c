"""Who is calling: anonymous, or a personal API token; and how often each may call."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer
from ninja.throttling import SimpleRateThrottle

from api.models import ApiToken
from api.services import api_token_check


class Anonymous:
    """request.auth of a call without a token."""

    def __str__(self) -> str:
        return "anonymous"


ANONYMOUS = Anonymous()


class TokenAuth(HttpBearer):
    """``Authorization: Bearer dkt_…``. A wrong token is a 401, never a silent
    anonymous call: a client whose token was revoked should know."""

    openapi_description = "A personal API token, created on the preferences page."

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken:
        found = api_token_check(token)
        if found is None:
            raise AuthenticationError(401, "This API token is unknown or was revoked.")
        request.user = found.user
        return found


def anonymous(request: HttpRequest) -> Anonymous | None:
    """Accept a call with no Authorization header as anonymous."""
    return None if request.headers.get("Authorization") else ANONYMOUS


class _Throttle(SimpleRateThrottle):
    """Counted in the cache (shared by every process with a shared cache), at the rate
    the setting named by ``rate_setting`` gives when the request comes."""

    rate_setting = ""

    def __init__(self) -> None:
        super().__init__(getattr(settings, self.rate_setting))

    def allow_request(self, request: HttpRequest) -> bool:
        self.rate = getattr(settings, self.rate_setting)
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def _ident(self, request: HttpRequest) -> str:
        return str(request.META.get("REMOTE_ADDR", ""))


class AnonymousThrottle(_Throttle):
    """Calls without a token, counted per address (the connection's own, as for sign-ins:
    a client could write any X-Forwarded-For)."""

    scope = "anonymous"
    rate_setting = "API_ANONYMOUS_RATE"

    def get_cache_key(self, request: HttpRequest) -> str | None:
        if isinstance(getattr(request, "auth", None), ApiToken):
            return None
        return f"docket:api:throttle:anon:{self._ident(request)}"


class TokenThrottle(_Throttle):
    """Calls with a token, counted per user, whatever the token or address."""

    scope = "token"
    rate_setting = "API_TOKEN_RATE"

    def get_cache_key(self, request: HttpRequest) -> str | None:
        auth: Any = getattr(request, "auth", None)
        if not isinstance(auth, ApiToken):
            return None
        return f"docket:api:throttle:user:{auth.user_id}"
