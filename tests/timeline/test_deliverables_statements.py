"""The deliverables page compiles its union of per-status scans once for each filter and
page (timeline.views.merged_by_status): each filter still gets its own rows, and a change
to an action shows on the next visit."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client

from tests.factories import ActorFactory, FollowUpActionFactory, make_listed_initiative
from timeline.models import FollowUpAction

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def two_initiatives() -> object:
    with time_machine.travel("2026-11-24 09:00:00+00:00", tick=False):
        owner = ActorFactory(name="Council secretariat")
        for title, slug in [("Loan facility", "loan"), ("Standards deal", "norms")]:
            initiative = make_listed_initiative(title, areas=("investment",), slug=slug)
            for n, status in enumerate(["open", "in_progress", "stalled"]):
                FollowUpActionFactory(
                    description=f"{title} step {n} ({status})",
                    initiative=initiative,
                    owner=owner,
                    status=status,
                    due_latest=TODAY + dt.timedelta(days=10 * n),
                )
        yield


def test_each_filter_gets_its_own_rows_however_often_it_is_asked(two_initiatives: object) -> None:
    client = Client()
    for slug, shown, hidden in [
        ("loan", "Loan facility", "Standards deal"),
        ("norms", "Standards deal", "Loan facility"),
        ("loan", "Loan facility", "Standards deal"),
    ]:
        page = client.get(f"/deliverables/?initiative={slug}").content.decode()
        assert all(f"{shown} step {n}" in page for n in range(3))
        assert f"{hidden} step" not in page


def test_a_changed_action_shows_on_the_next_visit(two_initiatives: object) -> None:
    client = Client()
    assert "Loan facility step 1 (in_progress)" in client.get("/deliverables/").content.decode()
    FollowUpAction.objects.filter(description="Loan facility step 1 (in_progress)").update(
        description="Step one, renamed"
    )
    page = client.get("/deliverables/").content.decode()
    assert "Step one, renamed" in page
    assert "Loan facility step 1" not in page
