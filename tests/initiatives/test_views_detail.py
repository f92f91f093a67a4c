"""The detail page and the document view, on the imported seed and on hostile text."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from initiatives.models import Initiative
from tests.factories import DocumentFactory, InitiativeFactory, link_area, make_evidence

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed(frozen_today: object) -> Initiative:
    from django.core.management import call_command

    call_command("import_documents", "seeds/eu-ukraine-defence-industrial-cooperation.txt")
    return Initiative.objects.get()


def test_it_shows_the_seed_with_its_three_overdue_actions_on_the_timeline(
    seed: Initiative, client: Client
) -> None:
    page = client.get(seed.get_absolute_url()).content.decode()
    assert seed.title in page
    assert seed.status_explanation in page
    timeline = page[page.index('<ol class="timeline">') :]
    assert "Today · 24 November 2026" in timeline
    overdue = re.findall(r'<li class="entry entry-action state-overdue is-window', timeline)
    assert len(overdue) == 3
    assert timeline.count("Window from 25 November 2025 to 25 May 2026") >= 3
    assert "EU agencies" in timeline
    assert "3 overdue actions" in page


def test_each_quote_links_to_its_highlighted_span(seed: Initiative, client: Client) -> None:
    page = client.get(seed.get_absolute_url()).content.decode()
    links = re.findall(r'href="(/documents/\d+/#ev-(\d+))"', page)
    assert links
    url, pk = links[0]
    document = client.get(url.split("#")[0]).content.decode()
    assert f'id="ev-{pk}"' in document


def test_past_and_future_are_split_by_today(client: Client, frozen_today: object) -> None:
    from tests.factories import FollowUpActionFactory, MilestoneFactory

    initiative = InitiativeFactory()
    MilestoneFactory(initiative=initiative, title="Signed long ago")
    FollowUpActionFactory(
        initiative=initiative,
        description="Report next year",
        due_earliest=None,
        due_latest="2027-06-30",
    )
    page = client.get(initiative.get_absolute_url()).content.decode()
    # The list under the chart (which draws the same facts, and says them in a table).
    page = page[page.index('<ol class="timeline">') :]
    assert page.index("Signed long ago") < page.index("Today ·") < page.index("Report next year")


def test_the_document_view_highlights_evidence_and_greys_the_set_aside_part(
    client: Client,
) -> None:
    text = "The Council adopted the plan. Comments: great news, says Bob."
    document = DocumentFactory(
        text=text, set_aside=[{"start": 30, "end": len(text), "reason": "comments"}]
    )
    evidence = make_evidence(document, "adopted the plan")
    page = client.get(document.get_absolute_url()).content.decode()
    assert f'<mark class="evidence" id="ev-{evidence.pk}"' in page
    assert ">adopted the plan</mark>" in page
    assert "[Set aside: comments]" in page
    assert '<span class="set-aside" title="Set aside: comments">Comments: great news' in page


def test_imported_text_is_escaped_everywhere(client: Client) -> None:
    hostile = '<script>alert(1)</script> <a href="javascript:alert(2)">x</a>'
    initiative = InitiativeFactory(title=hostile, summary=hostile, venue=hostile)
    link_area(initiative, "investment", statement=hostile)
    document = DocumentFactory(initiative=initiative, title=hostile, text=f"Intro {hostile} end")
    make_evidence(document, "<script>")
    for url in [
        "/",
        "/initiatives/",
        "/initiatives/?q=script",
        initiative.get_absolute_url(),
        document.get_absolute_url(),
        "/areas/investment/",
    ]:
        page = client.get(url).content.decode()
        assert "<script>alert" not in page, url
        assert 'href="javascript:' not in page, url
    page = client.get(document.get_absolute_url()).content.decode()
    assert "&lt;script&gt;" in page
