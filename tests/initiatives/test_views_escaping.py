"""Imported text is untrusted: every page drawing it through the Jinja2 row templates
(list rows, timeline, chart, delivery, dashboard, area and deliverables rows) escapes it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from initiatives.models import Evidence
from tests.factories import (
    ActorFactory,
    DocumentFactory,
    FollowUpActionFactory,
    InitiativeFactory,
    MilestoneFactory,
    link_area,
)

pytestmark = pytest.mark.django_db
HOSTILE = '<script>alert("x")</script>'
ESCAPED = "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"  # Jinja2's escaping
DJANGO_ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"


@pytest.fixture
def hostile(frozen_today: object) -> dict[str, str]:
    initiative = InitiativeFactory(
        title=f"Shells {HOSTILE}", slug="shells", summary=f"Summary {HOSTILE}", venue=HOSTILE
    )
    document = DocumentFactory(initiative=initiative, text=f"Quoted {HOSTILE} here.")
    evidence = Evidence.for_span(document, 0, len(document.text) - 6)
    evidence.save()
    link_area(initiative, "investment", statement=f"Statement {HOSTILE}")
    owner = ActorFactory(name=f"Owner {HOSTILE}", slug="owner")
    FollowUpActionFactory(
        initiative=initiative,
        owner=owner,
        description=f"Deliver {HOSTILE}",
        due_text=HOSTILE,
        due_earliest=dt.date(2026, 1, 1),
        due_latest=dt.date(2026, 2, 1),
        evidence=evidence,
    )
    MilestoneFactory(initiative=initiative, title=f"Vote {HOSTILE}", date=dt.date(2026, 1, 5))
    return {"slug": initiative.slug, "owner": owner.slug}


@pytest.mark.parametrize(
    "url",
    [
        "/initiatives/",
        "/initiatives/shells/",
        "/",
        "/areas/investment/",
        "/actors/owner/",
        "/deliverables/",
    ],
)
def test_it_escapes_imported_text_on_every_page(
    client: Client, hostile: dict[str, str], url: str
) -> None:
    page = client.get(url).content.decode()
    assert HOSTILE not in page
    assert ESCAPED in page or DJANGO_ESCAPED in page
