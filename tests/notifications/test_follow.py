"""Following an initiative, area or actor with one click, and the Following page."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.urls import reverse

from initiatives.models import CooperationArea
from notifications.models import Follow
from tests.factories import ActorFactory, InitiativeFactory

pytestmark = pytest.mark.django_db


def button_html(user: User, target: object) -> str:
    request = RequestFactory().get("/initiatives/x/")
    request.user = user
    return render_to_string(
        "notifications/_follow_button.html", {"target": target, "request": request}, request=request
    )


def test_it_shows_follow_then_following_on_the_button(analyst: User) -> None:
    initiative = InitiativeFactory(title="Joint ammunition procurement")
    html = button_html(analyst, initiative)
    assert ">Follow</button>" in html
    assert "csrfmiddlewaretoken" in html
    assert reverse("notifications:follow", args=["initiative", initiative.pk]) in html
    Follow.objects.create(user=analyst, initiative=initiative)
    assert "Following ✓" in button_html(analyst, initiative)


def test_it_asks_a_visitor_to_sign_in_to_follow() -> None:
    from django.contrib.auth.models import AnonymousUser

    html = button_html(AnonymousUser(), InitiativeFactory())
    assert "Sign in to follow" in html
    assert "<form" not in html


@pytest.mark.parametrize("kind", ["initiative", "area", "actor"])
def test_it_follows_and_unfollows_with_one_click(client: Client, analyst: User, kind: str) -> None:
    target = {
        "initiative": InitiativeFactory,
        "area": lambda: CooperationArea.objects.first(),
        "actor": ActorFactory,
    }[kind]()
    client.force_login(analyst)
    url = reverse("notifications:follow", args=[kind, target.pk])
    response = client.post(url, {"follow": "1", "next": "/initiatives/"})
    assert response.status_code == 302
    assert response["Location"] == "/initiatives/"
    assert Follow.objects.filter(user=analyst, **{kind: target}).count() == 1
    client.post(url, {"follow": "1"})  # a second click on a stale page changes nothing
    assert Follow.objects.filter(user=analyst).count() == 1

    page = client.get(reverse("notifications:following"))
    assert str(target) in page.content.decode()

    client.post(url, {"follow": "0"})
    assert not Follow.objects.filter(user=analyst).exists()


def test_it_refuses_to_redirect_to_another_site(client: Client, analyst: User) -> None:
    initiative = InitiativeFactory()
    client.force_login(analyst)
    response = client.post(
        reverse("notifications:follow", args=["initiative", initiative.pk]),
        {"follow": "1", "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("notifications:following")


def test_it_requires_sign_in_and_post(client: Client, analyst: User) -> None:
    initiative = InitiativeFactory()
    url = reverse("notifications:follow", args=["initiative", initiative.pk])
    response = client.post(url, {"follow": "1"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    client.force_login(analyst)
    assert client.get(url).status_code == 405
    assert not Follow.objects.exists()
