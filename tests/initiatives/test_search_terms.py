"""Search terms: each word of an initiative's title and summary with the rank a search for
it alone gives, kept with the vectors, so that a one-word search reads its first page in
rank order. PostgreSQL only: SQLite has no ranking."""

from __future__ import annotations

import pytest
from django.db import connection

from initiatives.models import Initiative, SearchTerm
from initiatives.search import initiative_search_update, search_filter, search_terms_fill
from tests.factories import InitiativeFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="ranking needs PostgreSQL"),
]


def terms(initiative: Initiative) -> dict[str, float]:
    return dict(SearchTerm.objects.filter(initiative=initiative).values_list("lexeme", "rank"))


def searched_rank(initiative: Initiative, word: str) -> float:
    """The rank the list computes for ``word`` on this initiative."""
    return search_filter(Initiative.objects.filter(pk=initiative.pk), word).get().rank


def test_each_title_and_summary_word_keeps_the_rank_its_search_computes() -> None:
    initiative = InitiativeFactory(
        title="Fisheries quota review",
        summary="A quota, and a second quota for the fleet.",
        venue="",
    )
    initiative_search_update(initiative_ids=[initiative.pk])
    kept = terms(initiative)
    assert set(kept) == {"fisheri", "quota", "review", "second", "fleet"}
    for word in ("fisheries", "quota", "review", "second", "fleet"):
        stem = {"fisheries": "fisheri"}.get(word, word)
        assert kept[stem] == pytest.approx(searched_rank(initiative, word), abs=1e-7)
    # three positions rank above one
    assert kept["quota"] > kept["review"]


def test_a_changed_title_replaces_the_terms_and_a_second_refresh_changes_nothing() -> None:
    initiative = InitiativeFactory(title="Fisheries quota", summary="", venue="")
    initiative_search_update(initiative_ids=[initiative.pk])
    Initiative.objects.filter(pk=initiative.pk).update(title="Grain corridor")
    assert initiative_search_update(initiative_ids=[initiative.pk]) == 1
    after = terms(initiative)
    assert set(after) == {"grain", "corridor"}
    initiative_search_update(initiative_ids=[initiative.pk])  # the same keys written again
    assert terms(initiative) == after


def test_a_deleted_initiative_takes_its_terms_with_it() -> None:
    initiative = InitiativeFactory(title="Fisheries quota")
    initiative_search_update(initiative_ids=[initiative.pk])
    initiative.delete()
    assert not SearchTerm.objects.exists()


def test_a_bulk_load_fills_the_terms_of_a_lexeme_with_quotes_and_backslashes() -> None:
    initiative = InitiativeFactory(title="Plain", summary="", venue="")
    # As a bulk load writes vectors directly; tsvector input doubles a quote and a backslash.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE initiatives_initiative SET rank_vector = %s::tsvector WHERE id = %s",
            ["'it''s\\\\odd':1A 'plain':2A", initiative.pk],
        )
    assert search_terms_fill(connection) == 2
    kept = terms(initiative)
    assert set(kept) == {"it's\\odd", "plain"}
    assert kept["it's\\odd"] == kept["plain"] > 0  # one position of weight A each
    assert search_terms_fill(connection) == 0  # rows with terms are left alone


def test_the_index_reads_a_word_in_the_order_the_list_shows() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_term_rank'")
        (definition,) = cursor.fetchone()
    assert definition.endswith("(lexeme, rank DESC NULLS LAST, initiative_id)")
