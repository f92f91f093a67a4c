"""Reminders: one before a followed action falls due, one when overdue, none after."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command

from initiatives.models import ActorRole, CooperationArea
from notifications.models import Delivery, DeliveryKind, DeliveryStatus, Profile
from notifications.reminders import reminder_kind, send_reminders
from tests.factories import (
    ActorFactory,
    FollowUpActionFactory,
    follow,
    link_actor,
    link_area,
)
from timeline.models import EventVia, FollowUpAction
from timeline.services import action_mark_done

pytestmark = pytest.mark.django_db
DUE = dt.date(2026, 12, 10)


def at(day: dt.date, hour: int = 6) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, 15, tzinfo=dt.UTC)


def run(day: dt.date) -> None:
    with time_machine.travel(at(day), tick=False):
        send_reminders(now=at(day))


@pytest.fixture
def action(analyst: User) -> FollowUpAction:
    action = FollowUpActionFactory(
        description="Publish the <b>roadmap</b>",
        owner=ActorFactory(name="European Commission"),
        due_earliest=None,
        due_latest=DUE,
    )
    follow(analyst, action.initiative)
    return action


@pytest.mark.parametrize(
    ("today", "lead", "expected"),
    [
        (dt.date(2026, 11, 25), 14, None),
        (dt.date(2026, 11, 26), 14, DeliveryKind.REMINDER_DUE),
        (DUE, 14, DeliveryKind.REMINDER_DUE),
        (dt.date(2026, 12, 11), 14, DeliveryKind.REMINDER_OVERDUE),
        (dt.date(2026, 12, 17), 14, DeliveryKind.REMINDER_OVERDUE),
        (dt.date(2026, 12, 18), 14, None),
        (dt.date(2026, 11, 25), 30, DeliveryKind.REMINDER_DUE),
    ],
)
def test_it_decides_which_reminder_is_owed(today: dt.date, lead: int, expected: str) -> None:
    assert reminder_kind(today=today, due_latest=DUE, lead_days=lead) == expected


def test_a_window_without_a_latest_date_gets_no_reminder() -> None:
    assert reminder_kind(today=DUE, due_latest=None, lead_days=14) is None


def test_it_sends_one_due_reminder_then_one_overdue_reminder(
    analyst: User, action: FollowUpAction
) -> None:
    run(dt.date(2026, 11, 25))
    assert mail.outbox == []
    for day in range(26, 31):
        run(dt.date(2026, 11, day))
    assert len(mail.outbox) == 1
    due = mail.outbox[0]
    assert due.subject.startswith("Due 10 Dec: Publish the <b>roadmap</b>")
    assert "in 14 days" in due.body
    assert "Owner: European Commission" in due.body
    assert "Publish the &lt;b&gt;roadmap&lt;/b&gt;" in due.alternatives[0][0]
    assert due.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    for day in range(1, 31):
        run(dt.date(2026, 12, day))
    assert len(mail.outbox) == 2
    overdue = mail.outbox[1]
    assert overdue.subject.startswith("Overdue: Publish the")
    assert "only reminder about it being overdue" in overdue.body
    kinds = set(Delivery.objects.values_list("kind", "status"))
    assert kinds == {
        (DeliveryKind.REMINDER_DUE, DeliveryStatus.SENT),
        (DeliveryKind.REMINDER_OVERDUE, DeliveryStatus.SENT),
    }


def test_it_uses_each_users_lead_time(analyst: User, action: FollowUpAction) -> None:
    Profile.objects.filter(user=analyst).update(reminder_lead_days=3)
    run(dt.date(2026, 12, 6))
    assert mail.outbox == []
    run(dt.date(2026, 12, 7))
    assert len(mail.outbox) == 1


def test_a_changed_deadline_earns_a_new_reminder(analyst: User, action: FollowUpAction) -> None:
    run(dt.date(2026, 12, 1))
    action.due_latest = dt.date(2027, 1, 15)
    action.save()
    run(dt.date(2027, 1, 5))
    assert [m.subject[:10] for m in mail.outbox] == ["Due 10 Dec", "Due 15 Jan"]


def test_a_done_action_sends_nothing(analyst: User, action: FollowUpAction) -> None:
    action_mark_done(action=action, completed_on=dt.date(2026, 11, 20), via=EventVia.WEB)
    run(dt.date(2026, 12, 1))
    run(dt.date(2026, 12, 12))
    assert mail.outbox == []


def test_followers_of_the_area_or_actor_are_reminded_too(analyst: User) -> None:
    from tests.factories import UserFactory

    action = FollowUpActionFactory(due_latest=DUE, due_earliest=None)
    area = CooperationArea.objects.first()
    link_area(action.initiative, area.slug)
    partner = ActorFactory(name="Ukraine")
    link_actor(action.initiative, partner, ActorRole.PARTNER)
    follow(analyst, area)
    other = UserFactory(username="other")
    follow(other, partner)
    follow(other, area)  # following it twice over still means one reminder
    run(dt.date(2026, 12, 1))
    assert sorted(m.to[0] for m in mail.outbox) == ["analyst@example.org", "other@example.org"]


def test_the_command_dry_run_lists_and_sends_nothing(analyst: User, action: FollowUpAction) -> None:
    out = StringIO()
    with time_machine.travel(at(dt.date(2026, 12, 1)), tick=False):
        call_command("send_reminders", "--now", "2026-12-01T06:15:00Z", "--dry-run", stdout=out)
    assert "analyst@example.org: reminder_due: Publish the <b>roadmap</b>" in out.getvalue()
    assert mail.outbox == []
    assert not Delivery.objects.exists()
