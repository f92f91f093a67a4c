"""The list's filter choices (areas, actors, sectors) read in one statement (and kept
while they stay the same: test_list_choices_kept.py), so an edit shows on the next page;
and each row's areas read as plain rows, in one query whatever the rows."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from initiatives.filters import InitiativeFilter
from initiatives.models import Actor, CooperationArea, Initiative, Sector, Status
from tests.factories import (
    ActorFactory,
    ensure_areas,
    link_area,
    link_sector,
    make_listed_initiative,
)

pytestmark = pytest.mark.django_db


def options(page: str, name: str) -> list[tuple[str, str]]:
    select = re.search(rf'<select[^>]* name="{name}"[^>]*>(.*?)</select>', page, re.S)
    assert select is not None
    return re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select.group(1))


def test_the_choices_are_every_row_in_its_models_order_in_one_statement(client: Client) -> None:
    ensure_areas()
    ActorFactory(name="Zeta agency", slug="zeta")
    ActorFactory(name="Alpha office", slug="alpha")
    Sector.objects.create(name="Space", slug="space")
    Sector.objects.create(name="Ammunition", slug="ammunition")
    with CaptureQueriesContext(connection) as queries:
        filterset = InitiativeFilter(data={}, queryset=Initiative.objects.all())
    assert len(queries) == 2  # the version of the choices, then every choice
    assert list(filterset.filters["actor"].extra["choices"]) == list(
        Actor.objects.order_by("name").values_list("slug", "name")
    )
    assert list(filterset.filters["sector"].extra["choices"]) == [
        ("ammunition", "Ammunition"),
        ("space", "Space"),
    ]
    assert list(filterset.filters["area"].extra["choices"]) == list(
        CooperationArea.objects.order_by("position").values_list("slug", "name")
    )
    page = client.get("/initiatives/").content.decode()
    assert options(page, "actor")[:3] == [
        ("", "Any actor"),
        ("alpha", "Alpha office"),
        ("zeta", "Zeta agency"),
    ]


def test_an_edited_actor_or_sector_shows_on_the_next_page(client: Client) -> None:
    ensure_areas()
    actor = ActorFactory(name="Old name", slug="old-name")
    sector = Sector.objects.create(name="Space", slug="space")
    assert ("old-name", "Old name") in options(
        client.get("/initiatives/").content.decode(), "actor"
    )
    actor.name = "New <name>"
    actor.save()
    sector.delete()
    Sector.objects.create(name="Naval", slug="naval")
    page = client.get("/initiatives/?actor=old-name").content.decode()
    assert '<option value="old-name" selected>New &lt;name&gt;</option>' in page
    assert options(page, "sector") == [("", "Any sector"), ("naval", "Naval")]
    # A choice that is gone is refused at once.
    assert "Select a valid choice" in client.get("/initiatives/?sector=space").content.decode()


def test_each_row_shows_its_areas_in_the_areas_order_in_one_query(client: Client) -> None:
    ensure_areas()
    make_listed_initiative("Two areas", areas=("investment", "co-production"))
    make_listed_initiative("No area", areas=())
    investment = CooperationArea.objects.get(slug="investment")
    investment.name = "Investment <and> loans"
    investment.save()

    def chips(page: str, title: str) -> list[str]:
        row = page[page.index(title) :].split('class="initiative-row"', 1)[0]
        return re.findall(r'<li><a href="/initiatives/\?area=([^"]+)">([^<]*)</a></li>', row)

    with CaptureQueriesContext(connection) as few:
        page = client.get("/initiatives/?sort=title").content.decode()
    assert chips(page, "Two areas") == [
        ("co-production", "Co-production"),
        ("investment", "Investment &lt;and&gt; loans"),
    ]
    assert chips(page, "No area") == []
    for n in range(12):
        initiative = make_listed_initiative(f"More {n:02}", areas=("investment", "supply-chain"))
        link_sector(initiative, Sector.objects.get_or_create(name="S", slug="s")[0])
    link_area(Initiative.objects.get(title="No area"), "standardization")
    with CaptureQueriesContext(connection) as many:
        page = client.get("/initiatives/?sort=title").content.decode()
    assert len(many) == len(few)
    assert chips(page, "No area") == [("standardization", "Standardization")]
    assert chips(page, "More 11") == [
        ("supply-chain", "Supply chain"),
        ("investment", "Investment &lt;and&gt; loans"),
    ]


@pytest.mark.parametrize("status", [*Status.values, "not-a-status"])
def test_the_status_label_is_djangos(status: str) -> None:
    initiative = Initiative(status=status)
    field = Initiative._meta.get_field("status")
    assert initiative.get_status_display() == initiative._get_FIELD_display(field)
