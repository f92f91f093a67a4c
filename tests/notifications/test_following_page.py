"""The Following page: a row for each initiative, area and actor followed, as plain rows."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from initiatives.models import CooperationArea
from notifications.models import EventFilter, Follow, FollowTarget
from tests.factories import ActorFactory, InitiativeFactory

pytestmark = pytest.mark.django_db


def row_of(page: str, name: str) -> str:
    rows = [row for row in page.split("<tr>") if f">{name}</a>" in row]
    assert len(rows) == 1, name
    return rows[0].split("</tr>")[0]


def test_it_shows_each_kind_of_follow_with_its_page_feeds_and_choice(
    client: Client, analyst: User
) -> None:
    initiative = InitiativeFactory(title="Joint <ammunition> procurement")
    area = CooperationArea.objects.get(slug="investment")
    actor = ActorFactory(name="European Defence Agency")
    Follow.objects.create(user=analyst, initiative=initiative, events=EventFilter.STATUS)
    Follow.objects.create(user=analyst, area=area)
    Follow.objects.create(user=analyst, actor=actor, events=EventFilter.DOCUMENTS)
    client.force_login(analyst)
    page = client.get(reverse("notifications:following")).content.decode()

    row = row_of(page, "Joint &lt;ammunition&gt; procurement")
    assert f'<a href="{initiative.get_absolute_url()}">' in row
    assert "<td>Initiative</td>" in row
    assert reverse("feeds:initiative_atom", args=[initiative.slug]) in row
    assert reverse("feeds:initiative_ics", args=[initiative.slug]) in row
    assert reverse("notifications:follow", args=["initiative", initiative.pk]) in row
    assert 'title="Stop following Joint &lt;ammunition&gt; procurement"' in row
    assert re.findall(r'<option value="(\w+)" selected>', row) == [EventFilter.STATUS]

    row = row_of(page, area.name)
    assert f'<a href="{area.get_absolute_url()}">' in row
    assert "<td>Cooperation area</td>" in row
    assert reverse("feeds:area_atom", args=[area.slug]) in row
    assert reverse("notifications:follow_events", args=["area", area.pk]) in row
    assert re.findall(r'<option value="(\w+)" selected>', row) == [EventFilter.ALL]

    row = row_of(page, actor.name)
    assert f'<a href="{actor.get_absolute_url()}">' in row
    assert "<td>Actor</td>" in row
    assert "Atom" not in row
    assert f'id="follow-events-actor-{actor.pk}"' in row
    assert re.findall(r'<option value="(\w+)" selected>', row) == [EventFilter.DOCUMENTS]
    # Every row offers every choice.
    assert row.count("<option ") == len(EventFilter.choices)


def test_its_rows_are_the_follows_newest_first(analyst: User) -> None:
    first, second = InitiativeFactory(), InitiativeFactory()
    Follow.objects.create(user=analyst, initiative=first)
    Follow.objects.create(user=analyst, initiative=second)
    rows = list(analyst.follows.shown())
    assert [(r.kind, r.pk, r.slug, r.name) for r in rows] == [
        (FollowTarget.INITIATIVE, second.pk, second.slug, second.title),
        (FollowTarget.INITIATIVE, first.pk, first.slug, first.title),
    ]


def test_its_title_is_the_page_name_alone(client: Client, analyst: User) -> None:
    client.force_login(analyst)
    page = client.get(reverse("notifications:following")).content.decode()
    assert "<title>Following · Docket</title>" in page


def test_each_saved_search_links_to_its_list_its_feeds_and_its_forms(
    client: Client, analyst: User
) -> None:
    from tests.factories import SavedSearchFactory

    search = SavedSearchFactory(user=analyst, name="Drones", query="q=drones&status=adopted")
    client.force_login(analyst)
    page = client.get(reverse("notifications:following")).content.decode()
    row = row_of(page, "Drones")
    assert f'<a href="{reverse("initiatives:list")}?q=drones&amp;status=adopted">' in row
    assert f'href="{reverse("feeds:saved_search_atom", args=[search.feed_token])}"' in row
    assert f'href="{reverse("feeds:saved_search_ics", args=[search.feed_token])}"' in row
    assert f'action="{reverse("notifications:saved_search_events", args=[search.pk])}"' in row
    assert f'action="{reverse("notifications:saved_search_remove", args=[search.pk])}"' in row
    assert f'action="{reverse("notifications:saved_search_add")}"' in page
