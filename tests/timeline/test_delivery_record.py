"""Promise against delivery: each action in one bucket, the median delay of the late
ones, per initiative, owner and area, in a constant number of queries; and what the
detail page, the actor page, the dashboard and the CSV export show of it."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
import time_machine
from django.db import connection
from django.test import Client

from initiatives.models import CooperationArea
from tests.factories import ActorFactory, FollowUpActionFactory, InitiativeFactory, link_area
from timeline.delivery import EMPTY_ROW, ROW_FIELDS, SEGMENTS, DeliveryRecord
from timeline.models import ActionStatus, FollowUpAction

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 11, 24)
NOW = "2026-11-24 09:00:00+00:00"
DUE = dt.date(2026, 5, 25)
RECORD_QUERIES = 1 if connection.vendor == "postgresql" else 2


def promise(initiative, owner, status=ActionStatus.OPEN, *, due=DUE, late_by=None, **fields):
    completed = None
    if late_by is not None:
        completed = (due or TODAY) + dt.timedelta(days=late_by)
    return FollowUpActionFactory(
        initiative=initiative,
        owner=owner,
        status=status,
        due_earliest=None,
        due_latest=due,
        completed_on=completed,
        **fields,
    )


@pytest.fixture
def world():
    """Ten promises of the Commission on one initiative (in investment), two of the
    agencies on another (in regulation)."""
    commission = ActorFactory(name="European Commission")
    agencies = ActorFactory(name="EU agencies")
    edip = InitiativeFactory(title="Defence industry programme", slug="edip")
    link_area(edip, "investment")
    promise(edip, commission, ActionStatus.DONE, late_by=-20)  # on time
    promise(edip, commission, ActionStatus.DONE, late_by=0)  # on the last day: on time
    promise(edip, commission, ActionStatus.DONE, late_by=10)
    promise(edip, commission, ActionStatus.DONE, late_by=30)
    promise(edip, commission, ActionStatus.DONE, late_by=50)
    promise(edip, commission, ActionStatus.PARTLY_DONE, late_by=5)
    promise(edip, commission, ActionStatus.STALLED)
    promise(edip, commission, ActionStatus.IN_PROGRESS)  # overdue
    promise(edip, commission, due=dt.date(2027, 3, 31))  # open within its window
    promise(edip, commission, ActionStatus.DROPPED, due=None)
    safe = InitiativeFactory(title="Loans for defence", slug="safe")
    link_area(safe, "regulation")
    promise(safe, agencies, ActionStatus.DONE, late_by=15)
    promise(safe, agencies, ActionStatus.DONE, late_by=25)
    promise(safe, agencies, due=None)  # no firm date
    return {"edip": edip, "safe": safe, "commission": commission, "agencies": agencies}


def test_it_puts_each_action_in_one_bucket_with_the_median_delay(world) -> None:
    record = FollowUpAction.objects.filter(initiative=world["edip"]).delivery_record(today=TODAY)
    assert record == DeliveryRecord(
        promised=10,
        done_on_time=2,
        done_late=3,
        partly_done=1,
        stalled=1,
        overdue=1,
        open_in_window=1,
        no_firm_date=0,
        dropped=1,
        median_delay_days=30,
    )
    assert sum(record.counts) == record.promised


def test_the_median_of_an_even_number_of_delays_is_their_mean(world) -> None:
    record = FollowUpAction.objects.filter(owner=world["agencies"]).delivery_record(today=TODAY)
    assert (record.done_late, record.no_firm_date, record.median_delay_days) == (2, 1, 20)


def test_nothing_late_has_no_median(db) -> None:
    assert FollowUpAction.objects.delivery_record(today=TODAY) == DeliveryRecord()


def test_it_groups_by_initiative_owner_and_area_in_constant_queries(
    world, django_assert_max_num_queries
) -> None:
    actions = FollowUpAction.objects.all()
    with django_assert_max_num_queries(3 * RECORD_QUERIES):
        by_initiative = actions.delivery_records(by="initiative", today=TODAY)
        by_owner = actions.delivery_records(by="owner", today=TODAY)
        by_area = actions.delivery_records(by="area", today=TODAY)
    for grouped, key, narrowed in (
        (by_initiative, world["safe"].pk, actions.filter(initiative=world["safe"])),
        (by_owner, world["commission"].pk, actions.filter(owner=world["commission"])),
    ):
        assert grouped[key] == narrowed.delivery_record(today=TODAY)
    investment = CooperationArea.objects.get(slug="investment")
    assert by_area[investment.pk].median_delay_days == 30
    assert by_area[investment.pk].promised == 10


def test_the_rows_an_export_reads_are_the_records_figures_in_the_order_of_the_bar(
    world, django_assert_max_num_queries
) -> None:
    actions = FollowUpAction.objects.all()
    records = actions.delivery_records(by="initiative", today=TODAY)
    with django_assert_max_num_queries(RECORD_QUERIES):
        rows = actions.delivery_rows(by="initiative", today=TODAY)
    assert set(rows) == set(records) == {world["edip"].pk, world["safe"].pk}
    for group, record in records.items():
        assert rows[group] == (record.promised, *record.counts, record.median_delay_days)
    assert ROW_FIELDS[1:-1] == tuple(key for key, _, _ in SEGMENTS)
    edip = dict(zip(ROW_FIELDS, rows[world["edip"].pk], strict=True))
    assert (edip["promised"], edip["done_late"], edip["median_delay_days"]) == (10, 3, 30)
    empty = DeliveryRecord()
    assert (empty.promised, *empty.counts, empty.median_delay_days) == EMPTY_ROW


def test_the_detail_page_shows_the_bar_with_its_numbers_in_words(world, client: Client) -> None:
    with time_machine.travel(NOW, tick=False):
        page = client.get("/initiatives/edip/").content.decode()
    assert 'class="delivery-bar" aria-hidden="true"' in page
    assert "<strong>10 promised</strong>" in page
    for words in ("2 done on time", "3 done late", "1 partly done", "1 stalled", "1 overdue"):
        assert words in page
    assert "Median delay of the actions done late: 30 days." in page


def test_the_actor_page_shows_its_delivery_record(world, client: Client) -> None:
    with time_machine.travel(NOW, tick=False):
        page = client.get(world["agencies"].get_absolute_url()).content.decode()
    assert "Delivery record of the actions it owns" in page
    assert "<strong>3 promised</strong>" in page
    assert "2 done late" in page and "1 with no firm date" in page
    assert "Median delay of the actions done late: 20 days." in page


def test_the_dashboard_shows_the_record_overall_and_per_area(world, client: Client) -> None:
    with time_machine.travel(NOW, tick=False):
        page = client.get("/").content.decode()
    assert "<strong>13 promised</strong>" in page
    row = page[page.index('href="/areas/regulation/">') :].split("</tr>")[0]
    cells = [c.split("<")[0] for c in row.split("<td>")[1:]]
    # promised, on time, late, partly, open, no firm date, stalled, overdue, dropped, median
    assert cells == ["3", "", "2", "", "", "1", "", "", "", "20"]


def test_the_csv_export_has_the_record_of_each_initiative(world, client: Client) -> None:
    with time_machine.travel(NOW, tick=False):
        response = client.get("/initiatives/export.csv")
    text = b"".join(response.streaming_content).decode()
    rows = {r["title"]: r for r in csv.DictReader(io.StringIO(text))}
    edip = rows["Defence industry programme"]
    assert (edip["actions_promised"], edip["actions_done_late"], edip["actions_stalled"]) == (
        "10",
        "3",
        "1",
    )
    assert edip["median_delay_days"] == "30"
    safe = rows["Loans for defence"]
    assert (safe["actions_no_firm_date"], safe["median_delay_days"]) == ("1", "20")


def test_beat_counts_the_dashboard_record_again_so_that_no_view_waits_for_it(
    world, client: Client, django_assert_max_num_queries, settings
) -> None:
    from timeline.summary import dashboard_delivery
    from timeline.tasks import refresh_dashboard_delivery

    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "timeline.tasks.refresh_dashboard_delivery" in tasks
    with time_machine.travel(NOW, tick=False) as traveller:
        assert "<strong>13 promised</strong>" in client.get("/").content.decode()
        promise(world["safe"], world["agencies"])
        traveller.shift(dt.timedelta(minutes=5))
        assert refresh_dashboard_delivery.delay().get() == 14
        traveller.shift(dt.timedelta(minutes=9))  # 14 minutes after the first view
        with django_assert_max_num_queries(0):  # kept by beat: nothing counted here
            record, _ = dashboard_delivery(today=TODAY)
        assert record.promised == 14
        assert "<strong>14 promised</strong>" in client.get("/").content.decode()


def test_the_dashboard_record_lags_the_records_by_ten_minutes_at_most(
    world, client: Client
) -> None:
    with time_machine.travel(NOW, tick=False) as traveller:
        assert "<strong>13 promised</strong>" in client.get("/").content.decode()
        promise(world["safe"], world["agencies"])
        assert "<strong>13 promised</strong>" in client.get("/").content.decode()
        traveller.shift(dt.timedelta(minutes=10, seconds=1))
        assert "<strong>14 promised</strong>" in client.get("/").content.decode()


@pytest.mark.parametrize(("by", "key"), [("initiative", "edip"), ("owner", "agencies")])
def test_one_record_counts_what_the_record_of_its_actions_counts(
    world, django_assert_num_queries, by: str, key: str
) -> None:
    narrowed = FollowUpAction.objects.filter(**{by: world[key]}).delivery_record(today=TODAY)
    with django_assert_num_queries(RECORD_QUERIES):
        one = FollowUpAction.objects.one_delivery_record(by=by, pk=world[key].pk, today=TODAY)
    assert one == narrowed
    assert one.promised in (10, 3) and one.median_delay_days in (30, 20)
    # Read again (its statement kept for the day), for an id with no actions at all.
    assert FollowUpAction.objects.one_delivery_record(by=by, pk=0, today=TODAY) == (
        DeliveryRecord()
    )
