"""/api/v1/initiatives: the list page's filters, and cursors that survive inserts."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.http import QueryDict
from django.test import Client

from initiatives.filters import InitiativeFilter
from initiatives.models import Initiative, Status
from tests.factories import InitiativeFactory, make_listed_initiative

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 11, 24)


def _slugs(client: Client, query: str) -> list[str]:
    response = client.get(f"/api/v1/initiatives?{query}")
    assert response.status_code == 200, response.content
    return [row["slug"] for row in response.json()["results"]]


def _all_slugs(client: Client, query: str, page_size: int) -> list[str]:
    found: list[str] = []
    url = f"/api/v1/initiatives?{query}&page_size={page_size}"
    while url:
        body = client.get(url).json()
        found += [row["slug"] for row in body["results"]]
        url = body["next"]
    return found


@time_machine.travel(dt.datetime(2026, 11, 24, 12, tzinfo=dt.UTC), tick=False)
@pytest.mark.parametrize(
    "query",
    [
        "",
        "status=adopted&status=proposed",
        "area=investment",
        "area=investment&area=co-production",
        "actor=council-of-the-eu&role=decision_maker",
        "role=decision_maker",
        "sector=ammunition-production",
        "decided_after=2025-01-01&decided_before=2025-12-31",
        "overdue=true",
        "due_within=3650",
        "verified=false",
        "sort=title",
        "sort=changed",
        "q=ammunition",
    ],
)
def test_it_filters_as_the_list_page_does(client: Client, query: str) -> None:
    make_listed_initiative("Joint ammunition", overdue_actions=1)
    make_listed_initiative("Shells", areas=("co-production",), status=Status.PROPOSED)
    make_listed_initiative("Drones", decided_on=dt.date(2024, 3, 1), verified=True)
    InitiativeFactory(title="Undated", decided_on=None, decided_on_precision="")
    expected = [
        i.slug
        for i in InitiativeFilter(
            data=QueryDict(query), queryset=Initiative.objects.all(), today=TODAY
        ).qs
    ]
    assert _all_slugs(client, query, page_size=2) == expected


def test_it_refuses_filters_the_list_page_refuses(client: Client) -> None:
    response = client.get("/api/v1/initiatives?area=atlantis&due_within=0")
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    fields = {e["field"] for e in response.json()["errors"]}
    assert fields == {"due_within"}  # the schema checks the number before the FilterSet
    response = client.get("/api/v1/initiatives?area=atlantis")
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "area"
    assert "atlantis" in response.json()["errors"][0]["message"]


@pytest.mark.parametrize("sort", ["decided", "title", "changed"])
def test_its_cursor_neither_repeats_nor_skips_when_rows_are_inserted(
    client: Client, sort: str
) -> None:
    for n in range(6):
        InitiativeFactory(title=f"Title {n:02}", decided_on=dt.date(2025, 1, 1 + n % 3))
    InitiativeFactory(title="Title undated", decided_on=None, decided_on_precision="")
    before = _all_slugs(client, f"sort={sort}", page_size=100)
    first = client.get(f"/api/v1/initiatives?sort={sort}&page_size=3").json()
    seen = [row["slug"] for row in first["results"]]
    # New rows that sort before, among and after those already seen.
    InitiativeFactory(title="Title 00a", decided_on=dt.date(2025, 1, 3))
    InitiativeFactory(title="A first", decided_on=dt.date(2026, 1, 1))
    InitiativeFactory(title="Title zz", decided_on=None, decided_on_precision="")
    url = first["next"]
    while url:
        body = client.get(url).json()
        seen += [row["slug"] for row in body["results"]]
        url = body["next"]
    assert len(seen) == len(set(seen))
    assert set(before) <= set(seen)
    assert [s for s in seen if s in before] == before


def test_it_refuses_a_forged_cursor(client: Client) -> None:
    response = client.get("/api/v1/initiatives?cursor=bm90LWEtY3Vyc29y")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert "start again" in response.json()["detail"]


def test_it_refuses_a_cursor_of_another_sort_order(client: Client) -> None:
    InitiativeFactory.create_batch(3)
    cursor = client.get("/api/v1/initiatives?sort=title&page_size=1").json()["next"]
    token = QueryDict(cursor.split("?", 1)[1])["cursor"]
    response = client.get(f"/api/v1/initiatives?sort=changed&cursor={token}")
    assert response.status_code == 400


@pytest.mark.parametrize("rows", [1, 30])
def test_it_reads_a_page_in_a_fixed_number_of_queries(
    client: Client, django_assert_num_queries: object, rows: int
) -> None:
    for n in range(rows):
        make_listed_initiative(
            f"Initiative {n}", areas=("investment", "co-production"), overdue_actions=1
        )
    client.get("/api/v1/initiatives")  # the FilterSet's choices are then kept
    # The version of the FilterSet's lists of choices (initiatives.choices), the page, and
    # its areas.
    with django_assert_num_queries(3):  # type: ignore[operator]
        body = client.get("/api/v1/initiatives?status=adopted&overdue=true&sort=title").json()
    with django_assert_num_queries(3):  # type: ignore[operator]
        body = client.get("/api/v1/initiatives?area=investment").json()
    assert len(body["results"]) == min(rows, 25)
    assert body["results"][0]["areas"] == ["co-production", "investment"]
