"""A curator edits an initiative in admin on a 1280 px screen: nothing runs off its side."""

from __future__ import annotations

from typing import Any

import pytest
import time_machine

from initiatives.models import Initiative
from tests.factories import make_curator
from tests.initiatives.conftest import TODAY
from tests.initiatives.series import SEED, SERIES, import_one
from tests.web.test_triage_browser import ensure_groups_and_areas

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
WIDTH = 1280


@pytest.fixture
def defence(live_server: Any) -> Initiative:
    """The seed and a follow-up: actors, areas, sectors, milestones, actions, documents."""
    ensure_groups_and_areas()
    make_curator()
    with time_machine.travel(TODAY, tick=False):
        entry = import_one(SEED)
        import_one(SERIES / "02-guidelines-published.md")
    return Initiative.objects.get(pk=entry["initiative_id"])


def signed_in(browser: Any, base: str, url: str) -> Any:
    page = browser.new_page(viewport={"width": WIDTH, "height": 900})
    page.goto(f"{base}/admin/login/?next={url}")
    page.get_by_label("Username").fill("curator")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}{url}")
    return page


def test_the_change_page_fits_a_1280_px_screen(
    browser: Any, live_server: Any, defence: Initiative, screenshot_dir: Any
) -> None:
    url = f"/admin/initiatives/initiative/{defence.pk}/change/"
    page = signed_in(browser, live_server.url, url)
    try:
        page.screenshot(path=screenshot_dir / "admin-initiative-1280.png", full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH
        # Every inline opens, and the page still fits.
        for summary in page.locator("fieldset.collapse summary, details summary").all():
            summary.click()
        page.screenshot(path=screenshot_dir / "admin-initiative-open-1280.png", full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH
        assert page.get_by_text("Outline co-production guidelines").first.is_visible()
    finally:
        page.close()


def test_history_shows_an_inline_edit_at_1280_px(
    browser: Any, live_server: Any, defence: Initiative, screenshot_dir: Any
) -> None:
    url = f"/admin/initiatives/initiative/{defence.pk}/change/"
    page = signed_in(browser, live_server.url, url)
    try:
        first = page.locator("#actions-group input[name$='-due_text']").first
        first.fill("by the end of June")
        page.get_by_role("button", name="Save and continue editing").click()
        page.wait_for_load_state()
        page.goto(f"{live_server.url}/admin/initiatives/initiative/{defence.pk}/history/")
        page.screenshot(path=screenshot_dir / "admin-initiative-history-1280.png", full_page=True)
        changes = page.locator("#change-history").inner_text()
        assert "Facts:" in changes
        assert "Changed Due text for follow-up action" in changes
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH
    finally:
        page.close()
