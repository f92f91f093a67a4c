"""A token holder's own follows, saved searches and webhook endpoints. The one module of
the API that knows where they live: the rest of the API never imports them."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router, Status

from api import schemas
from api.access import TokenAuth
from api.problems import COMMON_ERRORS, Problem
from initiatives.models import Actor, CooperationArea, Initiative
from notifications.models import Follow, FollowTarget, SavedSearch
from notifications.services import (
    follow_create,
    follow_delete,
    saved_search_create,
    saved_search_delete,
)
from notifications.webhook_models import WebhookDelivery, WebhookEndpoint
from notifications.webhook_payload import is_slack_url
from notifications.webhook_services import webhook_endpoint_create, webhook_endpoint_delete

router = Router(tags=["your account"], auth=TokenAuth())

ERRORS = {**COMMON_ERRORS, 404: Problem}
TARGETS = {
    FollowTarget.INITIATIVE: Initiative,
    FollowTarget.AREA: CooperationArea,
    FollowTarget.ACTOR: Actor,
}
# An endpoint's delivery log, newest first, as far back as this.
DELIVERIES_SHOWN = 50


def _follow(row: Follow) -> dict[str, Any]:
    target = row.target
    return {
        "id": row.pk,
        "kind": row.target_kind,
        "slug": target.slug,
        "name": str(target),
        "events": row.events,
        "created_at": row.created_at,
    }


def _search(row: SavedSearch) -> dict[str, Any]:
    return {
        "id": row.pk,
        "name": row.name,
        "query": row.query,
        "events": row.events,
        "created_at": row.created_at,
    }


@router.get("/follows", response={200: list[schemas.FollowOut], **ERRORS})
def follows(request: HttpRequest) -> list[dict[str, Any]]:
    """What you follow: initiatives, areas and actors."""
    rows = (
        Follow.objects.filter(user=request.auth.user)
        .select_related("initiative", "area", "actor")
        .defer("initiative__search_vector", "initiative__summary", "initiative__curated_fields")
    )
    return [_follow(f) for f in rows.order_by("pk")]


@router.post("/follows", response={201: schemas.FollowOut, **ERRORS})
def follow_add(request: HttpRequest, payload: schemas.FollowIn) -> Status:
    """Follow an initiative, area or actor by its slug. Following it twice is harmless."""
    target = get_object_or_404(TARGETS[payload.kind], slug=payload.slug)
    return Status(
        201, _follow(follow_create(user=request.auth.user, target=target, events=payload.events))
    )


@router.delete("/follows/{int:follow_id}", response={204: None, **ERRORS})
def follow_remove(request: HttpRequest, follow_id: int) -> Status:
    """Stop following. Only your own follows can be found here."""
    row = get_object_or_404(Follow, user=request.auth.user, pk=follow_id)
    follow_delete(user=request.auth.user, target=row.target)
    return Status(204, None)


@router.get("/saved-searches", response={200: list[schemas.SavedSearchOut], **ERRORS})
def saved_searches(request: HttpRequest) -> list[dict[str, Any]]:
    return [_search(s) for s in SavedSearch.objects.filter(user=request.auth.user)]


@router.post("/saved-searches", response={201: schemas.SavedSearchOut, **ERRORS})
def saved_search_add(request: HttpRequest, payload: schemas.SavedSearchIn) -> Status:
    """Save (and so follow) an initiative list's query string under a name. The query is
    checked as the list page checks it."""
    search = saved_search_create(
        user=request.auth.user, name=payload.name, query=payload.query, events=payload.events
    )
    return Status(201, _search(search))


@router.delete("/saved-searches/{int:search_id}", response={204: None, **ERRORS})
def saved_search_remove(request: HttpRequest, search_id: int) -> Status:
    """Delete a saved search. Only your own saved searches can be found here."""
    if not saved_search_delete(user=request.auth.user, pk=search_id):
        raise Http404("You have no saved search with this id.")
    return Status(204, None)


def _endpoint(row: WebhookEndpoint) -> dict[str, Any]:
    return {
        "id": row.pk,
        "url": row.url,
        "slack": is_slack_url(row.url),
        "enabled": row.enabled,
        "failure_count": row.failure_count,
        "disabled_at": row.disabled_at,
        "disabled_reason": row.disabled_reason,
        "created_at": row.created_at,
    }


@router.get("/webhooks", response={200: list[schemas.WebhookEndpointOut], **ERRORS})
def webhooks(request: HttpRequest) -> list[dict[str, Any]]:
    """Your webhook endpoints: each receives the change events of your follows, signed in
    the Standard Webhooks scheme. Their secrets are not shown again."""
    rows = WebhookEndpoint.objects.filter(user=request.auth.user).defer("secret")
    return [_endpoint(e) for e in rows.order_by("pk")]


@router.post("/webhooks", response={201: schemas.WebhookEndpointCreated, **ERRORS})
def webhook_add(request: HttpRequest, payload: schemas.WebhookEndpointIn) -> Status:
    """Register an endpoint for your follows' change events, from now on. The address is
    checked as the webhooks page checks it. The response carries the signing secret: it
    is shown this once."""
    endpoint = webhook_endpoint_create(user=request.auth.user, url=payload.url, now=timezone.now())
    return Status(201, {**_endpoint(endpoint), "secret": endpoint.secret})


@router.delete("/webhooks/{int:endpoint_id}", response={204: None, **ERRORS})
def webhook_remove(request: HttpRequest, endpoint_id: int) -> Status:
    """Delete an endpoint and its delivery log: nothing more is sent to it. Only your own
    endpoints can be found here."""
    if not webhook_endpoint_delete(user=request.auth.user, pk=endpoint_id):
        raise Http404("You have no webhook endpoint with this id.")
    return Status(204, None)


@router.get(
    "/webhooks/{int:endpoint_id}/deliveries",
    response={200: list[schemas.WebhookDeliveryOut], **ERRORS},
)
def webhook_deliveries(request: HttpRequest, endpoint_id: int) -> list[dict[str, Any]]:
    """What was sent to one of your endpoints, newest first (the latest 50): status,
    the receiver's response code and the number of attempts."""
    endpoint = get_object_or_404(
        WebhookEndpoint.objects.only("pk"), user=request.auth.user, pk=endpoint_id
    )
    rows = WebhookDelivery.objects.filter(endpoint=endpoint).defer("payload")
    return [
        {
            "id": d.pk,
            "msg_id": d.msg_id,
            "event_type": d.event_type,
            "event_id": d.event_id,
            "status": d.status,
            "response_code": d.response_code,
            "attempts": d.attempts,
            "last_error": d.last_error,
            "next_attempt_at": d.next_attempt_at,
            "sent_at": d.sent_at,
            "created_at": d.created_at,
        }
        for d in rows.order_by("-created_at", "-pk")[:DELIVERIES_SHOWN]
    ]
