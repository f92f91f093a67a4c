"""The list's badge counts each row's overdue actions on the day the page is drawn."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client

from tests.factories import FollowUpActionFactory, make_listed_initiative

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 11, 24)


def test_the_overdue_badge_counts_on_the_day_the_list_is_drawn(client: Client) -> None:
    pact = make_listed_initiative("Ammunition pact", overdue_actions=2)  # due by 2026-05-25
    FollowUpActionFactory(initiative=pact, due_earliest=None, due_latest=DAY)
    make_listed_initiative("Loan facility")
    drawn = {}
    for day in (DAY, DAY + dt.timedelta(days=1), DAY):
        with time_machine.travel(dt.datetime.combine(day, dt.time(9), dt.UTC), tick=False):
            page = client.get("/initiatives/").content.decode()
        rows = page.split('<li class="initiative-row">')[1:]
        drawn.setdefault(day, []).append(
            {row.split("</a>")[0].rsplit(">", 1)[1]: "overdue action" in row for row in rows}
        )
        pact_row = next(row for row in rows if "Ammunition pact" in row)
        count = 2 if day == DAY else 3
        assert f"{count} overdue actions</span>" in pact_row
    assert drawn[DAY][0] == drawn[DAY][1] == {"Ammunition pact": True, "Loan facility": False}
