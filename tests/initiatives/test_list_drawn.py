"""The list page's body (filters, results, pager, follow and save-search forms), drawn by
Jinja2 like its rows: what a visitor typed is escaped as on every other page."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from initiatives.models import CooperationArea
from tests.factories import make_listed_initiative

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def test_a_typed_value_in_an_error_is_escaped_as_django_escapes_it(client: Client) -> None:
    make_listed_initiative("Loan facility")
    url = "/initiatives/?actor=o'neil"
    error = "Select a valid choice. o&#x27;neil is not one of the available choices."
    page = client.get(url).content.decode()
    assert error in page
    assert 'data-rendered-for="/initiatives/?actor=o&#x27;neil"' in page
    assert error in client.get(url, headers=HTMX).content.decode()


def test_the_results_offer_to_follow_the_one_area_filtered_to(
    client: Client, analyst: User
) -> None:
    make_listed_initiative("Loan facility", areas=("investment",))
    CooperationArea.objects.filter(slug="investment").update(name="Member States' investment")
    client.force_login(analyst)
    url = "/initiatives/?area=investment&note=it's"
    client.get("/initiatives/")  # the filter's choices are then kept (initiatives.choices)
    with CaptureQueriesContext(connection) as queries:
        partial = client.get("/initiatives/?area=investment", headers=HTMX).content.decode()
    # The session and the user's row are read from the shared cache when there is one
    # (accounts/sessions.py, accounts/users.py): the page's own queries are counted.
    own = [q for q in queries if "django_session" not in q["sql"] and "auth_user" not in q["sql"]]
    assert len(own) == 5
    assert "Hear about every change in member states&#x27; investment:" in partial
    assert 'title="Follow Member States&#x27; investment: hear about' in partial
    assert 'name="next" value="/initiatives/?area=investment"' in partial
    assert 'class="save-search-form"><input type="hidden" name="csrfmiddlewaretoken"' in partial
    page = client.get(url).content.decode()
    assert 'name="next" value="/initiatives/?area=investment&amp;note=it&#x27;s"' in page
    assert "<html" in page
