"""The public, read-only endpoints: what the site's pages show, as JSON."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from ninja import Query, Router

from api import schemas, serialize
from api.cursor import DEFAULT_PAGE_SIZE, BadCursor, cursor_page
from api.etags import json_with_etag
from api.params import (
    ActionParams,
    ActorParams,
    DocumentParams,
    EventParams,
    InitiativeParams,
    PageParams,
)
from api.problems import COMMON_ERRORS, Problem, form_errors
from api.queries import DETAIL_ACTIONS, DOCUMENT_BULK, initiative_with_facts, settled_events
from initiatives.filters import DatedFilterSet, InitiativeFilter
from initiatives.models import (
    Actor,
    CooperationArea,
    Document,
    Evidence,
    Initiative,
    InitiativeArea,
    Sector,
)
from timeline.filters import DeliverableFilter
from timeline.models import FollowUpAction

router = Router(tags=["public data"])

ERRORS = {**COMMON_ERRORS, 404: Problem}
DETAIL_RESPONSES: dict[int, Any] = {304: None, **ERRORS}
EVENTS_SALT = "docket.api.events"


class InvalidFilters(Exception):
    """A FilterSet refused the query: its form's errors, per field."""

    def __init__(self, errors: list[dict[str, str]]) -> None:
        self.errors = errors
        super().__init__("Invalid filters")


def _filtered(filterset: DatedFilterSet) -> QuerySet:
    if not filterset.is_valid():
        raise InvalidFilters(form_errors(filterset.form.errors))
    return filterset.qs


def _next_url(request: HttpRequest, cursor: str | None) -> str | None:
    if cursor is None:
        return None
    query = request.GET.copy()
    query["cursor"] = cursor
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def _page(request: HttpRequest, queryset: QuerySet, params: Any, scope: str) -> tuple[list, Any]:
    page = cursor_page(queryset, cursor=params.cursor, page_size=params.page_size, scope=scope)
    return page.rows, _next_url(request, page.next_cursor)


@router.get("/initiatives", response={200: schemas.InitiativePage, **ERRORS})
def initiatives(request: HttpRequest, params: Query[InitiativeParams]) -> dict[str, Any]:
    """Initiatives, filtered exactly as the list page filters them (the same FilterSet)."""
    base = Initiative.objects.defer("search_vector", "summary", "curated_fields").prefetch_related(
        Prefetch("area_links", queryset=InitiativeArea.objects.select_related("area"))
    )
    filterset = InitiativeFilter(data=request.GET, queryset=base, request=request)
    queryset = _filtered(filterset)
    rows, next_url = _page(request, queryset, params, f"initiatives:{filterset.sort_key}")
    return {"next": next_url, "results": [serialize.initiative(i, request) for i in rows]}


def _initiative_detail(request: HttpRequest, initiative: Initiative) -> dict[str, Any]:
    today = timezone.localdate()
    actions = initiative.api_actions  # type: ignore[attr-defined]
    more = None
    if len(actions) > DETAIL_ACTIONS:
        actions = actions[:DETAIL_ACTIONS]
        query = urlencode({"initiative": initiative.slug})
        more = request.build_absolute_uri(f"{reverse('api-1:actions')}?{query}")
    for row in actions:
        row.initiative = initiative  # no query: the actions are this initiative's
    return {
        **serialize.initiative(initiative, request),
        "summary": initiative.summary,
        "actors": [
            {
                "actor": serialize.actor(link.actor),
                "role": link.role,
                "origin": link.origin,
                "evidence": serialize.evidence(link.evidence),
            }
            for link in initiative.actor_links.all()
        ],
        "area_statements": [
            {
                "area": serialize.area(link.area),
                "statement": link.statement,
                "origin": link.origin,
                "evidence": serialize.evidence(link.evidence),
            }
            for link in initiative.area_links.all()
        ],
        "sectors": [
            {
                "sector": serialize.sector(link.sector),
                "origin": link.origin,
                "evidence": serialize.evidence(link.evidence),
            }
            for link in initiative.sector_links.all()
        ],
        "milestones": [serialize.milestone(m) for m in initiative.milestones.all()],
        "actions": [serialize.action(a, today=today) for a in actions],
        "more_actions_url": more,
        "documents": [serialize.document_ref(d) for d in initiative.documents.all()],
    }


@router.get(
    "/initiatives/{slug}",
    response={200: schemas.InitiativeDetailOut, **DETAIL_RESPONSES},
    url_name="initiative",
)
def initiative(request: HttpRequest, slug: str) -> HttpResponse:
    """One initiative with its actors and roles, areas and what it says of each, sectors,
    milestones, actions and documents; each fact with the quote and offsets behind it.
    Send the `ETag` back as `If-None-Match` to get 304 while nothing changed."""
    found = get_object_or_404(initiative_with_facts(), slug=slug)
    return json_with_etag(request, schemas.InitiativeDetailOut, _initiative_detail(request, found))


