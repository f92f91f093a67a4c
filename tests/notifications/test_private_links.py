"""Private feed URLs stay out of shared caches and search engines; unsubscribe links name
no address and expire after UNSUBSCRIBE_MAX_AGE."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import signing
from django.test import Client

from notifications.models import DigestFrequency, Profile
from notifications.services import UNSUBSCRIBE_MAX_AGE, UNSUBSCRIBE_SALT, unsubscribe_token
from tests.factories import SavedSearchFactory

pytestmark = pytest.mark.django_db
SENT = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("suffix", ["atom", "ics"])
def test_a_token_feed_is_private_and_not_indexed(
    client: Client, analyst: User, suffix: str
) -> None:
    search = SavedSearchFactory(user=analyst, query="status=adopted")
    response = client.get(f"/feeds/saved/{search.feed_token}.{suffix}")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"].startswith("noindex")


def test_the_public_feeds_stay_public(client: Client) -> None:
    assert "private" not in client.get("/feeds/calendar.ics").get("Cache-Control", "")


def test_an_unsubscribe_token_holds_the_user_id_and_no_address(analyst: User) -> None:
    token = unsubscribe_token(analyst)
    assert token.split(":")[0] == str(analyst.pk)
    assert "example.org" not in token
    assert "analyst" not in signing.b64_decode(token.split(":")[1].encode() + b"==").decode(
        "latin-1"
    )


def test_a_link_works_until_it_expires_then_offers_to_sign_in(
    client: Client, analyst: User
) -> None:
    with time_machine.travel(SENT, tick=False):
        token = unsubscribe_token(analyst)
    with time_machine.travel(SENT + UNSUBSCRIBE_MAX_AGE - dt.timedelta(minutes=1), tick=False):
        assert client.get(f"/unsubscribe/{token}/").status_code == 200
    with time_machine.travel(SENT + UNSUBSCRIBE_MAX_AGE + dt.timedelta(minutes=1), tick=False):
        response = client.post(f"/unsubscribe/{token}/")
    assert response.status_code == 410
    html = response.content.decode()
    assert "This unsubscribe link has expired" in html
    assert 'href="/accounts/login/?next=/preferences/"' in html
    assert Profile.objects.get(user=analyst).digest_frequency == DigestFrequency.WEEKLY


def test_an_old_format_link_is_honoured_for_the_same_period(client: Client, analyst: User) -> None:
    with time_machine.travel(SENT, tick=False):
        old = signing.dumps({"u": analyst.pk, "e": analyst.email}, salt=UNSUBSCRIBE_SALT)
    with time_machine.travel(SENT + dt.timedelta(days=10), tick=False):
        assert client.post(f"/unsubscribe/{old}/").status_code == 200
    assert Profile.objects.get(user=analyst).digest_frequency == DigestFrequency.OFF
    with time_machine.travel(SENT + UNSUBSCRIBE_MAX_AGE + dt.timedelta(days=1), tick=False):
        assert client.post(f"/unsubscribe/{old}/").status_code == 410
