"""A curator pins an initiative's summary in admin; re-imports keep it until unpinned."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from initiatives.models import Initiative
from tests.initiatives.conftest import INPUTS, import_json

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]
V1, V2 = INPUTS / "council-safe-loans.md", INPUTS / "council-safe-loans-v2.md"
TAKEN = "The decision was taken in Brussels."
INLINES = ("actor_links", "area_links", "sector_links", "milestones", "actions", "documents")


def change_form(initiative: Initiative, **changes: str) -> dict[str, str]:
    """The change form as a curator submits it, nothing edited but `changes`."""
    form = {
        "title": initiative.title,
        "slug": initiative.slug,
        "summary": initiative.summary,
        "status": initiative.status,
        "decided_on": initiative.decided_on.isoformat() if initiative.decided_on else "",
        "decided_on_precision": initiative.decided_on_precision,
        "venue": initiative.venue,
        **changes,
    }
    if initiative.decided_on_year_inferred:
        form["decided_on_year_inferred"] = "on"
    for prefix in INLINES:
        form |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    return form


def post(client: Client, initiative: Initiative, form: dict[str, str]) -> None:
    url = reverse("admin:initiatives_initiative_change", args=[initiative.pk])
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:3000]


@pytest.fixture
def new_version(tmp_path: Path) -> Path:
    """A new version of the SAFE loans release (same address) whose summary differs."""
    text = V2.read_text()
    assert TAKEN in text
    path = tmp_path / V2.name
    path.write_text(text.replace(TAKEN, "The decision was taken in Luxembourg."))
    return path


@pytest.fixture
def safe_loans() -> Initiative:
    import_json(V1)
    return Initiative.objects.get()


def test_a_new_version_updates_an_unpinned_summary(
    safe_loans: Initiative, new_version: Path
) -> None:
    before = safe_loans.summary
    import_json(new_version)
    safe_loans.refresh_from_db()
    assert safe_loans.summary != before


def test_a_pinned_summary_survives_a_new_version(
    safe_loans: Initiative, new_version: Path, client: Client, curator: User
) -> None:
    client.force_login(curator)
    page = client.get(reverse("admin:initiatives_initiative_change", args=[safe_loans.pk]))
    assert "Pin the summary" in page.content.decode()
    pinned = safe_loans.summary

    post(client, safe_loans, change_form(safe_loans, pin_summary="on"))
    safe_loans.refresh_from_db()
    assert safe_loans.curated_fields == ["summary"]

    import_json(new_version)
    safe_loans.refresh_from_db()
    assert safe_loans.summary == pinned


def test_an_unpinned_summary_follows_the_next_version(
    safe_loans: Initiative, new_version: Path, client: Client, curator: User
) -> None:
    client.force_login(curator)
    post(client, safe_loans, change_form(safe_loans, pin_summary="on"))
    safe_loans.refresh_from_db()
    pinned = safe_loans.summary

    post(client, safe_loans, change_form(safe_loans))  # the box unticked
    safe_loans.refresh_from_db()
    assert "summary" not in safe_loans.curated_fields
    import_json(new_version)
    safe_loans.refresh_from_db()
    assert safe_loans.summary != pinned


def test_editing_the_summary_pins_it(
    safe_loans: Initiative, new_version: Path, client: Client, curator: User
) -> None:
    client.force_login(curator)
    post(client, safe_loans, change_form(safe_loans, summary="Loans for joint procurement."))
    import_json(new_version)
    safe_loans.refresh_from_db()
    assert safe_loans.summary == "Loans for joint procurement."
    page = client.get(reverse("admin:initiatives_initiative_change", args=[safe_loans.pk]))
    html = page.content.decode()
    box = html[html.index('name="pin_summary"') :]
    assert "checked" in box[: box.index(">")]
