"""The digest as its reader gets it: both parts, links that work, escaping, unsubscribe."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

from notifications.digests import send_digests
from notifications.models import DigestFrequency, Profile
from tests.factories import CHANGED_AT, SEND_AT, make_world
from timeline.models import EventVia, FollowUpAction
from timeline.services import action_save

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(analyst: User) -> mail.EmailMultiAlternatives:
    make_world(analyst)
    with time_machine.travel(SEND_AT, tick=False):
        send_digests(now=SEND_AT)
    assert len(mail.outbox) == 1
    return mail.outbox[0]


def html_of(message: mail.EmailMultiAlternatives) -> str:
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def test_it_sends_a_digest_with_every_section_in_the_text_part(sent: mail.EmailMessage) -> None:
    assert sent.to == ["analyst@example.org"]
    assert sent.subject == "Docket daily digest: 2 changes, 1 due soon, 1 overdue"
    text = sent.body
    assert "WHAT CHANGED SINCE YOUR LAST DIGEST" in text
    assert "Joint ammunition procurement [Adopted]" in text
    assert "Status changed from Proposed to Adopted" in text
    assert "Action: Publish the <script>alert(1)</script> roadmap" in text
    assert "Owner: European Commission. Due: by 10 Dec 2026." in text
    due = text.split("DUE IN THE NEXT 30 DAYS")[1].split("OVERDUE")[0]
    assert "Publish the" in due
    assert "Report on stockpiles" in text.split("\nOVERDUE\n")[1]
    assert "&lt;" not in text


def test_it_escapes_imported_text_in_the_html_part(sent: mail.EmailMessage) -> None:
    html = html_of(sent)
    assert "Publish the &lt;script&gt;alert(1)&lt;/script&gt; roadmap" in html
    assert "<script>" not in html
    assert "Joint ammunition procurement</a>" in html
    assert "Due in the next 30 days" in html
    assert "Overdue</h2>" in html
    assert 'style="' in html  # inline CSS: mail clients drop <style> sheets


def test_its_links_are_absolute_and_work(client: Client, sent: mail.EmailMessage) -> None:
    initiative_url = "http://127.0.0.1:8000/initiatives/ammunition/"
    assert initiative_url in sent.body
    assert f'href="{initiative_url}"' in html_of(sent)
    assert client.get(urlsplit(initiative_url).path).status_code == 200
    preferences = "http://127.0.0.1:8000/preferences/"
    assert preferences in sent.body
    assert preferences in html_of(sent)


def test_it_carries_one_click_unsubscribe_headers(
    client: Client, analyst: User, sent: mail.EmailMessage
) -> None:
    header = sent.extra_headers["List-Unsubscribe"]
    assert header.startswith("<http://127.0.0.1:8000/unsubscribe/")
    assert sent.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    path = urlsplit(header.strip("<>")).path
    assert client.get(path).status_code == 200
    profile = Profile.objects.get(user=analyst)
    assert profile.digest_frequency == DigestFrequency.DAILY
    # RFC 8058: a mail client POSTs this body, without cookies or a CSRF token.
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    profile.refresh_from_db()
    assert profile.digest_frequency == DigestFrequency.OFF
    assert not profile.reminders_enabled


def test_an_action_without_a_latest_date_shows_no_firm_date(analyst: User) -> None:
    world = make_world(analyst)
    with time_machine.travel(CHANGED_AT, tick=False):
        action_save(
            action=FollowUpAction(
                initiative=world.initiative,
                description="Deepen cooperation",
                due_text="in the coming years",
            ),
            via=EventVia.IMPORT,
        )
    with time_machine.travel(SEND_AT, tick=False):
        send_digests(now=SEND_AT)
    [message] = mail.outbox
    assert "Action: Deepen cooperation\n    Owner: not named. Due: no firm date." in message.body
    assert "Deepen cooperation" not in message.body.split("DUE IN THE NEXT 30 DAYS")[1]
