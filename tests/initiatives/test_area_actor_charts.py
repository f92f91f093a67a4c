"""The area and actor pages chart their own actions (statements compiled once, run for
each page's area or actor)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from initiatives.models import CooperationArea
from tests.factories import ActorFactory, FollowUpActionFactory, InitiativeFactory, link_area

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
