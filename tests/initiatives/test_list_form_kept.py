"""The list's filter form is kept drawn under the form's kind (its filters and the
choices read for the request) and the page's address (`_filters_drawn` in
initiatives/views.py): the same page twice draws it once, a renamed area or another
query draws it again, an htmx answer (the results alone) never draws it, and the form
shows each query's values and errors as when drawn afresh."""

from __future__ import annotations

import pytest
from django.test import Client

from initiatives import views
from initiatives.models import CooperationArea
from tests.caches import count_drawings
from tests.factories import make_listed_initiative

pytestmark = pytest.mark.django_db


def form(client: Client, url: str = "/initiatives/") -> str:
    page = client.get(url).content.decode()
    return page.split('<form class="filters"', 1)[1].split("</form>", 1)[0]


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the form was drawn rather than reused."""
    views._filter_forms.clear()
    return count_drawings(monkeypatch, "initiatives/_filters.html")


def test_the_same_page_draws_its_form_once(client: Client, drawn: list[int]) -> None:
    make_listed_initiative("Boat repair yard")
    first = form(client)
    assert form(client) == first
    assert len(drawn) == 1
    assert 'value="boat"' in form(client, "/initiatives/?q=boat")
    assert len(drawn) == 2
    client.get("/initiatives/?q=ships", headers={"HX-Request": "true"})
    assert len(drawn) == 2


def test_a_renamed_area_and_an_error_show_on_the_next_page(
    client: Client, drawn: list[int]
) -> None:
    make_listed_initiative("Boat repair yard")
    form(client)
    CooperationArea.objects.filter(slug="investment").update(name="Loans <and> grants")
    assert "Loans &lt;and&gt; grants" in form(client)
    invalid = form(client, "/initiatives/?due_within=abc")
    assert "has-error" in invalid
    assert "has-error" in form(client, "/initiatives/?due_within=abc")
    assert "has-error" not in form(client, "/initiatives/?due_within=3")
