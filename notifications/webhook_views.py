"""The webhooks page: register, list and delete endpoints, see each one's delivery log,
send it a test event, turn it back on."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from notifications.webhook_models import WebhookEndpoint
from notifications.webhook_payload import is_slack_url
from notifications.webhook_services import (
    webhook_endpoint_create,
    webhook_endpoint_delete,
    webhook_endpoint_enable,
    webhook_test_create,
)

LOG_SHOWN = 50
# The new endpoint's secret, kept in the session only until the page shows it once.
ONCE_SESSION_KEY = "webhook_secret_once"


class WebhookEndpointForm(forms.Form):
    url = forms.URLField(
        label="Endpoint address",
        max_length=1000,
        assume_scheme="https",
        help_text="An https:// address that accepts POST requests, or a Slack incoming "
        "webhook (https://hooks.slack.com/services/…).",
    )


def _page(request: HttpRequest, form: WebhookEndpointForm, status: int = 200) -> HttpResponse:
    endpoints = request.user.webhook_endpoints.all()
    new_secret = request.session.pop(ONCE_SESSION_KEY, None)
    context = {
        "endpoints": [
            {"endpoint": e, "slack": is_slack_url(e.url)} for e in endpoints.order_by("pk")
        ],
        "form": form,
        "new_secret": new_secret,
    }
    return render(request, "notifications/webhooks.html", context, status=status)


@login_required
def webhooks(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _page(request, WebhookEndpointForm())
    form = WebhookEndpointForm(request.POST)
    if form.is_valid():
        try:
            endpoint = webhook_endpoint_create(
                user=request.user, url=form.cleaned_data["url"], now=timezone.now()
            )
        except ValidationError as error:
            form.add_error(None, error)  # a field's error, or the form's
        else:
            request.session[ONCE_SESSION_KEY] = {"pk": endpoint.pk, "secret": endpoint.secret}
            messages.success(request, f"Registered {endpoint.url}.")
            return redirect("notifications:webhooks")
    return _page(request, form, status=400)


def _own(request: HttpRequest, pk: int) -> WebhookEndpoint:
    return get_object_or_404(WebhookEndpoint, pk=pk, user=request.user)


@login_required
def webhook_log(request: HttpRequest, pk: int) -> HttpResponse:
    endpoint = _own(request, pk)
    log = endpoint.log.select_related("event").order_by("-created_at", "-pk")[:LOG_SHOWN]
    return render(request, "notifications/webhook_log.html", {"endpoint": endpoint, "log": log})


@login_required
@require_POST
def webhook_delete(request: HttpRequest, pk: int) -> HttpResponse:
    if not webhook_endpoint_delete(user=request.user, pk=pk):
        raise Http404("No such endpoint.")
    messages.success(request, "The endpoint was deleted; nothing more is sent to it.")
    return redirect("notifications:webhooks")


@login_required
@require_POST
def webhook_test(request: HttpRequest, pk: int) -> HttpResponse:
    endpoint = _own(request, pk)
    if not endpoint.enabled:
        messages.error(request, "Turn the endpoint back on before sending it a test event.")
    else:
        webhook_test_create(endpoint=endpoint, now=timezone.now())
        messages.success(request, "A test event is on its way; its delivery is logged below.")
    return redirect("notifications:webhook_log", pk=endpoint.pk)


@login_required
@require_POST
def webhook_enable(request: HttpRequest, pk: int) -> HttpResponse:
    endpoint = _own(request, pk)
    if webhook_endpoint_enable(user=request.user, pk=endpoint.pk, now=timezone.now()):
        messages.success(request, "The endpoint is on again; new changes will be sent to it.")
    return redirect("notifications:webhook_log", pk=endpoint.pk)
