"""DOCKET_AUTO_APPLY and curators' work: what a later document may change on its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine

from initiatives.models import Initiative, Origin
from initiatives.services import initiative_save, initiative_verify
from tests.initiatives.conftest import TODAY
from tests.initiatives.series import SEED, SERIES, import_one
from timeline.models import ActionStatus, EventVia, FollowUpAction, Proposal
from timeline.proposals_apply import proposal_reject

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen")]
GUIDELINES = SERIES / "02-guidelines-published.md"


@pytest.fixture
def frozen() -> Iterator[None]:
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def defence() -> Initiative:
    entry = import_one(SEED)
    return Initiative.objects.get(pk=entry["initiative_id"])


def guidelines() -> FollowUpAction:
    return FollowUpAction.objects.get(description="Outline co-production guidelines")


def states(path: Path) -> dict[str, str]:
    entry = import_one(path)
    return {p["kind"]: p["state"] for p in entry["proposals"] if p["target"]}


def test_it_applies_a_confident_completion_on_an_unverified_initiative(defence: Initiative) -> None:
    assert states(GUIDELINES) == {"action_done": "applied", "window_change": "pending"}
    assert guidelines().status == ActionStatus.DONE


def test_nothing_on_a_verified_initiative_changes_without_a_curator(defence: Initiative) -> None:
    initiative_verify(initiative=defence, via=EventVia.ADMIN)
    assert states(GUIDELINES) == {"action_done": "pending", "window_change": "pending"}
    assert guidelines().status == ActionStatus.OPEN


def test_the_review_policy_applies_nothing(defence: Initiative, settings) -> None:
    settings.DOCKET_AUTO_APPLY = "review"
    assert states(GUIDELINES) == {"action_done": "pending", "window_change": "pending"}
    assert guidelines().completed_on is None


def test_a_fact_a_curator_made_is_never_changed_by_a_document(defence: Initiative) -> None:
    FollowUpAction.objects.filter(pk=guidelines().pk).update(origin=Origin.CURATOR)
    assert states(GUIDELINES)["action_done"] == "pending"
    assert guidelines().status == ActionStatus.OPEN


def test_a_status_a_curator_set_waits_instead_of_being_overwritten(defence: Initiative) -> None:
    defence.status = "proposed"
    initiative_save(initiative=defence, via=EventVia.ADMIN)
    assert states(SERIES / "05-entry-into-force.md")["status_change"] == "pending"
    defence.refresh_from_db()
    assert defence.status == "proposed"


def test_a_rejected_change_is_not_proposed_again_by_another_document(
    defence: Initiative, tmp_path: Path
) -> None:
    import_one(GUIDELINES)
    window = Proposal.objects.get(kind="window_change")
    proposal_reject(proposal=window)
    wire = tmp_path / "wire.md"
    wire.write_text(
        "---\ntitle: Defence co-production with Ukraine: funding timetable\n"
        "published: 2026-01-22\n---\n# Defence co-production with Ukraine: funding timetable\n\n"
        "The defence industrial cooperation with Ukraine approved on 25 November 2025 is on "
        "track. Funding mechanisms are now expected by the end of March, a diplomat said.\n"
    )
    entry = import_one(wire)
    assert entry["match"]["decision"] == "attached"
    assert [p for p in entry["proposals"] if p["kind"] == "window_change"] == []
    assert Proposal.objects.filter(kind="window_change").count() == 1
    window.refresh_from_db()
    assert window.state == "rejected"
