"""The deliverables page: every follow-up action across initiatives, by due date."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from initiatives.paging import capped_page
from timeline.filters import DeliverableFilter
from timeline.models import FollowUpAction


def deliverables(request: HttpRequest) -> HttpResponse:
    queryset = FollowUpAction.objects.select_related("initiative", "owner", "evidence").defer(
        "initiative__search_vector", "initiative__summary", "initiative__curated_fields"
    )
    filterset = DeliverableFilter(data=request.GET, queryset=queryset, request=request)
    page = capped_page(filterset.qs, request.GET)
    context = {"filter": filterset, "page": page, "today": filterset.today}
    template = (
        "timeline/_deliverables_results.html" if request.htmx else "timeline/deliverables.html"
    )
    return render(request, template, context)
