"""Pagination with a capped count, so a page never counts 100,000 rows."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

PAGE_SIZE = 25
# Count at most this many rows; beyond it the page says "1000+" and asks to refine.
COUNT_CAP = 1000


@dataclass
class CappedPage:
    rows: list[Any]
    number: int
    per_page: int
    count: int
    capped: bool
    query: QueryDict

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.count / self.per_page))

    @property
    def count_display(self) -> str:
        return f"{self.count}+" if self.capped else str(self.count)

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages

    @property
    def start_index(self) -> int:
        return 0 if not self.rows else (self.number - 1) * self.per_page + 1

    @property
    def end_index(self) -> int:
        return (self.number - 1) * self.per_page + len(self.rows)

    def url_for(self, number: int) -> str:
        query = self.query.copy()
        query["page"] = str(number)
        return f"?{query.urlencode()}"

    @property
    def previous_url(self) -> str:
        return self.url_for(self.number - 1)

    @property
    def next_url(self) -> str:
        return self.url_for(self.number + 1)


def page_number(raw: str | None) -> int:
    """The requested page; anything but a positive whole number is a 404."""
    if raw in (None, ""):
        return 1
    try:
        number = int(raw)
    except (TypeError, ValueError):
        raise Http404("No such page.") from None
    if number < 1:
        raise Http404("No such page.")
    return number


def capped_count(queryset: QuerySet, cap: int = COUNT_CAP) -> tuple[int, bool]:
    """Count up to ``cap`` rows; ordering is dropped because it cannot change the count."""
    found = queryset.order_by()[: cap + 1].count()
    return min(found, cap), found > cap


def capped_page(
    queryset: QuerySet,
    query: QueryDict,
    *,
    per_page: int = PAGE_SIZE,
    count_queryset: QuerySet | None = None,
    fetch: Callable[[QuerySet, int, int], list[Any]] | None = None,
    when_few: Callable[[QuerySet], QuerySet] | None = None,
) -> CappedPage:
    """One page of ``queryset``. ``fetch(queryset, start, stop)`` may replace the plain
    slice, e.g. to read the rows in a way the database can do faster; ``when_few`` may
    rewrite the queryset when the count found at most COUNT_CAP rows (all of them can
    then be read and sorted, rather than an index walked until a page is found)."""
    number = page_number(query.get("page"))
    count, capped = capped_count(queryset if count_queryset is None else count_queryset)
    if when_few is not None and not capped:
        queryset = when_few(queryset)
    num_pages = max(1, math.ceil(count / per_page))
    if number > num_pages:
        raise Http404("No such page.")
    start = (number - 1) * per_page
    stop = start + per_page
    rows = fetch(queryset, start, stop) if fetch else list(queryset[start:stop])
    return CappedPage(
        rows=rows, number=number, per_page=per_page, count=count, capped=capped, query=query
    )


def render_list(
    request: HttpRequest, *, page_template: str, results_template: str, context: dict[str, Any]
) -> HttpResponse:
    """A filtered list page, or only its results when htmx asks for them. A history
    restore needs the whole page, and caches must keep the two apart."""
    partial = request.htmx and not request.htmx.history_restore_request
    response = render(request, results_template if partial else page_template, context)
    patch_vary_headers(response, ("HX-Request",))
    return response
