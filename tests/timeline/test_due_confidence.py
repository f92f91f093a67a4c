"""A due window read from loose wording says how sure it is, in words, wherever it is
shown: the timeline, the deliverables table, reminders and digests."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

from notifications.digests import send_digests
from notifications.reminders import send_reminders
from tests.factories import SEND_AT, FollowUpActionFactory, follow, make_world
from timeline.models import FollowUpAction, due_confidence_words

pytestmark = pytest.mark.django_db
VAGUE = "vague: in the coming months"


@pytest.fixture
def vague() -> FollowUpAction:
    return FollowUpActionFactory(
        description="Outline the plan",
        due_text="in the coming months",
        due_earliest=dt.date(2026, 11, 25),
        due_latest=dt.date(2027, 5, 25),
        due_confidence=0.3,
    )


@pytest.mark.parametrize(
    ("confidence", "text", "words"),
    [
        (0.3, "in the coming months", VAGUE),
        (0.5, "", "vague"),
        (0.7, "by mid-2026", "approximate: by mid-2026"),
        (0.9, "by 30 June 2026", ""),
        (None, "soon", ""),
    ],
)
def test_it_puts_the_confidence_in_words(confidence: float | None, text: str, words: str) -> None:
    assert due_confidence_words(confidence, text) == words


def test_the_timeline_says_the_window_is_vague(client: Client, vague: FollowUpAction) -> None:
    page = client.get(vague.initiative.get_absolute_url()).content.decode()
    assert f'<span class="confidence">{VAGUE}</span>' in page


def test_a_firm_window_keeps_its_wording(client: Client) -> None:
    firm = FollowUpActionFactory(due_text="by 30 June 2026", due_confidence=0.9)
    page = client.get(firm.initiative.get_absolute_url()).content.decode()
    assert "due “by 30 June 2026”" in page
    assert "vague:" not in page


def test_the_deliverables_table_says_the_window_is_vague(
    client: Client, vague: FollowUpAction
) -> None:
    with time_machine.travel("2026-11-24 09:00:00+00:00", tick=False):
        page = client.get("/deliverables/").content.decode()
    assert f'<span class="meta confidence">{VAGUE}</span>' in page


def test_the_reminder_says_the_window_is_vague(analyst: User, vague: FollowUpAction) -> None:
    follow(analyst, vague.initiative)
    now = dt.datetime(2027, 5, 20, 6, 15, tzinfo=dt.UTC)
    with time_machine.travel(now, tick=False):
        send_reminders(now=now)
    [reminder] = mail.outbox
    assert f"Due: 25 Nov 2026 – 25 May 2027 ({VAGUE})" in reminder.body
    assert f"({VAGUE})" in reminder.alternatives[0][0]


def test_the_digest_says_the_window_is_vague(analyst: User) -> None:
    make_world(analyst)
    with time_machine.travel(SEND_AT, tick=False):
        send_digests(now=SEND_AT)
    [digest] = mail.outbox
    assert f"Was due: by 1 Nov 2026 ({VAGUE})." in digest.body
    assert f"({VAGUE})" in digest.alternatives[0][0]
    # The action due soon has no confidence recorded: it says nothing about it.
    assert "Due: by 10 Dec 2026." in digest.body
