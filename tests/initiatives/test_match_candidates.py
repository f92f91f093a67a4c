"""The matcher's candidate query (PostgreSQL): the first matching rows in the table's
order, found from the stored match vector of the table's first pages or, past them,
from its index, and ranked."""

from __future__ import annotations

import pytest
from django.db import connection, transaction

from initiatives.models import MATCH_CANDIDATES, MATCH_HEAD_PAGES, MATCH_SCAN, Initiative
from initiatives.services_match import match_lock

pytestmark = [
    # Each test starts from an emptied table: where its rows lie is where it put them.
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]
FILLER = "A text about nothing the matcher looks for, long enough to fill a page. " * 8
# The query of migration 0009's index, ordered by the table's order rather than left to
# the plan: what the candidate query must keep returning.
REFERENCE_SQL = """
SELECT id FROM initiatives_initiative
WHERE id IN (
    SELECT id FROM initiatives_initiative
    WHERE to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, ''))
        @@ websearch_to_tsquery('english', %(any)s)
    ORDER BY ctid LIMIT %(scan)s
)
ORDER BY ts_rank(
    to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, '')),
    websearch_to_tsquery('english', %(any)s)
) DESC, id DESC
LIMIT %(keep)s
"""


def filler(count: int, start: int = 0) -> None:
    Initiative.objects.bulk_create(
        Initiative(slug=f"filler-{n}", title=f"Filler {n}", summary=FILLER)
        for n in range(start, start + count)
    )


def titled(title: str, count: int, start: int = 0, summary: str = "") -> list[Initiative]:
    return Initiative.objects.bulk_create(
        Initiative(
            slug=f"{title}-{n}".lower().replace(" ", "-"), title=f"{title} {n}", summary=summary
        )
        for n in range(start, start + count)
    )


def page_of(pk: int) -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (ctid::text::point)[0] FROM initiatives_initiative WHERE id = %s", [pk]
        )
        return int(cursor.fetchone()[0])


def candidates(terms: list[str], names: tuple[str, ...] = ()) -> list[int]:
    with transaction.atomic():
        match_lock()
        return Initiative.objects.match_candidates(title="", terms=terms, names=list(names))


def reference(terms: list[str], names: tuple[str, ...] = ()) -> list[int]:
    words = " OR ".join([f'"{name}"' for name in names] + terms)
    with connection.cursor() as cursor:
        cursor.execute(REFERENCE_SQL, {"any": words, "scan": MATCH_SCAN, "keep": MATCH_CANDIDATES})
        return [pk for (pk,) in cursor.fetchall()]


def test_it_finds_an_initiative_stored_past_the_tables_first_pages() -> None:
    filler(MATCH_HEAD_PAGES * 12)
    (drones,) = titled("Drone coalition", 1)
    assert page_of(drones.pk) >= MATCH_HEAD_PAGES

    assert candidates(["drone", "coalition"]) == [drones.pk]


def test_it_takes_the_first_matches_in_the_tables_order_from_the_head_and_past_it() -> None:
    early = titled("Ammunition production", 5, summary="ammunition")
    filler(MATCH_HEAD_PAGES * 12)
    late = titled("Ammunition production", 40, start=5)
    assert page_of(early[-1].pk) < MATCH_HEAD_PAGES <= page_of(late[0].pk)

    found = candidates(["ammunition", "production"])

    assert found == reference(["ammunition", "production"])
    # Ranked among the five of the head and the first 19 past it.
    assert len(found) == MATCH_CANDIDATES
    pages = {page_of(pk) < MATCH_HEAD_PAGES for pk in found}
    assert pages == {True, False}


def test_it_ranks_the_first_matches_of_a_common_word_in_the_head() -> None:
    titled("Defence partnership", 30)
    titled("Security partnership", 30, summary="defence and security")
    filler(MATCH_HEAD_PAGES * 12)
    titled("Defence security partnership", 10)

    found = candidates(["partnership", "defence"], names=("security partnership",))

    assert found == reference(["partnership", "defence"], names=("security partnership",))
    assert len(found) == MATCH_CANDIDATES


def test_it_follows_a_title_changed_without_a_save() -> None:
    filler(20)
    (initiative,) = titled("Loan instrument", 1)
    assert candidates(["satellite"]) == []

    Initiative.objects.filter(pk=initiative.pk).update(title="Satellite loan instrument")

    assert candidates(["satellite"]) == [initiative.pk]


def test_the_matchers_transaction_compiles_no_plan_with_jit() -> None:
    with transaction.atomic():
        match_lock()
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('jit'), current_setting('enable_seqscan')")
            assert cursor.fetchone() == ("off", "off")
