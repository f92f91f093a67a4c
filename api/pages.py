"""The page where a signed-in user creates and revokes personal API tokens."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from api.models import ApiToken
from api.services import api_token_create, api_token_revoke


@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    """A new token is shown on the page that answers the form, once: it is never stored."""
    created = None
    if request.method == "POST":
        try:
            _, created = api_token_create(user=request.user, name=request.POST.get("name", ""))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    response = render(
        request,
        "api/tokens.html",
        {"tokens": ApiToken.objects.filter(user=request.user), "created": created},
    )
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    if api_token_revoke(user=request.user, pk=pk):
        messages.success(request, "The token was revoked: it no longer works.")
    else:
        messages.error(request, "You have no such token; it may have been revoked already.")
    return redirect("api_tokens")
