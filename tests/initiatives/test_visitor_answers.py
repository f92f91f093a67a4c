"""Initiative pages answered to visitors who send no cookie before the middleware that
such a request does not need and before the view (config.middleware.visitor_answers,
initiatives.drawn.VisitorAnswers): in the page's one query, with the same bytes and
headers as the page drawn, and never once the page has changed, nor to a reader who
sends a cookie."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from initiatives.models import Initiative
from initiatives.services import initiative_verify
from tests.factories import FollowUpActionFactory, InitiativeFactory, make_curator

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="kept only where triggers move the version"
    ),
]


@pytest.fixture
def initiative(frozen_today: object) -> Initiative:
    initiative = InitiativeFactory(title="Harbour works", summary="Quays rebuilt.")
    FollowUpActionFactory(initiative=initiative, description="Dredge the channel")
    return initiative


def url(initiative: Initiative) -> str:
    return f"/initiatives/{initiative.slug}/"


def headers(response: Any) -> dict[str, str]:
    return dict(response.items())


def test_a_visitor_without_cookies_gets_the_drawn_page_and_headers_in_one_query(
    initiative: Initiative, django_assert_num_queries: Callable[..., Any]
) -> None:
    first = Client().get(url(initiative))
    with django_assert_num_queries(1):
        second = Client().get(url(initiative))
    assert second.content == first.content
    assert headers(second) == headers(first)
    assert second["X-Frame-Options"] == "DENY"
    assert second["Vary"] == "Cookie"
    assert "frame-ancestors 'none'" in second["Content-Security-Policy"]
    assert second["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in second["Permissions-Policy"]
    assert "Dredge the channel" in second.content.decode()


def test_the_answer_skips_the_middleware_such_a_request_does_not_need(
    initiative: Initiative,
) -> None:
    Client().get(url(initiative))
    response = Client().get(url(initiative))
    assert response.status_code == 200
    # Neither the session nor the user were set up: the middleware below was not run.
    assert not hasattr(response.wsgi_request, "session")
    assert not hasattr(response.wsgi_request, "user")


def test_an_edit_and_a_new_action_show_at_once(initiative: Initiative) -> None:
    visitor = Client()
    assert "Not yet verified" in visitor.get(url(initiative)).content.decode()
    assert "Not yet verified" in visitor.get(url(initiative)).content.decode()
    initiative_verify(initiative=initiative, via="admin", user=make_curator())
    assert "Verified by a curator" in visitor.get(url(initiative)).content.decode()
    FollowUpActionFactory(initiative=initiative, description="Open the new berth")
    assert "Open the new berth" in visitor.get(url(initiative)).content.decode()


def test_a_changed_page_reads_its_row_once(initiative: Initiative) -> None:
    visitor = Client()
    with CaptureQueriesContext(connection) as first:
        visitor.get(url(initiative))
    initiative_verify(initiative=initiative, via="admin", user=make_curator())
    with CaptureQueriesContext(connection) as changed:
        visitor.get(url(initiative))
    # The kept answer's check read the row; the view drew the page from that same read.
    assert len(changed.captured_queries) == len(first.captured_queries)


def test_a_reader_with_a_cookie_goes_through_the_middleware(initiative: Initiative) -> None:
    Client().get(url(initiative))
    reader = Client()
    reader.cookies["csrftoken"] = "x"  # not a valid token: the middleware replaces it
    response = reader.get(url(initiative))
    assert response.status_code == 200
    assert hasattr(response.wsgi_request, "session")
    assert "csrftoken" in response.cookies


def test_a_host_not_allowed_is_refused_as_on_any_page(initiative: Initiative) -> None:
    Client().get(url(initiative))
    assert Client().get(url(initiative), HTTP_HOST="elsewhere.example").status_code == 400


def test_an_htmx_request_is_not_answered_from_the_kept_page(initiative: Initiative) -> None:
    Client().get(url(initiative))
    response = Client().get(url(initiative), HTTP_HX_REQUEST="true")
    assert hasattr(response.wsgi_request, "session")
