"""The initiative list's page of rows: its count and its rows, read with statements
compiled once per form of filter (`initiatives.statements`).

Building the filtered queryset and compiling its count and its page was a third of the
list page's Python, on every request. What they compile to depends on which filters are
given, how many areas and statuses, the form of the search (`search.query_stand_in`),
the dates, the sort, the page number and the day; not on which area, status, actor,
role or sector, nor on the words searched. So the FilterSet runs once per such form on
stand-ins (strings no row holds), and each request puts its own values in their places.
The SQL sent is the one the FilterSet would send. Cursor pages (``?after=``,
``?before=``) and forms with errors are read through the FilterSet as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from django.db import connection
from django.db.models import Expression, QuerySet
from django.forms.utils import ErrorDict
from django.http import QueryDict

from initiatives import statements
from initiatives.filters import InitiativeFilter
from initiatives.keyset import ordering_keys
from initiatives.models import Initiative
from initiatives.paging import (
    AFTER,
    BEFORE,
    COUNT_CAP,
    PAGE_SIZE,
    CappedPage,
    capped_count_sql,
    capped_page,
    keys_first,
    numbered,
    page_scope,
)
from initiatives.search import query_stand_in
from timeline.models import FollowUpAction

SCOPE = "initiatives"
# The filters whose values are parameters of the statements, never part of their shape:
# a list of values (a stand-in each), or one value.
LISTED_STAND_INS = ("status", "area")
ONE_STAND_IN = ("actor", "role", "sector")
# Forms of filter kept compiled (each with up to COUNT_CAP / PAGE_SIZE pages).
SHAPES_KEPT = 64


# What the list's rows read and never show: the curated fields (a JSON list decoded a
# row), who verified a row and when, and its timestamps (three datetimes decoded a row,
# some 700 Python calls a page), unless the rows are ordered by one: a cursor link reads
# its keys from the page's last row (`shown`).
NOT_SHOWN = ("curated_fields", "verified_at", "verified_by", "created_at", "updated_at")


def initiatives() -> QuerySet[Initiative]:
    """Initiatives as the pages read them: without their search vectors."""
    return Initiative.objects.defer("search_vector", "rank_vector")


@lru_cache(maxsize=4)
def _overdue_count(today: dt.date) -> Expression:
    """The list's count of each row's overdue actions, built once a day: building its
    subquery was a tenth of the list's Python. (An expression is copied, never changed,
    by each queryset it annotates.)"""
    return FollowUpAction.objects.overdue(today=today).count_per_initiative()


def list_page(filterset: InitiativeFilter, query: QueryDict) -> CappedPage:
    """The page of the list that ``query`` asks for, filtered by ``filterset``."""
    shape = _shape(filterset)
    if shape is None or query.get(AFTER) or query.get(BEFORE):
        return filterset_page(filterset, query)
    key, given = shape
    return _statements(key).page(given, query)


def shown(rows: QuerySet[Initiative], today: dt.date) -> QuerySet[Initiative]:
    """The list's rows as they are read: with their count of overdue actions, without
    what they never show (NOT_SHOWN) save the keys they are ordered by."""
    keys = {key.name for key in ordering_keys(rows)}
    return rows.annotate(overdue_count=_overdue_count(today)).defer(
        *(name for name in NOT_SHOWN if name not in keys)
    )


def filterset_page(filterset: InitiativeFilter, query: QueryDict) -> CappedPage:
    """The page read through the FilterSet's querysets, compiled for this request."""
    today = filterset.today
    rows = shown(filterset.qs, today)
    first = filterset.ranked_first  # known once the filters have run (filterset.qs)
    return capped_page(
        rows,
        query,
        count_queryset=filterset.qs,
        first=None if first is None else shown(first, today),
        fetch=keys_first if filterset.reads_due_dates else None,
        scope=SCOPE,
    )


Key = tuple[Any, ...]


