"""Once a week the digest lists open promises with no firm date, so that they are not
forgotten: in every weekly digest, and in a daily one on the chosen weekday only."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail

from notifications.digests import send_digests
from notifications.models import DigestFrequency, EventFilter, Profile, Weekday
from notifications.services import follow_create
from tests.factories import FollowUpActionFactory, InitiativeFactory, set_daily

pytestmark = pytest.mark.django_db

MONDAY = dt.datetime(2026, 11, 30, 8, 5, tzinfo=dt.UTC)
TUESDAY = MONDAY + dt.timedelta(days=1)
HEADING_TEXT = "NO FIRM DATE: OPEN PROMISES WITHOUT A DEADLINE (LISTED ONCE A WEEK)"
HEADING_HTML = ">No firm date</h2>"


@pytest.fixture
def undated(analyst: User) -> None:
    initiative = InitiativeFactory(title="Defence industry <i>pact</i>")
    FollowUpActionFactory(
        initiative=initiative,
        description="Deepen <b>cooperation</b>",
        due_text="in the coming years",
        due_earliest=None,
        due_latest=None,
    )
    FollowUpActionFactory(
        initiative=initiative,
        description="Set up a liaison office",
        due_earliest=None,
        due_latest=None,
        status="done",
        completed_on=dt.date(2026, 6, 1),
    )
    FollowUpActionFactory(
        initiative=initiative, description="Dated promise", due_latest=dt.date(2027, 6, 1)
    )
    follow_create(user=analyst, target=initiative)


def send(at: dt.datetime) -> list[mail.EmailMultiAlternatives]:
    with time_machine.travel(at, tick=False):
        send_digests(now=at)
    return mail.outbox


def parts(message: mail.EmailMultiAlternatives) -> tuple[str, str]:
    [(html, _)] = message.alternatives
    return message.body, html


def test_a_daily_digest_lists_them_on_the_chosen_weekday_in_both_parts(
    analyst: User, undated: None
) -> None:
    set_daily(analyst)  # weekly list on Mondays, the default weekday
    [message] = send(MONDAY)
    text, html = parts(message)
    assert message.subject == "Docket daily digest: 1 with no firm date"
    section = text.split(HEADING_TEXT)[1]
    assert "  - Deepen <b>cooperation</b>\n" in section
    assert "Due: no firm date (vague: in the coming years)." in section
    assert "Defence industry <i>pact</i>" in section
    assert "Set up a liaison office" not in text  # done: no longer a promise to chase
    assert "Dated promise" not in text
    assert HEADING_HTML in html
    assert "Deepen &lt;b&gt;cooperation&lt;/b&gt;" in html
    assert "Defence industry &lt;i&gt;pact&lt;/i&gt;" in html
    assert "<b>cooperation" not in html


def test_a_daily_digest_leaves_them_out_on_other_days(analyst: User, undated: None) -> None:
    set_daily(analyst)
    assert send(TUESDAY) == []  # nothing else to tell: no email at all


def test_the_weekday_is_the_users_own(analyst: User, undated: None) -> None:
    profile = set_daily(analyst)
    profile.digest_weekday = Weekday.TUESDAY
    profile.save()
    [message] = send(TUESDAY)
    assert HEADING_TEXT in message.body


def test_every_weekly_digest_lists_them(analyst: User, undated: None) -> None:
    Profile.objects.filter(user=analyst).update(
        digest_frequency=DigestFrequency.WEEKLY,
        digest_weekday=Weekday.MONDAY,
        digest_hour=8,
        time_zone="UTC",
    )
    [message] = send(MONDAY)
    text, html = parts(message)
    assert message.subject == "Docket weekly digest: 1 with no firm date"
    assert HEADING_TEXT in text and HEADING_HTML in html


@pytest.mark.parametrize(
    ("choice", "listed"),
    [
        (EventFilter.ALL, True),
        (EventFilter.DEADLINES, True),
        (EventFilter.STATUS, False),
        (EventFilter.ACTIONS, False),
        (EventFilter.DOCUMENTS, False),
    ],
)
def test_they_are_deadlines_news_for_the_event_filters(
    analyst: User, undated: None, choice: str, listed: bool
) -> None:
    set_daily(analyst)
    analyst.follows.update(events=choice)
    found = send(MONDAY)
    assert bool(found) is listed
    if listed:
        assert HEADING_TEXT in found[0].body
