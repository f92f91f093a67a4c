"""Search forgives British and American spellings and a deciding body's acronym or long
form, on PostgreSQL (stored vectors) and on SQLite (the fallback) alike."""

from __future__ import annotations

import pytest
from django.test import Client

from initiatives.models import Initiative
from initiatives.search import clean_query, initiative_search_update
from initiatives.searchtext import indexed_text, normal_spelling
from tests.factories import DocumentFactory, InitiativeFactory

pytestmark = pytest.mark.django_db
OTHER = "Fisheries quota"


def _found(client: Client, query: str) -> str:
    initiative_search_update(initiative_ids=Initiative.objects.values_list("pk", flat=True))
    return client.get("/initiatives/", {"q": query}).content.decode()


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("defence", "defense"),
        ("Defences", "defenses"),
        ("programme", "program"),
        ("programmes", "programs"),
        ("organisation", "organization"),
        ("Organised", "organized"),
        ("labour", "labor"),
        ("favourable", "favorable"),
        ("centre", "center"),
        ("licence", "license"),
        ("analysed", "analyzed"),
        ("modernising", "modernizing"),
        ("travelled", "traveled"),
    ],
)
def test_it_spells_british_words_the_american_way(british: str, american: str) -> None:
    assert normal_spelling(british) == american
    assert normal_spelling(american) == american


@pytest.mark.parametrize("word", ["exercise", "promised", "raising", "hour", "four", "crises"])
def test_it_leaves_words_that_only_look_like_variants(word: str) -> None:
    assert normal_spelling(word) == word


def test_it_writes_each_body_both_ways_in_the_indexed_text() -> None:
    text = indexed_text("NATO met the European Investment Bank.")
    assert "North Atlantic Treaty organization" in text
    assert "EIB" in text


def test_the_cleaned_query_is_spelled_as_the_index_is() -> None:
    assert clean_query('"defence programme" -labour') == '"defense program" -labor'


@pytest.mark.parametrize(
    ("title", "summary", "query"),
    [
        ("EU Votes to Deepen Defense Industry Ties with Ukraine", "Ties.", "defence"),
        ("Skills programme", "Training.", "program"),
        ("Standards body", "A new organization for testing.", "organisation"),
        ("Labor mobility pact", "Workers.", "labour"),
        ("Shipyard guarantees", "The EIB lends to shipyards.", "European Investment Bank"),
        ("Air defence pact", "The European Commission proposes it.", "EC"),
        ("Air policing", "Allies in the North Atlantic Treaty Organization agree.", "NATO"),
        ("Drone coalition", "The EDA will coordinate.", '"European Defence Agency"'),
    ],
)
def test_a_search_finds_the_other_spelling(
    client: Client, title: str, summary: str, query: str
) -> None:
    InitiativeFactory(title=title, summary=summary)
    InitiativeFactory(title=OTHER, summary="Quotas for the Baltic.", venue="Riga")
    page = _found(client, query)
    assert f">{title}</a>" in page.replace("<mark>", "").replace("</mark>", "")
    assert OTHER not in page


def test_a_search_finds_the_other_spelling_in_a_document(client: Client) -> None:
    initiative = InitiativeFactory(title="Joint procurement", summary="Buying together.")
    DocumentFactory(initiative=initiative, text="The ministers praised the labour ministry.")
    InitiativeFactory(title=OTHER, summary="Quotas for the Baltic.", venue="Riga")
    page = _found(client, "labor")
    assert ">Joint procurement</a>" in page.replace("<mark>", "").replace("</mark>", "")
    assert OTHER not in page
