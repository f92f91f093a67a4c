"""The deliverables page: every follow-up action across initiatives, by due date."""

from __future__ import annotations

from django.db import connection
from django.db.models import F, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from initiatives.paging import capped_page
from timeline.filters import DeliverableFilter
from timeline.models import ActionStatus, FollowUpAction


def merged_by_status(queryset: QuerySet, start: int, stop: int) -> list[FollowUpAction]:
    """Rows start..stop in due order. On PostgreSQL, one (status, due_latest) index scan per
    status, merged, instead of sorting a million actions to show 25 of them."""
    if not connection.features.supports_slicing_ordering_in_compound:
        return list(queryset[start:stop])
    parts = [queryset.filter(status=status)[:stop] for status in ActionStatus.values]
    merged = parts[0].union(*parts[1:], all=True)
    return list(merged.order_by(F("due_latest").asc(nulls_last=True), "pk")[start:stop])


def deliverables(request: HttpRequest) -> HttpResponse:
    queryset = FollowUpAction.objects.select_related("initiative", "owner", "evidence").defer(
        "initiative__search_vector", "initiative__summary", "initiative__curated_fields"
    )
    filterset = DeliverableFilter(data=request.GET, queryset=queryset, request=request)
    page = capped_page(filterset.qs, request.GET, fetch=merged_by_status)
    context = {"filter": filterset, "page": page, "today": filterset.today}
    # htmx swaps in the results only; a history restore needs the whole page.
    partial = request.htmx and not request.htmx.history_restore_request
    template = "timeline/_deliverables_results.html" if partial else "timeline/deliverables.html"
    response = render(request, template, context)
    patch_vary_headers(response, ("HX-Request",))
    return response
