"""The Following page in pages of fifty, newest first, with the initiative list's pager."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from notifications.models import Follow
from notifications.views import FOLLOWS_PER_PAGE
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db

MORE = 5  # follows beyond the first page


def follow_many(user: User, count: int) -> list[str]:
    """``count`` initiatives followed one after the other; their titles, newest first."""
    titles = []
    for n in range(count):
        initiative = InitiativeFactory(title=f"Followed initiative {n:03}")
        Follow.objects.create(user=user, initiative=initiative)
        titles.append(initiative.title)
    return titles[::-1]


def shown(page: str) -> list[str]:
    return re.findall(r">(Followed initiative \d+)</a></td>", page)


def get(client: Client, **params: str) -> str:
    response = client.get(reverse("notifications:following"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_it_shows_fifty_follows_then_the_rest_on_page_two(client: Client, analyst: User) -> None:
    newest_first = follow_many(analyst, FOLLOWS_PER_PAGE + MORE)
    client.force_login(analyst)

    first = get(client)
    assert shown(first) == newest_first[:FOLLOWS_PER_PAGE]
    assert f"Initiatives, areas and actors ({FOLLOWS_PER_PAGE + MORE})" in first
    assert "Page 1 of 2" in first
    assert '<a href="?page=2" rel="next">Next →</a>' in first
    assert 'rel="prev"' not in first

    second = get(client, page="2")
    assert shown(second) == newest_first[FOLLOWS_PER_PAGE:]
    assert "Page 2 of 2" in second
    assert '<a href="?page=1" rel="prev">← Previous</a>' in second
    assert 'rel="next"' not in second
    # Each row's forms come back to the page they were sent from.
    assert 'name="next" value="/following/?page=2"' in second


def test_one_page_of_follows_has_no_pager(client: Client, analyst: User) -> None:
    follow_many(analyst, 3)
    client.force_login(analyst)
    page = get(client)
    assert len(shown(page)) == 3
    assert "Initiatives, areas and actors (3)" in page
    assert 'class="pagination"' not in page


def test_a_page_past_the_last_goes_to_the_last(client: Client, analyst: User) -> None:
    # As after unfollowing the only row of page 2: its form comes back to ?page=2.
    follow_many(analyst, FOLLOWS_PER_PAGE + 1)
    Follow.objects.filter(user=analyst).order_by("created_at", "id").first().delete()
    client.force_login(analyst)
    response = client.get(reverse("notifications:following"), {"page": "2"})
    assert response.status_code == 302
    assert response["Location"] == reverse("notifications:following") + "?page=1"
    assert client.get(reverse("notifications:following"), {"page": "x"}).status_code == 404


def test_each_page_runs_the_queries_of_a_short_list(client: Client, analyst: User) -> None:
    follow_many(analyst, FOLLOWS_PER_PAGE + MORE)
    client.force_login(analyst)
    get(client)  # the user's row is then kept, when there is a shared cache (accounts/users.py)
    counts = []
    for params, rows in (({}, FOLLOWS_PER_PAGE), ({"page": "2"}, MORE)):
        with CaptureQueriesContext(connection) as captured:
            assert len(shown(get(client, **params))) == rows
        counts.append(len(captured.captured_queries))
    Follow.objects.filter(user=analyst).exclude(
        pk__in=Follow.objects.filter(user=analyst).order_by("-id").values("pk")[:3]
    ).delete()
    with CaptureQueriesContext(connection) as captured:
        assert len(shown(get(client))) == 3
    assert counts == [len(captured.captured_queries)] * 2
