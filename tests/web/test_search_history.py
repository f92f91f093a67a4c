"""A search in a real browser: spelling variants, one request per search, and Back and
Forward that show the filters the results are for."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import time_machine
from playwright.sync_api import expect

from tests.web.test_analyst_journey import DESKTOP, PHONE, TODAY, assert_fits, seeded  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
TITLE = "EU Votes to Deepen Defense Industry Ties with Ukraine"


def list_requests(page: Any) -> list[str]:
    found: list[str] = []
    page.on(
        "request",
        lambda request: found.append(request.url) if "/initiatives/?" in request.url else None,
    )
    return found


def search(page: Any, words: str) -> None:
    box = page.get_by_label("Search")
    box.fill("")
    box.press_sequentially(words, delay=20)
    box.press("Enter")
    page.wait_for_url(re.compile(rf"q={words}"))
    # Let a typing pause's request, if one were still coming, arrive.
    page.wait_for_timeout(900)


def shown_titles(page: Any) -> list[str]:
    return page.locator(".initiative-row h2, .initiative-row h3").all_inner_texts()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_one_search_is_one_request_and_back_shows_its_filters(
    seeded: Any,  # noqa: F811
    browser: Any,
    screenshot_dir: Path,
    viewport: dict[str, int],
) -> None:
    suffix = "" if viewport is DESKTOP else "-phone"
    with time_machine.travel(TODAY, tick=True):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(f"{seeded.url}/initiatives/")
        start = page.evaluate("history.length")
        requests = list_requests(page)

        search(page, "defence")
        assert len(requests) == 1, requests
        assert page.evaluate("history.length") == start + 1
        # The British spelling finds the American title, highlighted.
        row = page.locator(".initiative-row").first
        assert "Defense" in row.inner_text() and "Ukraine" in row.inner_text()
        assert row.locator("mark").count() >= 1
        assert_fits(page)
        page.screenshot(path=screenshot_dir / f"search-defence{suffix}.png", full_page=True)

        search(page, "hovercraft")
        assert len(requests) == 2, requests
        assert page.evaluate("history.length") == start + 2
        expect(page.locator(".initiative-row")).to_have_count(0)

        page.go_back()
        page.wait_for_url(re.compile(r"q=defence"))
        expect(page.get_by_label("Search")).to_have_value("defence")
        expect(page.locator(".initiative-row")).to_have_count(1)

        context.close()


def test_back_and_forward_across_reloads_show_the_filters_of_their_results(
    seeded: Any,  # noqa: F811
    browser: Any,
) -> None:
    with time_machine.travel(TODAY, tick=True):
        context = browser.new_context(viewport=DESKTOP)
        page = context.new_page()
        # Scripts can be held back, so that a Back comes while a page is still loading,
        # before htmx listens for it (as on a busy machine).
        held: list[Any] = []
        holding = [False]
        page.route(
            "**/*.js",
            lambda route: held.append(route) if holding[0] else route.continue_(),
        )
        page.goto(f"{seeded.url}/initiatives/")
        search(page, "defence")
        search(page, "hovercraft")

        holding[0] = True
        page.go_back(wait_until="commit")
        expect(page).to_have_url(re.compile(r"q=defence"))
        expect(page.get_by_label("Search")).to_have_value("defence")
        # The reloaded page is shown, its scripts not yet run: Back again.
        page.go_back(wait_until="commit")
        expect(page).to_have_url(re.compile(r"/initiatives/$"))
        holding[0] = False
        for route in held:
            route.continue_()
        expect(page.get_by_label("Search")).to_have_value("")
        expect(page.locator(".initiative-row")).to_have_count(1)

        page.go_forward()
        page.wait_for_url(re.compile(r"q=defence"))
        expect(page.get_by_label("Search")).to_have_value("defence")
        page.go_forward()
        page.wait_for_url(re.compile(r"q=hovercraft"))
        expect(page.get_by_label("Search")).to_have_value("hovercraft")
        expect(page.locator(".initiative-row")).to_have_count(0)
        context.close()
