"""The deliverables board: pending actions in five groups, filtered like the table."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.test import Client

from tests.factories import ActorFactory, FollowUpActionFactory, make_listed_initiative
from timeline.board import BOARD_CARDS

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 11, 24)
# Filter choices (owners, areas), then at most two queries for each of the five groups.
BOARD_QUERIES = 2 + 2 * 5


@pytest.fixture
def frozen_today() -> object:
    with time_machine.travel("2026-11-24 09:00:00+00:00", tick=False) as traveller:
        yield traveller


@pytest.fixture
def actions(frozen_today: object) -> None:
    loan = make_listed_initiative("Loan facility", areas=("investment",))
    norms = make_listed_initiative("Standards <deal>", areas=("standardization",))
    eib = ActorFactory(name="European Investment Bank", slug="eib")
    for description, initiative, latest, status in [
        ("Overdue report", loan, TODAY - dt.timedelta(days=3), "open"),
        ("Report in two weeks", loan, TODAY + dt.timedelta(days=14), "open"),
        ("Report in two months", norms, TODAY + dt.timedelta(days=60), "in_progress"),
        ("Report next year", norms, TODAY + dt.timedelta(days=400), "open"),
        ("Report some day", norms, None, "open"),
        ("Report dropped", norms, TODAY + dt.timedelta(days=5), "dropped"),
    ]:
        FollowUpActionFactory(
            description=description,
            initiative=initiative,
            owner=eib,
            due_earliest=None,
            due_latest=latest,
            status=status,
        )


def groups(client: Client, query: str = "") -> dict[str, list[str]]:
    page = client.get(f"/deliverables/board/?{query}").content.decode()
    found = {}
    for key, body in re.findall(
        r'<section class="board-group board-(\w+)"(.*?)</section>', page, re.S
    ):
        found[key] = re.findall(r'<p class="board-action">([^<]*)</p>', body)
    return found


@pytest.mark.usefixtures("actions")
def test_it_groups_pending_actions_by_when_they_are_due(client: Client) -> None:
    assert groups(client) == {
        "overdue": ["Overdue report"],
        "next30": ["Report in two weeks"],
        "next90": ["Report in two months"],
        "later": ["Report next year"],
        "nodate": ["Report some day"],
    }


@pytest.mark.usefixtures("actions")
def test_it_filters_with_the_deliverables_filters(client: Client) -> None:
    found = groups(client, "area=standardization")
    assert found["overdue"] == [] and found["next30"] == []
    assert found["next90"] == ["Report in two months"]
    assert groups(client, "window=overdue")["overdue"] == ["Overdue report"]
    assert groups(client, "window=overdue")["later"] == []


@pytest.mark.usefixtures("actions")
def test_a_card_shows_initiative_owner_and_window_with_imported_text_escaped(
    client: Client,
) -> None:
    page = client.get("/deliverables/board/").content.decode()
    assert "Standards &lt;deal&gt;" in page and "Standards <deal>" not in page
    assert "European Investment Bank" in page
    assert f"by {TODAY + dt.timedelta(days=14):%-d %b %Y}" in page


def test_it_shows_a_few_cards_a_group_and_links_to_the_rest(
    frozen_today: object, client: Client, django_assert_max_num_queries
) -> None:
    loan = make_listed_initiative("Loan facility", areas=("investment",))
    for n in range(BOARD_CARDS + 3):
        FollowUpActionFactory(
            initiative=loan,
            description=f"Late {n}",
            owner=ActorFactory(),
            due_earliest=None,
            due_latest=TODAY - dt.timedelta(days=n + 1),
        )
        FollowUpActionFactory(
            initiative=loan, description=f"Undated {n}", due_earliest=None, due_latest=None
        )
    with django_assert_max_num_queries(BOARD_QUERIES):
        page = client.get("/deliverables/board/?area=investment").content.decode()
    assert page.count('class="card board-card"') == 2 * BOARD_CARDS
    assert f"All {BOARD_CARDS + 3} in the table" in page
    assert "area=investment&amp;window=overdue" in page


@pytest.mark.usefixtures("actions")
@pytest.mark.parametrize(
    "query", ["", "window=later", "area=investment&owner=eib&status=open", "window=nodate"]
)
def test_it_runs_the_same_queries_whatever_the_filters(
    client: Client, django_assert_max_num_queries, query: str
) -> None:
    with django_assert_max_num_queries(BOARD_QUERIES):
        assert client.get(f"/deliverables/board/?{query}").status_code == 200
