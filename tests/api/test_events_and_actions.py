"""/api/v1/events (an incremental change feed) and /api/v1/actions (deliverables)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import signing
from django.http import QueryDict
from django.test import Client

from api.public import EVENTS_SALT
from tests.factories import FollowUpActionFactory, InitiativeFactory, make_listed_initiative
from timeline.filters import DeliverableFilter
from timeline.models import ActionStatus, ChangeEvent, EventVia, FollowUpAction
from timeline.services import action_save

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 24, 12, tzinfo=dt.UTC)


def _add_action(initiative, description: str) -> FollowUpAction:  # type: ignore[no-untyped-def]
    return action_save(
        action=FollowUpAction(initiative=initiative, description=description),
        via=EventVia.IMPORT,
    )


@pytest.fixture
def at_once(settings: object) -> None:
    """Events are served as soon as they are recorded (see the settle tests below)."""
    settings.API_EVENTS_SETTLE_SECONDS = 0  # type: ignore[attr-defined]


@pytest.mark.usefixtures("at_once")
def test_a_client_syncs_only_what_is_new(client: Client) -> None:
    initiative = InitiativeFactory(slug="ammunition")
    _add_action(initiative, "First step")
    _add_action(initiative, "Second step")
    first = client.get("/api/v1/events?limit=1").json()
    assert [e["summary"] for e in first["results"]] and first["more"] is True
    second = client.get(f"/api/v1/events?since={first['since']}").json()
    assert second["more"] is False
    seen = first["results"] + second["results"]
    assert [e["kind"] for e in seen] == ["action_added", "action_added"]
    assert "First step" in seen[0]["summary"] and "Second step" in seen[1]["summary"]
    idle = client.get(f"/api/v1/events?since={second['since']}").json()
    assert idle["results"] == [] and idle["since"] == second["since"]
    _add_action(initiative, "Third step")
    later = client.get(f"/api/v1/events?since={idle['since']}").json()
    assert len(later["results"]) == 1 and "Third step" in later["results"][0]["summary"]
    assert later["results"][0]["initiative"] == {"slug": "ammunition", "title": initiative.title}


@pytest.mark.usefixtures("at_once")
def test_it_filters_events_by_kind_and_initiative(client: Client) -> None:
    _add_action(InitiativeFactory(slug="a"), "Mine")
    _add_action(InitiativeFactory(slug="b"), "Theirs")
    body = client.get("/api/v1/events?initiative=a&kind=action_added").json()
    assert [e["initiative"]["slug"] for e in body["results"]] == ["a"]
    assert client.get("/api/v1/events?kind=merged").json()["results"] == []


def test_it_refuses_a_forged_since(client: Client) -> None:
    response = client.get("/api/v1/events?since=42")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.usefixtures("at_once")
@pytest.mark.parametrize("rows", [1, 30])
def test_it_reads_events_in_a_fixed_number_of_queries(
    client: Client, django_assert_num_queries: object, rows: int
) -> None:
    initiative = InitiativeFactory()
    for n in range(rows):
        _add_action(initiative, f"Step {n}")
    with django_assert_num_queries(1):  # type: ignore[operator]
        assert len(client.get("/api/v1/events?limit=50").json()["results"]) == rows


def _summaries(body: dict) -> list[str]:
    return [e["summary"] for e in body["results"]]


def test_an_event_is_served_only_once_it_has_settled(client: Client, settings: object) -> None:
    settings.API_EVENTS_SETTLE_SECONDS = 5  # type: ignore[attr-defined]
    initiative = InitiativeFactory(slug="ammunition")
    with time_machine.travel(NOW, tick=False):
        _add_action(initiative, "First step")
    with time_machine.travel(NOW + dt.timedelta(seconds=4), tick=False):
        early = client.get("/api/v1/events").json()
    assert early["results"] == [] and early["more"] is False
    with time_machine.travel(NOW + dt.timedelta(seconds=5), tick=False):
        settled = client.get(f"/api/v1/events?since={early['since']}").json()
    assert ["First step" in s for s in _summaries(settled)] == [True]


def test_a_lower_id_that_commits_late_is_not_skipped(client: Client, settings: object) -> None:
    """Two saves: the first takes its event id at NOW but commits 3 seconds later; the
    second takes a higher id at NOW + 1 second and commits at once. A client syncing at
    NOW + 2 seconds sees neither (on PostgreSQL it could have seen the second alone), so
    its `since` stays before both, and it gets both when they have settled."""
    settings.API_EVENTS_SETTLE_SECONDS = 5  # type: ignore[attr-defined]
    initiative = InitiativeFactory(slug="ammunition")
    with time_machine.travel(NOW + dt.timedelta(seconds=1), tick=False):
        _add_action(initiative, "Committed first")
    with time_machine.travel(NOW + dt.timedelta(seconds=2), tick=False):
        between = client.get("/api/v1/events").json()
    assert between["results"] == []
    # The slow save took the lower id: renumber the other above it.
    with time_machine.travel(NOW, tick=False):
        slow = _add_action(initiative, "Committed late")
    late_event = ChangeEvent.objects.get(action=slow)
    first_event = ChangeEvent.objects.exclude(pk=late_event.pk).get()
    ChangeEvent.objects.filter(pk=first_event.pk).update(id=late_event.pk + 1)
    # At NOW + 5.5 the slow one has settled and the other not yet: only the slow one.
    with time_machine.travel(NOW + dt.timedelta(seconds=5, milliseconds=500), tick=False):
        half = client.get(f"/api/v1/events?since={between['since']}").json()
    assert _summaries(half) and all("Committed late" in s for s in _summaries(half))
    with time_machine.travel(NOW + dt.timedelta(seconds=6), tick=False):
        rest = client.get(f"/api/v1/events?since={half['since']}").json()
    assert _summaries(rest) and all("Committed first" in s for s in _summaries(rest))


def test_a_higher_id_recorded_earlier_waits_for_the_lower_one(
    client: Client, settings: object
) -> None:
    """Two processes whose clocks differ a little: the feed stops at the first id that
    has not settled, so the higher id is not served while the lower one would be skipped."""
    settings.API_EVENTS_SETTLE_SECONDS = 5  # type: ignore[attr-defined]
    initiative = InitiativeFactory(slug="ammunition")
    with time_machine.travel(NOW + dt.timedelta(seconds=1), tick=False):
        _add_action(initiative, "Lower id, later clock")
    with time_machine.travel(NOW, tick=False):
        _add_action(initiative, "Higher id, earlier clock")
    with time_machine.travel(NOW + dt.timedelta(seconds=5, milliseconds=500), tick=False):
        held = client.get("/api/v1/events").json()
    assert held["results"] == []
    with time_machine.travel(NOW + dt.timedelta(seconds=6), tick=False):
        both = client.get(f"/api/v1/events?since={held['since']}").json()
    assert len(both["results"]) == 2
    assert "Lower id" in both["results"][0]["summary"]


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize(
    "query",
    [
        "",
        "window=overdue",
        "window=nodate",
        "window=next30",
        "status=done&status=open",
        "owner=eu-agencies",
        "area=investment",
        "initiative=busy",
    ],
)
def test_it_filters_actions_as_the_deliverables_page_does(client: Client, query: str) -> None:
    initiative = make_listed_initiative("Busy", slug="busy", overdue_actions=2)
    FollowUpActionFactory(initiative=initiative, due_latest=dt.date(2026, 12, 1), due_earliest=None)
    FollowUpActionFactory(due_latest=None, due_earliest=None)
    FollowUpActionFactory(status=ActionStatus.DONE, completed_on=dt.date(2026, 1, 1))
    expected = [
        a.pk
        for a in DeliverableFilter(
            data=QueryDict(query), queryset=FollowUpAction.objects.all(), today=NOW.date()
        ).qs
    ]
    found, url = [], f"/api/v1/actions?{query}&page_size=2"
    while url:
        body = client.get(url).json()
        found += [a["id"] for a in body["results"]]
        url = body["next"]
    assert found == expected


@time_machine.travel(NOW, tick=False)
def test_it_says_which_actions_are_overdue_and_due_soon(client: Client) -> None:
    FollowUpActionFactory(due_latest=dt.date(2026, 11, 1), due_earliest=None, description="late")
    FollowUpActionFactory(due_latest=dt.date(2026, 12, 1), due_earliest=None, description="soon")
    rows = {a["description"]: a for a in client.get("/api/v1/actions").json()["results"]}
    assert rows["late"]["overdue"] and not rows["late"]["due_soon"]
    assert rows["soon"]["due_soon"] and not rows["soon"]["overdue"]


@pytest.mark.parametrize("rows", [1, 30])
def test_it_lists_actions_in_a_fixed_number_of_queries(
    client: Client, django_assert_num_queries: object, rows: int
) -> None:
    FollowUpActionFactory.create_batch(rows)
    # The FilterSet's two lists of choices, then the page.
    with django_assert_num_queries(3):  # type: ignore[operator]
        assert client.get("/api/v1/actions?window=overdue").status_code == 200


@pytest.mark.usefixtures("at_once")
def test_a_since_issued_by_the_previous_release_still_syncs(client: Client) -> None:
    initiative = InitiativeFactory(slug="ammunition")
    _add_action(initiative, "First step")
    first = ChangeEvent.objects.get()
    _add_action(initiative, "Second step")
    # Until this release, a position was signed with a timestamp.
    old = signing.dumps(first.pk, salt=EVENTS_SALT)
    response = client.get(f"/api/v1/events?since={old}")
    assert response.status_code == 200
    summaries = [e["summary"] for e in response.json()["results"]]
    assert len(summaries) == 1 and "Second step" in summaries[0]
