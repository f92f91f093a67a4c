"""The results page marks what a search matched, in titles and in snippets, on SQLite as
on PostgreSQL, and imported text stays escaped around the marks."""

from __future__ import annotations

import pytest
from django.test import Client

from initiatives.models import Initiative
from initiatives.search import initiative_search_update
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db
FILLER = "The ministers met for a long day of talks about many things. " * 6


def _page(client: Client, query: str) -> str:
    initiative_search_update(initiative_ids=Initiative.objects.values_list("pk", flat=True))
    return client.get("/initiatives/", {"q": query}).content.decode()


def test_it_marks_the_match_in_the_title_whatever_its_spelling(client: Client) -> None:
    InitiativeFactory(title="EU Votes to Deepen Defense Industry Ties with Ukraine")
    page = _page(client, "defence")
    assert "EU Votes to Deepen <mark>Defense</mark> Industry Ties with Ukraine</a>" in page


def test_it_gives_a_snippet_around_the_first_match(client: Client) -> None:
    summary = f"{FILLER}Then the skills programme for shipyards was agreed. {FILLER}"
    InitiativeFactory(title="Skills", summary=summary)
    page = _page(client, "program")
    snippet = page.split('<p class="snippet">', 1)[1].split("</p>", 1)[0]
    assert "the skills <mark>programme</mark> for shipyards was agreed." in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 300


def test_it_marks_an_acronym_when_the_search_spells_the_body_out(client: Client) -> None:
    InitiativeFactory(title="EIB loans for shipyards", summary="Loans.")
    page = _page(client, "European Investment Bank")
    assert "<mark>EIB</mark> loans for shipyards</a>" in page


def test_it_does_not_mark_words_the_search_excludes(client: Client) -> None:
    InitiativeFactory(title="Drone coalition", summary="Drones, not tanks.")
    page = _page(client, "drones -tanks")
    assert "<mark>tanks</mark>" not in page


def test_it_leaves_the_page_as_it_was_without_a_search(client: Client) -> None:
    InitiativeFactory(title="Drone coalition", summary="Drones for Ukraine.")
    page = client.get("/initiatives/").content.decode()
    assert "<mark>" not in page
    assert '<p class="snippet">Drones for Ukraine.</p>' in page


def test_imported_text_is_escaped_around_the_marks(client: Client) -> None:
    InitiativeFactory(
        title="<script>alert(1)</script> Defence plan",
        summary='Defence <img src=x onerror="alert(2)"> spending.',
    )
    page = _page(client, "defense")
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Defence</mark> plan</a>" in page
    assert "<mark>Defence</mark> &lt;img src=x onerror=&quot;alert(2)&quot;&gt; spending." in page


@pytest.mark.parametrize("query", ["", "pact", "missing"])
def test_titles_and_snippets_escape_as_django_escapes(query: str) -> None:
    from django.utils.html import escape

    from initiatives.templatetags.docket import marked, snippet

    text = "A \"pact\" & 'deal' <script>x</script> pact"
    for drawn in (marked(text, query), snippet(text, query)):
        assert drawn.replace("<mark>", "").replace("</mark>", "") == escape(text)
        assert "<script>" not in drawn
