"""The unsubscribe link: it works for its owner, from a mail client, and for nobody else."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core import signing
from django.test import Client
from django.urls import reverse

from notifications.models import DigestFrequency, Profile
from notifications.services import UNSUBSCRIBE_SALT, unsubscribe_token
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def url_for(token: str) -> str:
    return reverse("notifications:unsubscribe", args=[token])


def frequency(user: User) -> str:
    return Profile.objects.get(user=user).digest_frequency


def test_a_get_only_asks_for_confirmation(client: Client, analyst: User) -> None:
    response = client.get(url_for(unsubscribe_token(analyst)))
    assert response.status_code == 200
    assert "Stop all digests and reminders to <strong>analyst@example.org</strong>" in (
        response.content.decode()
    )
    assert frequency(analyst) == DigestFrequency.WEEKLY  # link scanners must not unsubscribe


def test_the_one_click_post_unsubscribes_its_owner_only(analyst: User) -> None:
    other = UserFactory(username="other")
    client = Client(enforce_csrf_checks=True)
    response = client.post(url_for(unsubscribe_token(analyst)), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert frequency(analyst) == DigestFrequency.OFF
    assert not Profile.objects.get(user=analyst).reminders_enabled
    assert frequency(other) == DigestFrequency.WEEKLY


def test_it_refuses_a_token_forged_for_another_user(client: Client, analyst: User) -> None:
    victim = UserFactory(username="victim")
    token = unsubscribe_token(analyst)
    _payload, rest = token.split(":", 1)
    forged_payload = signing.dumps({"u": victim.pk, "e": victim.email}, salt=UNSUBSCRIBE_SALT)
    forged = f"{forged_payload.split(':', 1)[0]}:{rest}"
    response = client.post(url_for(forged))
    assert response.status_code == 400
    assert frequency(victim) == DigestFrequency.WEEKLY
    wrong_salt = signing.dumps({"u": victim.pk, "e": victim.email}, salt="something-else")
    assert client.post(url_for(wrong_salt)).status_code == 400
    assert frequency(victim) == DigestFrequency.WEEKLY


def test_it_refuses_a_token_once_the_address_changed(client: Client, analyst: User) -> None:
    token = unsubscribe_token(analyst)
    analyst.email = "new-address@example.org"
    analyst.save()
    assert client.post(url_for(token)).status_code == 400
    assert frequency(analyst) == DigestFrequency.WEEKLY
