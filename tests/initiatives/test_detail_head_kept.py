"""The initiative page's header is kept drawn (config/initiative_head.py) under what it
shows, the reader's follow state and the page's address: the same page twice draws it
once; another title, a follow, another reader or another address draws it again; each
request gets its own CSRF token."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from config import initiative_head
from initiatives import views
from initiatives.models import Initiative
from notifications.models import Follow
from tests.caches import count_drawings
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db
URL = "/initiatives/rail-plan/"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="(\w+)"')


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    initiative_head.heads.clear()
    views._detail_feeds.clear()
    return count_drawings(monkeypatch, "initiatives/_detail_head.html", initiative_head)


def head(client: Client, url: str = URL) -> str:
    html = client.get(url).content.decode()
    start = html.index('<header class="initiative-head">')
    return html[start : html.index("</header>", start)]


def test_the_header_is_drawn_again_only_when_what_it_shows_changes(
    client: Client, analyst: User, drawn: list[int]
) -> None:
    initiative = InitiativeFactory(title="Rail plan", slug="rail-plan", verified=False)
    first = head(client)
    assert "Sign in to follow" in first and "Not yet verified" in first
    assert head(client) == first
    assert len(drawn) == 1
    Initiative.objects.filter(pk=initiative.pk).update(title="Rail <plan>", verified=True)
    retitled = head(client)
    assert "<h1>Rail &lt;plan&gt;</h1>" in retitled and "Verified by a curator" in retitled
    assert "?next=/initiatives/rail-plan/%3Fp%3D2" in head(client, URL + "?p=2")
    assert len(drawn) == 3
    client.force_login(analyst)
    signed_in = head(client)
    assert ">Follow</button>" in signed_in
    Follow.objects.create(user=analyst, initiative=initiative)
    assert "Following ✓</button>" in head(client)
    assert len(drawn) == 5


def test_a_changed_status_decision_day_or_venue_is_shown_at_once(
    client: Client, drawn: list[int]
) -> None:
    initiative = InitiativeFactory(
        title="Rail plan", slug="rail-plan", status="proposed", decided_on=None, venue=""
    )
    assert ">Proposed</span>" in head(client)
    rows = Initiative.objects.filter(pk=initiative.pk)
    rows.update(status="adopted")
    assert ">Adopted</span>" in head(client)
    rows.update(decided_on=dt.date(2026, 3, 4), decided_on_precision="day")
    assert "decided 4 March 2026" in head(client)
    rows.update(venue="Lisbon summit")
    assert "<span>in Lisbon summit</span>" in head(client)
    assert len(drawn) == 4


def test_each_request_gets_its_own_token(client: Client, analyst: User, drawn: list[int]) -> None:
    InitiativeFactory(title="Rail plan", slug="rail-plan")
    client.force_login(analyst)
    first, second = head(client), head(client)
    assert len(drawn) == 1
    assert "keptCsrfTokenStandIn" not in first
    assert TOKEN.search(first) and TOKEN.search(second)
    assert TOKEN.search(first).group(1) != TOKEN.search(second).group(1)  # masked anew
