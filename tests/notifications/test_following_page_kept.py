"""/following/, whole, kept in each process for its reader (notifications.views,
initiatives.drawn.ReadersPages): a second view is not drawn again, every form carries
the request's own CSRF token, and a new saved search, a follow or another reader's page
never comes from a page kept before."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.test import Client, RequestFactory
from django.urls import reverse

from initiatives.drawn import CSRF_STAND_IN
from notifications import views
from notifications.models import SavedSearch
from notifications.services import follow_create, saved_search_create
from tests.factories import InitiativeFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/following/"


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The pages the view draws (rather than serve kept), by template name."""
    names: list[str] = []
    real = views.render

    def counted(request: Any, template_name: str, *args: Any, **kwargs: Any) -> Any:
        names.append(template_name)
        return real(request, template_name, *args, **kwargs)

    views._following_pages.clear()
    monkeypatch.setattr(views, "render", counted)
    return names


def reader(user: User, **kwargs: Any) -> Client:
    client = Client(**kwargs)
    client.force_login(user)
    return client


def page(client: Client) -> str:
    response = client.get(URL)
    assert response.status_code == 200
    return response.content.decode()


def tokens_out(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", html)


def test_a_second_view_is_the_same_page_not_drawn_again(analyst: User, drawn: list[str]) -> None:
    follow_create(user=analyst, target=InitiativeFactory(title="Harbour works"))
    client = reader(analyst)
    first = page(client)
    second = page(client)
    assert drawn == ["notifications/following.html"]
    assert tokens_out(second) == tokens_out(first)
    assert "Harbour works" in second and "Sign out" in second
    assert CSRF_STAND_IN not in second


def test_the_kept_pages_forms_carry_a_token_the_site_accepts(analyst: User) -> None:
    client = reader(analyst, enforce_csrf_checks=True)
    page(client)
    kept = page(client)
    add = reverse("notifications:saved_search_add")
    token = re.search(
        rf'action="{add}" class="stacked-form">\s*<input type="hidden" '
        r'name="csrfmiddlewaretoken" value="(\w+)">',
        kept,
    )
    assert token is not None
    response = client.post(
        add, {"name": "Ports", "query": "q=port", "events": "all", "csrfmiddlewaretoken": token[1]}
    )
    assert response.status_code == 302
    assert SavedSearch.objects.filter(user=analyst, name="Ports").exists()


def test_a_new_follow_and_a_saved_search_show_at_once(analyst: User) -> None:
    client = reader(analyst)
    assert "You follow nothing yet" in page(client)
    follow_create(user=analyst, target=InitiativeFactory(title="Harbour works"))
    assert "Harbour works" in page(client)
    saved_search_create(user=analyst, name="Ports and quays", query="q=port")
    assert "Ports and quays" in page(client)


def test_another_reader_never_gets_the_first_readers_page(analyst: User) -> None:
    follow_create(user=analyst, target=InitiativeFactory(title="Harbour works"))
    page(reader(analyst))
    other = page(reader(UserFactory(username="other-reader")))
    assert "Harbour works" not in other and "You follow nothing yet" in other


def test_a_message_waiting_is_shown_once(analyst: User, drawn: list[str]) -> None:
    client = reader(analyst)
    page(client)
    storage = CookieStorage(RequestFactory().get("/"))
    client.cookies["messages"] = storage._encode([Message(constants.INFO, "Saved “Ports”.")])
    assert "Saved “Ports”." in page(client)
    assert "Saved “Ports”." not in page(client)
    assert drawn == ["notifications/following.html"] * 2


def test_a_staff_readers_page_is_drawn_each_time(drawn: list[str]) -> None:
    client = reader(UserFactory(username="staff-reader", is_staff=True))
    assert ">Admin</a>" in page(client)
    page(client)
    assert len(drawn) == 2
