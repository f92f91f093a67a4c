"""The initiative page, whole, kept in each process for readers who are not signed in
(initiatives/detail.py, `kept_page`): served again in its one query without drawing,
the same bytes as a drawn page, and never after a change, nor to a signed-in reader,
nor in place of a message waiting to be shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import connection
from django.test import Client, RequestFactory

from initiatives import views
from initiatives.detail import forget_recent_bodies
from initiatives.models import Initiative
from initiatives.services import initiative_verify
from notifications.services import follow_create
from tests.factories import FollowUpActionFactory, InitiativeFactory, UserFactory, make_curator

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="kept only where triggers move the version"
    ),
]


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The pages the view draws (rather than serve kept), by template name."""
    names: list[str] = []
    real = views.render

    def counted(request: Any, template_name: str, *args: Any, **kwargs: Any) -> Any:
        names.append(template_name)
        return real(request, template_name, *args, **kwargs)

    monkeypatch.setattr(views, "render", counted)
    return names


@pytest.fixture
def initiative(frozen_today: object) -> Initiative:
    initiative = InitiativeFactory(title="Harbour works", summary="Quays rebuilt.")
    FollowUpActionFactory(initiative=initiative, description="Dredge the channel")
    return initiative


def url(initiative: Initiative) -> str:
    return f"/initiatives/{initiative.slug}/"


def test_a_second_visitor_gets_the_same_page_in_one_query_without_drawing(
    initiative: Initiative, drawn: list[str], django_assert_num_queries: Callable[..., Any]
) -> None:
    first = Client().get(url(initiative))
    with django_assert_num_queries(1):
        second = Client().get(url(initiative))
    assert drawn == ["initiatives/detail.html"]
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Vary"] == first["Vary"] == "Cookie"
    assert "Dredge the channel" in second.content.decode()


def test_the_kept_page_is_the_page_drawn_afresh(initiative: Initiative) -> None:
    Client().get(url(initiative))
    kept = Client().get(url(initiative)).content
    forget_recent_bodies()
    assert Client().get(url(initiative)).content == kept


def test_a_curators_edit_a_new_action_and_a_follow_show_at_once(
    initiative: Initiative, drawn: list[str]
) -> None:
    visitor = Client()
    assert "Not yet verified" in visitor.get(url(initiative)).content.decode()
    initiative_verify(initiative=initiative, via="admin", user=make_curator())
    assert "Verified by a curator" in visitor.get(url(initiative)).content.decode()
    FollowUpActionFactory(initiative=initiative, description="Open the new berth")
    assert "Open the new berth" in visitor.get(url(initiative)).content.decode()
    reader = UserFactory(username="harbour-reader")
    follow_create(user=reader, target=initiative)
    signed_in = Client()
    signed_in.force_login(reader)
    assert "is-following" in signed_in.get(url(initiative)).content.decode()
    page = visitor.get(url(initiative)).content.decode()
    assert "Sign in to follow" in page and "is-following" not in page
    assert len(drawn) == 4  # the first view, two changes, the signed-in reader


def test_a_signed_in_reader_never_gets_a_visitors_page(initiative: Initiative) -> None:
    Client().get(url(initiative))
    reader = Client()
    reader.force_login(UserFactory(username="harbour-reader"))
    page = reader.get(url(initiative)).content.decode()
    assert "Sign in to follow" not in page and ">Follow</button>" in page
    assert "Sign out" in page
    assert "Sign in to follow" in Client().get(url(initiative)).content.decode()


def test_another_address_of_the_page_is_kept_apart(initiative: Initiative) -> None:
    Client().get(url(initiative))
    page = Client().get(url(initiative) + "?from=list").content.decode()
    assert f"?next=/initiatives/{initiative.slug}/%3Ffrom%3Dlist" in page


def test_a_message_waiting_is_shown_once_and_the_kept_page_holds_none(
    initiative: Initiative, drawn: list[str]
) -> None:
    visitor = Client()
    visitor.get(url(initiative))
    storage = CookieStorage(RequestFactory().get("/"))
    visitor.cookies["messages"] = storage._encode(
        [Message(constants.INFO, "Your note was sent to the curators.")]
    )
    assert "Your note was sent to the curators." in visitor.get(url(initiative)).content.decode()
    assert "Your note was sent" not in visitor.get(url(initiative)).content.decode()
    assert "Your note was sent" not in Client().get(url(initiative)).content.decode()
    assert drawn == ["initiatives/detail.html"] * 2
