"""The initiative page's body, kept drawn under the initiative's page version: every kind
of write shows on the next request, and nothing of one reader reaches another."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from initiatives.models import Actor, CooperationArea, Document, Evidence, Initiative, Sector
from notifications.models import Follow
from tests.factories import (
    ActorFactory,
    DocumentFactory,
    FollowUpActionFactory,
    InitiativeFactory,
    MilestoneFactory,
    SectorFactory,
    UserFactory,
    link_actor,
    link_area,
    link_sector,
    make_curator,
    make_evidence,
)
from timeline.models import FollowUpAction, Milestone, Proposal
from timeline.services import event_record

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="kept only where triggers move the version"
    ),
]


@pytest.fixture
def shown(frozen_today: object) -> dict[str, Any]:
    """An initiative with one of everything its page shows, already drawn once."""
    initiative = InitiativeFactory(title="Kept page", summary="A summary.")
    document = DocumentFactory(initiative=initiative, title="The source")
    evidence = make_evidence(document, "adopted the regulation")
    actor = ActorFactory(name="Lead body")
    link_actor(initiative, actor, "lead")
    area = link_area(initiative, "investment").area
    sector = SectorFactory(name="Shipbuilding")
    link_sector(initiative, sector)
    action = FollowUpActionFactory(
        initiative=initiative, description="Report to the Council", owner=actor, evidence=evidence
    )
    milestone = MilestoneFactory(initiative=initiative, title="Decision taken")
    page(initiative)
    return {
        "initiative": initiative,
        "document": document,
        "evidence": evidence,
        "actor": actor,
        "area": area,
        "sector": sector,
        "action": action,
        "milestone": milestone,
    }


def page(initiative: Initiative, client: Client | None = None) -> str:
    return (client or Client()).get(f"/initiatives/{initiative.slug}/").content.decode()


def test_a_second_reader_reads_the_kept_body_in_one_query(
    shown: dict[str, Any], django_assert_num_queries: Callable[..., Any]
) -> None:
    with django_assert_num_queries(1):
        assert "Report to the Council" in page(shown["initiative"])


WRITES: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    # name: (the write, a text the page shows after it)
    "initiative saved": (
        lambda s: Initiative.objects.filter(pk=s["initiative"].pk).update(summary="New summary."),
        "New summary.",
    ),
    "action added": (
        lambda s: FollowUpActionFactory(initiative=s["initiative"], description="A new step"),
        "A new step",
    ),
    "actions updated in bulk": (
        lambda s: FollowUpAction.objects.filter(initiative=s["initiative"]).update(
            description="Bulk written"
        ),
        "Bulk written",
    ),
    "action deleted": (
        lambda s: s["action"].delete(),
        "No follow-up actions",
    ),
    "milestone renamed": (
        lambda s: Milestone.objects.filter(pk=s["milestone"].pk).update(title="Signed at last"),
        "Signed at last",
    ),
    "actor linked": (
        lambda s: link_actor(s["initiative"], ActorFactory(name="A partner"), "partner"),
        "A partner",
    ),
    "actor renamed": (
        lambda s: Actor.objects.filter(pk=s["actor"].pk).update(name="Renamed body"),
        "Renamed body",
    ),
    "area renamed": (
        lambda s: CooperationArea.objects.filter(pk=s["area"].pk).update(name="Money at work"),
        "Money at work",
    ),
    "sector renamed": (
        lambda s: Sector.objects.filter(pk=s["sector"].pk).update(name="Boats"),
        "Boats",
    ),
    "document retitled": (
        lambda s: Document.objects.filter(pk=s["document"].pk).update(title="A better title"),
        "A better title",
    ),
    "quote edited": (
        lambda s: Evidence.objects.filter(pk=s["evidence"].pk).update(quote="Quoted anew"),
        "Quoted anew",
    ),
    "document added": (
        lambda s: DocumentFactory(initiative=s["initiative"], title="A second source"),
        "A second source",
    ),
    "proposal reported": (
        lambda s: Proposal.objects.create(
            initiative=s["initiative"],
            document=s["document"],
            kind="new_actor",
            confidence=0.9,
            value={"name": "Proposed newcomer"},
            key="kept-page-proposal",
        ),
        "Proposed newcomer",
    ),
    "change event recorded": (
        lambda s: event_record(
            initiative=s["initiative"],
            document=s["document"],
            kind="action_added",
            summary="An action added",
            via="import",
            action=s["action"],
        ),
        "Added 1 action",
    ),
}


@pytest.mark.parametrize("write", WRITES)
def test_each_kind_of_write_shows_on_the_next_request(shown: dict[str, Any], write: str) -> None:
    change, text = WRITES[write]
    assert text not in page(shown["initiative"])
    change(shown)
    assert text in page(shown["initiative"])


def test_an_unrelated_write_keeps_the_body(shown: dict[str, Any]) -> None:
    shown["initiative"].refresh_from_db()
    version = shown["initiative"].page_version
    other = InitiativeFactory()
    FollowUpActionFactory(initiative=other)
    Actor.objects.filter(pk=shown["actor"].pk).update(aliases=["LB"])  # not on the page
    Initiative.objects.filter(pk=other.pk).update(summary="Elsewhere")
    shown["initiative"].refresh_from_db()
    assert shown["initiative"].page_version == version


def test_the_next_day_draws_the_action_overdue(shown: dict[str, Any], frozen_today: Any) -> None:
    action = shown["action"]
    FollowUpAction.objects.filter(pk=action.pk).update(due_latest=dt.date(2026, 11, 24))
    assert "state-overdue" not in page(shown["initiative"])
    frozen_today.move_to(dt.datetime(2026, 11, 26, 9, tzinfo=dt.UTC))
    assert "state-overdue" in page(shown["initiative"])


def test_one_readers_follow_never_reaches_another(shown: dict[str, Any]) -> None:
    follower, other = UserFactory(username="follower"), UserFactory(username="other")
    Follow.objects.create(user=follower, initiative=shown["initiative"])
    theirs, mine = Client(), Client()
    theirs.force_login(follower)
    mine.force_login(other)
    assert "is-following" in page(shown["initiative"], theirs)
    assert "is-following" not in page(shown["initiative"], mine)
    assert "is-following" not in page(shown["initiative"])
    assert "is-following" in page(shown["initiative"], theirs)


def test_a_curators_controls_and_token_never_reach_a_visitor(frozen_today: object) -> None:
    curator = Client()
    curator.force_login(make_curator())
    initiative = InitiativeFactory(title="Read by a curator first")
    FollowUpActionFactory(initiative=initiative)
    theirs = page(initiative, curator)
    assert 'href="/admin/"' in theirs
    assert "csrfmiddlewaretoken" in theirs
    visitors = page(initiative)
    assert 'href="/admin/"' not in visitors
    assert "csrfmiddlewaretoken" not in visitors
    assert 'href="/admin/"' in page(initiative, curator)
