"""A follower reads which document reported an action's state: "Done, according to …",
in both parts of the digest; a curator's change reads as before."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail

from notifications.digests import send_digests
from tests.factories import CHANGED_AT, SEND_AT, DocumentFactory, make_world
from timeline.models import ActionStatus, EventVia
from timeline.services import action_mark_done, action_set_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(analyst: User) -> mail.EmailMultiAlternatives:
    world = make_world(analyst)
    report = DocumentFactory(
        title="EU agencies publish the <i>co-production</i> guidelines",
        initiative=world.initiative,
    )
    with time_machine.travel(CHANGED_AT, tick=False):
        action_mark_done(
            action=world.overdue,
            completed_on=dt.date(2026, 11, 20),
            via=EventVia.IMPORT,
            document=report,
        )
        action_set_status(action=world.due_soon, status=ActionStatus.STALLED, via=EventVia.ADMIN)
    with time_machine.travel(SEND_AT, tick=False):
        send_digests(now=SEND_AT)
    [message] = mail.outbox
    message.document = report
    return message


def test_the_text_part_says_which_document_reported_it(sent) -> None:
    text = sent.body
    assert 'Done, according to "EU agencies publish the <i>co-production</i> guidelines"' in text
    assert f"/documents/{sent.document.pk}/" in text
    assert "Action: Report on stockpiles" in text
    # Stalled by a curator, not by a document: the plain summary.
    assert "Stalled: Publish the <script>alert(1)</script> roadmap" in text
    assert "Stalled, according to" not in text


def test_the_html_part_links_the_document_and_escapes_its_title(sent) -> None:
    [(html, _)] = sent.alternatives
    assert (
        '<strong>Done</strong>, according to <a href="http://testserver/documents/'
        in html.replace("http://127.0.0.1:8000", "http://testserver")
    )
    assert "EU agencies publish the &lt;i&gt;co-production&lt;/i&gt; guidelines</a>" in html
    assert "Stalled: Publish the &lt;script&gt;" in html
