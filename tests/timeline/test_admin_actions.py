"""Curators mark follow-up actions done, with a date, from the admin list."""

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from tests.factories import FollowUpActionFactory
from timeline.models import ActionStatus, ChangeEvent, EventKind

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:timeline_followupaction_changelist"


def test_it_asks_for_the_completion_date_first(client: Client, curator: User) -> None:
    action = FollowUpActionFactory()
    client.force_login(curator)
    page = client.post(
        reverse(CHANGELIST), {"action": "mark_done", "_selected_action": [action.pk]}
    )
    assert page.status_code == 200
    assert "Completed on" in page.content.decode()
    action.refresh_from_db()
    assert action.status == ActionStatus.OPEN


def test_it_marks_the_actions_done_on_the_given_date(client: Client, curator: User) -> None:
    actions = FollowUpActionFactory.create_batch(2)
    client.force_login(curator)
    response = client.post(
        reverse(CHANGELIST),
        {
            "action": "mark_done",
            "apply": "1",
            "completed_on": "2026-03-02",
            "_selected_action": [a.pk for a in actions],
        },
    )
    assert response.status_code == 302
    for action in actions:
        action.refresh_from_db()
        assert (action.status, action.completed_on) == (ActionStatus.DONE, dt.date(2026, 3, 2))
    assert ChangeEvent.objects.filter(kind=EventKind.ACTION_DONE, user=curator).count() == 2


def test_it_keeps_history_of_each_change_with_its_author(client: Client, curator: User) -> None:
    action = FollowUpActionFactory()
    client.force_login(curator)
    client.post(
        reverse(CHANGELIST),
        {
            "action": "mark_done",
            "apply": "1",
            "completed_on": "2026-03-02",
            "_selected_action": [action.pk],
        },
    )
    latest = action.history.latest()
    assert latest.status == ActionStatus.DONE
    assert latest.history_user == curator
    history_page = client.get(reverse("admin:timeline_followupaction_history", args=[action.pk]))
    assert history_page.status_code == 200
    assert curator.username in history_page.content.decode()
