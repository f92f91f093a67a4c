"""Curators triage reported changes and possible matches; nobody else can."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from initiatives.models import (
    Document,
    DocumentMatch,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
)
from initiatives.search import initiative_search_update
from tests.factories import FollowUpActionFactory, InitiativeFactory
from tests.initiatives.series import SEED, SERIES, import_one
from tests.timeline.triage_world import make_triage_world
from timeline.models import ActionStatus, ChangeEvent, FollowUpAction, Proposal, ProposalKind

pytestmark = pytest.mark.django_db


@pytest.fixture
def defence() -> Initiative:
    return make_triage_world()


@pytest.fixture
def curator_client(client: Client, curator: User) -> Client:
    client.force_login(curator)
    return client


def test_analysts_and_strangers_cannot_triage(client: Client, analyst: User, defence) -> None:
    assert client.get("/triage/").status_code == 302
    client.force_login(analyst)
    assert client.get("/triage/").status_code == 403
    window = Proposal.objects.get(kind=ProposalKind.WINDOW_CHANGE)
    assert client.post(f"/triage/proposals/{window.pk}/", {"verb": "accept"}).status_code == 403
    window.refresh_from_db()
    assert window.state == "pending"


def test_it_shows_the_old_and_new_value_and_quote_side_by_side(
    curator_client: Client, defence: Initiative
) -> None:
    page = curator_client.get("/triage/").content.decode()
    row = page[page.index('class="proposal proposal-window_change"') :]
    row = row[: row.index("</tr>")]
    assert "Outline specific funding mechanisms" in row
    assert "due 2025-11-25 – 2026-05-25 (“in the coming months”)" in row
    assert "“Outline specific funding mechanisms” due by the end of March" in row
    assert "in the coming months" in row  # the old quote
    assert "Funding mechanisms are now expected by the end of March" in row  # the new one
    assert "Council of the EU" in page
    assert "Outline co-production guidelines" in page[page.index("applied-heading") :]


def test_it_escapes_imported_text(curator_client: Client, defence: Initiative) -> None:
    proposal = Proposal.objects.get(kind=ProposalKind.NEW_ACTOR)
    proposal.value = {**proposal.value, "name": "<script>alert(1)</script>"}
    proposal.save()
    page = curator_client.get("/triage/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_curator_edits_then_accepts_a_window(curator_client: Client, defence: Initiative) -> None:
    window = Proposal.objects.get(kind=ProposalKind.WINDOW_CHANGE)
    response = curator_client.post(
        f"/triage/proposals/{window.pk}/", {"verb": "accept", "due_latest": "2026-04-15"}
    )
    assert response.status_code == 302
    action = FollowUpAction.objects.get(description="Outline specific funding mechanisms")
    assert action.due_latest.isoformat() == "2026-04-15"
    event = ChangeEvent.objects.filter(action=action, field="due_latest").get()
    assert event.via == "web"
    assert event.document.title.startswith("EU agencies publish co-production guidelines")


def test_a_curator_rejects_and_undoes(curator_client: Client, defence: Initiative) -> None:
    actor = Proposal.objects.get(kind=ProposalKind.NEW_ACTOR)
    curator_client.post(f"/triage/proposals/{actor.pk}/", {"verb": "reject"})
    actor.refresh_from_db()
    assert actor.state == "rejected"
    assert not defence.actor_links.filter(actor__name="Council of the EU").exists()

    done = Proposal.objects.get(
        kind="action_done", target__description="Outline co-production guidelines"
    )
    curator_client.post(f"/triage/proposals/{done.pk}/", {"verb": "undo"})
    done.refresh_from_db()
    assert done.state == "pending"
    action = FollowUpAction.objects.get(description="Outline co-production guidelines")
    assert (action.status, action.completed_on) == (ActionStatus.OPEN, None)
    assert ChangeEvent.objects.filter(action=action, field="status", new_value="open").exists()


def test_a_curator_accepts_everything_from_one_document(curator_client: Client, defence) -> None:
    funding = Document.objects.get(title__startswith="Council adopts funding")
    curator_client.post(f"/triage/documents/{funding.pk}/accept/")
    assert Proposal.objects.filter(document=funding, state="pending").count() == 0
    assert defence.actor_links.filter(actor__name="Council of the EU").exists()


@pytest.fixture
def possible_match() -> tuple[Initiative, Initiative, DocumentMatch]:
    """The announcement, a hand-made duplicate of it, and a follow-up that matches both."""
    import_one(SEED)
    announced = Initiative.objects.get()
    # A duplicate made by hand, before matching existed: the same facts, another record.
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
    entry = import_one(SERIES / "02-guidelines-published.md")
    assert entry["match"]["decision"] == "review"
    assert entry["initiative_id"] is None
    return announced, twin, DocumentMatch.objects.get(decision="review")


def test_a_curator_places_a_possible_match(curator_client: Client, possible_match) -> None:
    announced, twin, match = possible_match
    assert {c["id"] for c in match.candidates} == {announced.pk, twin.pk}
    page = curator_client.get("/triage/").content.decode()
    assert "Same initiative as “EU Votes to Deepen Defense Industry Ties with Ukraine”" in page

    curator_client.post(f"/triage/matches/{match.pk}/", {"initiative": str(announced.pk)})
    match.refresh_from_db()
    assert match.resolved_at is not None and match.initiative == announced
    assert match.document.initiative == announced
    done = FollowUpAction.objects.get(
        initiative=announced, description="Outline co-production guidelines"
    )
    assert done.completed_on.isoformat() == "2026-01-19"
    assert Initiative.objects.count() == 2


def test_a_curator_makes_a_possible_match_a_new_initiative(
    curator_client: Client,
    possible_match,
) -> None:
    _announced, _twin, match = possible_match
    curator_client.post(f"/triage/matches/{match.pk}/", {"initiative": "new"})
    match.refresh_from_db()
    assert Initiative.objects.count() == 3
    assert match.initiative.title.startswith("EU agencies publish co-production guidelines")
    assert match.document.initiative == match.initiative
    again = curator_client.post(f"/triage/matches/{match.pk}/", {"initiative": "new"}, follow=True)
    assert "already placed" in again.content.decode()
    assert Initiative.objects.count() == 3
