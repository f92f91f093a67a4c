"""Atom feeds of change events and iCalendar feeds of milestones and due windows."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import icalendar
import pytest
import time_machine
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from initiatives.models import CooperationArea, Status
from tests.caches import clear_cache
from tests.factories import (
    SEND_AT,
    FollowUpActionFactory,
    InitiativeFactory,
    MilestoneFactory,
    SavedSearchFactory,
    link_area,
    make_world,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache() -> None:
    clear_cache()  # calendars are cached for a quarter of an hour


ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client: Client, url: str) -> list[ET.Element]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content).findall(f"{ATOM}entry")  # noqa: S314 (our own feed)


def text_of(entry: ET.Element, tag: str) -> str:
    return entry.find(f"{ATOM}{tag}").text or ""


def test_the_atom_feeds_list_change_events(client: Client, analyst: User) -> None:
    world = make_world(analyst)
    other = InitiativeFactory(title="Unrelated")
    everything = entries(client, reverse("feeds:events_atom"))
    assert len(everything) == 2
    titles = [text_of(e, "title") for e in everything]
    assert "Joint ammunition procurement: Status changed" in titles
    summaries = " ".join(text_of(e, "summary") for e in everything)
    assert "Publish the <script>alert(1)</script> roadmap" in summaries  # XML-escaped on the wire
    assert "Owner: European Commission." in summaries
    link = everything[0].find(f"{ATOM}link").get("href")
    assert link == "http://127.0.0.1:8000/initiatives/ammunition/"
    ids = {text_of(e, "id") for e in everything}
    assert len(ids) == 2
    assert all(i.startswith("tag:127.0.0.1,2026:event/") for i in ids)

    url = reverse("feeds:initiative_atom", args=[world.initiative.slug])
    assert len(entries(client, url)) == 2
    assert entries(client, reverse("feeds:initiative_atom", args=[other.slug])) == []


def test_the_area_feed_holds_the_areas_initiatives_only(client: Client, analyst: User) -> None:
    world = make_world(analyst)
    area, elsewhere = CooperationArea.objects.all()[:2]
    link_area(world.initiative, area.slug)
    assert len(entries(client, reverse("feeds:area_atom", args=[area.slug]))) == 2
    assert entries(client, reverse("feeds:area_atom", args=[elsewhere.slug])) == []
    assert client.get(reverse("feeds:area_atom", args=["no-such-area"])).status_code == 404


def test_a_saved_search_feed_needs_its_private_token(client: Client, analyst: User) -> None:
    make_world(analyst)
    adopted = SavedSearchFactory(user=analyst, query="status=adopted")
    withdrawn = SavedSearchFactory(user=analyst, query="status=withdrawn")
    with time_machine.travel(SEND_AT, tick=False):
        assert (
            len(entries(client, reverse("feeds:saved_search_atom", args=[adopted.feed_token]))) == 2
        )
        url = reverse("feeds:saved_search_atom", args=[withdrawn.feed_token])
        assert entries(client, url) == []
    assert client.get(reverse("feeds:saved_search_atom", args=["guessed"])).status_code == 404
    assert client.get(reverse("feeds:saved_search_ics", args=["guessed"])).status_code == 404


def calendar(client: Client, url: str) -> dict[str, icalendar.Event]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    parsed = icalendar.Calendar.from_ical(response.content)
    return {str(e["UID"]): e for e in parsed.walk("VEVENT")}


@time_machine.travel(SEND_AT, tick=False)
def test_the_calendar_has_all_day_events_spanning_each_window(client: Client) -> None:
    initiative = InitiativeFactory(title="Drone coalition", status=Status.ADOPTED)
    milestone = MilestoneFactory(initiative=initiative, title="Summit", date=dt.date(2026, 12, 3))
    window = FollowUpActionFactory(
        initiative=initiative,
        description="Deliver the first drones",
        due_earliest=dt.date(2026, 12, 1),
        due_latest=dt.date(2027, 2, 28),
    )
    FollowUpActionFactory(initiative=initiative, due_earliest=dt.date(2027, 1, 1), due_latest=None)
    events = calendar(client, reverse("feeds:calendar_ics"))
    assert set(events) == {
        f"milestone-{milestone.pk}@127.0.0.1",
        f"action-{window.pk}@127.0.0.1",
    }  # "in the coming years" has no firm date, so no calendar entry
    action = events[f"action-{window.pk}@127.0.0.1"]
    assert action.decoded("dtstart") == dt.date(2026, 12, 1)
    assert action.decoded("dtend") == dt.date(2027, 3, 1)  # exclusive: the window's last day counts
    assert "Deliver the first drones" in str(action["summary"])
    assert str(action["url"]) == "http://127.0.0.1:8000" + initiative.get_absolute_url()
    summit = events[f"milestone-{milestone.pk}@127.0.0.1"]
    assert summit.decoded("dtend") - summit.decoded("dtstart") == dt.timedelta(days=1)

    again = calendar(client, reverse("feeds:initiative_ics", args=[initiative.slug]))
    assert set(again) == set(events)  # stable UIDs: a calendar app updates, never duplicates
    search = SavedSearchFactory(query="status=adopted")
    assert set(
        calendar(client, reverse("feeds:saved_search_ics", args=[search.feed_token]))
    ) == set(events)
    empty = SavedSearchFactory(query="status=withdrawn")
    assert calendar(client, reverse("feeds:saved_search_ics", args=[empty.feed_token])) == {}


@time_machine.travel(SEND_AT, tick=False)
def test_a_query_string_does_not_bypass_the_calendar_cache(client: Client) -> None:
    initiative = InitiativeFactory(title="Drone coalition")
    MilestoneFactory(initiative=initiative, title="Summit", date=dt.date(2026, 12, 3))
    url = reverse("feeds:calendar_ics")
    first = calendar(client, url)
    MilestoneFactory(initiative=initiative, title="Later", date=dt.date(2026, 12, 9))
    # Calendar applications add cache busters; the cached calendar answers them all.
    assert calendar(client, url + "?nocache=1733000000") == first
    assert calendar(client, url + "?utm_source=mail&x=") == first
    clear_cache()
    assert len(calendar(client, url + "?nocache=1")) == len(first) + 1
