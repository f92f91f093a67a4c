"""Pagination with a capped count, so a page never counts 100,000 rows, and keyset
("cursor") links beyond the numbered pages, so a deep page never reads the rows before it.

The first pages are numbered (``?page=3``): at most COUNT_CAP rows, an OFFSET of at most a
thousand. Past the last numbered page of a list with more rows, "Next" carries a signed
cursor of the last row shown (``?after=…``) and "Previous" one of the first
(``?before=…``): the rows after or before it in the list's order, read from an index
(`initiatives.keyset`), as fast at the millionth row as at the thousandth.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from django.db import connections
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.safestring import mark_safe

from initiatives.drawn import KeptPages
from initiatives.keyset import (
    BadCursor,
    Key,
    decode,
    encode,
    ordering_keys,
    ranges_read,
    reversed_keys,
    reversed_order,
    seek_ranges,
)

PAGE_SIZE = 25
# Count at most this many rows; beyond it the page says "1000+" and pages on by cursor.
COUNT_CAP = 1000
# The query parameters of the cursor links.
AFTER, BEFORE = "after", "before"


@dataclass
class CappedPage:
    rows: list[Any]
    number: int  # 0 on a page reached by cursor
    per_page: int
    count: int
    capped: bool
    query: QueryDict
    # For the cursor links: the list's ordering and the scope its cursors are signed for.
    keys: list[Key] | None = None
    scope: str = ""
    rows_before: bool = False  # on a cursor page: rows before the first shown
    rows_after: bool = False  # on a cursor page: rows after the last shown

    @property
    def by_cursor(self) -> bool:
        return self.number == 0

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.count / self.per_page))

    @property
    def count_display(self) -> str:
        return f"{self.count}+" if self.capped else str(self.count)

    @property
    def has_previous(self) -> bool:
        return self.rows_before if self.by_cursor else self.number > 1

    @property
    def has_next(self) -> bool:
        if self.by_cursor:
            return self.rows_after
        # The last numbered page of a capped list goes on by cursor.
        return self.number < self.num_pages or (self.capped and self.keys is not None)

    @property
    def start_index(self) -> int:
        return 0 if not self.rows or self.by_cursor else (self.number - 1) * self.per_page + 1

    @property
    def end_index(self) -> int:
        return (self.number - 1) * self.per_page + len(self.rows)

    @property
    def shown(self) -> str:
        """Which rows are shown: "26–50", or on a cursor page "25 (beyond page 40)"."""
        if self.by_cursor:
            return f"{len(self.rows)} (beyond page {self.num_pages})"
        return f"{self.start_index}–{self.end_index}"

    def _url(self, **params: str) -> str:
        query = self.query.copy()
        for name in ("page", AFTER, BEFORE):
            query.pop(name, None)
        query.update(params)
        return f"?{query.urlencode()}"

    def url_for(self, number: int) -> str:
        return self._url(page=str(number))

    def _cursor(self, row: Any) -> str:
        assert self.keys is not None
        return encode(self.keys, row, self.scope)

    @property
    def previous_url(self) -> str:
        if self.by_cursor:
            return self._url(**{BEFORE: self._cursor(self.rows[0])})
        return self.url_for(self.number - 1)

    @property
    def next_url(self) -> str:
        if self.by_cursor or self.number >= self.num_pages:
            return self._url(**{AFTER: self._cursor(self.rows[-1])})
        return self.url_for(self.number + 1)

    @property
    def first_url(self) -> str:
        return self.url_for(1)


def page_shown(page: CappedPage) -> tuple[Any, ...]:
    """What a page's count and pager show besides its rows and its address (from which,
    with the rows, its links are made)."""
    return (
        page.count,
        page.capped,
        page.number,
        page.per_page,
        page.rows_before,
        page.rows_after,
        page.scope,
    )


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


def capped_count(
    queryset: QuerySet, cap: int = COUNT_CAP, *, first: QuerySet | None = None
) -> tuple[int, bool]:
    """Count up to ``cap`` rows (`capped_count_sql`): the count, and whether it was cut."""
    sql, params = capped_count_sql(queryset, cap, first=first)
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchone()[0]
    return min(found, cap), found > cap


def capped_count_sql(
    queryset: QuerySet, cap: int = COUNT_CAP, *, first: QuerySet | None = None
) -> tuple[str, tuple[Any, ...]]:
    """The statement counting up to ``cap`` + 1 rows; ordering is dropped because it
    cannot change the count, and so are the annotations (a search's rank was computed for
    each row counted).

    ``first``, rows of ``queryset`` (see `capped_page`), are counted first, in the same
    statement: when they alone pass the cap, the rest is never read (PostgreSQL and
    SQLite evaluate the other branch of a CASE only when it is taken). For a broad search
    that is the title and summary matches, counted from an index, where counting every
    match read the documents' vectors of the rows whose title and summary lack the word."""
    all_sql, all_params = queryset.order_by().values("pk")[: cap + 1].query.sql_with_params()
    every = f"SELECT COUNT(*) FROM ({all_sql}) every"  # noqa: S608 (compiled by the ORM)
    if first is None:
        return every, tuple(all_params)
    head_sql, head_params = first.order_by().values("pk")[: cap + 1].query.sql_with_params()
    return (
        f"SELECT CASE WHEN (SELECT COUNT(*) FROM ({head_sql}) head) > %s THEN %s "  # noqa: S608 (compiled by the ORM)
        f"ELSE ({every}) END",
        (*head_params, cap, cap + 1, *all_params),
    )


