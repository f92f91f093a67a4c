"""The matcher's candidate query (PostgreSQL): the best ranked matches of the table's
first pages, found from their stored match vectors, then the first matches past them,
from the index; the best of all kept."""

from __future__ import annotations

import pytest
from django.db import connection, transaction

from initiatives.models import (
    MATCH_CANDIDATES,
    MATCH_HEAD_PAGES,
    MATCH_SCAN,
    MATCH_TAIL,
    Initiative,
)
from initiatives.services_match import match_lock

pytestmark = [
    # Each test starts from an emptied table: where its rows lie is where it put them.
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]
FILLER = "A text about nothing the matcher looks for, long enough to fill a page. " * 8
# The candidates, written plainly, with the vector of migration 0009's index, each part
# ordered explicitly rather than left to the plan: the head's matches best ranked first,
# then, when they are fewer than MATCH_SCAN, the first MATCH_TAIL matches past the head in
# the table's order; the best of all kept.
REFERENCE_SQL = f"""
WITH matches AS (
    SELECT id, ctid, ctid < '({MATCH_HEAD_PAGES},0)'::tid AS in_head,
        ts_rank(
            to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, '')),
            websearch_to_tsquery('english', %(any)s)
        ) AS rank
    FROM initiatives_initiative
    WHERE to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, ''))
        @@ websearch_to_tsquery('english', %(any)s)
),
head AS (SELECT id FROM matches WHERE in_head ORDER BY rank DESC, id DESC LIMIT %(scan)s),
tail AS (
    SELECT id FROM matches WHERE NOT in_head ORDER BY ctid
    LIMIT CASE WHEN (SELECT count(*) FROM head) < %(scan)s THEN %(tail)s ELSE 0 END
)
SELECT id FROM matches WHERE id IN (SELECT id FROM head UNION ALL SELECT id FROM tail)
ORDER BY rank DESC, id DESC
LIMIT %(keep)s
"""  # noqa: S608


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
        cursor.execute(
            REFERENCE_SQL,
            {"any": words, "scan": MATCH_SCAN, "tail": MATCH_TAIL, "keep": MATCH_CANDIDATES},
        )
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
    # Ranked among the five of the head and the forty past it.
    assert len(found) == MATCH_CANDIDATES
    pages = {page_of(pk) < MATCH_HEAD_PAGES for pk in found}
    assert pages == {True, False}


def test_it_finds_the_best_match_behind_many_weaker_ones_in_a_small_table() -> None:
    weaker = titled("Defence partnership", MATCH_SCAN + 6)
    (best,) = titled("Defence industry drone partnership", 1)
    assert page_of(best.pk) < MATCH_HEAD_PAGES and weaker[-1].pk < best.pk

    found = candidates(["defence", "industry", "drone", "partnership"])

    assert found[0] == best.pk
    assert found == reference(["defence", "industry", "drone", "partnership"])


def test_it_finds_the_best_match_past_the_head_behind_weaker_ones() -> None:
    filler(MATCH_HEAD_PAGES * 12)
    weaker = titled("Defence partnership", MATCH_SCAN + 6)
    (best,) = titled("Defence industry drone partnership", 1)
    assert page_of(weaker[0].pk) >= MATCH_HEAD_PAGES and weaker[-1].pk < best.pk

    found = candidates(["defence", "industry", "drone", "partnership"])

    assert found[0] == best.pk
    assert found == reference(["defence", "industry", "drone", "partnership"])


def test_it_ranks_the_matches_of_a_common_word_in_the_head() -> None:
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