def _shape(filterset: InitiativeFilter) -> tuple[Key, dict[str, Any]] | None:
    """The form of the filters (the key of their statements, which also says how to
    build them) and each stand-in's value; None for a form with errors."""
    cleaned = filterset.valid_values()
    if cleaned is None:
        return None
    given: dict[str, Any] = {}
    shape: list[tuple[str, Any]] = []
    for name, value in sorted(cleaned.items()):
        if name == "q":
            text = filterset.query_text
            stand_in = query_stand_in(text)
            if stand_in is not None:
                given[stand_in] = text
            value = text if stand_in is None else stand_in
        elif name in LISTED_STAND_INS and value:
            stand_ins = [f"\x00{name}{n}" for n in range(len(value))]
            given.update(zip(stand_ins, value, strict=True))
            value = tuple(stand_ins)
        elif name in ONE_STAND_IN and value:
            given[f"\x00{name}"] = value
            value = f"\x00{name}"
        shape.append((name, tuple(value) if isinstance(value, list) else value))
    return (connection.vendor, filterset.today, filterset.is_bound, tuple(shape)), given


class _StandInFilter(InitiativeFilter):
    """The list's FilterSet run on stand-ins, with its cleaned data given: no choices to
    read, since nothing is validated."""

    given: dict[str, Any] | None = None

    def load_choices(self) -> None:
        pass

    def valid_values(self) -> dict[str, Any] | None:
        return self.given if self.is_bound else {}


@lru_cache(maxsize=SHAPES_KEPT)
def _statements(key: Key) -> _ListStatements:
    return _ListStatements(key)


class _ListStatements:
    """The statements of one form of filter: its count, and each numbered page's rows."""

    def __init__(self, key: Key) -> None:
        _vendor, today, bound, shape = key
        filterset = _StandInFilter(
            data=QueryDict() if bound else None, queryset=initiatives(), today=today
        )
        if bound:
            # The stand-ins are no choices of the form: its cleaned data is given.
            filterset.given = {
                name: list(value) if isinstance(value, tuple) else value for name, value in shape
            }
            filterset.form.cleaned_data = filterset.given  # for FilterSet.filter_queryset
            filterset.form._errors = ErrorDict()
        counted = filterset.qs
        self.rows = shown(counted, today)
        first = filterset.ranked_first
        self.first = None if first is None else shown(first, today)
        self.keys_first = filterset.reads_due_dates
        self.count = capped_count_sql(counted, COUNT_CAP, first=self.first)
        self.keys = ordering_keys(self.rows)
        self._reads: dict[tuple[bool, int], statements.Statement] = {}

    def page(self, given: dict[str, Any], query: QueryDict) -> CappedPage:
        sql, params = self.count
        with connection.cursor() as cursor:
            cursor.execute(sql, statements.stand_ins_replaced(params, given))
            found = cursor.fetchone()[0]
        page = CappedPage(
            rows=[], number=0, per_page=PAGE_SIZE, count=min(found, COUNT_CAP),
            capped=found > COUNT_CAP, query=query, keys=self.keys,
            scope=page_scope(SCOPE, self.keys),
        )  # fmt: skip
        return numbered(
            page,
            first=None if self.first is None else self._reader(given, first=True),
            read=self._reader(given, first=False),
        )

    def _reader(self, given: dict[str, Any], *, first: bool) -> Callable[[int, int], list[Any]]:
        def read(start: int, stop: int) -> list[Any]:
            statement = self._reads.get((first, start))
            if statement is None:
                statement = statements.Statement.of(self._queryset(first, start, stop))
                self._reads[first, start] = statement
            return statement.instances(given)

        return read

    def _queryset(self, first: bool, start: int, stop: int) -> QuerySet[Initiative]:
        if first:
            assert self.first is not None
            return self.first[start:stop]
        if self.keys_first:  # as `paging.keys_first` reads them
            return self.rows.filter(pk__in=self.rows.values("pk")[start:stop])
        return self.rows[start:stop]