def capped_page(
    queryset: QuerySet,
    query: QueryDict,
    *,
    per_page: int = PAGE_SIZE,
    count_queryset: QuerySet | None = None,
    fetch: Callable[[QuerySet, int, int, list[Q]], list[Any]] | None = None,
    when_few: Callable[[QuerySet], QuerySet] | None = None,
    first: QuerySet | None = None,
    scope: str = "list",
) -> CappedPage:
    """One page of ``queryset``: numbered (``?page=``), or after or before a cursor.

    ``fetch(queryset, start, stop, ranges)`` may replace reading rows start..stop of the
    queryset restricted to any of ``ranges`` (conditions from `keyset.seek_ranges`, or
    one that keeps every row), e.g. to read them in a way the database can do faster;
    ``when_few`` may rewrite the queryset when the count found at most COUNT_CAP rows
    (all of them can then be read and sorted, rather than an index walked until a page is
    found). ``first`` may name rows that come first in the queryset's order, in that
    order, every other row after them (the title and summary matches of a broad search):
    when the list is capped, a numbered page they fill is read from them alone, one query
    as before; a page they do not fill is read as usual (one query more). ``scope`` names
    the list, so that its cursors are refused by another."""
    count, capped = capped_count(
        queryset if count_queryset is None else count_queryset, first=first
    )
    if when_few is not None and not capped:
        queryset = when_few(queryset)
    keys = _keys(queryset)
    scope = page_scope(scope, keys)
    page = CappedPage(
        rows=[], number=0, per_page=per_page, count=count, capped=capped, query=query,
        keys=keys, scope=scope,
    )  # fmt: skip
    read = fetch or read_rows
    token = query.get(AFTER) or query.get(BEFORE)
    if token and keys is not None:
        backwards = not query.get(AFTER)
        try:
            values = decode(token, keys, scope)
        except BadCursor as error:
            raise Http404(str(error)) from None
        if backwards:
            queryset, keys = reversed_order(queryset), reversed_keys(keys)
        rows = read(queryset, 0, per_page + 1, seek_ranges(keys, values))
        more = len(rows) > per_page
        page.rows = rows[:per_page]
        if backwards:
            page.rows.reverse()
        page.rows_before, page.rows_after = (more, True) if backwards else (True, more)
        return page
    return numbered(
        page,
        first=None if first is None else lambda start, stop: list(first[start:stop]),
        read=lambda start, stop: read(queryset, start, stop, EVERY_ROW),
    )


