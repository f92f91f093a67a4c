"""A token holder's own follows and saved searches. The one module of the API that knows
where follows live: the rest of the API never imports them."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
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

router = Router(tags=["your account"], auth=TokenAuth())

ERRORS = {**COMMON_ERRORS, 404: Problem}
TARGETS = {
    FollowTarget.INITIATIVE: Initiative,
    FollowTarget.AREA: CooperationArea,
    FollowTarget.ACTOR: Actor,
}


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
