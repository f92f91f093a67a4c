"""The site's header (kept drawn per page and per kind of reader, config/frame.py) shows
each reader their own links and their own CSRF token, and follows changes to the reader."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def nav(client: Client, url: str = "/initiatives/") -> str:
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index('<nav aria-label="Main">') : html.index("</nav>")]


def links(html: str) -> list[str]:
    return re.findall(r">([A-Z][a-z]+(?: [a-z]+)?)</(?:a|button)>", html)


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_an_anonymous_reader_sees_no_staff_or_account_links(client: Client) -> None:
    html = nav(client)
    assert links(html) == ["Dashboard", "Initiatives", "Deliverables", "Coverage", "Sign in"]
    assert "csrfmiddlewaretoken" not in html


def test_each_kind_of_reader_sees_their_own_links(
    client: Client, analyst: User, outsider: User, curator: User
) -> None:
    nav(client)  # the anonymous header is kept first: nobody else may be served it
    assert links(nav(signed_in(analyst))) == [
        "Dashboard", "Initiatives", "Deliverables", "Coverage",
        "Following", "Preferences", "Webhooks", "Sign out",
    ]  # fmt: skip
    assert links(nav(signed_in(outsider)))[4:6] == ["Admin", "Following"]
    assert links(nav(signed_in(curator)))[4:7] == ["Triage", "Admin", "Following"]
    assert "Admin" not in links(nav(client))


def test_the_current_page_is_marked_on_each_page(client: Client) -> None:
    dashboard, listing = nav(client, "/"), nav(client, "/initiatives/")
    assert re.findall(r'aria-current="page">(\w+)<', dashboard) == ["Dashboard"]
    assert re.findall(r'aria-current="page">(\w+)<', listing) == ["Initiatives"]


def test_each_reader_gets_their_own_csrf_token_and_it_signs_them_out(analyst: User) -> None:
    other = UserFactory(username="other-analyst")
    first, second = signed_in(analyst), signed_in(other)
    first.handler.enforce_csrf_checks = True
    tokens = [
        re.search(r'name="csrfmiddlewaretoken" value="(\w+)"', nav(c)).group(1)
        for c in (first, second)
    ]
    assert tokens[0] != tokens[1]
    assert "frameCsrf" not in tokens[0]
    response = first.post("/accounts/logout/", {"csrfmiddlewaretoken": tokens[0]})
    assert response.status_code == 302
    assert links(nav(first))[-1] == "Sign in"
    assert "Following" not in links(nav(first))


def test_a_reader_who_loses_staff_rights_loses_the_admin_link_on_the_next_page(
    outsider: User,
) -> None:
    client = signed_in(outsider)
    assert "Admin" in links(nav(client))
    outsider.is_staff = False
    outsider.save()
    assert "Admin" not in links(nav(client))