def numbered(
    page: CappedPage,
    *,
    first: Callable[[int, int], list[Any]] | None,
    read: Callable[[int, int], list[Any]],
) -> CappedPage:
    """Fill ``page``, counted, with its numbered page's rows (``?page=``), rows start to
    stop read by ``read`` (or by ``first``, the rows known to come first, when the list is
    capped and they fill the page)."""
    number = page_number(page.query.get("page"))
    if number > page.num_pages:
        raise Http404("No such page.")
    start = (number - 1) * page.per_page
    page.number = number
    if first is not None and page.capped:
        rows = first(start, start + page.per_page)
        if len(rows) == page.per_page:
            page.rows = rows
            return page
    page.rows = read(start, start + page.per_page)
    return page


def page_scope(scope: str, keys: list[Key] | None) -> str:
    """What a list's cursors are signed for: the list and its ordering."""
    return f"page:{scope}:" + ",".join(f"{'-' if k.descending else ''}{k.name}" for k in keys or [])


def _keys(queryset: QuerySet) -> list[Key] | None:
    """The ordering's keys, or None if it cannot be paged by cursor (no unique last key)."""
    try:
        return ordering_keys(queryset)
    except TypeError:
        return None


def read_rows(queryset: QuerySet, start: int, stop: int, ranges: list[Q]) -> list[Any]:
    """The pager's own read of rows start..stop in any of ``ranges`` (what a ``fetch``
    that only knows a better way for some pages falls back on)."""
    if start == 0:
        return ranges_read(queryset, ranges, stop)
    return list(queryset.filter(*ranges)[start:stop])  # a numbered page: [Q()]


# A numbered page's rows are read in any of these ranges: every row.
EVERY_ROW = [Q()]


def keys_first(
    queryset: QuerySet, start: int, stop: int, ranges: list[Q], *, rows: QuerySet | None = None
) -> list[Any]:
    """A `capped_page` ``fetch`` for a filter an index can answer alone: the page's keys
    are read first, in order (an index-only scan, a filter testing each entry), and only
    those rows are then fetched, in one statement. Read whole, each row passed over by the
    filter would be fetched from the table first (8,700 of them for the list's overdue
    filter at 100,000). Cursor pages read as usual.

    ``rows`` (bound with `functools.partial`) may give the queryset the rows are fetched
    from, when conditions that only steer the keys' plan (a `when_few` fence) would cost
    the fetch of 25 rows a second pass over them."""
    if len(ranges) != 1:
        return read_rows(queryset, start, stop, ranges)
    keys = queryset.filter(ranges[0]).values("pk")[start:stop]
    return list((queryset if rows is None else rows).filter(pk__in=keys))


def render_list(
    request: HttpRequest,
    *,
    page_template: str,
    results_template: str,
    context: dict[str, Any],
    results_using: str | None = None,
    page_part: Callable[[], str] | None = None,
    kept: KeptPages | None = None,
    part_shown: Hashable | None = None,
) -> HttpResponse:
    """A filtered list page, or only its results when htmx asks for them (drawn by the
    template engine ``results_using``, if given). A history restore needs the whole page,
    and caches must keep the two apart.

    ``page_part``, if given, draws the whole page's own part (its content, escaped),
    which ``page_template`` shows as ``part_drawn`` in the site's frame: that page, a
    function of the part alone, is then kept in ``kept`` for readers who are not signed
    in, under the part drawn (`initiatives.drawn.KeptPages`), or, if given, under
    ``part_shown``: everything the part is drawn from besides the page's address, so
    that a kept page is served without drawing its part."""
    if request.htmx and not request.htmx.history_restore_request:
        response = render(request, results_template, context, using=results_using)
    elif page_part is not None and kept is not None and part_shown is not None:

        def draw_all() -> HttpResponse:
            part = mark_safe(page_part())  # escaped by its template
            return render(request, page_template, {"part_drawn": part})

        response = kept.page(request, (page_template, part_shown), draw_all)
    elif page_part is not None:
        part = mark_safe(page_part())  # escaped by its template

        def draw() -> HttpResponse:
            return render(request, page_template, {"part_drawn": part})

        response = draw() if kept is None else kept.page(request, (page_template, part), draw)
    else:
        response = render(request, page_template, context)
    patch_vary_headers(response, ("HX-Request",))
    return response
