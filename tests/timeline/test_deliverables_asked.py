"""The deliverables page's statements, kept by what was asked (the day and the filters):
each request still gets its own day's and its own filters' rows and chart."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.timeline.test_deliverables import actions, frozen_today, shown  # noqa: F401

pytestmark = pytest.mark.django_db


def chart_of(client: Client, query: str) -> str:
    page = client.get(f"/deliverables/?{query}").content.decode()
    return page.split("<svg", 1)[1].split("</svg>", 1)[0]


@pytest.mark.usefixtures("actions")
def test_the_same_filters_on_a_later_day_read_that_days_rows(frozen_today) -> None:  # noqa: F811
    client = Client()
    assert shown(client, "window=overdue") == ["Overdue report"]
    frozen_today.move_to("2026-12-20 09:00:00+00:00")  # two weeks on: the report is late
    assert shown(client, "window=overdue") == ["Overdue report", "Report in two weeks"]


@pytest.mark.usefixtures("actions")
def test_each_area_asked_in_turn_gets_its_own_rows_and_chart(client: Client) -> None:
    for _ in range(2):
        assert shown(client, "area=investment") == [
            "Finished report",
            "Overdue report",
            "Report in two weeks",
        ]
        assert shown(client, "area=standardization")[0] == "Report in two months"
        investment, standards = (
            chart_of(client, "area=investment"),
            chart_of(client, "area=standardization"),
        )
        assert "Loan facility" in investment and "Standards deal" not in investment
        assert "Standards deal" in standards and "Loan facility" not in standards
