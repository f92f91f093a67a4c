"""An analyst's day in a real browser: dashboard, filter, search, timeline, quote, phone."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.core.management import call_command

from tests.factories import ensure_areas

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
TODAY = "2026-11-24 09:00:00+00:00"
SEED = "seeds/eu-ukraine-defence-industrial-cooperation.txt"
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def seeded(live_server: Any) -> Any:
    with time_machine.travel(TODAY, tick=True):
        ensure_areas()
        call_command("import_documents", SEED, verbosity=0)
        yield live_server


def journey(page: Any, base: str, shots: Path, suffix: str = "") -> None:
    try:
        _journey(page, base, shots, suffix)
    except Exception:
        # Keep what the browser saw, for the CI artifacts.
        (shots / f"failure{suffix}.html").write_text(page.content())
        page.screenshot(path=shots / f"failure{suffix}.png", full_page=True)
        raise


def _journey(page: Any, base: str, shots: Path, suffix: str) -> None:
    page.goto(f"{base}/")
    assert page.get_by_role("heading", name="Dashboard").is_visible()
    assert page.get_by_role("heading", name=re.compile("Coverage")).is_visible()
    assert_fits(page)
    page.screenshot(path=shots / f"dashboard{suffix}.png", full_page=True)

    page.get_by_role("link", name="Initiatives", exact=True).click()
    page.get_by_label("Investment").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"area=investment"))
    page.get_by_label("Search").fill("ammunition")
    page.get_by_label("Search").press("Enter")
    page.wait_for_url(re.compile(r"q=ammunition"))
    row = page.locator(".initiative-row").first
    row.wait_for()
    assert page.locator(".initiative-row").count() == 1
    assert "area=investment" in page.url
    assert_fits(page)
    page.screenshot(path=shots / f"list{suffix}.png", full_page=True)

    row.get_by_role("link").first.click()
    page.wait_for_url(re.compile(r"/initiatives/[\w-]+/$"))
    overdue = page.locator(".timeline .entry.state-overdue")
    assert overdue.count() == 3
    for n in range(3):
        text = overdue.nth(n).text_content()
        assert "Outline" in text
        assert "EU agencies" in text
        assert "Overdue" in text
        assert "25 Nov 2025" in text and "25 May 2026" in text
    assert page.locator(".timeline-today").inner_text().startswith("Today")
    assert_fits(page)
    page.screenshot(path=shots / f"detail{suffix}.png", full_page=True)

    quote = page.locator(".quote a").first
    href = quote.get_attribute("href")
    anchor = href.split("#")[1]
    quote.click()
    page.wait_for_url(re.compile(rf"/documents/\d+/#{anchor}$"))
    mark = page.locator(f"mark#{anchor}")
    assert mark.is_visible()
    assert mark.evaluate("el => el.matches(':target')")
    box = mark.bounding_box()
    viewport = page.viewport_size
    assert box is not None and 0 <= box["y"] < viewport["height"]
    assert_fits(page)


def assert_fits(page: Any) -> None:
    """Wide tables may scroll inside their own box; the page itself must not."""
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{page.url} scrolls sideways"


def test_an_analyst_finds_the_seed_and_its_overdue_actions(
    seeded: Any, browser: Any, screenshot_dir: Path
) -> None:
    context = browser.new_context(viewport=DESKTOP)
    try:
        journey(context.new_page(), seeded.url, screenshot_dir)
    finally:
        context.close()


def test_the_same_journey_works_on_a_phone(seeded: Any, browser: Any, screenshot_dir: Path) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        journey(context.new_page(), seeded.url, screenshot_dir, suffix="-phone")
    finally:
        context.close()


def test_the_same_journey_works_without_javascript(
    seeded: Any, browser: Any, screenshot_dir: Path
) -> None:
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    try:
        journey(context.new_page(), seeded.url, screenshot_dir, suffix="-nojs")
    finally:
        context.close()


def test_the_filters_work_from_the_keyboard_with_a_visible_focus(seeded: Any, browser: Any) -> None:
    context = browser.new_context(viewport=DESKTOP)
    try:
        page = context.new_page()
        page.goto(f"{seeded.url}/initiatives/")
        page.get_by_label("Search").focus()
        page.keyboard.type("ammunition")
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.id")
        assert focused == "id_status_0"
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline not in ("", "none"), "the focused control shows no outline"
        page.keyboard.press("Space")
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"q=ammunition.*status=announced|status=announced.*q="))
        assert page.get_by_text("No initiatives match these filters.").is_visible()
    finally:
        context.close()
