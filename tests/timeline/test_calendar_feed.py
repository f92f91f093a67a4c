"""The calendar feeds as a calendar application reads them: which events, their text,
their stamps, and a fixed number of queries however many events."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from tests.caches import clear_cache
from tests.factories import (
    SEND_AT,
    ActorFactory,
    FollowUpActionFactory,
    InitiativeFactory,
    MilestoneFactory,
)
from tests.timeline.test_feeds import calendar
from timeline.models import FollowUpAction

pytestmark = pytest.mark.django_db

HOSTILE = "Drones; <script>alert(1)</script>, at \\last\\\nSecond line " + "long " * 30


@pytest.fixture(autouse=True)
def today() -> object:
    clear_cache()
    with time_machine.travel(SEND_AT, tick=False):
        yield


def test_untrusted_text_reaches_the_calendar_intact(client: Client) -> None:
    initiative = InitiativeFactory(title=HOSTILE)
    action = FollowUpActionFactory(
        initiative=initiative,
        description=HOSTILE,
        owner=ActorFactory(name="Council, of the EU; and \\ others"),
        due_latest=dt.date(2027, 1, 31),
    )
    raw = client.get(reverse("feeds:calendar_ics")).content
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75
    found = calendar(client, reverse("feeds:calendar_ics"))[f"action-{action.pk}@127.0.0.1"]
    assert str(found["SUMMARY"]) == f"Due: {HOSTILE[:120]} ({HOSTILE})"
    assert str(found["DESCRIPTION"]) == (
        f"{HOSTILE}\nDue 25 Nov 2025 – 31 Jan 2027 (in the coming months). "
        "Owner: Council, of the EU; and \\ others. Status: Open."
    )


def test_events_are_stamped_with_their_last_change(client: Client) -> None:
    with time_machine.travel(dt.datetime(2026, 10, 2, 9, 30, 15, 500_000, tzinfo=dt.UTC)):
        action = FollowUpActionFactory(due_latest=dt.date(2027, 1, 31))
        milestone = MilestoneFactory(date=dt.date(2026, 12, 3))
    events = calendar(client, reverse("feeds:calendar_ics"))
    stamp = dt.datetime(2026, 10, 2, 9, 30, 15, tzinfo=dt.UTC)
    for uid in (f"action-{action.pk}@127.0.0.1", f"milestone-{milestone.pk}@127.0.0.1"):
        assert events[uid].decoded("dtstamp") == stamp
        assert events[uid].decoded("last-modified") == stamp


def test_the_same_data_gives_the_same_file(client: Client) -> None:
    FollowUpActionFactory(due_latest=dt.date(2027, 1, 31))
    MilestoneFactory(date=dt.date(2026, 12, 3))
    first = client.get(reverse("feeds:calendar_ics")).content
    clear_cache()
    assert client.get(reverse("feeds:calendar_ics")).content == first


def test_it_shows_what_ends_within_the_last_year_and_later(client: Client) -> None:
    initiative = InitiativeFactory()
    shown = [
        MilestoneFactory(initiative=initiative, date=dt.date(2026, 12, 3)),
        # A window that opened long ago and is still open.
        MilestoneFactory(
            initiative=initiative,
            date=None,
            window_start=dt.date(2024, 1, 1),
            window_end=dt.date(2027, 6, 30),
        ),
        MilestoneFactory(initiative=initiative, date=None, window_start=dt.date(2026, 3, 1)),
    ]
    MilestoneFactory(initiative=initiative, date=dt.date(2025, 6, 1))  # ended over a year ago
    MilestoneFactory(initiative=initiative, date=None)  # no day to show
    events = calendar(client, reverse("feeds:calendar_ics"))
    assert set(events) == {f"milestone-{m.pk}@127.0.0.1" for m in shown}
    window = events[f"milestone-{shown[1].pk}@127.0.0.1"]
    assert window.decoded("dtstart") == dt.date(2024, 1, 1)
    assert window.decoded("dtend") == dt.date(2027, 7, 1)
    # The initiative's own calendar keeps its whole history, undated milestones aside.
    own = calendar(client, reverse("feeds:initiative_ics", args=[initiative.slug]))
    assert len(own) == 4


@pytest.mark.parametrize("events", [1, 30])
def test_a_calendar_runs_two_queries_however_many_events(
    client: Client, events: int, django_assert_num_queries: object
) -> None:
    actor = ActorFactory(name="Council of the EU")
    for n in range(events):
        initiative = InitiativeFactory()
        MilestoneFactory(initiative=initiative, date=dt.date(2026, 12, 1) + dt.timedelta(days=n))
        FollowUpActionFactory(
            initiative=initiative, owner=actor, due_latest=dt.date(2027, 1, 1) + dt.timedelta(n)
        )
    with django_assert_num_queries(2):
        found = calendar(client, reverse("feeds:calendar_ics"))
    assert len(found) == 2 * events
    assert FollowUpAction.objects.count() == events
