"""The deliverables page: every action across initiatives, filtered and sorted by due date."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client

from tests.factories import ActorFactory, FollowUpActionFactory, make_listed_initiative

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def frozen_today() -> object:
    with time_machine.travel("2026-11-24 09:00:00+00:00", tick=False) as traveller:
        yield traveller


@pytest.fixture
def actions(frozen_today: object) -> None:
    loan = make_listed_initiative("Loan facility", areas=("investment",))
    norms = make_listed_initiative("Standards deal", areas=("standardization",))
    eib = ActorFactory(name="European Investment Bank")
    for description, initiative, latest, status in [
        ("Overdue report", loan, TODAY - dt.timedelta(days=3), "open"),
        ("Report in two weeks", loan, TODAY + dt.timedelta(days=14), "open"),
        ("Report in two months", norms, TODAY + dt.timedelta(days=60), "in_progress"),
        ("Report next year", norms, TODAY + dt.timedelta(days=400), "open"),
        ("Report some day", norms, None, "open"),
    ]:
        FollowUpActionFactory(
            description=description,
            initiative=initiative,
            owner=eib,
            due_earliest=None,
            due_latest=latest,
            status=status,
        )
    FollowUpActionFactory(
        description="Finished report",
        initiative=loan,
        due_earliest=None,
        due_latest=TODAY - dt.timedelta(days=30),
        status="done",
        completed_on=TODAY - dt.timedelta(days=31),
    )


def shown(client: Client, query: str = "") -> list[str]:
    import re

    page = client.get(f"/deliverables/?{query}").content.decode()
    return re.findall(r"<td data-label=\"Action\">((?:Overdue|Report|Finished)[^<]*)</td>", page)


@pytest.mark.usefixtures("actions")
def test_it_lists_every_action_by_due_date_with_undated_last(client: Client) -> None:
    assert shown(client) == [
        "Finished report",
        "Overdue report",
        "Report in two weeks",
        "Report in two months",
        "Report next year",
        "Report some day",
    ]


@pytest.mark.usefixtures("actions")
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("window=overdue", ["Overdue report"]),
        ("window=next30", ["Report in two weeks"]),
        ("window=next90", ["Report in two weeks", "Report in two months"]),
        ("window=later", ["Report next year"]),
        ("window=nodate", ["Report some day"]),
        ("status=done", ["Finished report"]),
        ("status=in_progress&area=standardization", ["Report in two months"]),
        (
            "owner=european-investment-bank&area=investment",
            ["Overdue report", "Report in two weeks"],
        ),
    ],
)
def test_it_filters_by_window_status_area_and_owner(
    client: Client, query: str, expected: list[str]
) -> None:
    assert shown(client, query) == expected


@pytest.mark.usefixtures("actions")
def test_badges_say_overdue_and_done_in_words(client: Client) -> None:
    page = client.get("/deliverables/").content.decode()
    assert "Overdue</span>" in page
    assert "Done</span>" in page
    assert "Due soon</span>" in page


@pytest.mark.usefixtures("actions")
def test_a_bad_window_is_a_form_error(client: Client) -> None:
    response = client.get("/deliverables/?window=someday&page=1")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert client.get("/deliverables/?page=x").status_code == 404


def test_pages_follow_one_due_order_across_statuses(client: Client, frozen_today: object) -> None:
    from timeline.models import FollowUpAction

    initiative = make_listed_initiative("Many actions")
    statuses = ["open", "in_progress", "stalled", "partly_done", "done", "dropped"]
    for n in range(40):
        status = statuses[n % len(statuses)]
        FollowUpActionFactory(
            initiative=initiative,
            description=f"Step {n:02}",
            due_earliest=None,
            due_latest=None if n % 7 == 0 else TODAY + dt.timedelta(days=(n * 37) % 90),
            status=status,
            completed_on=TODAY if status in ("done", "partly_done") else None,
        )
    expected = [
        a.description
        for a in sorted(
            FollowUpAction.objects.filter(description__startswith="Step"),
            key=lambda a: (a.due_latest is None, a.due_latest or TODAY, a.pk),
        )
    ]
    import re

    seen = []
    for page in (1, 2):
        html = client.get(f"/deliverables/?page={page}").content.decode()
        seen += re.findall(r"<td data-label=\"Action\">(Step \d\d)</td>", html)
    assert seen == expected
