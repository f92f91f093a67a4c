"""Per-follow event filters: each follow and saved search chooses which kinds of change
reach its owner, and digests, reminders and personal feeds all obey the same choice."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client
from django.urls import reverse

from initiatives.models import Initiative
from notifications.digests import send_digests
from notifications.events import events_q
from notifications.models import EventFilter, Follow, Profile, SavedSearch
from notifications.reminders import send_reminders
from notifications.services import follow_create, follow_set_events
from tests.factories import (
    SEND_AT,
    DocumentFactory,
    FollowUpActionFactory,
    InitiativeFactory,
    SavedSearchFactory,
    set_daily,
)
from timeline.models import ChangeEvent, EventKind, EventVia
from timeline.services import event_record

pytestmark = pytest.mark.django_db

CHANGED_AT = SEND_AT - dt.timedelta(hours=20)
# One event of each kind of change, told apart by its summary.
SUMMARIES = {
    "status": "Status: proposed to adopted",
    "new_action": "New action: publish the roadmap",
    "moved_deadline": "Deadline moved: roadmap now due in March",
    "renamed": "Reworded: the roadmap action",
    "done": "Done: stockpile report",
    "overdue": "Overdue since 1 November: the audit",
    "document": "New source: Council conclusions",
}
WANTED = {
    EventFilter.ALL: set(SUMMARIES),
    EventFilter.STATUS: {"status"},
    EventFilter.DEADLINES: {"new_action", "moved_deadline"},
    EventFilter.ACTIONS: {"done", "overdue"},
    EventFilter.DOCUMENTS: {"document"},
}
# Which of the digest's action sections each choice keeps.
SECTIONS = {
    EventFilter.ALL: {"DUE IN THE NEXT 30 DAYS", "OVERDUE"},
    EventFilter.STATUS: set(),
    EventFilter.DEADLINES: {"DUE IN THE NEXT 30 DAYS", "OVERDUE"},
    EventFilter.ACTIONS: {"OVERDUE"},
    EventFilter.DOCUMENTS: set(),
}


def record_every_kind(initiative: Initiative) -> None:
    document = DocumentFactory(title="Council conclusions")
    kinds = {
        "status": (EventKind.STATUS_CHANGED, "status", {}),
        "new_action": (EventKind.ACTION_ADDED, "", {}),
        "moved_deadline": (EventKind.ACTION_CHANGED, "due_latest", {}),
        "renamed": (EventKind.ACTION_CHANGED, "description", {}),
        "done": (EventKind.ACTION_DONE, "status", {}),
        "overdue": (EventKind.ACTION_OVERDUE, "due_latest", {}),
        "document": (EventKind.DOCUMENT_ADDED, "", {"document": document}),
    }
    with time_machine.travel(CHANGED_AT, tick=False):
        for key, (kind, field, extra) in kinds.items():
            event_record(
                initiative=initiative,
                kind=kind,
                summary=SUMMARIES[key],
                via=EventVia.ADMIN,
                field=field,
                **extra,
            )


@pytest.fixture
def world(analyst: User) -> Initiative:
    set_daily(analyst)
    initiative = InitiativeFactory(title="Joint ammunition procurement", slug="ammunition")
    FollowUpActionFactory(
        initiative=initiative,
        description="Sign the <b>framework</b>",
        due_latest=dt.date(2026, 12, 10),
    )
    FollowUpActionFactory(
        initiative=initiative,
        description="Audit the stockpiles",
        due_earliest=None,
        due_latest=dt.date(2026, 11, 1),
    )
    record_every_kind(initiative)
    return initiative


@pytest.mark.parametrize("choice", list(WANTED))
def test_a_digest_tells_only_the_chosen_kinds_of_change_in_both_parts(
    analyst: User, world: Initiative, choice: str
) -> None:
    follow_create(user=analyst, target=world, events=choice)
    with time_machine.travel(SEND_AT, tick=False):
        send_digests(now=SEND_AT)
    [message] = mail.outbox
    [(html, _)] = message.alternatives
    for key, summary in SUMMARIES.items():
        assert (summary in message.body) is (key in WANTED[choice]), (choice, key, "text")
        assert (summary in html) is (key in WANTED[choice]), (choice, key, "html")
    for heading in ("DUE IN THE NEXT 30 DAYS", "OVERDUE"):
        assert (f"\n{heading}\n" in message.body) is (heading in SECTIONS[choice]), heading
    assert ("Sign the &lt;b&gt;framework&lt;/b&gt;" in html) is (
        "DUE IN THE NEXT 30 DAYS" in SECTIONS[choice]
    )
    assert "<b>framework" not in html


def test_a_follow_that_lets_nothing_through_this_time_sends_no_digest(
    analyst: User, world: Initiative
) -> None:
    follow = follow_create(user=analyst, target=world, events=EventFilter.STATUS)
    ChangeEvent.objects.filter(kind=EventKind.STATUS_CHANGED).delete()
    with time_machine.travel(SEND_AT, tick=False):
        send_digests(now=SEND_AT)
    assert mail.outbox == []
    assert follow.events == EventFilter.STATUS


def test_two_follows_with_different_choices_each_keep_their_own(analyst: User) -> None:
    set_daily(analyst)
    loud, quiet = InitiativeFactory(title="Loud"), InitiativeFactory(title="Quiet")
    follow_create(user=analyst, target=loud)
    follow_create(user=analyst, target=quiet, events=EventFilter.DOCUMENTS)
    with time_machine.travel(CHANGED_AT, tick=False):
        for initiative in (loud, quiet):
            event_record(
                initiative=initiative,
                kind=EventKind.STATUS_CHANGED,
                summary=f"{initiative.title} adopted",
                via=EventVia.ADMIN,
                field="status",
            )
    with time_machine.travel(SEND_AT, tick=False):
        send_digests(now=SEND_AT)
    [message] = mail.outbox
    assert "Loud adopted" in message.body
    assert "Quiet adopted" not in message.body


@pytest.mark.parametrize("choice", list(WANTED))
def test_each_choice_lets_through_its_events(world: Initiative, choice: str) -> None:
    by_query = set(ChangeEvent.objects.filter(events_q(choice)).values_list("summary", flat=True))
    assert by_query == {SUMMARIES[key] for key in WANTED[choice]}


def test_everything_lets_every_event_through_and_an_unknown_choice_none(
    world: Initiative,
) -> None:
    every = set(ChangeEvent.objects.values_list("pk", flat=True))
    assert {e.kind for e in ChangeEvent.objects.all()} >= {EventKind.STATUS_CHANGED}
    assert (
        set(ChangeEvent.objects.filter(events_q(EventFilter.ALL)).values_list("pk", flat=True))
        == every
    )
    assert not ChangeEvent.objects.filter(events_q("unknown")).exists()


@pytest.mark.parametrize(
    ("choice", "reminded"),
    [
        (EventFilter.ALL, True),
        (EventFilter.DEADLINES, True),
        (EventFilter.STATUS, False),
        (EventFilter.ACTIONS, False),
        (EventFilter.DOCUMENTS, False),
    ],
)
def test_reminders_follow_the_deadlines_choice(analyst: User, choice: str, reminded: bool) -> None:
    action = FollowUpActionFactory(
        description="Publish the roadmap", due_latest=dt.date(2026, 12, 10)
    )
    follow_create(user=analyst, target=action.initiative, events=choice)
    now = dt.datetime(2026, 12, 1, 6, 15, tzinfo=dt.UTC)
    with time_machine.travel(now, tick=False):
        send_reminders(now=now)
    assert len(mail.outbox) == (1 if reminded else 0)


def feed_summaries(client: Client, search: SavedSearch) -> set[str]:
    response = client.get(reverse("feeds:saved_search_atom", args=[search.feed_token]))
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    atom = "{http://www.w3.org/2005/Atom}"
    summaries = [entry.find(f"{atom}summary").text for entry in root.findall(f"{atom}entry")]
    return {summary.split(" Status: ")[0] for summary in summaries}


@pytest.mark.parametrize("choice", list(WANTED))
def test_a_saved_search_feed_obeys_its_choice(
    client: Client, analyst: User, world: Initiative, choice: str
) -> None:
    search = SavedSearchFactory(user=analyst, query="", events=choice)
    with time_machine.travel(SEND_AT, tick=False):
        titles = feed_summaries(client, search)
    assert titles == {SUMMARIES[key] for key in WANTED[choice]}


def test_the_follow_button_chooses_what_a_follow_tells(client: Client, analyst: User) -> None:
    initiative = InitiativeFactory(title="Joint ammunition procurement")
    follow_create(user=analyst, target=initiative)
    client.force_login(analyst)
    page = client.get(initiative.get_absolute_url()).content.decode()
    assert 'name="events"' in page
    assert '<option value="all" selected>Everything</option>' in page
    url = reverse("notifications:follow_events", args=["initiative", initiative.pk])
    response = client.post(url, {"events": "deadlines", "next": initiative.get_absolute_url()})
    assert response.status_code == 302
    assert Follow.objects.get(user=analyst).events == EventFilter.DEADLINES
    page = client.get(reverse("notifications:following")).content.decode()
    assert '<option value="deadlines" selected>New or changed deadlines</option>' in page
    assert "you now hear about: new or changed deadlines" in page


def test_a_bad_choice_is_refused_with_the_choices_named(client: Client, analyst: User) -> None:
    initiative = InitiativeFactory()
    follow_create(user=analyst, target=initiative, events=EventFilter.STATUS)
    client.force_login(analyst)
    url = reverse("notifications:follow_events", args=["initiative", initiative.pk])
    response = client.post(url, {"events": "gossip"}, follow=True)
    assert "Choose what to hear about: one of “Everything”" in response.content.decode()
    assert Follow.objects.get(user=analyst).events == EventFilter.STATUS
    other = InitiativeFactory()
    url = reverse("notifications:follow_events", args=["initiative", other.pk])
    assert client.post(url, {"events": "all"}).status_code == 404
    assert not Follow.objects.filter(initiative=other).exists()


def test_a_saved_search_chooses_too_and_nobody_changes_anothers(
    client: Client, analyst: User
) -> None:
    mine = SavedSearchFactory(user=analyst)
    theirs = SavedSearchFactory()
    client.force_login(analyst)
    url = reverse("notifications:saved_search_events", args=[mine.pk])
    assert client.post(url, {"events": "documents"}).status_code == 302
    mine.refresh_from_db()
    assert mine.events == EventFilter.DOCUMENTS
    url = reverse("notifications:saved_search_events", args=[theirs.pk])
    assert client.post(url, {"events": "documents"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.events == EventFilter.ALL


def test_new_follows_start_from_the_choice_in_preferences(client: Client, analyst: User) -> None:
    client.force_login(analyst)
    page = client.get(reverse("notifications:preferences")).content.decode()
    assert 'name="default_events"' in page
    profile = Profile.objects.get(user=analyst)
    data = {
        "digest_frequency": profile.digest_frequency,
        "digest_weekday": profile.digest_weekday,
        "digest_hour": profile.digest_hour,
        "time_zone": profile.time_zone,
        "reminders_enabled": "on",
        "reminder_lead_days": profile.reminder_lead_days,
        "default_events": "actions",
    }
    assert client.post(reverse("notifications:preferences"), data).status_code == 302
    initiative = InitiativeFactory()
    client.post(reverse("notifications:follow", args=["initiative", initiative.pk]))
    assert Follow.objects.get(user=analyst).events == EventFilter.ACTIONS
    follow_set_events(user=analyst, target=initiative, events=EventFilter.ALL)
    assert Follow.objects.get(user=analyst).events == EventFilter.ALL
