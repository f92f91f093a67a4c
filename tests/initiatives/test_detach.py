"""Curators detach a document wrongly attached to an initiative into an initiative of its
own, read afresh from the stored text; the former initiative keeps only its own facts."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from initiatives.models import Document, Initiative
from initiatives.services import document_detach, initiative_merge
from tests.factories import DocumentFactory
from tests.initiatives.conftest import INPUTS, SEED, import_json
from timeline.models import ChangeEvent, EventKind, EventVia

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]
CHANGELIST = "admin:initiatives_document_changelist"


def facts(initiative: Initiative) -> dict[str, object]:
    return {
        "title": initiative.title,
        "status": initiative.status,
        "decided_on": initiative.decided_on,
        "actions": sorted(initiative.actions.values_list("description", "due_latest")),
        "milestones": sorted(initiative.milestones.values_list("title", "date")),
        "areas": sorted(initiative.area_links.values_list("area__slug", flat=True)),
        "actors": sorted(initiative.actor_links.values_list("actor__name", "role")),
        # What the list's due filters read: the span of its pending actions' due dates.
        "due_dates": Initiative.objects.filter(pk=initiative.pk)
        .values_list("pending_due_first", "pending_due_last")
        .get(),
    }


@pytest.fixture
def wrongly_merged():
    """The seed's initiative, and the SAFE loans article wrongly merged into it."""
    import_json(SEED)
    seed = Initiative.objects.get()
    seed_facts = facts(seed)
    import_json(INPUTS / "council-safe-loans.md")
    loans = Initiative.objects.exclude(pk=seed.pk).get()
    loans_facts = facts(loans)
    document = loans.documents.get()
    initiative_merge(survivor=seed, merged=loans, via=EventVia.ADMIN)
    return seed, seed_facts, loans_facts, document


def test_it_reads_the_document_into_an_initiative_of_its_own(wrongly_merged) -> None:
    seed, seed_facts, loans_facts, document = wrongly_merged
    assert loans_facts["actions"] and loans_facts["areas"]
    assert facts(seed) != seed_facts  # the merge brought the loans' facts in

    detached = document_detach(document=document, via=EventVia.ADMIN)

    document.refresh_from_db()
    assert document.initiative == detached
    assert facts(detached) == loans_facts
    seed.refresh_from_db()
    assert facts(seed) == seed_facts
    assert Initiative.objects.count() == 2
    event = ChangeEvent.objects.get(kind=EventKind.DOCUMENT_DETACHED)
    assert (event.initiative, event.document, event.new_value) == (seed, document, detached.slug)


def test_a_document_without_an_initiative_in_it_stays_where_it_is(wrongly_merged) -> None:
    seed, _, _, _ = wrongly_merged
    note = DocumentFactory(title="", text="Minutes: coffee was served.", initiative=seed)
    with pytest.raises(ValidationError, match="No initiative can be read"):
        document_detach(document=note, via=EventVia.ADMIN)
    note.refresh_from_db()
    assert note.initiative == seed
    assert Initiative.objects.count() == 1


def test_a_curator_detaches_from_the_document_list(
    wrongly_merged, client: Client, curator: User
) -> None:
    _, _, loans_facts, document = wrongly_merged
    client.force_login(curator)
    response = client.post(
        reverse(CHANGELIST), {"action": "detach", "_selected_action": [document.pk]}, follow=True
    )
    assert "now reports" in response.content.decode()
    document.refresh_from_db()
    assert facts(document.initiative) == loans_facts


def test_analysts_and_outsiders_cannot_detach(
    wrongly_merged, client: Client, analyst: User, outsider: User
) -> None:
    seed, _, _, document = wrongly_merged
    form = {"action": "detach", "_selected_action": [document.pk]}
    client.force_login(analyst)
    response = client.post(reverse(CHANGELIST), form)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(outsider)
    assert client.post(reverse(CHANGELIST), form).status_code == 403
    assert Document.objects.get(pk=document.pk).initiative == seed
