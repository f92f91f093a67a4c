"""The list's filter choices are kept by each process while the areas, actors and sectors
stay the same (`initiatives.choices`): a page reads one short row, not every actor. Any
change to them, however it is written, shows on the very next page."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.db.models import F
from django.test import Client
from django.test.utils import CaptureQueriesContext

from initiatives.models import Actor, ChoicesVersion, CooperationArea, Sector
from tests.factories import ActorFactory, ensure_areas

pytestmark = pytest.mark.django_db


def options(page: str, name: str) -> list[tuple[str, str]]:
    select = re.search(rf'<select[^>]* name="{name}"[^>]*>(.*?)</select>', page, re.S)
    assert select is not None
    return re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select.group(1))


def area_boxes(page: str) -> list[str]:
    return re.findall(r'<input type="checkbox" name="area" value="([^"]*)"', page)


def list_page(client: Client) -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/initiatives/").content.decode()
    return page, [q["sql"] for q in queries.captured_queries]


def reads_every_choice(statements: list[str]) -> bool:
    return any("ROW_NUMBER" in sql.upper() for sql in statements)


@pytest.fixture
def two_actors() -> None:
    ensure_areas()
    ActorFactory(name="Beta office", slug="beta")
    ActorFactory(name="Delta agency", slug="delta")


def test_a_second_page_reads_the_version_not_every_choice(client: Client, two_actors) -> None:
    first, first_statements = list_page(client)
    second, second_statements = list_page(client)
    assert reads_every_choice(first_statements)
    assert not reads_every_choice(second_statements)
    assert len(second_statements) == len(first_statements) - 1
    assert _untokened(second) == _untokened(first)
    assert options(second, "actor") == [
        ("", "Any actor"),
        ("beta", "Beta office"),
        ("delta", "Delta agency"),
    ]


def _untokened(page: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", page)


def test_an_actor_a_curator_adds_in_the_admin_shows_on_the_next_page(
    client: Client, curator: User, two_actors
) -> None:
    client.force_login(curator)
    list_page(client)
    response = client.post(
        "/admin/initiatives/actor/add/",
        {"name": "Charlie fund", "slug": "charlie", "kind": "institution", "aliases": "[]",
         "description": "", "confirmed": "on"},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    page, _ = list_page(client)
    assert options(page, "actor") == [
        ("", "Any actor"),
        ("beta", "Beta office"),
        ("charlie", "Charlie fund"),
        ("delta", "Delta agency"),
    ]
    assert 'value="charlie" selected' in client.get("/initiatives/?actor=charlie").content.decode()


def test_actors_and_sectors_written_in_bulk_show_on_the_next_page(
    client: Client, two_actors
) -> None:
    list_page(client)
    # As the importer writes them: no model's save(), no signal.
    Actor.objects.bulk_create([Actor(name="Alpha board", slug="alpha")])
    Sector.objects.bulk_create([Sector(name="Naval", slug="naval")])
    page, _ = list_page(client)
    assert ("alpha", "Alpha board") in options(page, "actor")
    assert options(page, "sector") == [("", "Any sector"), ("naval", "Naval")]
    Actor.objects.filter(slug="beta").update(name="Zulu office")
    page, _ = list_page(client)
    assert options(page, "actor")[-1] == ("beta", "Zulu office")
    Actor.objects.filter(slug="delta").delete()
    Sector.objects.all().delete()
    page, _ = list_page(client)
    assert [slug for slug, _ in options(page, "actor")] == ["", "alpha", "beta"]
    assert options(page, "sector") == [("", "Any sector")]
    assert "Select a valid choice" in client.get("/initiatives/?actor=delta").content.decode()


def test_a_reordered_or_renamed_area_shows_on_the_next_page(client: Client, two_actors) -> None:
    page, _ = list_page(client)
    last = CooperationArea.objects.order_by("position").last()
    assert area_boxes(page)[-1] == last.slug
    CooperationArea.objects.update(position=F("position") + 1)
    CooperationArea.objects.filter(pk=last.pk).update(position=0)
    page, _ = list_page(client)
    assert area_boxes(page)[0] == last.slug
    CooperationArea.objects.filter(pk=last.pk).update(name="Renamed <area>")
    assert "Renamed &lt;area&gt;" in list_page(client)[0]


def test_an_edit_that_changes_no_choice_keeps_them(client: Client, two_actors) -> None:
    list_page(client)
    Actor.objects.filter(slug="beta").update(aliases=["Beta"], confirmed=False)
    assert not reads_every_choice(list_page(client)[1])
    Actor.objects.filter(slug="beta").update(slug="bravo")
    page, statements = list_page(client)
    assert reads_every_choice(statements)
    assert ("bravo", "Beta office") in options(page, "actor")


def test_without_the_version_row_the_choices_are_read_every_time(
    client: Client, two_actors
) -> None:
    ChoicesVersion.objects.all().delete()  # as a database emptied by `flush`
    list_page(client)
    _, statements = list_page(client)
    assert reads_every_choice(statements)
    ActorFactory(name="Echo group", slug="echo")
    assert ("echo", "Echo group") in options(list_page(client)[0], "actor")
