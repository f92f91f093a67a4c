"""Atom and iCalendar feeds of actors and areas, and the feed links every page shows."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from initiatives.models import CooperationArea
from tests.caches import clear_cache
from tests.factories import (
    SEND_AT,
    ActorFactory,
    FollowUpActionFactory,
    InitiativeFactory,
    MilestoneFactory,
    link_actor,
    link_area,
    make_world,
)
from tests.timeline.test_feeds import calendar, entries, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache() -> None:
    clear_cache()


def alternates(html: str) -> dict[str, str]:
    """The page's autodiscovery links: type and href, by title."""
    found = {}
    for tag in re.findall(r"<link rel=\"alternate\"[^>]*>", html):
        title = re.search(r'title="([^"]*)"', tag).group(1)
        kind = re.search(r'type="([^"]*)"', tag).group(1)
        found[title] = (kind, re.search(r'href="([^"]*)"', tag).group(1))
    return found


def test_the_actor_feed_has_its_initiatives_and_the_actions_it_owns(
    client: Client, analyst: User
) -> None:
    world = make_world(analyst)  # the Commission owns the new action, takes no part otherwise
    commission = world.due_soon.owner
    stranger = ActorFactory(name="NATO")
    url = reverse("feeds:actor_atom", args=[commission.slug])
    found = entries(client, url)
    assert [text_of(e, "title") for e in found] == [
        "Joint ammunition procurement: New follow-up action"
    ]
    assert entries(client, reverse("feeds:actor_atom", args=[stranger.slug])) == []
    link_actor(world.initiative, stranger, "partner")  # a party to it: every change
    assert len(entries(client, reverse("feeds:actor_atom", args=[stranger.slug]))) == 2
    link_actor(world.initiative, commission, "decision_maker")
    assert len(entries(client, url)) == 2  # its own action's event is listed once
    assert client.get(reverse("feeds:actor_atom", args=["nobody"])).status_code == 404


@time_machine.travel(SEND_AT, tick=False)
def test_the_actor_and_area_calendars_hold_their_own_deadlines(client: Client) -> None:
    council = ActorFactory(name="Council of the EU")
    drones = InitiativeFactory(title="Drone coalition")
    link_actor(drones, council, "decision_maker")
    link_area(drones, "co-production")
    summit = MilestoneFactory(initiative=drones, title="Summit", date=dt.date(2026, 12, 3))
    others = FollowUpActionFactory(initiative=drones, due_latest=dt.date(2027, 1, 31))
    owned = FollowUpActionFactory(owner=council, due_latest=dt.date(2027, 2, 28))
    FollowUpActionFactory(initiative=InitiativeFactory(), due_latest=dt.date(2027, 3, 1))

    actor = calendar(client, reverse("feeds:actor_ics", args=[council.slug]))
    assert set(actor) == {f"milestone-{summit.pk}@127.0.0.1", f"action-{owned.pk}@127.0.0.1"}
    assert "Council of the EU" in str(
        icalendar_name(client, reverse("feeds:actor_ics", args=[council.slug]))
    )
    area = calendar(client, reverse("feeds:area_ics", args=["co-production"]))
    assert set(area) == {f"milestone-{summit.pk}@127.0.0.1", f"action-{others.pk}@127.0.0.1"}
    other_area = CooperationArea.objects.exclude(slug="co-production").first()
    assert calendar(client, reverse("feeds:area_ics", args=[other_area.slug])) == {}
    assert client.get(reverse("feeds:area_ics", args=["no-such-area"])).status_code == 404


def icalendar_name(client: Client, url: str) -> str:
    import icalendar

    return str(icalendar.Calendar.from_ical(client.get(url).content)["X-WR-CALNAME"])


def test_pages_with_feeds_announce_them_to_anonymous_readers(client: Client) -> None:
    actor = ActorFactory(name="Council of the EU")
    initiative = InitiativeFactory(title="Drone <coalition>", slug="drones")
    link_actor(initiative, actor, "decision_maker")
    area = CooperationArea.objects.get(slug="investment")

    dashboard = client.get("/").content.decode()
    assert alternates(dashboard) == {
        "Docket: what changed": ("application/atom+xml", "/feeds/events.atom"),
        "Docket: milestones and deadlines": ("text/calendar", "/feeds/calendar.ics"),
    }
    page = client.get(actor.get_absolute_url()).content.decode()
    assert alternates(page)["Council of the EU: what changed"] == (
        "application/atom+xml",
        f"/feeds/actors/{actor.slug}.atom",
    )
    assert alternates(page)["Council of the EU: milestones and deadlines"] == (
        "text/calendar",
        f"/feeds/actors/{actor.slug}.ics",
    )
    # Visible links too, for people without a feed-reading browser.
    assert f'<a href="/feeds/actors/{actor.slug}.atom" type="application/atom+xml">' in page
    assert f'<a href="/feeds/actors/{actor.slug}.ics" type="text/calendar">' in page

    page = client.get(area.get_absolute_url()).content.decode()
    assert alternates(page)["Investment: milestones and deadlines"][1] == (
        "/feeds/areas/investment.ics"
    )
    assert '<a href="/feeds/areas/investment.ics" type="text/calendar">' in page

    page = client.get(initiative.get_absolute_url()).content.decode()
    assert alternates(page)["Drone &lt;coalition&gt;: what changed"][1] == (
        "/feeds/initiatives/drones.atom"
    )
    for path in ("/initiatives/", "/deliverables/"):
        assert (
            "/feeds/events.atom"
            in alternates(client.get(path).content.decode())["Docket: what changed"][1]
        )
