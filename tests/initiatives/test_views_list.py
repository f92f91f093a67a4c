"""The initiative list: filters in the URL, errors not crashes, CSV of exactly the rows."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client

from initiatives.paging import COUNT_CAP, PAGE_SIZE
from initiatives.search import initiative_search_update
from tests.factories import InitiativeFactory, make_listed_initiative

pytestmark = pytest.mark.django_db


def csv_rows(client: Client, query: str) -> list[dict[str, str]]:
    response = client.get(f"/initiatives/export.csv?{query}")
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_it_shows_the_filtered_rows_and_keeps_the_filters_in_the_form(client: Client) -> None:
    make_listed_initiative("Loan facility", areas=("investment",))
    make_listed_initiative("Standards deal", areas=("standardization",))
    page = client.get("/initiatives/?area=investment").content.decode()
    assert "Loan facility" in page
    assert "Standards deal" not in page
    assert 'value="investment" id="id_area_3" checked' in page
    assert "Showing 1–1 of 1 initiative" in page


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99", "1.5"])
def test_a_bad_page_is_a_404(client: Client, page: str) -> None:
    InitiativeFactory()
    assert client.get("/initiatives/", {"page": page}).status_code == 404


def test_a_bad_filter_value_is_a_form_error_not_a_500(client: Client) -> None:
    make_listed_initiative("Loan facility")
    response = client.get("/initiatives/?status=bogus&due_within=soon&decided_after=yesterday")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Please correct these filters" in page
    assert "Select a valid choice" in page
    assert "Loan facility" in page


def test_it_paginates_and_links_to_the_next_page_with_the_same_filters(client: Client) -> None:
    for n in range(PAGE_SIZE + 3):
        InitiativeFactory(title=f"Initiative {n:02}", status="proposed")
    first = client.get("/initiatives/?status=proposed&sort=title").content.decode()
    assert "?status=proposed&amp;sort=title&amp;page=2" in first
    second = client.get("/initiatives/?status=proposed&sort=title&page=2").content.decode()
    assert "Initiative 27" in second
    assert "Initiative 00" not in second


def test_it_exports_exactly_the_filtered_rows_as_csv(client: Client) -> None:
    make_listed_initiative("Loan facility", areas=("investment", "supply-chain"))
    make_listed_initiative("Standards deal", areas=("standardization",))
    rows = csv_rows(client, "area=investment")
    assert [r["title"] for r in rows] == ["Loan facility"]
    assert rows[0]["areas"] == "Supply chain; Investment"
    assert (
        rows[0]["url"].endswith("/initiatives/loan-facility/") or "/initiatives/" in rows[0]["url"]
    )


def test_the_csv_neutralises_spreadsheet_formulas(client: Client) -> None:
    InitiativeFactory(title='=HYPERLINK("http://evil.example","click")', venue="@SUM(A1)")
    row = csv_rows(client, "")[0]
    assert row["title"].startswith("'=HYPERLINK")
    assert row["venue"] == "'@SUM(A1)"


def test_the_count_is_capped(client: Client, settings: object) -> None:
    from initiatives.models import Initiative
    from initiatives.paging import capped_count

    InitiativeFactory.create_batch(3)
    assert capped_count(Initiative.objects.all(), cap=2) == (2, True)
    assert capped_count(Initiative.objects.all()) == (3, False)
    assert COUNT_CAP == 1000


def test_the_htmx_request_gets_only_the_results(client: Client) -> None:
    loan = make_listed_initiative("Loan facility")
    initiative_search_update(initiative_ids=[loan.pk])
    partial = client.get("/initiatives/?q=loan", headers={"HX-Request": "true"}).content.decode()
    assert "<mark>Loan</mark> facility" in partial
    assert "<html" not in partial
    assert "Download CSV" in partial


def test_an_htmx_history_restore_gets_the_whole_page(client: Client) -> None:
    make_listed_initiative("Loan facility")
    headers = {"HX-Request": "true", "HX-History-Restore-Request": "true"}
    response = client.get("/initiatives/?area=investment", headers=headers)
    assert "<html" in response.content.decode()
    assert "HX-Request" in response["Vary"]
