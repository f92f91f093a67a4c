"""The list page, whole, is kept in each process for readers who are not signed in, under
its own part (the filter form and the results) drawn at each request
(`initiatives.drawn.KeptPages`, `render_list`'s ``kept``): the frame around the same part
is drawn once, a change to the rows shows at once, and a signed-in reader or a message
waiting never meets a visitor's page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.test import Client, RequestFactory

from initiatives import paging, views
from initiatives.models import Initiative
from tests.factories import make_listed_initiative

pytestmark = pytest.mark.django_db
URL = "/initiatives/?sort=title"


@pytest.fixture
def framed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The whole pages drawn (rather than served kept), by template name."""
    names: list[str] = []
    real = paging.render

    def counted(request: Any, template_name: str, *args: Any, **kwargs: Any) -> Any:
        names.append(template_name)
        return real(request, template_name, *args, **kwargs)

    monkeypatch.setattr(paging, "render", counted)
    return names


@pytest.fixture
def listed() -> Initiative:
    make_listed_initiative("Artillery shells pact", summary="Shells for the front.")
    return make_listed_initiative("Boat repair yard", summary="Repairs of river boats.")


def test_a_second_visitor_gets_the_same_page_without_its_frame_drawn_again(
    listed: Initiative, framed: list[str], django_assert_num_queries: Callable[..., Any]
) -> None:
    first = Client().get(URL)
    with django_assert_num_queries(4):
        second = Client().get(URL)
    assert framed == ["initiatives/list.html"]
    assert second.content == first.content
    assert second["Vary"] == first["Vary"] == "HX-Request, Cookie"


def test_a_changed_row_and_a_new_one_show_at_once(listed: Initiative, framed: list[str]) -> None:
    visitor = Client()
    visitor.get(URL)
    Initiative.objects.filter(pk=listed.pk).update(title="Boat repair yard, enlarged")
    make_listed_initiative("Canal dredging plan", summary="Deeper canals.")
    page = visitor.get(URL).content.decode()
    assert "Boat repair yard, enlarged" in page and "Canal dredging plan" in page
    assert "Showing 1–3 of 3 initiatives" in page
    assert len(framed) == 2


def test_an_htmx_answer_is_the_results_alone(listed: Initiative) -> None:
    Client().get(URL)
    answer = Client().get(URL, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in answer and "Boat repair yard" in answer


def test_a_signed_in_reader_never_gets_a_visitors_page(listed: Initiative, analyst: User) -> None:
    Client().get(URL)
    reader = Client()
    reader.force_login(analyst)
    page = reader.get(URL).content.decode()
    assert "Sign out" in page and "Save this search as" in page
    assert "Sign out" not in Client().get(URL).content.decode()


def test_a_message_waiting_is_shown_once_and_the_kept_page_holds_none(
    listed: Initiative, framed: list[str]
) -> None:
    visitor = Client()
    visitor.get(URL)
    storage = CookieStorage(RequestFactory().get("/"))
    visitor.cookies["messages"] = storage._encode(
        [Message(constants.INFO, "Your export is on its way.")]
    )
    assert "Your export is on its way." in visitor.get(URL).content.decode()
    assert "Your export is on its way." not in visitor.get(URL).content.decode()
    assert framed == ["initiatives/list.html"] * 2


def test_a_kept_page_is_served_without_drawing_its_part_and_a_new_count_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for n in range(26):
        make_listed_initiative(f"Harbour plan {n:02d}", summary="Quays.")
    parts: list[str] = []
    real = views.get_template

    def counted(name: str, using: str | None = None) -> Any:
        parts.append(name)
        return real(name, using=using)

    monkeypatch.setattr(views, "get_template", counted)
    first = Client().get(URL).content.decode()
    assert "Showing 1–25 of 26 initiatives" in first
    drawn = parts.count("initiatives/_list.html")
    assert Client().get(URL).content.decode() == first
    assert parts.count("initiatives/_list.html") == drawn  # the part was not drawn again
    # The first page's rows stay the same; only the count and the pager change.
    make_listed_initiative("Zz last plan", summary="Beyond the first page.")
    page = Client().get(URL).content.decode()
    assert "Showing 1–25 of 27 initiatives" in page
    assert "Page 1 of 2" in page


def test_a_refused_filter_keeps_showing_its_error(listed: Initiative) -> None:
    url = "/initiatives/?due_within=abc"
    first = Client().get(url).content.decode()
    assert "Please correct these filters" in first
    assert Client().get(url).content.decode() == first
