"""Dashboard, area and actor pages."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories import make_listed_initiative

pytestmark = pytest.mark.django_db


@pytest.fixture
def listed(frozen_today: object) -> None:
    make_listed_initiative("Loan facility", areas=("investment", "supply-chain"), overdue_actions=3)
    make_listed_initiative("Standards deal", areas=("standardization",), status="proposed")


@pytest.mark.usefixtures("listed")
def test_the_dashboard_counts_statuses_and_lists_overdue_actions(client: Client) -> None:
    page = client.get("/").content.decode()
    assert '<span class="stat-number">1</span> <span class="stat-label">Adopted</span>' in page
    assert '<span class="stat-number">1</span> <span class="stat-label">Proposed</span>' in page
    assert 'Overdue <span class="count">(3)</span>' in page
    assert "Loan facility" in page


@pytest.mark.usefixtures("listed")
def test_the_coverage_matrix_links_each_cell_to_the_filtered_list(client: Client) -> None:
    page = client.get("/").content.decode()
    assert 'href="/initiatives/?status=adopted&amp;area=investment"' in page
    assert 'href="/initiatives/?status=proposed&amp;area=standardization"' in page
    filtered = client.get("/initiatives/?status=adopted&area=investment").content.decode()
    assert "Loan facility" in filtered
    assert "Standards deal" not in filtered


@pytest.mark.usefixtures("listed")
def test_the_area_page_lists_what_the_area_is_involved_in(client: Client) -> None:
    page = client.get("/areas/supply-chain/").content.decode()
    assert "Loan facility" in page
    assert "Loan facility covers supply-chain." in page
    assert "Standards deal" not in page
    assert client.get("/areas/no-such-area/").status_code == 404


@pytest.mark.usefixtures("listed")
def test_the_actor_page_lists_initiatives_and_open_actions(client: Client) -> None:
    page = client.get("/actors/eu-agencies/").content.decode()
    assert "Outline implementation step" in page
    assert "Overdue</span>" in page
    council = client.get("/actors/council-of-the-eu/").content.decode()
    assert "Loan facility" in council
    assert "Standards deal" in council
    assert "Decision maker" in council


@pytest.mark.usefixtures("listed")
def test_signed_in_analysts_see_a_follow_button(client: Client, analyst: object) -> None:
    client.force_login(analyst)
    page = client.get("/areas/investment/").content.decode()
    assert "follow-button" in page


@pytest.mark.usefixtures("listed")
def test_the_dashboard_caps_what_it_counts(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    from initiatives import views

    monkeypatch.setattr(views, "COUNT_CAP", 2)
    page = client.get("/").content.decode()
    assert 'Overdue <span class="count">(2+)</span>' in page


def adopted_count(page: str) -> str:
    return page.split('<span class="stat-label">Adopted</span>')[0].rsplit(">", 2)[-2][:-6]


@pytest.mark.usefixtures("listed")
def test_the_dashboard_counts_again_after_a_status_or_an_area_changes(client: Client) -> None:
    from initiatives.models import Initiative, StatusCount
    from tests.factories import link_area

    assert adopted_count(client.get("/").content.decode()) == "1"
    assert StatusCount.objects.exists()  # kept: the next view reads them
    deal = Initiative.objects.get(title="Standards deal")
    deal.status = "adopted"
    deal.save()
    page = client.get("/").content.decode()
    assert adopted_count(page) == "2"
    assert 'aria-label="1 adopted in Standardization"' in page
    link_area(Initiative.objects.get(title="Loan facility"), "standardization")
    page = client.get("/").content.decode()
    assert 'aria-label="2 adopted in Standardization"' in page
    make_listed_initiative("Third", status="adopted")
    assert adopted_count(client.get("/").content.decode()) == "3"


@pytest.mark.usefixtures("listed")
def test_a_bulk_change_shows_once_the_counts_are_counted_again(client: Client) -> None:
    import time_machine
    from django.utils import timezone

    from initiatives.models import Initiative
    from initiatives.summary import MAX_AGE
    from initiatives.tasks import refresh_status_counts

    client.get("/")
    Initiative.objects.update(status="adopted")  # no signal: the kept counts stay
    assert adopted_count(client.get("/").content.decode()) == "1"
    assert refresh_status_counts.delay().get() == 2  # beat's task
    assert adopted_count(client.get("/").content.decode()) == "2"
    Initiative.objects.update(status="proposed")
    with time_machine.travel(timezone.now() + MAX_AGE * 2):  # and beat never ran
        assert adopted_count(client.get("/").content.decode()) == "0"
