"""/api/v1/events (an incremental change feed) and /api/v1/actions (deliverables)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.http import QueryDict
from django.test import Client

from tests.factories import FollowUpActionFactory, InitiativeFactory, make_listed_initiative
from timeline.filters import DeliverableFilter
from timeline.models import ActionStatus, EventVia, FollowUpAction
from timeline.services import action_save

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 24, 12, tzinfo=dt.UTC)


def _add_action(initiative, description: str) -> FollowUpAction:  # type: ignore[no-untyped-def]
    return action_save(
        action=FollowUpAction(initiative=initiative, description=description),
        via=EventVia.IMPORT,
    )


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


@pytest.mark.parametrize("rows", [1, 30])
def test_it_reads_events_in_a_fixed_number_of_queries(
    client: Client, django_assert_num_queries: object, rows: int
) -> None:
    initiative = InitiativeFactory()
    for n in range(rows):
        _add_action(initiative, f"Step {n}")
    with django_assert_num_queries(1):  # type: ignore[operator]
        assert client.get("/api/v1/events").status_code == 200


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
