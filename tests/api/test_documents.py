"""/api/v1/documents: the text, what was set aside, and every evidence span."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories import DocumentFactory, InitiativeFactory, make_evidence

pytestmark = pytest.mark.django_db

TEXT = "Share this page. The Council adopted the regulation. Comments (3)"


def test_it_gives_the_text_set_aside_spans_and_evidence(client: Client) -> None:
    initiative = InitiativeFactory(slug="ammunition")
    document = DocumentFactory(
        initiative=initiative,
        text=TEXT,
        set_aside=[
            {"start": 0, "end": 16, "reason": "share block"},
            {"start": 53, "end": 65, "reason": "comments tail"},
        ],
    )
    quote = make_evidence(document, "The Council adopted")
    response = client.get(f"/api/v1/documents/{document.pk}")
    body = response.json()
    assert body["text"] == TEXT
    assert [TEXT[s["start"] : s["end"]] for s in body["set_aside"]] == [
        "Share this page.",
        "Comments (3)",
    ]
    assert body["set_aside"][0]["reason"] == "share block"
    assert body["evidence"] == [
        {
            "id": quote.pk,
            "document_id": document.pk,
            "start": 17,
            "end": 36,
            "quote": "The Council adopted",
            "prefix": "Share this page. ",
            "suffix": " the regulation. Comments (3)",
            "rule": "test",
        }
    ]
    assert body["initiative"] == {"slug": "ammunition", "title": initiative.title}
    assert (
        client.get(
            f"/api/v1/documents/{document.pk}", HTTP_IF_NONE_MATCH=response["ETag"]
        ).status_code
        == 304
    )


def test_it_lists_documents_without_their_text(client: Client) -> None:
    first = DocumentFactory(initiative=InitiativeFactory(slug="a"))
    DocumentFactory()
    body = client.get("/api/v1/documents?initiative=a").json()
    assert [d["id"] for d in body["results"]] == [first.pk]
    assert "text" not in body["results"][0]


def test_an_unknown_document_is_a_problem_detail(client: Client) -> None:
    response = client.get("/api/v1/documents/999999")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("rows", [1, 30])
def test_it_lists_documents_in_a_fixed_number_of_queries(
    client: Client, django_assert_num_queries: object, rows: int
) -> None:
    DocumentFactory.create_batch(rows, initiative=InitiativeFactory())
    with django_assert_num_queries(1):  # type: ignore[operator]
        assert client.get("/api/v1/documents").status_code == 200


@pytest.mark.parametrize("spans", [1, 20])
def test_it_reads_a_document_in_a_fixed_number_of_queries(
    client: Client, django_assert_num_queries: object, spans: int
) -> None:
    document = DocumentFactory(text=" ".join(f"word{n}" for n in range(spans)))
    for n in range(spans):
        make_evidence(document, f"word{n}")
    # The document with its initiative, then its evidence.
    with django_assert_num_queries(2):  # type: ignore[operator]
        body = client.get(f"/api/v1/documents/{document.pk}").json()
    assert len(body["evidence"]) == spans
