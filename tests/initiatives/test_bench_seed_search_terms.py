"""bench_seed writes each batch's search terms as it loads: the same terms the one
statement over every row wrote after the load, and a one-word search shows the same
pages from them as ranking every match. PostgreSQL only: SQLite has no ranking."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.test import Client

from initiatives.models import Initiative, SearchTerm
from initiatives.paging import PAGE_SIZE
from initiatives.search import search_filter, search_terms_fill

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="ranking needs PostgreSQL"),
]


def terms() -> list[tuple[str, str, float]]:
    return sorted(SearchTerm.objects.values_list("initiative__slug", "lexeme", "rank"))


def ranked_slugs(query: str) -> list[str]:
    """Every match of ``query``, every one ranked: the order the list promises."""
    found = search_filter(Initiative.objects.all(), query)
    return list(
        found.order_by(F("rank").desc(nulls_last=True), "pk").values_list("slug", flat=True)
    )


def shown(client: Client, query: str) -> list[str]:
    html = client.get("/initiatives/", {"q": query}).content.decode()
    return re.findall(r'href="/initiatives/(bench-\d+)/"', html)


def test_each_batch_writes_the_terms_one_statement_over_every_row_writes() -> None:
    call_command("bench_seed", initiatives=30, batch=7, verbosity=0)
    loaded = terms()
    # every initiative, each with the words of its title and summary
    assert {slug for slug, _, _ in loaded} == {f"bench-{n}" for n in range(30)}
    assert all(rank > 0 for _, _, rank in loaded)
    SearchTerm.objects.all().delete()
    assert search_terms_fill(connection) == len(loaded)
    assert terms() == loaded


def test_a_one_word_search_shows_the_page_of_the_full_ranking(client: Client) -> None:
    call_command("bench_seed", initiatives=40, batch=7, verbosity=0)
    code_word = Initiative.objects.order_by("pk").first().title.split(":")[0]
    # in every summary; in some titles and summaries; one initiative's code word
    for word in ("cooperation", "Poland", code_word):
        ranked = ranked_slugs(word)
        assert ranked, word
        assert shown(client, word) == ranked[:PAGE_SIZE], word
