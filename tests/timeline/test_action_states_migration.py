"""Migrating to the promise vocabulary: cancelled actions become dropped, with their
history and change events, and nothing else moves."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("timeline", "0002_curators_group"), ("initiatives", "0004_initiative_list_order")]
AFTER = [("timeline", "0004_cancelled_actions_dropped")]


def _migrate(targets: list[tuple[str, str]]):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_it_turns_cancelled_actions_into_dropped_ones_keeping_their_history() -> None:
    apps = _migrate(BEFORE)
    initiative = apps.get_model("initiatives", "Initiative").objects.create(
        slug="ammunition", title="Ammunition"
    )
    actions = apps.get_model("timeline", "FollowUpAction").objects
    history = apps.get_model("timeline", "HistoricalFollowUpAction").objects
    events = apps.get_model("timeline", "ChangeEvent").objects
    cancelled = actions.create(initiative=initiative, description="Loan window", status="cancelled")
    done = actions.create(
        initiative=initiative,
        description="Guidelines",
        status="done",
        completed_on=dt.date(2026, 3, 3),
    )
    for action in (cancelled, done):
        history.create(
            id=action.pk,
            initiative_id=initiative.pk,
            description=action.description,
            status=action.status,
            completed_on=action.completed_on,
            origin="curator",
            created_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            history_date=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            history_type="~",
        )
    events.create(
        initiative=initiative,
        action=cancelled,
        kind="action_cancelled",
        field="status",
        old_value="open",
        new_value="cancelled",
        summary="Cancelled: Loan window",
        via="admin",
        occurred_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )

    apps = _migrate(AFTER)

    actions = apps.get_model("timeline", "FollowUpAction").objects
    assert dict(actions.values_list("description", "status")) == {
        "Loan window": "dropped",
        "Guidelines": "done",
    }
    history = apps.get_model("timeline", "HistoricalFollowUpAction").objects
    assert sorted(history.values_list("status", flat=True)) == ["done", "dropped"]
    event = apps.get_model("timeline", "ChangeEvent").objects.get()
    assert (event.kind, event.old_value, event.new_value, event.summary) == (
        "action_dropped",
        "open",
        "dropped",
        "Cancelled: Loan window",
    )
    _migrate(apps_leaf())


def apps_leaf() -> list[tuple[str, str]]:
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()
