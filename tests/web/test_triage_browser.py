"""A curator triages in a real browser: accept one change, reject one, undo an applied one."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from initiatives.models import Initiative
from tests.factories import make_curator
from tests.timeline.triage_world import make_triage_world
from timeline.models import ActionStatus, FollowUpAction, Proposal, ProposalKind

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def ensure_groups_and_areas() -> None:
    """A transactional test before this one may have flushed the migrated rows."""
    from django.apps import apps

    importlib.import_module("initiatives.migrations.0002_cooperation_areas").create_areas(
        apps, None
    )
    importlib.import_module("timeline.migrations.0002_curators_group").create_curators(apps, None)
    importlib.import_module("timeline.migrations.0006_curators_triage").grant(apps, None)


@pytest.fixture
def world(live_server: Any) -> Initiative:
    ensure_groups_and_areas()
    make_curator()
    return make_triage_world()


def sign_in(page: Any, base: str) -> None:
    page.goto(f"{base}/accounts/login/?next=/triage/")
    page.get_by_label("Username").fill("curator")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/triage/")


def test_a_curator_accepts_rejects_and_undoes(
    browser: Any, live_server: Any, world: Initiative, screenshot_dir: Any
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        sign_in(page, live_server.url)
        page.screenshot(path=screenshot_dir / "triage.png", full_page=True)
        window = Proposal.objects.get(kind=ProposalKind.WINDOW_CHANGE)
        row = page.locator(f"#proposal-{window.pk}")
        row.get_by_label("Due by").fill("2026-04-15")
        row.get_by_role("button", name="Accept").click()
        page.wait_for_load_state()
        assert "Applied:" in page.get_by_role("status").inner_text()

        actor = Proposal.objects.get(kind=ProposalKind.NEW_ACTOR)
        page.locator(f"#proposal-{actor.pk}").get_by_role("button", name="Reject").click()
        page.wait_for_load_state()
        assert "Rejected:" in page.get_by_role("status").inner_text()
        assert page.locator(f"#proposal-{actor.pk}").count() == 0

        done = Proposal.objects.get(target__description="Outline co-production guidelines")
        page.locator(f"#applied-{done.pk}").get_by_role("button", name="Undo").click()
        page.wait_for_load_state()
        assert "Undone" in page.get_by_role("status").inner_text()
        assert page.locator(f"#proposal-{done.pk}").is_visible()
        page.screenshot(path=screenshot_dir / "triage-after.png", full_page=True)
    finally:
        page.close()

    funding = FollowUpAction.objects.get(description="Outline specific funding mechanisms")
    assert funding.due_latest.isoformat() == "2026-04-15"
    guidelines = FollowUpAction.objects.get(description="Outline co-production guidelines")
    assert guidelines.status == ActionStatus.OPEN
    assert not world.actor_links.filter(actor__name="Council of the EU").exists()
    states = dict(
        Proposal.objects.filter(pk__in=[window.pk, actor.pk, done.pk]).values_list("pk", "state")
    )
    assert states == {window.pk: "applied", actor.pk: "rejected", done.pk: "pending"}
