"""The list's rows are kept drawn under what they show and the words searched
(`initiatives.drawn`, `_list_rows` in initiatives/views.py): any change to a row, or
another search, shows on the next page; the same page twice is drawn once."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client

from initiatives.models import CooperationArea, Initiative
from initiatives.search import initiative_search_update
from tests.caches import count_drawings
from tests.factories import make_listed_initiative

pytestmark = pytest.mark.django_db


def rows(client: Client, url: str = "/initiatives/?sort=title") -> str:
    page = client.get(url).content.decode()
    return page.split('<ol class="initiative-list"', 1)[1].split("</ol>", 1)[0]


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the rows were drawn rather than reused."""
    return count_drawings(monkeypatch, "initiatives/_rows.html")


@pytest.fixture
def listed() -> Initiative:
    first = make_listed_initiative("Artillery shells pact", summary="Shells for the front.")
    second = make_listed_initiative("Boat repair yard", summary="Repairs of river boats.")
    initiative_search_update(initiative_ids=[first.pk, second.pk])
    return second


def test_the_same_rows_are_drawn_once(client: Client, listed, drawn) -> None:
    first = rows(client)
    assert "Boat repair yard" in first
    assert rows(client) == first
    assert len(drawn) == 1
    assert "<mark>Boat</mark>" in rows(client, "/initiatives/?q=boat")
    assert len(drawn) == 2


def test_a_changed_row_shows_on_the_next_page(client: Client, listed: Initiative) -> None:
    rows(client)
    Initiative.objects.filter(pk=listed.pk).update(
        title="Boat works", summary="Engines of river boats.", venue="Kyiv", verified=True
    )
    shown = rows(client)
    assert ">Boat works</a>" in shown
    assert "Engines of river boats." in shown
    assert "<span>Kyiv</span>" in shown
    assert shown.count("badge-verified") == 1
    CooperationArea.objects.filter(slug="investment").update(name="Loans <and> grants")
    assert "Loans &lt;and&gt; grants" in rows(client)


@time_machine.travel(dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC), tick=False)
def test_a_new_overdue_action_shows_on_the_next_page(client: Client, listed) -> None:
    assert "overdue action" not in rows(client)
    make_listed_initiative("Cannon depot", overdue_actions=2)
    assert "2 overdue actions" in rows(client)
