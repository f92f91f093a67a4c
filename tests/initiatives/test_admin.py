"""Curators curate in admin; analysts and outsiders are kept out."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from initiatives.models import CooperationArea, Initiative
from tests.factories import FollowUpActionFactory, InitiativeFactory, MilestoneFactory
from timeline.models import ChangeEvent, EventKind

pytestmark = pytest.mark.django_db

CHANGELISTS = [
    "admin:initiatives_initiative_changelist",
    "admin:initiatives_actor_changelist",
    "admin:initiatives_cooperationarea_changelist",
    "admin:initiatives_sector_changelist",
    "admin:initiatives_document_changelist",
    "admin:initiatives_importrun_changelist",
    "admin:timeline_milestone_changelist",
    "admin:timeline_followupaction_changelist",
    "admin:timeline_changeevent_changelist",
]


@pytest.mark.parametrize("name", CHANGELISTS)
def test_a_curator_opens_every_changelist(client: Client, curator: User, name: str) -> None:
    FollowUpActionFactory()
    client.force_login(curator)
    assert client.get(reverse(name)).status_code == 200


def test_a_curator_opens_an_initiative_with_all_its_inlines(client: Client, curator: User) -> None:
    action = FollowUpActionFactory(description="Publish <b>guidelines</b>")
    MilestoneFactory(initiative=action.initiative)
    client.force_login(curator)
    page = client.get(reverse("admin:initiatives_initiative_change", args=[action.initiative.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    for inline in ("actor links", "cooperation area links", "milestones", "follow-up actions"):
        assert inline in html.lower()
    assert "Publish &lt;b&gt;guidelines&lt;/b&gt;" in html


def test_a_curator_changes_the_status_and_an_event_is_recorded(
    client: Client, curator: User
) -> None:
    initiative = InitiativeFactory(status="proposed", title="SAFE loans")
    client.force_login(curator)
    url = reverse("admin:initiatives_initiative_change", args=[initiative.pk])
    form = {
        "title": "SAFE loans",
        "slug": initiative.slug,
        "summary": initiative.summary,
        "status": "adopted",
        "decided_on": "2025-05-27",
        "decided_on_precision": "day",
        "venue": "Brussels",
    }
    for prefix in (
        "actor_links",
        "area_links",
        "sector_links",
        "milestones",
        "actions",
        "documents",
    ):
        form |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    initiative.refresh_from_db()
    assert initiative.status == "adopted"
    assert "status" in initiative.curated_fields
    event = ChangeEvent.objects.get(kind=EventKind.STATUS_CHANGED)
    assert (event.old_value, event.new_value, event.via, event.user) == (
        "proposed",
        "adopted",
        "admin",
        curator,
    )


def test_a_curator_cannot_add_or_delete_areas(client: Client, curator: User) -> None:
    client.force_login(curator)
    area = CooperationArea.objects.get(slug="regulation")
    assert client.get(reverse("admin:initiatives_cooperationarea_add")).status_code == 403
    assert (
        client.get(reverse("admin:initiatives_cooperationarea_delete", args=[area.pk])).status_code
        == 403
    )


def test_an_analyst_is_sent_to_the_admin_login(client: Client, analyst: User) -> None:
    client.force_login(analyst)
    response = client.get(reverse("admin:initiatives_initiative_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_staff_outside_the_curators_group_cannot_see_initiatives(
    client: Client, outsider: User
) -> None:
    InitiativeFactory()
    client.force_login(outsider)
    assert client.get(reverse("admin:initiatives_initiative_changelist")).status_code == 403


def test_a_curator_marks_initiatives_verified(client: Client, curator: User) -> None:
    initiative = InitiativeFactory()
    client.force_login(curator)
    client.post(
        reverse("admin:initiatives_initiative_changelist"),
        {"action": "mark_verified", "_selected_action": [initiative.pk]},
    )
    initiative.refresh_from_db()
    assert initiative.verified and initiative.verified_by == curator
    assert Initiative.history.filter(id=initiative.pk, verified=True).exists()
    assert ChangeEvent.objects.filter(kind=EventKind.VERIFIED, initiative=initiative).count() == 1


def test_an_inline_edit_shows_in_the_initiative_history(client: Client, curator: User) -> None:
    initiative = InitiativeFactory(status="proposed", title="SAFE loans")
    action = FollowUpActionFactory(initiative=initiative, description="Publish guidance")
    client.force_login(curator)
    url = reverse("admin:initiatives_initiative_change", args=[initiative.pk])
    form = {
        "title": "SAFE loans",
        "slug": initiative.slug,
        "summary": initiative.summary,
        "status": "proposed",
        "decided_on": "",
        "decided_on_precision": "",
        "venue": "",
    }
    for prefix in ("actor_links", "area_links", "sector_links", "milestones", "documents"):
        form |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    form |= {
        "actions-TOTAL_FORMS": "1",
        "actions-INITIAL_FORMS": "1",
        "actions-0-id": str(action.pk),
        "actions-0-initiative": str(initiative.pk),
        "actions-0-description": "Publish guidance",
        "actions-0-due_text": "by the end of September",
        "actions-0-due_latest": "2025-09-30",
        "actions-0-status": action.status,
    }
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:3000]

    history = client.get(reverse("admin:initiatives_initiative_history", args=[initiative.pk]))
    html = history.content.decode()
    changes = html[html.index('id="change-history"') :]
    assert "Facts:" in changes
    assert "Due latest for follow-up action “Publish guidance”." in changes
