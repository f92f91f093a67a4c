"""/api/v1/actors, /areas and /sectors."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories import ActorFactory, SectorFactory

pytestmark = pytest.mark.django_db


def test_it_lists_the_five_areas_in_order(client: Client) -> None:
    slugs = [a["slug"] for a in client.get("/api/v1/areas").json()]
    assert len(slugs) == 5 and slugs[0] == "co-production"


def test_it_filters_actors_by_kind(client: Client) -> None:
    ActorFactory(name="Ukraine", kind="country")
    ActorFactory(name="Council of the EU", kind="institution")
    body = client.get("/api/v1/actors?kind=country").json()
    assert [a["name"] for a in body["results"]] == ["Ukraine"]


@pytest.mark.parametrize("rows", [1, 30])
def test_it_lists_actors_and_sectors_in_a_fixed_number_of_queries(
    client: Client, django_assert_num_queries: object, rows: int
) -> None:
    ActorFactory.create_batch(rows)
    SectorFactory.create_batch(rows)
    with django_assert_num_queries(1):  # type: ignore[operator]
        assert len(client.get("/api/v1/actors?page_size=100").json()["results"]) == rows
    with django_assert_num_queries(1):  # type: ignore[operator]
        assert len(client.get("/api/v1/sectors?page_size=100").json()["results"]) == rows
