"""Sign-in, password reset, sign-up, preferences and saved searches, as a browser sees them."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

from notifications.models import DigestFrequency, Profile, SavedSearch

pytestmark = pytest.mark.django_db


def test_the_sign_in_page_looks_like_the_site_and_signs_in(client: Client, analyst: User) -> None:
    page = client.get(reverse("login")).content.decode()
    assert 'class="site-header"' in page
    assert "Forgotten your password?" in page
    response = client.post(
        reverse("login"), {"username": "analyst", "password": "correct horse battery"}
    )
    assert response.status_code == 302
    home = client.get(reverse("notifications:following")).content.decode()
    assert "Sign out" in home
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("notifications:following")).status_code == 302


def test_a_password_reset_mails_a_link_that_sets_a_new_password(
    client: Client, analyst: User
) -> None:
    page = client.get(reverse("password_reset")).content.decode()
    assert 'class="site-header"' in page
    client.post(reverse("password_reset"), {"email": "analyst@example.org"})
    [message] = mail.outbox
    assert message.subject == "Reset your testserver password"
    link = re.search(r"http://testserver(/accounts/reset/\S+/)", message.body).group(1)
    form = client.get(link, follow=True)
    assert "Choose a new password" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "a fresh long passphrase", "new_password2": "a fresh long passphrase"},
        follow=True,
    )
    assert "Password changed" in done.content.decode()
    assert client.login(username="analyst", password="a fresh long passphrase")


def test_sign_up_exists_only_when_the_setting_allows_it(client: Client) -> None:
    assert client.get(reverse("accounts:signup")).status_code == 404
    with override_settings(DOCKET_ALLOW_SIGNUP=True):
        assert "Sign up" in client.get(reverse("login")).content.decode()
        response = client.post(
            reverse("accounts:signup"),
            {
                "username": "newcomer",
                "email": "newcomer@example.org",
                "password1": "a long enough passphrase",
                "password2": "a long enough passphrase",
            },
        )
    assert response.status_code == 302
    user = User.objects.get(username="newcomer")
    assert Profile.objects.get(user=user).reminder_lead_days == 14


def test_preferences_are_saved_on_their_own_page(client: Client, analyst: User) -> None:
    client.force_login(analyst)
    page = client.get(reverse("notifications:preferences")).content.decode()
    assert "Reminder lead time (days)" in page
    assert 'name="reminder_lead_days" value="14"' in page
    assert '<option value="Europe/Brussels" selected>' in page
    response = client.post(
        reverse("notifications:preferences"),
        {
            "digest_frequency": "daily",
            "digest_weekday": "2",
            "digest_hour": "7",
            "time_zone": "Europe/Kyiv",
            "reminders_enabled": "on",
            "reminder_lead_days": "21",
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=analyst)
    assert (profile.digest_frequency, profile.digest_hour, profile.time_zone) == (
        DigestFrequency.DAILY,
        7,
        "Europe/Kyiv",
    )
    assert profile.reminder_lead_days == 21
    bad = client.post(reverse("notifications:preferences"), {"time_zone": "Mars/Olympus"})
    assert bad.status_code == 200
    assert "Select a valid choice" in bad.content.decode()


def test_a_pasted_list_url_is_saved_as_a_search(client: Client, analyst: User) -> None:
    client.force_login(analyst)
    response = client.post(
        reverse("notifications:saved_search_add"),
        {"name": "Adopted <b>drones</b>", "query": "http://x/initiatives/?status=adopted&q=drone"},
    )
    assert response.status_code == 302
    search = SavedSearch.objects.get(user=analyst)
    assert search.query == "status=adopted&q=drone"
    page = client.get(reverse("notifications:following")).content.decode()
    assert "Adopted &lt;b&gt;drones&lt;/b&gt;" in page
    assert reverse("feeds:saved_search_atom", args=[search.feed_token]) in page
    other = User.objects.create_user("other", "other@example.org", "pw")
    client.force_login(other)
    remove = reverse("notifications:saved_search_remove", args=[search.pk])
    assert client.post(remove).status_code == 404  # not theirs
    client.force_login(analyst)
    client.post(remove)
    assert not SavedSearch.objects.exists()
