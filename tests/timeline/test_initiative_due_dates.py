"""Each initiative keeps the first and last due date of its pending actions, which the
list's `?overdue=` and `?due_within=` read: every writer of actions keeps them right, and
whether they are overdue is read against the day asked, never stored."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import User
from django.db import connection
from django.http import QueryDict
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from initiatives.filters import InitiativeFilter
from initiatives.imports import document_import
from initiatives.models import Initiative
from initiatives.services import initiative_merge
from tests.factories import FollowUpActionFactory, InitiativeFactory
from tests.initiatives.series import SERIES
from timeline.models import ActionStatus, EventVia, FollowUpAction
from timeline.services import (
    action_delete,
    action_mark_done,
    action_save,
    action_set_status,
    actions_delete,
    initiative_due_dates_refresh,
)

TODAY = dt.date(2026, 11, 24)
pytestmark = pytest.mark.django_db


def due_dates(initiative: Initiative) -> tuple[dt.date | None, dt.date | None]:
    initiative.refresh_from_db()
    return initiative.pending_due_first, initiative.pending_due_last


def new_action(initiative: Initiative, due_latest: dt.date | None, **fields) -> FollowUpAction:
    action = FollowUpAction(
        initiative=initiative, description=f"Step due {due_latest}", due_latest=due_latest, **fields
    )
    return action_save(action=action, via=EventVia.ADMIN)


def listed(query: str, today: dt.date = TODAY) -> list[str]:
    f = InitiativeFilter(data=QueryDict(query), queryset=Initiative.objects.all(), today=today)
    return sorted(i.title for i in f.qs)


def test_an_added_action_sets_them_and_an_undated_one_does_not() -> None:
    initiative = InitiativeFactory()
    assert due_dates(initiative) == (None, None)
    new_action(initiative, None)
    assert due_dates(initiative) == (None, None)
    new_action(initiative, dt.date(2027, 3, 1))
    new_action(initiative, dt.date(2026, 6, 1))
    assert due_dates(initiative) == (dt.date(2026, 6, 1), dt.date(2027, 3, 1))


def test_a_completed_or_dropped_action_no_longer_counts_and_a_stalled_one_does() -> None:
    initiative = InitiativeFactory()
    early = new_action(initiative, dt.date(2026, 6, 1))
    late = new_action(initiative, dt.date(2027, 3, 1))
    action_set_status(action=early, status=ActionStatus.STALLED, via=EventVia.ADMIN)
    assert due_dates(initiative) == (dt.date(2026, 6, 1), dt.date(2027, 3, 1))
    action_mark_done(action=early, completed_on=TODAY, via=EventVia.ADMIN)
    assert due_dates(initiative) == (dt.date(2027, 3, 1), dt.date(2027, 3, 1))
    action_set_status(action=late, status=ActionStatus.DROPPED, via=EventVia.ADMIN)
    assert due_dates(initiative) == (None, None)
    action_set_status(action=late, status=ActionStatus.OPEN, via=EventVia.ADMIN)
    assert due_dates(initiative) == (dt.date(2027, 3, 1), dt.date(2027, 3, 1))


def test_a_rescheduled_action_moves_them() -> None:
    initiative = InitiativeFactory()
    action = new_action(initiative, dt.date(2026, 6, 1))
    action.due_latest = dt.date(2027, 1, 15)
    action_save(action=action, via=EventVia.ADMIN)
    assert due_dates(initiative) == (dt.date(2027, 1, 15), dt.date(2027, 1, 15))
    assert listed("overdue=on") == []
    action.due_latest = None
    action_save(action=action, via=EventVia.ADMIN)
    assert due_dates(initiative) == (None, None)


def test_an_action_moved_to_another_initiative_leaves_the_first() -> None:
    first, second = InitiativeFactory(), InitiativeFactory()
    action = new_action(first, dt.date(2026, 6, 1))
    action.initiative = second
    action_save(action=action, via=EventVia.ADMIN)
    assert due_dates(first) == (None, None)
    assert due_dates(second) == (dt.date(2026, 6, 1), dt.date(2026, 6, 1))


def test_a_deleted_action_no_longer_counts() -> None:
    initiative = InitiativeFactory()
    early = new_action(initiative, dt.date(2026, 6, 1))
    new_action(initiative, dt.date(2027, 3, 1))
    last = new_action(initiative, dt.date(2027, 5, 1))
    action_delete(action=early)
    assert due_dates(initiative) == (dt.date(2027, 3, 1), dt.date(2027, 5, 1))
    assert actions_delete(actions=FollowUpAction.objects.exclude(pk=last.pk)) == 1
    assert due_dates(initiative) == (dt.date(2027, 5, 1), dt.date(2027, 5, 1))


def test_an_action_deleted_in_admin_no_longer_counts(client: Client) -> None:
    client.force_login(User.objects.create_superuser("root", "root@example.org", "pw"))
    initiative = InitiativeFactory()
    kept = new_action(initiative, dt.date(2027, 3, 1))
    gone = new_action(initiative, dt.date(2026, 6, 1))
    url = reverse("admin:timeline_followupaction_delete", args=[gone.pk])
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert due_dates(initiative) == (dt.date(2027, 3, 1), dt.date(2027, 3, 1))
    changelist = reverse("admin:timeline_followupaction_changelist")
    response = client.post(
        changelist, {"action": "delete_selected", "_selected_action": [kept.pk], "post": "yes"}
    )
    assert response.status_code == 302
    assert due_dates(initiative) == (None, None)


def test_a_merge_gives_the_survivor_the_merged_initiatives_actions() -> None:
    survivor, merged = InitiativeFactory(title="Survivor"), InitiativeFactory(title="Merged")
    new_action(survivor, dt.date(2027, 3, 1))
    new_action(merged, dt.date(2026, 6, 1))
    new_action(merged, dt.date(2027, 9, 1))
    initiative_merge(survivor=survivor, merged=merged, via=EventVia.ADMIN)
    assert due_dates(survivor) == (dt.date(2026, 6, 1), dt.date(2027, 9, 1))
    assert listed("overdue=on") == ["Survivor"]


def test_the_refresh_writes_every_initiative_in_one_query(django_assert_num_queries) -> None:
    initiatives = [InitiativeFactory() for _ in range(5)]
    for n, initiative in enumerate(initiatives):
        FollowUpAction.objects.bulk_create(
            [FollowUpAction(initiative=initiative, description="x", due_latest=TODAY)] * (n % 2)
        )
    with django_assert_num_queries(1):
        initiative_due_dates_refresh()
    assert [due_dates(i)[0] for i in initiatives] == [None, TODAY, None, TODAY, None]


def test_what_is_overdue_follows_the_day_asked_not_the_day_stored() -> None:
    initiative = InitiativeFactory(title="Pact")
    new_action(initiative, dt.date(2026, 12, 10))
    assert listed("overdue=on", today=dt.date(2026, 12, 10)) == []
    assert listed("overdue=on", today=dt.date(2026, 12, 11)) == ["Pact"]
    assert listed("due_within=30", today=dt.date(2026, 12, 10)) == ["Pact"]
    assert listed("due_within=30", today=dt.date(2026, 11, 10)) == ["Pact"]
    assert listed("due_within=30", today=dt.date(2026, 11, 9)) == []
    assert listed("due_within=30", today=dt.date(2026, 12, 11)) == []


def test_due_within_needs_an_action_inside_the_window_not_only_a_span_across_it() -> None:
    initiative = InitiativeFactory(title="Pact")
    new_action(initiative, TODAY - dt.timedelta(days=10))
    new_action(initiative, TODAY + dt.timedelta(days=60))
    assert listed("due_within=30") == []
    assert listed("due_within=60") == ["Pact"]
    assert listed("overdue=on") == ["Pact"]


def test_due_within_reads_either_end_from_the_row_and_asks_the_actions_between() -> None:
    end = TODAY + dt.timedelta(days=30)
    cases = {  # title: its pending actions' due dates
        "First on the last day": [end, end + dt.timedelta(days=90)],
        "Last today": [TODAY - dt.timedelta(days=5), TODAY],
        "Straddles, one inside": [TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=9), end + dt.timedelta(days=1)],
        "Straddles, none inside": [TODAY - dt.timedelta(days=1), end + dt.timedelta(days=1)],
        "All past": [TODAY - dt.timedelta(days=1)],
        "All beyond": [end + dt.timedelta(days=1)],
    }  # fmt: skip
    for title, dates in cases.items():
        initiative = InitiativeFactory(title=title)
        for due in dates:
            new_action(initiative, due)
    expected = ["First on the last day", "Last today", "Straddles, one inside"]
    assert listed("due_within=30") == expected


def test_due_within_ignores_done_actions_inside_the_window() -> None:
    initiative = InitiativeFactory(title="Pact")
    new_action(initiative, TODAY - dt.timedelta(days=10))
    inside = new_action(initiative, TODAY + dt.timedelta(days=5))
    new_action(initiative, TODAY + dt.timedelta(days=60))
    assert listed("due_within=30") == ["Pact"]
    action_mark_done(action=inside, completed_on=TODAY, via=EventVia.ADMIN)
    assert listed("due_within=30") == []


def test_the_factory_keeps_them_as_the_services_do() -> None:
    action = FollowUpActionFactory(due_latest=dt.date(2026, 5, 25))
    assert due_dates(action.initiative) == (dt.date(2026, 5, 25), dt.date(2026, 5, 25))


@time_machine.travel("2026-11-24 09:00:00+00:00", tick=False)
def test_an_import_sets_them_for_the_actions_it_reads() -> None:
    path = SERIES / "11-uk-drone-partnership.md"
    result = document_import(
        data=path.read_bytes(), filename=path.name, source_path=str(path), today=TODAY
    )
    initiative = Initiative.objects.get(pk=result.initiative_id)
    pending = initiative.actions.pending().exclude(due_latest=None)
    dates = sorted(pending.values_list("due_latest", flat=True))
    assert dates, "the document promises dated actions"
    assert due_dates(initiative) == (dates[0], dates[-1])


@pytest.mark.parametrize("query", ["overdue=on", "due_within=30"])
@time_machine.travel("2026-11-24 09:00:00+00:00", tick=False)
def test_the_due_filters_run_as_many_queries_for_30_initiatives_as_for_3(
    client: Client, query: str
) -> None:
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/initiatives/?{query}").status_code == 200
        return len(captured)

    def add(count: int) -> None:
        for n in range(count):
            initiative = InitiativeFactory(title=f"Pact {n}")
            FollowUpActionFactory(initiative=initiative, due_latest=TODAY - dt.timedelta(days=1))
            FollowUpActionFactory(initiative=initiative, due_latest=TODAY + dt.timedelta(days=9))

    add(3)
    few = queries()
    add(27)
    assert queries() == few


@pytest.mark.skipif(connection.vendor != "postgresql", reason="plans are PostgreSQL's")
@time_machine.travel("2026-11-24 09:00:00+00:00", tick=False)
def test_the_overdue_filter_reads_the_page_from_the_list_order_index_alone(
    client: Client,
) -> None:
    # (`?due_within=`'s plan at 100,000 is in docs/benchmarks/web-issue-11.md; on thirty
    # rows the planner rightly starts from the window's few actions instead.)
    for n in range(30):
        initiative = InitiativeFactory(title=f"Pact {n}")
        FollowUpActionFactory(initiative=initiative, due_latest=TODAY + dt.timedelta(days=n - 9))
    with CaptureQueriesContext(connection) as captured:
        client.get("/initiatives/?overdue=on")
    (statement,) = [q["sql"] for q in captured if "LIMIT 25" in q["sql"]]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # thirty rows: let it choose
        # nor fetch nine rows by `initiative_pending_due_first` and sort them: at 100,000
        # the page is the first 25 in list order, and that index serves the count
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        # nor sort them: the page is read in list order (thirty rows are cheap to sort)
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {statement}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index Only Scan using initiative_list_order_due" in plan, plan
    assert "pending_due_first" in plan, plan
