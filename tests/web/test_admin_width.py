"""A curator edits an initiative in admin on a 1280 px screen, and reads its history on a
1280 px and a 375 px screen: nothing runs off their side."""

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
PHONE_WIDTH = 375


@pytest.fixture
def defence(live_server: Any) -> Initiative:
    """The seed and a follow-up: actors, areas, sectors, milestones, actions, documents."""
    ensure_groups_and_areas()
    make_curator()
    with time_machine.travel(TODAY, tick=False):
        entry = import_one(SEED)
        import_one(SERIES / "02-guidelines-published.md")
    return Initiative.objects.get(pk=entry["initiative_id"])


def signed_in(browser: Any, base: str, url: str, width: int = WIDTH) -> Any:
    page = browser.new_page(viewport={"width": width, "height": 900})
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


@pytest.mark.parametrize("width", [WIDTH, PHONE_WIDTH])
def test_history_shows_an_inline_edit(
    browser: Any, live_server: Any, defence: Initiative, screenshot_dir: Any, width: int
) -> None:
    url = f"/admin/initiatives/initiative/{defence.pk}/change/"
    page = signed_in(browser, live_server.url, url, width)
    try:
        first = page.locator("#actions-group input[name$='-due_text']").first
        first.fill("by the end of June")
        page.get_by_role("button", name="Save and continue editing").click()
        page.wait_for_load_state()
        page.goto(f"{live_server.url}/admin/initiatives/initiative/{defence.pk}/history/")
        page.screenshot(
            path=screenshot_dir / f"admin-initiative-history-{width}.png", full_page=True
        )
        changes = page.locator("#change-history").inner_text()
        assert "Facts:" in changes
        assert "Changed Due text for follow-up action" in changes
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        # A table wider than the screen scrolls inside its own box, its columns wide enough to
        # read: no word runs a letter a line, and the change is there in full.
        for cell in page.locator("#change-history td").all():
            box = cell.bounding_box()
            assert box is not None and box["width"] >= 90, cell.inner_text()
        message = page.locator("#change-history td:last-child li").first
        assert message.bounding_box()["height"] <= 200, message.inner_text()
        # Scrolled to, the change lies within the screen.
        message.scroll_into_view_if_needed()
        shown = message.bounding_box()
        assert shown["x"] >= 0 and shown["x"] + shown["width"] <= width, shown
        page.screenshot(path=screenshot_dir / f"admin-initiative-history-{width}-changes.png")
    finally:
        page.close()
