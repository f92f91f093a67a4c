"""The deliverables page: every follow-up action across initiatives, by due date."""

from __future__ import annotations

import operator
from collections.abc import Callable
from functools import partial, reduce
from typing import Any

from django.db import connection
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.hashable import make_hashable

from initiatives.paging import EVERY_ROW, capped_page, render_list
from initiatives.statements import Statement
from timeline.board import board_groups
from timeline.chart import chart_actions
from timeline.chart_drawn import drawn_chart
from timeline.filters import DeliverableFilter
from timeline.models import ActionStatus, FollowUpAction

# Unions compiled, by the SQL of their parts (see merged_by_status): the deliverables
# page's filters and pages as asked, the oldest forgotten first.
MERGED_STATEMENTS_KEPT = 256
_merged_statements: dict[tuple, Statement] = {}
# The chart's statements, by what was asked (`asked_key`), kept as many.
_chart_statements: dict[tuple, Statement] = {}
# The status of the part that stands for all of them in a union's key.
_ANY_STATUS = ActionStatus.values[0]


def asked_key(filterset: DeliverableFilter) -> tuple[Any, ...] | None:
    """What the filtered queryset is made of, as a key: the day and each filter's value
    (the queryset is built from them alone), or None if a value cannot be a key."""
    values = tuple(sorted(filterset.form.cleaned_data.items()))
    key = (filterset.today, make_hashable(values))
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _kept(kept: dict[Any, Statement], key: Any, build: Callable[[], QuerySet]) -> Statement:
    """The statement kept under ``key``, or ``build``'s compiled and kept (the oldest
    forgotten past MERGED_STATEMENTS_KEPT)."""
    compiled = kept.get(key)
    if compiled is None:
        compiled = Statement.of(build())
        if len(kept) >= MERGED_STATEMENTS_KEPT:
            kept.pop(next(iter(kept)), None)
        kept[key] = compiled
    return compiled


def merged_by_status(
    queryset: QuerySet, start: int, stop: int, ranges: list[Q], *, asked: Any = None
) -> list[FollowUpAction]:
    """Rows start..stop in due order, of those in any of ``ranges`` (see
    `initiatives.paging.capped_page`). On PostgreSQL, one (status, due_latest) index scan
    per status and range, merged, instead of sorting a million actions to show 25 of them;
    a range after a cursor starts the scan at the cursor's due date. ``asked`` (see
    `asked_key`), if given, names the queryset, so that a numbered page's statement is
    found without compiling anything."""
    if not connection.features.supports_slicing_ordering_in_compound:
        return list(queryset.filter(reduce(operator.or_, ranges))[start:stop])
    if asked is not None and ranges == EVERY_ROW:
        key: Any = ("asked", asked, start, stop)
    else:
        # The statement of the union is that of one status's part per range, repeated
        # for each status: it is known from those parts' SQL, and compiled once for it.
        key = (
            start,
            stop,
            tuple(queryset.query.order_by),
            *(
                queryset.filter(part, status=_ANY_STATUS)[:stop].query.sql_with_params()
                for part in ranges
            ),
        )
    try:
        compiled = _merged_statements.get(key)
    except TypeError:  # a parameter that is not hashable (a list): compiled each time
        compiled, key = None, None
    if compiled is None:
        parts = [
            queryset.filter(part, status=status)[:stop]
            for part in ranges
            for status in ActionStatus.values
        ]
        merged = parts[0].union(*parts[1:], all=True)
        compiled = Statement.of(merged.order_by(*queryset.query.order_by)[start:stop])
        if key is not None:
            if len(_merged_statements) >= MERGED_STATEMENTS_KEPT:
                _merged_statements.pop(next(iter(_merged_statements)), None)
            _merged_statements[key] = compiled
    return compiled.instances({})


def _actions() -> QuerySet[FollowUpAction]:
    return FollowUpAction.objects.select_related("initiative", "owner", "evidence").defer(
        "initiative__search_vector", "initiative__summary", "initiative__curated_fields"
    )


def deliverables(request: HttpRequest) -> HttpResponse:
    filterset = DeliverableFilter(data=request.GET, queryset=_actions(), request=request)
    actions = filterset.qs
    key = asked_key(filterset)
    page = capped_page(
        actions,
        request.GET,
        fetch=partial(merged_by_status, asked=key),
        scope="deliverables",
    )
    if key is None:
        charted = list(chart_actions(actions))
    else:
        charted = _kept(_chart_statements, key, lambda: chart_actions(actions)).values({})
    chart = drawn_chart(charted, today=filterset.today, db=actions.db)
    context = {"filter": filterset, "page": page, "today": filterset.today, "chart": chart}
    return render_list(
        request,
        page_template="timeline/deliverables.html",
        results_template="timeline/_deliverables_results.html",
        context=context,
    )


def deliverables_board(request: HttpRequest) -> HttpResponse:
    filterset = DeliverableFilter(data=request.GET, queryset=_actions(), request=request)
    context = {"filter": filterset, "groups": board_groups(filterset), "today": filterset.today}
    return render_list(
        request,
        page_template="timeline/board.html",
        results_template="timeline/_board_results.html",
        context=context,
    )
