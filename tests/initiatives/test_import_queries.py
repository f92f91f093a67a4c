"""An import costs a fixed number of queries, however many initiatives are known: when it
attaches, when it creates, and when it waits for review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from initiatives.imports import document_import
from initiatives.models import Initiative, InitiativeActor, InitiativeArea, InitiativeSector
from initiatives.search import initiative_search_update
from tests.factories import FollowUpActionFactory, InitiativeFactory, ensure_areas
from tests.initiatives.series import ANNOUNCEMENT_PUBLISHED, SEED, SERIES

pytestmark = [
    # Each test starts from emptied tables, so that where the rows lie (which the matcher's
    # candidate query reads first) is where the test put them, not where earlier tests'
    # rolled-back rows left room.
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("frozen_today"),
]
TODAY = dt.date(2026, 11, 24)
GUIDELINES = SERIES / "02-guidelines-published.md"  # attaches, applies a completion
DRONES = SERIES / "11-uk-drone-partnership.md"  # a new initiative
# Queries of one import, its savepoints included (PostgreSQL adds the matcher's lock and
# a second candidate query, and finds a document's earlier versions in one query, not two).
# (Each writes the initiative's pending due dates once its actions are loaded: one
# UPDATE, whatever the initiatives known. A new initiative's proposals need no look for
# keys proposed before: none can name it.)
ATTACH_BUDGET = 36
NEW_BUDGET = 33
# A possible match stores the document and the decision, and nothing else.
REVIEW_BUDGET = 10


def measured(path: Path) -> tuple[int, str]:
    """The queries an import of `path` makes, and its decision; the import is undone."""
    with transaction.atomic():
        savepoint = transaction.savepoint()
        with CaptureQueriesContext(connection) as queries:
            result = document_import(
                data=path.read_bytes(), filename=path.name, source_path=str(path), today=TODAY
            )
        transaction.savepoint_rollback(savepoint)
    assert result.error is None
    return len(queries), (result.match or {}).get("decision", "")


@pytest.fixture(autouse=True)
def areas() -> None:
    ensure_areas()  # a transactional test before these may have flushed them


def others(count: int) -> None:
    """Initiatives whose titles share words with the series' documents."""
    for n in range(count):
        initiative = InitiativeFactory(
            title=f"Defence industry drone partnership {n}",
            summary="Co-production guidelines for the defence industry and drones.",
        )
        FollowUpActionFactory.create_batch(3, initiative=initiative)


def test_an_import_makes_as_many_queries_with_30_more_initiatives_known() -> None:
    document_import(
        data=SEED.read_bytes(),
        filename=SEED.name,
        source_path=str(SEED),
        today=TODAY,
        published=ANNOUNCEMENT_PUBLISHED,
    )
    attach = measured(GUIDELINES)
    new = measured(DRONES)
    assert attach[1] == "attached" and attach[0] <= ATTACH_BUDGET
    assert new[1] == "new" and new[0] <= NEW_BUDGET

    others(30)

    assert measured(GUIDELINES) == attach
    assert measured(DRONES) == new


def twin_of(announced: Initiative) -> None:
    """A duplicate of the announced initiative made by hand: a follow-up matches both."""
    twin = InitiativeFactory(title=announced.title, summary=announced.summary)
    for action in announced.actions.all():
        FollowUpActionFactory(initiative=twin, description=action.description, owner=None)
    for link in announced.actor_links.all():
        InitiativeActor.objects.create(initiative=twin, actor=link.actor, role=link.role)
    for link in announced.area_links.all():
        InitiativeArea.objects.create(initiative=twin, area=link.area)
    for link in announced.sector_links.all():
        InitiativeSector.objects.create(initiative=twin, sector=link.sector)
    initiative_search_update(initiative_ids=[twin.pk])


def test_a_possible_match_makes_as_many_queries_with_30_more_initiatives_known() -> None:
    document_import(
        data=SEED.read_bytes(),
        filename=SEED.name,
        source_path=str(SEED),
        today=TODAY,
        published=ANNOUNCEMENT_PUBLISHED,
    )
    twin_of(Initiative.objects.get())
    review = measured(GUIDELINES)
    assert review[1] == "review" and review[0] <= REVIEW_BUDGET

    others(30)

    assert measured(GUIDELINES) == review
