"""Two workers import two follow-ups of one initiative at the same moment (PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import pytest
from django.db import connection, connections

from initiatives import imports
from initiatives.imports import ImportResult, document_import_path
from initiatives.models import Initiative
from tests.initiatives.series import SERIES
from timeline.models import Proposal

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("frozen_today"),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]
TODAY = dt.date(2026, 11, 24)
RACE_WINDOW = 1.0  # seconds


def import_at_once(paths: list[Path]) -> list[ImportResult]:
    """Each path in its own thread (its own connection), released together."""
    start = threading.Barrier(len(paths))
    results: list[ImportResult | None] = [None] * len(paths)

    def work(index: int, path: Path) -> None:
        try:
            start.wait()
            results[index] = document_import_path(path=path, today=TODAY)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(i, p)) for i, p in enumerate(paths)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert all(results)
    return results  # type: ignore[return-value]


@pytest.fixture
def slow_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """Widen the gap between the candidate search and the insert, as on a busy server:
    without the matcher's lock both workers would find nothing and both create."""
    original = imports.initiative_match

    def slow(**kwargs: object) -> object:
        decision = original(**kwargs)
        time.sleep(RACE_WINDOW)
        return decision

    monkeypatch.setattr(imports, "initiative_match", slow)


@pytest.mark.usefixtures("slow_match")
def test_two_follow_ups_at_once_make_one_initiative_and_keep_every_proposal() -> None:
    first, second = import_at_once(
        [SERIES / "12-uk-drone-testing-centre.md", SERIES / "11-uk-drone-partnership.md"]
    )
    assert Initiative.objects.count() == 1
    initiative = Initiative.objects.get()
    assert {first.initiative_id, second.initiative_id} == {initiative.pk}
    assert sorted(r.match["decision"] for r in (first, second)) == ["attached", "new"]
    assert initiative.documents.count() == 2
    # Whichever came first, the testing centre ends done: no report was lost.
    done = initiative.actions.get(description__contains="testing centre")
    assert done.completed_on == dt.date(2026, 6, 12)
    # Every change either import reported is on record, none twice.
    reported = len(first.proposals) + len(second.proposals)
    assert reported >= 1
    assert Proposal.objects.filter(initiative=initiative).count() == reported


@pytest.mark.usefixtures("slow_match")
def test_two_follow_ups_of_a_known_initiative_at_once_both_attach() -> None:
    from tests.initiatives.series import SEED, import_one

    announced = import_one(SEED)["initiative_id"]
    results = import_at_once(
        [SERIES / "02-guidelines-published.md", SERIES / "03-funding-adopted.md"]
    )
    assert [r.initiative_id for r in results] == [announced, announced]
    assert Initiative.objects.count() == 1
    done = set(
        Initiative.objects.get().actions.filter(status="done").values_list("description", flat=True)
    )
    assert {"Outline co-production guidelines", "Outline specific funding mechanisms"} <= done
