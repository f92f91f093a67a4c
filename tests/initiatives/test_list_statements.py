"""The list's page read with statements compiled once per form of filter gives the rows,
the count and the overdue counts that the FilterSet's own querysets give, for every
filter, with the values of each request (not those of the first request of its form)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.http import QueryDict
from django.test import Client
from django.test.utils import CaptureQueriesContext

from initiatives.filters import InitiativeFilter
from initiatives.list_page import filterset_page, initiatives, list_page
from initiatives.models import Actor, Initiative, Sector, Status
from initiatives.search import initiative_search_update
from tests.factories import (
    FollowUpActionFactory,
    ensure_areas,
    link_actor,
    link_sector,
    make_listed_initiative,
)

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 12, 3)

# Pairs of one form of filter, each value different: the second request of a form runs the
# statements compiled for the first, with its own values.
QUERIES = [
    ("", "sort=title"),
    ("area=investment", "area=standardization"),
    ("area=investment&area=supply-chain", "area=standardization&area=investment"),
    ("status=adopted", "status=proposed"),
    ("status=adopted&status=proposed", "status=completed&status=proposed"),
    ("actor=alpha-office", "actor=beta-office"),
    ("actor=alpha-office&role=implementer", "actor=beta-office&role=partner"),
    ("role=implementer", "role=partner"),
    ("sector=drones", "sector=shells"),
    ("q=loan", "q=satellite"),
    ("q=loan+facility", "q=satellite+services"),
    ("q=loan&status=adopted&area=investment", "q=satellite&status=proposed&area=regulation"),
    ("q=loan+-drones", "q=satellite+-loan"),
    ("q=%22loan+facility%22&sort=title", "q=%22satellite+services%22&sort=title"),
    ("q=loan+or+satellite+facility", "q=drones+or+satellite+services"),
    ("overdue=true", "overdue=true&status=proposed"),
    ("due_within=400", "due_within=400&area=regulation"),
    ("decided_after=2020-01-01", "decided_before=2020-01-01"),
    ("verified=true", "verified=false"),
    ("page=2&sort=title", "page=2&sort=changed"),
    (
        "status=adopted&status=proposed&page=2&sort=title",
        "status=adopted&status=completed&page=2&sort=title",
    ),
]


@pytest.fixture
def listed() -> list[Initiative]:
    ensure_areas()
    alpha = Actor.objects.create(name="Alpha office", slug="alpha-office")
    beta = Actor.objects.create(name="Beta office", slug="beta-office")
    drones = Sector.objects.create(name="Drones", slug="drones")
    shells = Sector.objects.create(name="Shells", slug="shells")
    rows = []
    for n in range(36):
        words = ("Loan facility", "Satellite services", "Drones or shells")[n % 3]
        row = make_listed_initiative(
            f"{words} {n:02}",
            areas=(
                ("investment", "supply-chain"),
                ("standardization",),
                ("regulation", "investment"),
            )[n % 3],
            status=(Status.ADOPTED, Status.PROPOSED, Status.COMPLETED)[n % 4 % 3],
            overdue_actions=1 if n % 5 == 0 else 0,
            decided_on=dt.date(2018 + n % 5, 1 + n % 12, 1),
            verified=n % 2 == 0,
        )
        link_actor(row, (alpha, beta)[n % 2], ("implementer", "partner")[n % 3 % 2])
        link_sector(row, (drones, shells)[n % 2])
        if n % 5 == 1:  # pending, due within the year
            FollowUpActionFactory(
                initiative=row, due_earliest=dt.date(2027, 1, 4), due_latest=dt.date(2027, 2, 1)
            )
        rows.append(row)
    initiative_search_update(initiative_ids=[row.pk for row in rows])
    return rows


def read(query: str, *, compiled: bool) -> tuple[int, bool, list[tuple[int, int]]]:
    data = QueryDict(query)
    filterset = InitiativeFilter(data=data, queryset=initiatives(), today=TODAY)
    page = (list_page if compiled else filterset_page)(filterset, data)
    return page.count, page.capped, [(row.pk, row.overdue_count) for row in page.rows]


@pytest.mark.parametrize(("first", "second"), QUERIES)
def test_each_form_of_filter_reads_the_rows_the_filterset_reads(
    listed: list[Initiative], first: str, second: str
) -> None:
    for query in (first, second):
        expected = read(query, compiled=False)
        assert read(query, compiled=True) == expected


@pytest.mark.parametrize(("first", "second"), [QUERIES[n] for n in (1, 4, 6, 8, 9, 10, 15)])
def test_the_second_request_of_a_form_reads_its_own_values(
    listed: list[Initiative], first: str, second: str
) -> None:
    assert read(first, compiled=True) != read(second, compiled=True)


@pytest.mark.parametrize(("first", "second"), QUERIES[1:4])
def test_a_second_request_of_a_form_runs_no_more_queries(
    listed: list[Initiative], client: Client, first: str, second: str
) -> None:
    with CaptureQueriesContext(connection) as compiling:
        client.get(f"/initiatives/?{first}")
    with CaptureQueriesContext(connection) as compiled:
        client.get(f"/initiatives/?{second}")
    # (One fewer when the first read the filter's choices, which are then kept.)
    assert len(compiled) <= len(compiling)
