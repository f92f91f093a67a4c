"""The coverage matrix: initiatives × areas, each mark linking to its quote, filterable."""

from __future__ import annotations

import pytest
import time_machine
from django.test import Client

from initiatives.models import InitiativeArea
from initiatives.summary import status_summary
from tests.factories import DocumentFactory, make_evidence, make_listed_initiative

pytestmark = pytest.mark.django_db
# Filter choices (areas, actors, sectors), the count, the rows, their area links, the
# areas, and the status × area counts, as kept (initiatives.summary; the first view after a
# change counts them again, which the dashboard's tests measure).
COVERAGE_QUERIES = 8


@pytest.fixture
def world() -> None:
    with time_machine.travel("2026-11-24 09:00:00+00:00", tick=False):
        loan = make_listed_initiative("Loan <facility>", areas=("investment", "standardization"))
        document = DocumentFactory(initiative=loan, text="We will agree common standards.")
        quote = make_evidence(document, "common standards")
        InitiativeArea.objects.filter(initiative=loan, area__slug="standardization").update(
            evidence=quote
        )
        make_listed_initiative("Training mission", areas=("investment",))
        yield


def row_of(page: str, title: str) -> str:
    start = page.index(title)
    return page[start : page.index("</tr>", start)]


@pytest.mark.usefixtures("world")
def test_each_covered_area_links_to_its_quote(client: Client) -> None:
    page = client.get("/coverage/").content.decode()
    loan = row_of(page, "Loan &lt;facility&gt;")
    quote = InitiativeArea.objects.get(area__slug="standardization").evidence
    assert f'/documents/{quote.document_id}/#ev-{quote.pk}"' in loan
    assert "covered, read the quote" in loan
    assert "2 of 5" in loan
    training = row_of(page, "Training mission")
    assert "not covered" in training and "1 of 5" in training
    assert "<facility>" not in page


@pytest.mark.usefixtures("world")
def test_it_answers_which_initiatives_cover_an_area(client: Client) -> None:
    page = client.get("/coverage/?area=standardization").content.decode()
    assert "Loan &lt;facility&gt;" in page and "Training mission" not in page
    assert "counts: every initiative by status and area" in page


@pytest.mark.usefixtures("world")
@pytest.mark.parametrize(
    "query", ["", "area=investment&status=adopted", "q=loan", "actor=nobody", "page=1"]
)
def test_it_runs_the_same_queries_whatever_the_filters(
    client: Client, django_assert_max_num_queries, query: str
) -> None:
    status_summary()
    with django_assert_max_num_queries(COVERAGE_QUERIES):
        assert client.get(f"/coverage/?{query}").status_code == 200


def test_the_queries_do_not_grow_with_the_rows(client: Client, django_assert_max_num_queries):
    with time_machine.travel("2026-11-24 09:00:00+00:00", tick=False):
        for n in range(30):
            make_listed_initiative(f"Initiative {n}", areas=("investment", "supply-chain"))
    status_summary()
    with django_assert_max_num_queries(COVERAGE_QUERIES):
        page = client.get("/coverage/").content.decode()
    assert page.count('<td class="cell covered">') == 2 * 25
