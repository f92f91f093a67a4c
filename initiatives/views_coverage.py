"""The coverage matrix: initiatives by cooperation area, each mark linking to the quote
that says the initiative covers the area, filtered with the initiative list's FilterSet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse

from initiatives.filters import InitiativeFilter
from initiatives.models import CooperationArea, Initiative, InitiativeArea
from initiatives.paging import capped_page, render_list
from initiatives.summary import status_summary
from initiatives.views import status_area_counts


@dataclass(frozen=True)
class CoverageRow:
    initiative: Initiative
    # One per area, in the areas' order: the area, and the link that covers it or None.
    cells: list[tuple[CooperationArea, InitiativeArea | None]]

    @property
    def covered(self) -> int:
        return sum(1 for _, link in self.cells if link is not None)


def coverage_rows(rows: list[Initiative], areas: list[CooperationArea]) -> list[CoverageRow]:
    """Each initiative's areas, from its prefetched links (no query)."""
    result = []
    for initiative in rows:
        by_area = {link.area_id: link for link in initiative.area_links.all()}
        result.append(CoverageRow(initiative, [(area, by_area.get(area.pk)) for area in areas]))
    return result


def coverage(request: HttpRequest) -> HttpResponse:
    filterset = InitiativeFilter(
        data=request.GET,
        queryset=Initiative.objects.defer("search_vector", "summary", "curated_fields"),
        request=request,
    )
    links = InitiativeArea.objects.select_related("evidence").defer(
        "evidence__prefix", "evidence__suffix"
    )
    page = capped_page(
        filterset.qs.prefetch_related(Prefetch("area_links", queryset=links)),
        request.GET,
        count_queryset=filterset.qs,
    )
    areas = list(CooperationArea.objects.all())
    context: dict[str, Any] = {
        "filter": filterset,
        "page": page,
        "areas": areas,
        "rows": coverage_rows(page.rows, areas),
        "counts": status_area_counts(areas, status_summary().cells),
    }
    return render_list(
        request,
        page_template="initiatives/coverage.html",
        results_template="initiatives/_coverage_results.html",
        context=context,
    )
