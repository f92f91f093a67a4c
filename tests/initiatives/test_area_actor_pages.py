"""The area and actor pages show their own initiatives and chart their own actions, page
after page (statements compiled once, run for each page's area or actor)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from initiatives.models import CooperationArea
from initiatives.paging import PAGE_SIZE
from tests.factories import (
    ActorFactory,
    FollowUpActionFactory,
    InitiativeFactory,
    link_actor,
    link_area,
)

pytestmark = pytest.mark.django_db


def chart_of(client: Client, url: str) -> str:
    page = client.get(url).content.decode()
    return page.split('id="chart-heading"', 1)[1].split("</section>", 1)[0]


def test_each_area_charts_its_own_initiatives_actions(client: Client) -> None:
    titles = {}
    for slug in ("investment", "supply-chain", "investment"):
        initiative = InitiativeFactory(title=f"Charted in {slug} {len(titles)}")
        link_area(initiative, slug)
        FollowUpActionFactory(initiative=initiative, due_latest=dt.date(2027, 3, 1))
        titles.setdefault(slug, []).append(initiative.title)
    for slug, other in (("investment", "supply-chain"), ("supply-chain", "investment")):
        area = CooperationArea.objects.get(slug=slug)
        chart = chart_of(client, area.get_absolute_url())
        assert all(title in chart for title in titles[slug])
        assert not any(title in chart for title in titles[other])


def test_each_actor_charts_the_actions_it_owns(client: Client) -> None:
    actors = [ActorFactory(name="Owner one"), ActorFactory(name="Owner two")]
    for n, actor in enumerate(actors):
        initiative = InitiativeFactory(title=f"Owned initiative {n}")
        FollowUpActionFactory(initiative=initiative, owner=actor, due_latest=dt.date(2027, 3, 1))
    for n, actor in enumerate(actors):
        chart = chart_of(client, actor.get_absolute_url())
        assert f"Owned initiative {n}" in chart
        assert f"Owned initiative {1 - n}" not in chart


def titles_listed(client: Client, url: str) -> list[str]:
    page = client.get(url).content.decode()
    rows = page[page.index('id="involved"') :]
    return [part.split("<")[0] for part in rows.split('">Listed ')[1:]]


def test_each_area_lists_its_own_initiatives_on_each_page(client: Client) -> None:
    listed: dict[str, list[str]] = {"investment": [], "supply-chain": []}
    for n in range(PAGE_SIZE + 6):
        slug = "supply-chain" if n % 10 == 3 else "investment"
        initiative = InitiativeFactory(title=f"Listed {n:02d}")
        link_area(initiative, slug)
        listed[slug].insert(0, f"{n:02d}")  # most recently changed first
    investment = CooperationArea.objects.get(slug="investment").get_absolute_url()
    supply = CooperationArea.objects.get(slug="supply-chain").get_absolute_url()
    assert titles_listed(client, investment) == listed["investment"][:PAGE_SIZE]
    assert titles_listed(client, supply) == listed["supply-chain"]
    assert titles_listed(client, investment + "?page=2") == listed["investment"][PAGE_SIZE:]


def test_each_actor_lists_its_own_initiatives_on_each_page(client: Client) -> None:
    actors = [ActorFactory(name="Listed actor one"), ActorFactory(name="Listed actor two")]
    listed: list[list[str]] = [[], []]
    for n in range(PAGE_SIZE + 4):
        which = 1 if n % 10 == 3 else 0
        link_actor(InitiativeFactory(title=f"Listed {n:02d}"), actors[which], "implementer")
        listed[which].insert(0, f"{n:02d}")
    first, second = (actor.get_absolute_url() for actor in actors)
    assert titles_listed(client, first) == listed[0][:PAGE_SIZE]
    assert titles_listed(client, second) == listed[1]
    assert titles_listed(client, first + "?page=2") == listed[0][PAGE_SIZE:]
