"""bench_seed: the same rows on SQLite (inserts) and PostgreSQL (COPY), consistent and
searchable, and the next save after it gets a fresh id."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from django.db import connection

from initiatives.models import Document, Evidence, Initiative, SearchTerm, StatusCount
from initiatives.search import search_vectors_refresh
from tests.factories import InitiativeFactory, ensure_areas
from timeline.models import FollowUpAction, Milestone

pytestmark = pytest.mark.django_db
_ENTRY = re.compile(r"'((?:[^']|'')*)':([0-9A-D,]+)")


def seed(n: int) -> None:
    call_command("bench_seed", initiatives=n, batch=7, verbosity=0)


def test_it_writes_every_initiative_with_its_document_links_and_dates() -> None:
    seed(20)
    assert Initiative.objects.count() == 20
    assert FollowUpAction.objects.count() == 200
    assert Milestone.objects.count() == 60
    years = 0
    for initiative in Initiative.objects.prefetch_related("documents", "actions", "areas"):
        (document,) = initiative.documents.all()
        word = initiative.title.split(":")[0].lower()
        assert f"{word} programme" in document.text  # its own code word, not a template's
        if "would be a priority in" in document.text:  # the template's sentence with a year
            assert f"priority in {initiative.decided_on.year}." in document.text
            years += 1
        assert "zzcodeword" not in document.text and "1111" not in document.text
        assert 1 <= len(initiative.areas.all()) <= 3
        assert initiative.actor_links.count() == 3
    assert years
    for evidence in Evidence.objects.select_related("document"):
        evidence.full_clean()  # the quote is the document's text between start and end
    assert all(d.text.count("\n\n") == 6 for d in Document.objects.all())
    # a microsecond apart, as bulk_create stamped them: updated_at sorts like the ids
    stamps = list(Initiative.objects.order_by("pk").values_list("updated_at", flat=True))
    assert stamps == sorted(set(stamps))
    done = FollowUpAction.objects.filter(status="done")
    assert done.exists() and not done.filter(completed_on__isnull=True).exists()


def test_a_second_run_adds_rows_after_the_first_and_saves_get_new_ids() -> None:
    seed(5)
    seed(4)
    assert sorted(Initiative.objects.values_list("slug", flat=True)) == sorted(
        f"bench-{n}" for n in range(9)
    )
    created = InitiativeFactory()
    assert created.pk > max(Initiative.objects.exclude(pk=created.pk).values_list("pk", flat=True))


def test_it_leaves_the_dashboard_counts() -> None:
    seed(10)
    overall = StatusCount.objects.filter(area__isnull=True)
    assert sum(overall.values_list("count", flat=True)) == 10


@pytest.mark.skipif(connection.vendor != "postgresql", reason="search vectors are PostgreSQL's")
def test_its_search_vectors_have_the_lexemes_and_weights_of_a_recomputed_one() -> None:
    seed(12)

    def vectors() -> dict[int, dict[str, list[str]]]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT id, search_vector::text FROM initiatives_initiative")
            return {
                pk: {
                    lexeme: sorted(p[-1] if p[-1] in "ABC" else "D" for p in positions.split(","))
                    for lexeme, positions in _ENTRY.findall(text)
                }
                for pk, text in cursor.fetchall()
            }

    loaded = vectors()
    search_vectors_refresh(connection, list(loaded))
    assert vectors() == loaded
    word = Initiative.objects.first().title.split(":")[0]
    assert Initiative.objects.filter(search_vector=word).exists()


def rank_vectors_recomputed() -> list[tuple[str, str]]:
    """Each initiative's stored ranking vector, and the A and B part of its search vector."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rank_vector::text, ts_filter(search_vector, '{a,b}')::text "
            "FROM initiatives_initiative ORDER BY id"
        )
        return cursor.fetchall()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="ranking vectors are PostgreSQL's")
def test_every_seeded_initiative_gets_its_ranking_vector() -> None:
    seed(6)

    ranks = rank_vectors_recomputed()
    assert len(ranks) == 6
    assert all(stored and stored == recomputed for stored, recomputed in ranks)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="worker processes are PostgreSQL's")
@pytest.mark.django_db(transaction=True)
def test_worker_processes_write_the_same_rows_as_one_process() -> None:
    """Batches made in forked workers, each on its own connection, in any order: the
    same initiatives, links and vectors as one process makes, and fresh ids after."""

    def rows() -> list[tuple]:
        return [
            (
                i.slug, i.title, i.status, i.decided_on, i.summary,
                sorted(i.actions.values_list("description", "due_earliest", "status")),
                sorted(i.areas.values_list("slug", flat=True)),
                sorted(i.sectors.values_list("slug", flat=True)),
            )
            for i in Initiative.objects.order_by("slug")
        ]  # fmt: skip

    ensure_areas()  # a transactional test before this one may have flushed them
    call_command("bench_seed", initiatives=20, batch=3, workers=1, verbosity=0)
    alone, vectors_alone = rows(), rank_vectors_recomputed()
    terms_alone = sorted(SearchTerm.objects.values_list("initiative__slug", "lexeme", "rank"))
    assert len(terms_alone) > 20 * 5  # each initiative's title and summary words
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE initiatives_initiative, initiatives_document CASCADE")
    call_command("bench_seed", initiatives=20, batch=3, workers=3, verbosity=0)
    assert rows() == alone
    assert rank_vectors_recomputed() == vectors_alone
    terms = sorted(SearchTerm.objects.values_list("initiative__slug", "lexeme", "rank"))
    assert terms == terms_alone
    assert FollowUpAction.objects.count() == 200 and Milestone.objects.count() == 60
    created = InitiativeFactory()
    assert created.pk > max(Initiative.objects.exclude(pk=created.pk).values_list("pk", flat=True))


def test_every_seeded_initiative_gets_the_due_dates_of_its_pending_actions() -> None:
    seed(12)
    for initiative in Initiative.objects.prefetch_related("actions"):
        dates = sorted(a.due_latest for a in initiative.actions.all() if a.is_pending)
        assert dates, "the seed gives every initiative pending actions"
        assert (initiative.pending_due_first, initiative.pending_due_last) == (dates[0], dates[-1])
