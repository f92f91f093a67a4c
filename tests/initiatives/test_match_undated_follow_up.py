"""The issue's own journey: `make seed` imports the announcement (its year inferred from
today), then an undated follow-up reports two of its promises kept. The follow-up lands
on the same initiative, and no duplicate is created."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from initiatives.models import Initiative
from tests.initiatives.conftest import INPUTS, SEED, import_json
from timeline.models import ActionStatus

pytestmark = pytest.mark.django_db
TODAY = "2026-12-02 09:00:00+00:00"


def test_an_undated_follow_up_reporting_two_promises_attaches_to_the_announcement() -> None:
    with time_machine.travel(TODAY, tick=False):
        (announcement,) = import_json(SEED)["documents"]
        (follow_up,) = import_json(INPUTS / "followup-undated.txt")["documents"]

    assert Initiative.objects.count() == 1
    assert follow_up["match"]["decision"] == "attached"
    assert follow_up["initiative_id"] == announcement["initiative_id"]
    assert follow_up["match"]["features"]["action_overlap"] == 1.0
    initiative = Initiative.objects.get()
    guidelines = initiative.actions.get(description__icontains="co-production guidelines")
    assert (guidelines.status, guidelines.completed_on) == (
        ActionStatus.DONE,
        dt.date(2026, 3, 3),
    )
