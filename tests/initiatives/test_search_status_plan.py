"""A searched list filtered by status tests the status on the search's matches, and the
planner knows each status's share of that test (PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.http import QueryDict

from initiatives.filters import InitiativeFilter, status_of_matches
from initiatives.models import Initiative
from tests.factories import InitiativeFactory

TODAY = dt.date(2026, 11, 24)
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="plans are PostgreSQL's"),
]
PLAIN_STATUS = '"initiatives_initiative"."status" IN'
STATUS_OF_MATCH = '("initiatives_initiative"."status" || \'\') IN'


def sql(query: str) -> tuple[str, str | None]:
    f = InitiativeFilter(data=QueryDict(query), queryset=Initiative.objects.all(), today=TODAY)
    rows = str(f.qs.query)  # filtering sets ranked_first
    return rows, None if f.ranked_first is None else str(f.ranked_first.query)


def test_a_searched_list_tests_the_status_of_each_match() -> None:
    searched, first = sql("q=ammunition&status=proposed&status=adopted")
    assert STATUS_OF_MATCH in searched and PLAIN_STATUS not in searched
    # The rows a broad search ranks first keep the plain comparison and its index.
    assert first is not None and PLAIN_STATUS in first


def test_a_list_without_a_search_compares_the_status_plainly() -> None:
    unsearched, _ = sql("status=proposed")
    assert PLAIN_STATUS in unsearched and STATUS_OF_MATCH not in unsearched


def test_the_planner_knows_each_statuss_share_of_the_matches() -> None:
    # Without the migration's statistics on `status || ''` the planner guesses 0.5% of
    # the rows (here 1) whatever the status; with them, the status's own share.
    for n in range(40):
        InitiativeFactory(status="proposed" if n < 30 else "announced")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE initiatives_initiative")
        statement, params = status_of_matches(
            Initiative.objects.all(), ["proposed"]
        ).query.sql_with_params()
        cursor.execute(f"EXPLAIN (FORMAT JSON) {statement}", params)
        (plan,) = cursor.fetchone()
    assert plan[0]["Plan"]["Plan Rows"] == 30
