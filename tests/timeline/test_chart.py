"""The timeline chart: rows, bars, diamonds and today, bounded and in constant queries."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.test import Client

from initiatives.models import Initiative
from tests.factories import (
    ActorFactory,
    FollowUpActionFactory,
    MilestoneFactory,
    make_listed_initiative,
)
from timeline.chart import CHART_ACTIONS, CHART_ROWS, chart_for, layout_chart
from timeline.models import FollowUpAction, Milestone

TODAY = dt.date(2026, 11, 24)


def action(description: str, earliest, latest, status: str = "open", **extra) -> FollowUpAction:
    return FollowUpAction(
        description=description,
        due_earliest=earliest,
        due_latest=latest,
        status=status,
        **extra,
    )


def test_it_draws_a_bar_per_window_with_today_between_past_and_future() -> None:
    owner = ActorFactory.build(name="EU agencies", slug="eu-agencies")
    actions = [
        action("Late plan", dt.date(2025, 11, 25), dt.date(2026, 5, 25), owner=owner),
        action("Next plan", dt.date(2027, 1, 1), dt.date(2027, 6, 30), owner=owner),
        action("Someday", None, None, owner=owner),
    ]
    chart = layout_chart(actions=actions, today=TODAY, by="owner")
    [row] = chart.rows
    assert row.label == "EU agencies"
    late, later = row.bars
    assert late.state == "overdue" and late.symbol == "⚠"
    assert late.x + late.width < chart.today_x < later.x
    assert chart.undated == 1
    assert "2 due windows and 0 milestones" in chart.description
    assert "1 overdue" in chart.description


def test_overlapping_windows_take_separate_lanes() -> None:
    owner = ActorFactory.build(name="Council", slug="council")
    same = (dt.date(2025, 11, 25), dt.date(2026, 5, 25))
    chart = layout_chart(
        actions=[action(f"Plan {n}", *same, owner=owner) for n in range(3)], today=TODAY, by="owner"
    )
    assert len({bar.y for bar in chart.rows[0].bars}) == 3


def test_it_caps_the_rows_and_says_so() -> None:
    actions = [
        action(
            f"Plan {n}",
            None,
            TODAY + dt.timedelta(days=n),
            owner=ActorFactory.build(name=f"Owner {n}", slug=f"owner-{n}", pk=n + 1),
        )
        for n in range(CHART_ROWS + 4)
    ]
    chart = layout_chart(actions=actions, today=TODAY, by="owner")
    assert len(chart.rows) == CHART_ROWS
    assert chart.truncated


@pytest.fixture
def world() -> None:
    with time_machine.travel("2026-11-24 09:00:00+00:00", tick=False):
        owner = ActorFactory(name="EU agencies", slug="eu-agencies")
        for n in range(CHART_ROWS + 3):
            initiative = make_listed_initiative(f"Initiative <{n}>", areas=("investment",))
            MilestoneFactory(
                initiative=initiative, title=f"Signed {n}", date=dt.date(2026, 3, n + 1)
            )
            for k in range(3):
                FollowUpActionFactory(
                    initiative=initiative,
                    owner=owner,
                    description=f"Step {n}.{k}",
                    due_earliest=TODAY - dt.timedelta(days=30),
                    due_latest=TODAY + dt.timedelta(days=10 * n + k),
                )
        yield


@pytest.fixture
def client_today() -> Client:
    with time_machine.travel("2026-11-24 09:00:00+00:00", tick=False):
        yield Client()


@pytest.mark.django_db
@pytest.mark.usefixtures("world")
@pytest.mark.parametrize(
    "url",
    [
        "/deliverables/",
        "/deliverables/?area=investment&status=open",
        "/areas/investment/",
        "/actors/eu-agencies/",
    ],
)
def test_pages_draw_a_bounded_chart_with_its_text_alternative(
    client_today: Client, url: str
) -> None:
    page = client_today.get(url).content.decode()
    start = page.index('<svg class="timeline-chart"')
    svg = page[start : page.index("</svg>", start)]
    assert 'role="img"' in svg and "<title id=" in svg and "<desc id=" in svg
    assert svg.count('class="chart-label"') == CHART_ROWS
    assert "Milestone: Signed 0 (" in svg
    assert f"Milestone: Signed {CHART_ROWS + 2} (" not in svg
    assert "Showing the first 12 initiatives" in page
    # Imported text is escaped in the drawing and in its table.
    assert "Initiative &lt;0&gt;" in svg and "<0>" not in page
    table = page[page.index('<table class="chart-table">') :]
    assert re.search(r"<td>Step 0\.0</td>", table)
    assert "<td>Milestone: Signed 0</td>" in table


def queries_of(client: Client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def add_initiatives(count: int, start: int = 0) -> None:
    with time_machine.travel("2026-11-24 09:00:00+00:00", tick=False):
        owner = ActorFactory(name="EU agencies", slug="eu-agencies")
        for n in range(start, start + count):
            initiative = make_listed_initiative(f"Initiative {n}", areas=("investment",))
            MilestoneFactory(initiative=initiative, date=dt.date(2026, 3, 1))
            FollowUpActionFactory(initiative=initiative, owner=owner, due_latest=TODAY)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    ["/deliverables/?area=investment", "/areas/investment/", "/actors/eu-agencies/"],
)
def test_pages_with_a_chart_run_as_many_queries_for_one_row_as_for_many(
    client_today: Client, url: str
) -> None:
    add_initiatives(1)
    one = queries_of(client_today, url)
    add_initiatives(CHART_ROWS + 10, start=1)
    page = client_today.get(url).content.decode()
    assert page.count('class="chart-label"') == CHART_ROWS
    assert queries_of(client_today, url) == one


@pytest.mark.django_db
@pytest.mark.usefixtures("world")
@pytest.mark.parametrize("by", ["initiative", "owner"])
def test_it_draws_what_every_action_read_whole_would_draw(by: str) -> None:
    """Only the actions on the chart's rows are built from their rows: the chart is the
    one drawn from every action read with its initiative and owner."""
    FollowUpActionFactory(
        initiative=Initiative.objects.first(), owner=None, description="Nobody's step",
        due_earliest=None, due_latest=TODAY,
    )  # fmt: skip
    actions = FollowUpAction.objects.filter(initiative__area_links__area__slug="investment")
    whole = list(
        actions.select_related("initiative", "owner").order_by("due_latest", "pk")[:CHART_ACTIONS]
    )
    shown = []
    for a in whole:
        key = a.owner_id if by == "owner" else a.initiative_id
        if key not in shown:
            shown.append(key)
    milestones = (
        Milestone.objects.filter(initiative_id__in=shown[:CHART_ROWS]).order_by(
            "date", "window_start", "pk"
        )
        if by == "initiative"
        else []
    )
    expected = layout_chart(actions=whole, milestones=milestones, today=TODAY, by=by)
    drawn = chart_for(actions, today=TODAY, by=by)
    assert drawn == expected
    assert (len(drawn.rows), drawn.truncated) == (
        (CHART_ROWS, True) if by == "initiative" else (2, False)
    )
    if by == "owner":
        assert [row.label for row in drawn.rows] == ["EU agencies", "No owner named"]
