"""/following/'s rows are kept drawn by each process (notifications.views._rows_drawn):
a second view reuses them, a change to a follow draws them again, and every form carries
the request's own CSRF token, never the stand-in they were drawn with."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from initiatives.drawn import CSRF_STAND_IN
from notifications import views
from notifications.models import Follow
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db

ROWS = "notifications/_follow_rows.html"


@pytest.fixture
def drawings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Grows by one each time the view draws the rows rather than reuse them."""
    count: list[int] = []
    real = views.get_template

    def counted(name: str, using: str | None = None) -> object:
        if name == ROWS:
            count.append(1)
        return real(name, using=using)

    views._follow_pages.clear()
    monkeypatch.setattr(views, "get_template", counted)
    return count


def page(client: Client, **params: str) -> str:
    response = client.get(reverse("notifications:following"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_a_second_view_reuses_the_rows_and_a_changed_follow_draws_them_again(
    client: Client, analyst: User, drawings: list[int]
) -> None:
    follows = [
        Follow.objects.create(user=analyst, initiative=InitiativeFactory()) for _ in range(3)
    ]
    client.force_login(analyst)
    first = page(client)
    assert _without_tokens(page(client)) == _without_tokens(first)
    assert len(drawings) == 1  # two views, one drawing
    assert page(client, page="1").count("<tr>") == first.count("<tr>")
    assert len(drawings) == 2  # another address: each form's `next` differs
    follows[0].events = "status"
    follows[0].save()
    changed = page(client)
    assert len(drawings) == 3
    assert 'value="status" selected' in changed


def test_every_form_carries_the_requests_token_which_the_site_accepts(analyst: User) -> None:
    initiative = InitiativeFactory()
    Follow.objects.create(user=analyst, initiative=initiative)
    client = Client(enforce_csrf_checks=True)
    client.force_login(analyst)
    page(client)
    kept = page(client)  # its rows read as kept
    assert CSRF_STAND_IN not in kept
    unfollow = reverse("notifications:follow", args=["initiative", initiative.pk])
    token = re.search(
        rf'action="{unfollow}"><input type="hidden" name="csrfmiddlewaretoken" value="(\w+)">',
        kept,
    )
    assert token is not None
    response = client.post(unfollow, {"follow": "0", "csrfmiddlewaretoken": token[1]})
    assert response.status_code == 302
    assert not Follow.objects.filter(user=analyst).exists()


def _without_tokens(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", html)
