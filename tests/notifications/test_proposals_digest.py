"""A follower's digest tells what a later document reported, once it is applied."""

from __future__ import annotations

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

from initiatives.models import Initiative
from notifications.digests import send_digests
from tests.factories import CHANGED_AT, SEND_AT, follow, set_daily
from tests.initiatives.series import SEED, SERIES, import_one

pytestmark = pytest.mark.django_db


@pytest.fixture
def defence(analyst: User) -> Initiative:
    set_daily(analyst)
    with time_machine.travel("2026-11-01 09:00:00+00:00", tick=False):
        initiative = Initiative.objects.get(pk=import_one(SEED)["initiative_id"])
    follow(analyst, initiative)
    with time_machine.travel(CHANGED_AT, tick=False):
        import_one(SERIES / "06-completed.md")
    return initiative


def test_the_follower_reads_what_the_document_reported(defence: Initiative) -> None:
    with time_machine.travel(SEND_AT, tick=False):
        send_digests(now=SEND_AT)
    (message,) = mail.outbox
    text = message.body
    assert (
        'Done, according to "EU completes defence industrial cooperation package with Ukraine"'
        in text
    )
    assert "Action: Outline implementation structures" in text
    assert "Status changed from Adopted to Completed" in text
    assert "New source document: EU completes defence industrial cooperation package" in text


def test_the_detail_page_shows_a_change_awaiting_review_next_to_its_action(
    defence: Initiative, client: Client
) -> None:
    with time_machine.travel(CHANGED_AT, tick=False):
        import_one(SERIES / "02-guidelines-published.md")
    page = client.get(defence.get_absolute_url()).content.decode()
    # The timeline's list, under the chart that draws the same actions.
    page = page[page.index('<ol class="timeline">') :]
    entry = page[page.index("Outline specific funding mechanisms") :]
    entry = entry[: entry.index("</li>")]
    assert "Reported, awaiting review" in entry
    assert "due by the end of March" in entry
    assert "EU agencies publish co-production guidelines" in entry
