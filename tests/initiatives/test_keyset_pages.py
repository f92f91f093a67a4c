"""Past its numbered pages a list goes on by cursor: the right rows, after inserts too,
in as many queries as the first page, read from an index rather than an OFFSET."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from initiatives.models import DatePrecision, Initiative, Status
from initiatives.paging import COUNT_CAP, PAGE_SIZE

pytestmark = pytest.mark.django_db
NUMBERED_PAGES = COUNT_CAP // PAGE_SIZE
FIRST_DAY = dt.date(2020, 1, 1)
MORE = 60  # rows beyond the numbered pages


def make_initiatives(numbers: range) -> None:
    """Initiative n decided n days before 2030 (newest first in the list); two a day, so
    that the title breaks the ties, and a few with no decision date (listed last)."""
    rows = []
    for n in numbers:
        decided = None if n % 97 == 0 else dt.date(2030, 1, 1) - dt.timedelta(days=n // 2)
        rows.append(
            Initiative(
                slug=f"row-{n}",
                title=f"Row {n:05d}",
                status=Status.ADOPTED,
                decided_on=decided,
                decided_on_precision=DatePrecision.DAY if decided else "",
            )
        )
    Initiative.objects.bulk_create(rows)


def listed_slugs() -> list[str]:
    """Every initiative in the list's default order, as the database sorts them."""
    from django.db.models import F

    order = (F("decided_on").desc(nulls_last=True), "title", "pk")
    return list(Initiative.objects.order_by(*order).values_list("slug", flat=True))


def slugs(page: str) -> list[str]:
    return re.findall(r'href="/initiatives/(row-\d+)/"', page)


def link(page: str, rel: str) -> str:
    found = re.search(rf'<a href="([^"]+)" rel="{rel}">', page)
    assert found, f"no {rel} link"
    return "/initiatives/" + unescape(found[1])


@pytest.fixture
def many(db: None) -> None:
    make_initiatives(range(COUNT_CAP + MORE))


def last_numbered_page(client: Client) -> str:
    return client.get("/initiatives/", {"page": NUMBERED_PAGES}).content.decode()


def test_the_last_numbered_page_goes_on_by_cursor(client: Client, many: None) -> None:
    page = last_numbered_page(client)
    assert f"Page {NUMBERED_PAGES} of {NUMBERED_PAGES}+" in page
    following = client.get(link(page, "next")).content.decode()
    assert slugs(following) == listed_slugs()[COUNT_CAP : COUNT_CAP + PAGE_SIZE]
    assert f"Showing {PAGE_SIZE} (beyond page {NUMBERED_PAGES})" in following
    # and on to the end, nulls last, with no row twice
    seen = slugs(following)
    while 'rel="next"' in following:
        following = client.get(link(following, "next")).content.decode()
        seen += slugs(following)
    assert seen == listed_slugs()[COUNT_CAP:]


def test_previous_goes_back_to_the_rows_before(client: Client, many: None) -> None:
    beyond = client.get(link(last_numbered_page(client), "next")).content.decode()
    further = client.get(link(beyond, "next")).content.decode()
    back = client.get(link(further, "prev")).content.decode()
    assert slugs(back) == slugs(beyond)
    back_again = client.get(link(back, "prev")).content.decode()
    assert slugs(back_again) == listed_slugs()[COUNT_CAP - PAGE_SIZE : COUNT_CAP]


def test_a_cursor_page_shows_the_rows_after_its_row_after_inserts(
    client: Client, many: None
) -> None:
    next_url = link(last_numbered_page(client), "next")
    last_seen = Initiative.objects.get(slug=listed_slugs()[COUNT_CAP - 1])
    # Rows before the cursor's (newer), which would shift an OFFSET by 40; two right
    # after it (same day, later titles); and the row that followed it, gone.
    make_initiatives(range(-40, 0))
    for suffix in ("b", "c"):
        Initiative.objects.create(
            slug=f"row-{9000 + ord(suffix)}",
            title=f"{last_seen.title}{suffix}",
            decided_on=last_seen.decided_on,
            decided_on_precision=DatePrecision.DAY,
        )
    Initiative.objects.filter(
        slug=listed_slugs()[listed_slugs().index(last_seen.slug) + 3]
    ).delete()
    order = listed_slugs()
    expected = order[order.index(last_seen.slug) + 1 :][:PAGE_SIZE]
    assert expected[:2] == ["row-9098", "row-9099"]
    assert slugs(client.get(next_url).content.decode()) == expected


def test_cursor_pages_run_as_many_queries_as_the_first(client: Client, many: None) -> None:
    counts = []
    for url in ["/initiatives/", link(last_numbered_page(client), "next")]:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured))
    deeper = client.get(link(last_numbered_page(client), "next")).content.decode()
    with CaptureQueriesContext(connection) as captured:
        client.get(link(deeper, "next"))
    counts.append(len(captured))
    assert counts[0] == counts[1] == counts[2]


def test_a_list_sorted_by_change_goes_on_by_cursor_in_as_many_queries(
    client: Client, many: None
) -> None:
    """The rows are read without their timestamps unless ordered by one: the cursor of a
    list sorted by change is read from its last row's `updated_at`, with no query more."""
    with CaptureQueriesContext(connection) as first:
        client.get("/initiatives/", {"sort": "changed"})
    page = client.get("/initiatives/", {"sort": "changed", "page": NUMBERED_PAGES})
    with CaptureQueriesContext(connection) as beyond:
        following = client.get(link(page.content.decode(), "next")).content.decode()
    changed = Initiative.objects.order_by("-updated_at", "pk").values_list("slug", flat=True)
    assert slugs(following) == list(changed)[COUNT_CAP : COUNT_CAP + PAGE_SIZE]
    assert len(beyond) == len(first)


def test_a_forged_cursor_is_a_404(client: Client, many: None) -> None:
    url = link(last_numbered_page(client), "next")
    assert client.get(url[:-3] + "abc").status_code == 404
    assert client.get("/initiatives/", {"after": "e30:1abc:xyz"}).status_code == 404


def test_a_short_list_has_no_cursor_links(client: Client) -> None:
    make_initiatives(range(3 * PAGE_SIZE))
    page = client.get("/initiatives/", {"page": 3}).content.decode()
    assert "Page 3 of 3" in page
    assert 'rel="next"' not in page


@pytest.mark.skipif(connection.vendor != "postgresql", reason="plans are PostgreSQL's")
def test_a_cursor_page_seeks_in_the_list_order_index(client: Client, many: None) -> None:
    url = link(last_numbered_page(client), "next")
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    # The page's rows (the filter form's choices are a union too, of other tables).
    pages = [q["sql"] for q in captured if '"initiatives_initiative"' in q["sql"]]
    (statement,) = [sql for sql in pages if "UNION ALL" in sql]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a thousand rows: let it choose
        cursor.execute(f"EXPLAIN {statement}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "initiative_list_order" in plan
    assert re.search(r"Index Cond: \(decided_on <= ", plan), plan
    assert "OFFSET" not in statement.upper()
