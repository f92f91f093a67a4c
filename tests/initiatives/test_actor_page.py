"""The actor page: its initiatives, most recently changed first, a page at a time, in the
same queries whatever the number of its initiatives."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import ActorFactory, FollowUpActionFactory, InitiativeFactory, link_actor

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


def involve(actor, count: int, start: int = 0) -> None:
    """``count`` initiatives naming the actor, each changed an hour after the one before,
    each with an action it owns."""
    for n in range(start, start + count):
        with time_machine.travel(NOW - dt.timedelta(days=10) + dt.timedelta(hours=n), tick=False):
            initiative = InitiativeFactory(title=f"Initiative number {n:02d}")
            link_actor(initiative, actor, "implementer")
            FollowUpActionFactory(initiative=initiative, owner=actor, due_latest=NOW.date())


def numbers(page: str) -> list[str]:
    """The numbers of the initiatives listed, in their order."""
    rows = page[page.index('id="involved"') :]
    return [part.split("<")[0] for part in rows.split('">Initiative number ')[1:]]


@pytest.fixture
def client_today() -> Client:
    with time_machine.travel(NOW, tick=False):
        yield Client()


def test_it_lists_the_initiatives_most_recently_changed_first_a_page_at_a_time(
    client_today: Client,
) -> None:
    actor = ActorFactory(name="EU agencies")
    involve(actor, 30)
    first = client_today.get(actor.get_absolute_url()).content.decode()
    second = client_today.get(actor.get_absolute_url() + "?page=2").content.decode()
    assert "Initiatives it is involved in (30)" in first
    assert numbers(first) == [f"{n:02d}" for n in range(29, 4, -1)]
    assert numbers(second) == [f"{n:02d}" for n in range(4, -1, -1)]


def test_it_runs_the_same_queries_for_3_initiatives_as_for_30(client_today: Client) -> None:
    actor = ActorFactory(name="EU agencies")
    counts = []
    for have, more in ((0, 3), (3, 27)):
        involve(actor, more, start=have)
        with CaptureQueriesContext(connection) as queries:
            page = client_today.get(actor.get_absolute_url()).content.decode()
        assert f"Initiatives it is involved in ({have + more})" in page
        counts.append(len(queries))
    assert counts[0] == counts[1]
