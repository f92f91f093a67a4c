"""A new due window waiting for review is withdrawn once its action is delivered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import time_machine

from initiatives.models import Initiative
from tests.initiatives.conftest import TODAY
from tests.initiatives.series import SEED, SERIES, import_one
from timeline.models import EventVia, FollowUpAction, Proposal, ProposalKind, ProposalState
from timeline.services import action_mark_done

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen")]
GUIDELINES = SERIES / "02-guidelines-published.md"
FUNDING = SERIES / "03-funding-adopted.md"
MECHANISMS = "Outline specific funding mechanisms"


@pytest.fixture
def frozen() -> Iterator[None]:
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def waiting_window() -> Proposal:
    """The guidelines' report moves the mechanisms' window; it waits for a curator."""
    import_one(SEED)
    import_one(GUIDELINES)
    proposal = Proposal.objects.get(kind=ProposalKind.WINDOW_CHANGE, action__description=MECHANISMS)
    assert proposal.state == ProposalState.PENDING
    assert proposal in Proposal.objects.for_triage()
    return proposal


def test_a_later_document_reporting_the_action_done_withdraws_the_window(
    waiting_window: Proposal,
) -> None:
    entry = import_one(FUNDING)

    assert ("action_done", MECHANISMS, "applied") in [
        (p["kind"], p["target"].get("description"), p["state"]) for p in entry["proposals"]
    ]
    waiting_window.refresh_from_db()
    assert waiting_window.state == ProposalState.WITHDRAWN
    assert waiting_window.decided_at is not None
    assert waiting_window not in Proposal.objects.for_triage()


def test_a_curator_marking_the_action_done_withdraws_the_window(waiting_window: Proposal) -> None:
    action = FollowUpAction.objects.get(description=MECHANISMS)
    action_mark_done(action=action, completed_on=dt.date(2026, 11, 24), via=EventVia.ADMIN)

    waiting_window.refresh_from_db()
    assert waiting_window.state == ProposalState.WITHDRAWN


def test_a_window_of_another_action_keeps_waiting(waiting_window: Proposal) -> None:
    initiative = Initiative.objects.get(pk=waiting_window.initiative_id)
    other = initiative.actions.exclude(description=MECHANISMS).first()
    action_mark_done(action=other, completed_on=dt.date(2026, 11, 24), via=EventVia.ADMIN)

    waiting_window.refresh_from_db()
    assert waiting_window.state == ProposalState.PENDING
