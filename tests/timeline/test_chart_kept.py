"""The area and actor pages' chart is kept drawn while what it shows stays the same
(`timeline.chart_drawn`): any change to its actions, their initiatives or owners, its
milestones, or the day shows on the next page."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client

from initiatives.models import Initiative
from tests.factories import (
    ActorFactory,
    FollowUpActionFactory,
    InitiativeFactory,
    MilestoneFactory,
    link_area,
)
from timeline import chart_drawn
from timeline.chart import layout_chart
from timeline.models import ActionStatus, FollowUpAction

pytestmark = pytest.mark.django_db
TODAY = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)
AREA = "/areas/investment/"


def chart_of(client: Client, url: str) -> str:
    page = client.get(url).content.decode()
    return page.split('id="chart-heading"', 1)[1].split("</section>", 1)[0]


@pytest.fixture
def charted() -> FollowUpAction:
    initiative = InitiativeFactory(title="Shell plant")
    link_area(initiative, "investment")
    return FollowUpActionFactory(
        initiative=initiative,
        owner=ActorFactory(name="Plant board", slug="plant-board"),
        description="Open the second line",
        due_earliest=dt.date(2026, 12, 1),
        due_latest=dt.date(2026, 12, 20),
    )


@pytest.fixture
def drawings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the chart was laid out (drawn rather than reused)."""
    drawn: list[int] = []

    def counted(**kwargs: object) -> object:
        drawn.append(1)
        return layout_chart(**kwargs)

    monkeypatch.setattr(chart_drawn, "layout_chart", counted)
    return drawn


@time_machine.travel(TODAY, tick=False)
def test_the_same_chart_is_drawn_once(client: Client, charted, drawings) -> None:
    first = chart_of(client, AREA)
    assert "Open the second line" in first
    assert chart_of(client, AREA) == first
    assert len(drawings) == 1
    FollowUpActionFactory(
        initiative=InitiativeFactory(title="Elsewhere"),
        owner=charted.owner,
        due_latest=dt.date(2027, 1, 5),
    )
    actor_chart = chart_of(client, "/actors/plant-board/")
    assert "Elsewhere" in actor_chart
    assert "Elsewhere" not in chart_of(client, AREA)
    assert len(drawings) == 2


@time_machine.travel(TODAY, tick=False)
def test_a_changed_action_initiative_or_owner_shows_on_the_next_page(
    client: Client, charted: FollowUpAction
) -> None:
    chart_of(client, AREA)
    FollowUpAction.objects.filter(pk=charted.pk).update(
        description="Close the first line", status=ActionStatus.STALLED
    )
    chart = chart_of(client, AREA)
    assert "Close the first line" in chart
    assert "stalled" in chart
    actor_page = "/actors/plant-board/"
    assert ">Shell plant<" in chart_of(client, actor_page)
    Initiative.objects.filter(pk=charted.initiative_id).update(title="Shell works")
    assert ">Shell works<" in chart_of(client, AREA)
    assert ">Shell works<" in chart_of(client, actor_page)


@time_machine.travel(TODAY, tick=False)
def test_a_new_milestone_shows_on_the_next_page(client: Client, charted) -> None:
    assert "Milestone:" not in chart_of(client, AREA)
    MilestoneFactory(initiative=charted.initiative, title="Plant opened", date=dt.date(2026, 12, 2))
    assert "Milestone: Plant opened" in chart_of(client, AREA)


def test_the_next_days_chart_says_what_is_overdue(client: Client, charted) -> None:
    with time_machine.travel(dt.datetime(2026, 12, 20, 9, tzinfo=dt.UTC), tick=False):
        assert "overdue" not in chart_of(client, AREA).lower().split("</svg>")[0].split("<desc")[1]
    with time_machine.travel(dt.datetime(2026, 12, 21, 9, tzinfo=dt.UTC), tick=False):
        assert "1 overdue" in chart_of(client, AREA)
