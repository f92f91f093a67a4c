"""Who gets a digest when, what it covers, and that each is sent once."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command

from initiatives.models import Status
from initiatives.services import initiative_save
from notifications.digests import send_digests
from notifications.models import Delivery, DeliveryStatus, DigestFrequency, Profile
from tests.factories import (
    SEND_AT,
    InitiativeFactory,
    UserFactory,
    follow,
    make_world,
    set_daily,
)
from timeline.models import EventVia

pytestmark = pytest.mark.django_db
UTC = dt.UTC


def change_status(initiative: object, status: str, at: dt.datetime) -> None:
    with time_machine.travel(at, tick=False):
        initiative.status = status
        initiative_save(initiative=initiative, via=EventVia.ADMIN)


def run(now: dt.datetime) -> None:
    with time_machine.travel(now, tick=False):
        send_digests(now=now)


def test_it_sends_no_second_digest_for_the_same_period(analyst: User) -> None:
    make_world(analyst)
    run(SEND_AT)
    run(SEND_AT + dt.timedelta(hours=1))
    assert len(mail.outbox) == 1
    row = Delivery.objects.get(user=analyst)
    assert row.status == DeliveryStatus.SENT
    assert row.period == "daily:2026-11-24"


def test_it_sends_no_empty_digest(analyst: User) -> None:
    set_daily(analyst)
    follow(analyst, InitiativeFactory())  # followed, but nothing changed or falls due
    run(SEND_AT)
    assert mail.outbox == []
    assert Delivery.objects.get(user=analyst).status == DeliveryStatus.EMPTY
    idle = UserFactory(username="idle")  # follows nothing: not even a row is written
    set_daily(idle)
    run(SEND_AT + dt.timedelta(days=1))
    assert not Delivery.objects.filter(user=idle).exists()


def test_it_waits_for_the_users_hour_in_their_time_zone(analyst: User) -> None:
    set_daily(analyst, hour=10, time_zone="Europe/Brussels")  # 09:00 UTC in November
    initiative = InitiativeFactory(status=Status.PROPOSED)
    follow(analyst, initiative)
    change_status(initiative, Status.ADOPTED, dt.datetime(2026, 11, 24, 7, 0, tzinfo=UTC))
    run(dt.datetime(2026, 11, 24, 8, 59, tzinfo=UTC))
    assert mail.outbox == []
    run(dt.datetime(2026, 11, 24, 9, 5, tzinfo=UTC))
    assert len(mail.outbox) == 1
    assert "1 change" in mail.outbox[0].subject
    assert Delivery.objects.get(status=DeliveryStatus.SENT).period == "daily:2026-11-24"


def test_a_weekly_digest_waits_for_its_day(analyst: User) -> None:
    make_world(analyst)
    profile = Profile.objects.get(user=analyst)
    profile.digest_frequency, profile.digest_weekday = DigestFrequency.WEEKLY, 1  # Tuesday
    profile.save()
    run(dt.datetime(2026, 11, 24, 8, 5, tzinfo=UTC))  # Tuesday 24 Nov
    assert len(mail.outbox) == 1
    run(dt.datetime(2026, 11, 30, 8, 5, tzinfo=UTC))  # Monday: the week's digest is sent
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("frequency", "days_back", "included"),
    [("daily", 3, True), ("daily", 5, False), ("weekly", 13, True), ("weekly", 15, False)],
)
def test_it_bounds_the_backfill_of_a_new_user(
    analyst: User, frequency: str, days_back: int, included: bool
) -> None:
    profile = set_daily(analyst)
    profile.digest_frequency, profile.digest_weekday = frequency, 1
    profile.save()
    initiative = InitiativeFactory(title="Old news", status=Status.PROPOSED)
    follow(analyst, initiative)
    change_status(initiative, Status.ADOPTED, SEND_AT - dt.timedelta(days=days_back))
    run(SEND_AT)
    assert len(mail.outbox) == (1 if included else 0)


def test_the_next_digest_starts_where_the_last_sent_one_ended(analyst: User) -> None:
    world = make_world(analyst)
    run(SEND_AT)
    change_status(world.initiative, Status.IN_IMPLEMENTATION, SEND_AT + dt.timedelta(hours=2))
    run(SEND_AT + dt.timedelta(days=1))
    assert len(mail.outbox) == 2
    second = mail.outbox[1].body
    assert "Status changed from Adopted to In implementation" in second
    assert "Status changed from Proposed to Adopted" not in second


def test_it_skips_an_inactive_user_and_one_who_turned_digests_off(analyst: User) -> None:
    make_world(analyst)
    other = UserFactory(username="departed", is_active=False)
    set_daily(other)
    follow(other, analyst.follows.first().initiative)
    Profile.objects.filter(user=analyst).update(digest_frequency=DigestFrequency.OFF)
    run(SEND_AT)
    assert mail.outbox == []


def test_the_command_dry_run_lists_digests_and_sends_none(analyst: User) -> None:
    make_world(analyst)
    out = StringIO()
    with time_machine.travel(SEND_AT, tick=False):
        call_command("send_digests", "--now", "2026-11-24T08:05:00+00:00", "--dry-run", stdout=out)
    assert "analyst@example.org: daily:2026-11-24: 2 changes" in out.getvalue()
    assert mail.outbox == []
    assert not Delivery.objects.exists()
    with time_machine.travel(SEND_AT, tick=False):
        call_command("send_digests", "--now", "2026-11-24T08:05:00", stdout=out)
    assert len(mail.outbox) == 1
    assert "1 sent" in out.getvalue()
