"""Full-text search: the seed is found by its words, hostile queries never fail, and
the stored vector follows writes. PostgreSQL tests skip on SQLite."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client

from initiatives.models import Initiative
from initiatives.search import (
    MAX_QUERY_CHARS,
    MAX_QUERY_TERMS,
    clean_query,
    initiative_search_update,
)
from initiatives.services import initiative_save
from tests.factories import DocumentFactory, InitiativeFactory

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search needs PostgreSQL"
)
HOSTILE = ["a & | ! :* ()", "!!!", "'", '"unclosed', "(((", "x:*B", "<-> <2>", "ok " * 4000]


@pytest.fixture
def seed(frozen_today: object) -> Initiative:
    from django.core.management import call_command

    call_command("import_documents", "seeds/eu-ukraine-defence-industrial-cooperation.txt")
    return Initiative.objects.get()


@postgres_only
@pytest.mark.parametrize("query", ["ammunition", "supply chain", "Brussels"])
def test_it_finds_the_seed_initiative(seed: Initiative, client: Client, query: str) -> None:
    InitiativeFactory(title="Fisheries quota", summary="Quotas for the Baltic.", venue="Riga")
    initiative_search_update(initiative_ids=Initiative.objects.values_list("pk", flat=True))
    page = client.get("/initiatives/", {"q": query}).content.decode()
    assert seed.title in page
    assert "Fisheries quota" not in page


@postgres_only
def test_it_ranks_title_matches_first_and_highlights_the_snippet(client: Client) -> None:
    body = InitiativeFactory(title="Fisheries", summary="Ammunition is mentioned once here.")
    title = InitiativeFactory(title="Ammunition production", summary="Ammunition for Ukraine.")
    initiative_search_update(initiative_ids=[body.pk, title.pk])
    page = client.get("/initiatives/", {"q": "ammunition"}).content.decode()
    assert page.index("<mark>Ammunition</mark> production") < page.index("Fisheries")
    assert "<mark>Ammunition</mark> for Ukraine." in page


@postgres_only
def test_it_ranks_by_title_and_summary_and_still_finds_words_only_in_documents(
    client: Client,
) -> None:
    body = InitiativeFactory(title="Fisheries", summary="Quotas for the Baltic.")
    DocumentFactory(initiative=body, text="Ammunition, ammunition and more ammunition.")
    summary = InitiativeFactory(title="Loans", summary="Ammunition is mentioned once here.")
    initiative_search_update(initiative_ids=[body.pk, summary.pk])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM initiatives_initiative "
            "WHERE rank_vector = ts_filter(search_vector, '{a,b}') AND rank_vector <> ''"
        )
        assert cursor.fetchone() == (2,)
    page = client.get("/initiatives/", {"q": "ammunition"}).content.decode()
    assert page.index("Loans") < page.index("Fisheries")


@postgres_only
def test_rows_loaded_without_a_ranking_vector_rank_last_until_it_is_filled(
    client: Client,
) -> None:
    from initiatives.search import rank_vectors_fill

    loaded = InitiativeFactory(title="Ammunition depots", summary="Stores.")
    ranked = InitiativeFactory(title="Fisheries", summary="Ammunition once.")
    initiative_search_update(initiative_ids=[loaded.pk, ranked.pk])
    Initiative.objects.filter(pk=loaded.pk).update(rank_vector=None)  # as a bulk load leaves it
    page = client.get("/initiatives/", {"q": "ammunition"}).content.decode()
    assert page.index("Fisheries") < page.index("depots")
    assert rank_vectors_fill(connection) == 1
    page = client.get("/initiatives/", {"q": "ammunition"}).content.decode()
    assert page.index("depots") < page.index("Fisheries")


@postgres_only
def test_a_word_excluded_by_not_is_looked_for_in_the_documents_too(client: Client) -> None:
    excluded = InitiativeFactory(title="Ammunition for fisheries patrols", summary="Boats.")
    DocumentFactory(initiative=excluded, text="Drones watch the coast.")
    kept = InitiativeFactory(title="Ammunition production", summary="Shells.")
    initiative_search_update(initiative_ids=[excluded.pk, kept.pk])
    page = client.get("/initiatives/", {"q": "ammunition -drones"}).content.decode()
    assert "production" in page
    assert "fisheries patrols" not in page


@pytest.mark.parametrize("query", HOSTILE)
def test_a_hostile_or_huge_query_never_fails(client: Client, query: str) -> None:
    InitiativeFactory(title="Ammunition production")
    response = client.get("/initiatives/", {"q": query, "sort": "relevance"})
    assert response.status_code == 200


def test_it_cuts_long_queries() -> None:
    cut = clean_query("word " * 5000)
    assert len(cut) <= MAX_QUERY_CHARS
    assert len(cut.split()) == MAX_QUERY_TERMS
    assert len(clean_query("w" * 400 + " " + "x" * 400)) == 400


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("a\x00b", '"a b"'),
        ("-" * 50, ""),
        ("!&|:*()<->" * 20, ""),
        ("a:* & !b | (c <-> d)", "a b c d"),
        ('"joint procurement" or drones -russia', '"joint procurement" or drones -russia'),
        ("or or drones or or", "drones"),
        ("--drones", "-drones"),
    ],
)
def test_it_keeps_only_what_websearch_syntax_means(raw: str, cleaned: str) -> None:
    assert clean_query(raw) == cleaned


@postgres_only
def test_saving_through_the_service_updates_the_stored_vector(client: Client) -> None:
    initiative = InitiativeFactory(title="Fisheries")
    initiative.title = "Shipbuilding partnership"
    initiative_save(initiative=initiative, via="admin")
    page = client.get("/initiatives/", {"q": "shipbuilding"}).content.decode()
    assert "<mark>Shipbuilding</mark> partnership" in page


def test_without_postgresql_it_falls_back_to_words_in_title_and_summary(client: Client) -> None:
    if connection.vendor == "postgresql":
        pytest.skip("the fallback is for SQLite")
    InitiativeFactory(title="Ammunition production", summary="For the supply chain.")
    InitiativeFactory(title="Fisheries", summary="Quotas.")
    assert initiative_search_update(initiative_ids=[1, 2]) == 0
    page = client.get("/initiatives/", {"q": "supply chain"}).content.decode()
    assert "Ammunition production" in page
    assert "Fisheries" not in page


@postgres_only
def test_a_curator_adding_an_area_statement_in_admin_makes_it_searchable(
    client: Client, curator: object
) -> None:
    from django.urls import reverse

    from initiatives.models import CooperationArea

    initiative = InitiativeFactory(title="Loans", summary="Loans for industry.")
    client.force_login(curator)
    form = {
        "title": "Loans",
        "slug": initiative.slug,
        "summary": initiative.summary,
        "status": "adopted",
        "decided_on": "2025-11-25",
        "decided_on_precision": "day",
        "venue": "Brussels",
    }
    for prefix in ("actor_links", "sector_links", "milestones", "actions", "documents"):
        form |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    form |= {
        "area_links-TOTAL_FORMS": "1",
        "area_links-INITIAL_FORMS": "0",
        "area_links-0-area": str(CooperationArea.objects.get(slug="investment").pk),
        "area_links-0-statement": "Shipyards receive guarantees.",
        "area_links-0-origin": "curator",
    }
    url = reverse("admin:initiatives_initiative_change", args=[initiative.pk])
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = client.get("/initiatives/", {"q": "shipyards"}).content.decode()
    assert f'href="{initiative.get_absolute_url()}">Loans</a>' in page
