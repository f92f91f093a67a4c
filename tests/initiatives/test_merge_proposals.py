"""Merging and detaching keep what later documents reported: a merge moves the reports
to the survivor, and a detached document's reports stop waiting on its former record."""

from __future__ import annotations

import pytest
import time_machine

from initiatives.models import Document, DocumentMatch, Initiative, MatchDecision
from initiatives.services import document_detach, initiative_merge
from tests.factories import InitiativeFactory
from tests.initiatives.series import SEED, SERIES, import_one
from timeline.models import EventVia, Proposal, ProposalState

pytestmark = pytest.mark.django_db
NOW = "2026-04-01 09:00:00+00:00"


@pytest.fixture
def reported() -> tuple[Initiative, Document]:
    """The announcement, and a later article whose reports wait or were applied."""
    with time_machine.travel(NOW, tick=False):
        initiative = Initiative.objects.get(pk=import_one(SEED)["initiative_id"])
        entry = import_one(SERIES / "02-guidelines-published.md")
    assert entry["match"]["decision"] == "attached"
    assert entry["proposals"], "the follow-up reports changes"
    return initiative, Document.objects.get(sha256=entry["sha256"])


def test_it_moves_reports_and_match_decisions_to_the_survivor(
    reported: tuple[Initiative, Document],
) -> None:
    merged, document = reported
    reports = set(Proposal.objects.filter(initiative=merged).values_list("pk", flat=True))
    survivor = InitiativeFactory(title="EU–Ukraine defence-industrial cooperation")

    initiative_merge(survivor=survivor, merged=merged, via=EventVia.ADMIN)

    assert set(Proposal.objects.filter(initiative=survivor).values_list("pk", flat=True)) == (
        reports
    )
    assert DocumentMatch.objects.get(document=document).initiative == survivor


def test_a_detached_document_stops_waiting_on_its_former_initiative(
    reported: tuple[Initiative, Document],
) -> None:
    former, document = reported
    applied = set(
        Proposal.objects.filter(document=document, state=ProposalState.APPLIED).values_list(
            "pk", flat=True
        )
    )

    with time_machine.travel(NOW, tick=False):
        detached = document_detach(document=document, via=EventVia.ADMIN)

    assert not Proposal.objects.pending().filter(initiative=former, document=document).exists()
    assert (
        set(
            Proposal.objects.filter(document=document, state=ProposalState.APPLIED).values_list(
                "pk", flat=True
            )
        )
        == applied
    )
    match = DocumentMatch.objects.get(document=document)
    assert (match.decision, match.initiative) == (MatchDecision.NEW, detached)
