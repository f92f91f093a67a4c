"""/api/v1/initiatives/{slug}: every fact with the quote behind it, and ETags."""

from __future__ import annotations

import pytest
from django.test import Client

from initiatives.models import InitiativeActor, InitiativeArea
from tests.factories import (
    DocumentFactory,
    FollowUpActionFactory,
    make_evidence,
    make_listed_initiative,
)
from timeline.models import Milestone

pytestmark = pytest.mark.django_db


def _initiative_with_evidence():  # type: ignore[no-untyped-def]
    initiative = make_listed_initiative("Joint ammunition", overdue_actions=2)
    document = DocumentFactory(
        initiative=initiative,
        text="The Council adopted the regulation on 25 November 2025 in Brussels.",
    )
    quote = make_evidence(document, "The Council adopted")
    InitiativeActor.objects.filter(initiative=initiative).update(evidence=quote)
    InitiativeArea.objects.filter(initiative=initiative).update(evidence=quote)
    Milestone.objects.filter(initiative=initiative).update(
        evidence=make_evidence(document, "25 November 2025")
    )
    return initiative, document


def test_it_gives_each_fact_its_quote_and_offsets(client: Client) -> None:
    initiative, document = _initiative_with_evidence()
    body = client.get(f"/api/v1/initiatives/{initiative.slug}").json()
    actor = body["actors"][0]
    assert actor["actor"]["name"] == "Council of the EU"
    assert actor["role"] == "decision_maker"
    evidence = actor["evidence"]
    assert evidence["quote"] == "The Council adopted"
    assert document.text[evidence["start"] : evidence["end"]] == evidence["quote"]
    assert evidence["document_id"] == document.pk
    assert body["area_statements"][0]["statement"] == "Joint ammunition covers investment."
    assert body["area_statements"][0]["evidence"]["quote"] == "The Council adopted"
    assert body["sectors"][0]["sector"]["name"] == "Ammunition production"
    milestone = body["milestones"][0]["evidence"]
    assert document.text[milestone["start"] : milestone["end"]] == "25 November 2025"
    assert len(body["actions"]) == 2
    assert body["more_actions_url"] is None
    # Dates read the same as in the list of documents.
    listed = client.get("/api/v1/documents").json()["results"]
    assert body["documents"] == [
        {key: value for key, value in row.items() if key != "initiative"} for row in listed
    ]
    assert body["documents"][0]["id"] == document.pk


def test_it_answers_304_while_nothing_changed(client: Client) -> None:
    initiative, _ = _initiative_with_evidence()
    url = f"/api/v1/initiatives/{initiative.slug}"
    first = client.get(url)
    etag = first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    FollowUpActionFactory(initiative=initiative, description="Report to Parliament")
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert "Report to Parliament" in changed.content.decode()


def test_it_lists_the_first_actions_and_links_to_the_rest(client: Client) -> None:
    initiative = make_listed_initiative("Busy", overdue_actions=101)
    body = client.get(f"/api/v1/initiatives/{initiative.slug}").json()
    assert len(body["actions"]) == 100
    assert body["more_actions_url"].endswith(f"/api/v1/actions?initiative={initiative.slug}")
    rest = client.get(body["more_actions_url"] + "&page_size=100").json()
    assert len(rest["results"]) == 100 and rest["next"]


def test_an_unknown_initiative_is_a_problem_detail(client: Client) -> None:
    response = client.get("/api/v1/initiatives/no-such-thing")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 404
    assert response.json()["instance"] == "/api/v1/initiatives/no-such-thing"


@pytest.mark.parametrize("facts", [1, 20])
def test_it_reads_an_initiative_in_a_fixed_number_of_queries(
    client: Client, django_assert_num_queries: object, facts: int
) -> None:
    initiative, _ = _initiative_with_evidence()
    FollowUpActionFactory.create_batch(facts, initiative=initiative)
    # The initiative, then its actors, areas, sectors, milestones, actions and documents.
    with django_assert_num_queries(7):  # type: ignore[operator]
        assert client.get(f"/api/v1/initiatives/{initiative.slug}").status_code == 200