@router.get("/actions", response={200: schemas.ActionPage, **ERRORS}, url_name="actions")
def actions(request: HttpRequest, params: Query[ActionParams]) -> dict[str, Any]:
    """Follow-up actions across initiatives, filtered as the deliverables page filters them."""
    base = FollowUpAction.objects.select_related("initiative", "owner", "evidence").defer(
        "initiative__search_vector", "initiative__summary", "initiative__curated_fields"
    )
    filterset = DeliverableFilter(data=request.GET, queryset=base, request=request)
    rows, next_url = _page(request, _filtered(filterset), params, "actions")
    return {
        "next": next_url,
        "results": [serialize.action(a, today=filterset.today) for a in rows],
    }


def _events_signer() -> signing.Signer:
    """Signs a position in the change feed without a timestamp: the same position is
    always the same `since`, however many seconds apart it is asked for."""
    return signing.Signer(salt=EVENTS_SALT)


def _event_position(since: str | None) -> int:
    if not since:
        return 0
    try:
        return int(_events_signer().unsign_object(since))
    except (signing.BadSignature, TypeError, ValueError):
        pass
    try:
        # Positions issued before they were signed without a timestamp.
        return int(signing.loads(since, salt=EVENTS_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        raise BadCursor("This `since` is not one Docket issued; start again without it.") from None


@router.get("/events", response={200: schemas.EventPage, **ERRORS})
def events(request: HttpRequest, params: Query[EventParams]) -> dict[str, Any]:
    """The change feed, oldest first. Keep the response's `since` and send it next time to
    get only what happened after; while `more` is true, call again at once.

    An event is served once it is a few seconds old (`API_EVENTS_SETTLE_SECONDS`, 5 by
    default), and never after a newer one has been: a client that syncs with `since`
    misses no event whose change was saved within that delay of being recorded, even
    when saves commit out of order. The newest events therefore appear a few seconds
    late."""
    return _events(params, now=timezone.now())


def _events(params: EventParams, *, now: dt.datetime) -> dict[str, Any]:
    after = _event_position(params.since)
    limit = params.limit or DEFAULT_PAGE_SIZE
    settle = dt.timedelta(seconds=settings.API_EVENTS_SETTLE_SECONDS)
    queryset = settled_events(after=after, now=now, settle=settle)
    queryset = queryset.select_related("initiative", "evidence")
    queryset = queryset.defer("initiative__search_vector", "initiative__summary")
    if params.kind:
        queryset = queryset.filter(kind__in=params.kind)
    if params.initiative:
        queryset = queryset.filter(initiative__slug=params.initiative)
    rows = list(queryset.order_by("pk")[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1].pk if rows else after
    return {
        "results": [serialize.event(e) for e in rows],
        "since": _events_signer().sign_object(last),
        "more": more,
    }


@router.get("/documents", response={200: schemas.DocumentPage, **ERRORS})
def documents(request: HttpRequest, params: Query[DocumentParams]) -> dict[str, Any]:
    """Source documents, newest import first (without their text: see one document)."""
    queryset = (
        Document.objects.defer(*DOCUMENT_BULK)
        .select_related("initiative")
        .defer("initiative__search_vector", "initiative__summary")
        .order_by("-imported_at", "-pk")
    )
    if params.initiative:
        queryset = queryset.filter(initiative__slug=params.initiative)
    rows, next_url = _page(request, queryset, params, "documents")
    return {"next": next_url, "results": [serialize.document(d) for d in rows]}


@router.get("/documents/{int:pk}", response={200: schemas.DocumentDetailOut, **DETAIL_RESPONSES})
def document(request: HttpRequest, pk: int) -> HttpResponse:
    """A document's normalized text, the spans set aside as not the article, and every
    evidence span in it. Offsets count characters (code points) of `text`."""
    queryset = Document.objects.select_related("initiative").defer(
        "warnings", "initiative__search_vector", "initiative__summary"
    )
    found = get_object_or_404(queryset, pk=pk)
    data = {
        **serialize.document(found),
        "format": found.format,
        "reference_date": found.reference_date,
        "text": found.text,
        "set_aside": serialize.set_aside(found.set_aside),
        "evidence": [serialize.evidence(e) for e in Evidence.objects.filter(document=found)],
    }
    return json_with_etag(request, schemas.DocumentDetailOut, data)


@router.get("/actors", response={200: schemas.ActorPage, **ERRORS})
def actors(request: HttpRequest, params: Query[ActorParams]) -> dict[str, Any]:
    queryset = Actor.objects.order_by("name", "pk")
    if params.kind:
        queryset = queryset.filter(kind=params.kind)
    rows, next_url = _page(request, queryset, params, "actors")
    return {"next": next_url, "results": [serialize.actor(a) for a in rows]}


@router.get("/areas", response={200: list[schemas.AreaOut], **ERRORS})
def areas(request: HttpRequest) -> list[dict[str, Any]]:
    """The five cooperation areas."""
    return [serialize.area(a) for a in CooperationArea.objects.all()]


@router.get("/sectors", response={200: schemas.SectorPage, **ERRORS})
def sectors(request: HttpRequest, params: Query[PageParams]) -> dict[str, Any]:
    rows, next_url = _page(request, Sector.objects.order_by("name", "pk"), params, "sectors")
    return {"next": next_url, "results": [serialize.sector(s) for s in rows]}
