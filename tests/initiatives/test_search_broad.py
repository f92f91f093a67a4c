"""A broad search (more matches than the list counts) shows the same pages as ranking
every match, while its page of title and summary matches is read without the documents'
vectors. PostgreSQL only: SQLite has no ranking."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.db.models import F
from django.test import Client
from django.test.utils import CaptureQueriesContext

from initiatives.models import Document, Initiative, Status
from initiatives.paging import COUNT_CAP, PAGE_SIZE
from initiatives.search import initiative_search_update, search_filter

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="ranking needs PostgreSQL"),
]
ROWS = 1500  # 1,050 of them match "quota": more than COUNT_CAP


@pytest.fixture(autouse=True)
def rows() -> None:
    """Row n: "quota" in its title (n % 10 == 0), once or twice in its summary (1, 2),
    only in its document (3-6), nowhere (7-9). "Baltic" is in every document, and in the
    summary of rows 1 (with "quota") and 7 (without)."""
    summaries = {
        1: "Quota for the Baltic fleet.",
        2: "A quota, and a second quota.",
        7: "Baltic patrols.",
    }
    Initiative.objects.bulk_create(
        Initiative(
            slug=f"row-{n}",
            title=f"Quota row {n}" if n % 10 == 0 else f"Row {n}",
            summary=summaries.get(n % 10, "Fisheries."),
            status=Status.ADOPTED,
        )
        for n in range(ROWS)
    )
    by_slug = dict(Initiative.objects.values_list("slug", "pk"))
    Document.objects.bulk_create(
        Document(
            initiative_id=by_slug[f"row-{n}"],
            title=f"Release {n}",
            sha256=f"{n:064x}",
            text="Quota and Baltic." if n % 10 in (3, 4, 5, 6) else "The Baltic.",
        )
        for n in range(ROWS)
    )
    initiative_search_update(initiative_ids=list(by_slug.values()))


def ranked_slugs(query: str) -> list[str]:
    """Every match of ``query``, every one ranked: the order the list promises."""
    found = search_filter(Initiative.objects.all(), query)
    return list(
        found.order_by(F("rank").desc(nulls_last=True), "pk").values_list("slug", flat=True)
    )


def shown(client: Client, query: str, page: int) -> list[str]:
    html = client.get("/initiatives/", {"q": query, "page": page}).content.decode()
    return re.findall(r'href="/initiatives/(row-\d+)/"', html)


@pytest.mark.parametrize(
    ("query", "title_and_summary_matches"),
    # one word: 150 titles and 300 summaries; two: the 150 summaries with both words
    [("quota", 450), ("quota baltic", 150)],
)
def test_every_page_of_a_broad_search_is_the_page_of_the_full_ranking(
    client: Client, query: str, title_and_summary_matches: int
) -> None:
    ranked = ranked_slugs(query)
    assert len(ranked) > COUNT_CAP
    last_full = title_and_summary_matches // PAGE_SIZE
    # the first page, the last the title and summary matches fill, the one that runs on
    # into the matches in documents alone, and one of those
    for page in (1, last_full, last_full + 1, last_full + 2):
        start = (page - 1) * PAGE_SIZE
        assert shown(client, query, page) == ranked[start : start + PAGE_SIZE], page


def test_a_broad_search_page_of_title_and_summary_matches_reads_no_document_vector(
    client: Client, django_assert_max_num_queries
) -> None:
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/initiatives/", {"q": "quota"}).status_code == 200
    statements = [q["sql"] for q in captured.captured_queries]
    reading = [sql for sql in statements if "search_vector" in sql]
    assert len(reading) == 1  # the capped count alone, in the branch it does not take
    assert reading[0].startswith("SELECT CASE WHEN (SELECT COUNT(*)")
    # One word: its rank is read from the search terms, never computed row by row.
    assert not [sql for sql in statements if "ts_rank" in sql]
    with django_assert_max_num_queries(len(captured.captured_queries)):
        client.get("/initiatives/", {"q": "fisheries"})  # a summary word: the same path


def test_a_phrase_or_a_not_is_ranked_in_full(client: Client) -> None:
    for query in ('"quota row"', "quota -baltic", "quota or baltic"):
        ranked = ranked_slugs(query)
        assert shown(client, query, 1) == ranked[:PAGE_SIZE], query
