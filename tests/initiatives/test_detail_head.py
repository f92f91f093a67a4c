"""The initiative page's header and feed links (drawn by Jinja2 at each request, the body
below them kept): escaped as Django escapes, with the reader's own follow button."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from notifications.models import Follow
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db

TITLE = 'The Council\'s "rail" plan & <roads>'
ESCAPED = "The Council&#x27;s &quot;rail&quot; plan &amp; &lt;roads&gt;"


@pytest.fixture
def initiative() -> object:
    return InitiativeFactory(
        title=TITLE, slug="rail-plan", venue="Member States' capitals", verified=True
    )


def head(client: Client, url: str = "/initiatives/rail-plan/") -> str:
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index("<title>") : html.index('<section aria-labelledby="summary">')]


def test_its_title_and_venue_are_escaped_as_django_escapes_them(
    client: Client, initiative: object
) -> None:
    html = head(client)
    assert f"<h1>{ESCAPED}</h1>" in html
    assert f"<title>{ESCAPED} · Docket</title>" in html
    assert "<span>in Member States&#x27; capitals</span>" in html
    assert f'title="{ESCAPED}: what changed" href="/feeds/initiatives/rail-plan.atom"' in html
    assert (
        f'title="{ESCAPED}: milestones and deadlines" href="/feeds/initiatives/rail-plan.ics"'
        in html
    )
    assert '<a href="/feeds/initiatives/rail-plan.ics" type="text/calendar">calendar</a>' in html
    assert "Verified by a curator" in html
    assert "<roads>" not in html


def test_each_reader_gets_their_own_follow_button(
    client: Client, initiative: object, analyst: User
) -> None:
    anonymous = head(client, "/initiatives/rail-plan/?from=a'b")
    assert (
        '<a class="follow-button" href="/accounts/login/?next=/initiatives/rail-plan/%3Ffrom%3Da%27b">'
        "Sign in to follow</a>"
    ) in anonymous
    client.force_login(analyst)
    signed_in = head(client)
    assert re.search(r'name="csrfmiddlewaretoken" value="\w+"', signed_in)
    assert (
        f'title="Follow {ESCAPED}: hear about changes and deadlines">Follow</button>' in signed_in
    )
    Follow.objects.create(user=analyst, initiative=initiative)
    assert "Following ✓</button>" in head(client)
