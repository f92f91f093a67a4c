"""The board, the timeline chart and the coverage matrix in a real browser, at desk and
phone widths: what is shown, that nothing is off screen, and the chart's text alternative."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.core.management import call_command
from playwright.sync_api import expect

from tests.factories import ensure_areas
from tests.web.test_analyst_journey import DESKTOP, PHONE, SEED, TODAY, assert_fits

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
DAY = dt.date(2026, 11, 24)
VIEWPORTS = [DESKTOP, PHONE]
IDS = ["desktop", "phone"]


@pytest.fixture
def world(live_server: Any) -> Any:
    """The seed, and two more initiatives with actions due in each of the board's groups."""
    from tests.factories import (
        ActorFactory,
        FollowUpActionFactory,
        InitiativeFactory,
        MilestoneFactory,
        link_area,
    )

    with time_machine.travel(TODAY, tick=True):
        ensure_areas()
        call_command("import_documents", SEED, verbosity=0)
        council = ActorFactory(name="Council of the EU")
        eib = ActorFactory(name="European Investment Bank")
        loan = InitiativeFactory(title="Loan facility for <ammunition> makers", status="adopted")
        norms = InitiativeFactory(title="Common standards for armoured vehicles", status="adopted")
        for initiative, slug in [
            (loan, "investment"),
            (loan, "supply-chain"),
            (norms, "standardization"),
        ]:
            link_area(initiative, slug)
        MilestoneFactory(initiative=loan, title="Loan agreement signed", date=dt.date(2026, 9, 15))
        MilestoneFactory(initiative=norms, title="Standards adopted", date=dt.date(2027, 2, 1))
        for initiative, owner, description, earliest, latest, status in [
            (
                loan,
                eib,
                "Disburse the first tranche",
                DAY - dt.timedelta(days=60),
                DAY + dt.timedelta(days=12),
                "in_progress",
            ),
            (loan, eib, "Report on the loans granted", None, DAY + dt.timedelta(days=70), "open"),
            (
                loan,
                council,
                "Review the facility",
                DAY + dt.timedelta(days=200),
                DAY + dt.timedelta(days=380),
                "open",
            ),
            (
                norms,
                council,
                "Publish the draft standards",
                DAY - dt.timedelta(days=120),
                DAY - dt.timedelta(days=20),
                "open",
            ),
            (norms, eib, "Fund the test centres", None, None, "open"),
            (
                norms,
                council,
                "Agree the test protocol",
                DAY - dt.timedelta(days=200),
                DAY - dt.timedelta(days=90),
                "done",
            ),
        ]:
            FollowUpActionFactory(
                initiative=initiative,
                owner=owner,
                description=description,
                due_earliest=earliest,
                due_latest=latest,
                status=status,
                completed_on=DAY - dt.timedelta(days=95) if status == "done" else None,
                due_confidence=0.9,
            )
        yield live_server.url


def open_page(browser: Any, viewport: dict[str, int]) -> tuple[Any, Any]:
    phone = viewport is PHONE
    context = browser.new_context(viewport=viewport, is_mobile=phone, has_touch=phone)
    return context, context.new_page()


def suffix(viewport: dict[str, int]) -> str:
    return "" if viewport is DESKTOP else "-phone"


def assert_inside(page: Any, selector: str) -> None:
    """Every element matched is within the viewport's width: nothing is off screen."""
    width = page.viewport_size["width"]
    boxes = page.locator(selector)
    assert boxes.count() > 0, selector
    for n in range(boxes.count()):
        box = boxes.nth(n).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, (
            selector,
            n,
            box,
        )


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=IDS)
def test_the_board_groups_what_is_due_and_fits_a_phone(
    world: str, browser: Any, screenshot_dir: Path, viewport: dict[str, int]
) -> None:
    with time_machine.travel(TODAY, tick=True):
        context, page = open_page(browser, viewport)
        page.goto(f"{world}/deliverables/board/")
        groups = {
            key: page.locator(f".board-{key} .board-action").all_inner_texts()
            for key in ("overdue", "next30", "next90", "later", "nodate")
        }
        assert "Publish the draft standards" in groups["overdue"]
        assert groups["next30"] == ["Disburse the first tranche"]
        assert groups["next90"] == ["Report on the loans granted"]
        assert groups["later"] == ["Review the facility"]
        assert "Fund the test centres" in groups["nodate"]
        assert "Agree the test protocol" not in str(groups)  # done: not due
        card = page.locator(".board-card", has_text="Disburse the first tranche")
        assert "Loan facility for <ammunition> makers" in card.inner_text()
        assert "European Investment Bank" in card.inner_text()
        assert_fits(page)
        assert_inside(page, ".board-card")
        page.screenshot(path=screenshot_dir / f"board{suffix(viewport)}.png", full_page=True)
        page.locator("#results").screenshot(
            path=screenshot_dir / f"board-results{suffix(viewport)}.png"
        )

        # Filtered like the table: the area's board, and back to the table with the filter.
        page.get_by_label("Cooperation area").select_option("standardization")
        page.wait_for_url(re.compile(r"area=standardization"))
        expect(page.locator(".board-next30 .board-card")).to_have_count(0)
        expect(
            page.locator(".board-overdue .board-action", has_text="Publish the draft")
        ).to_have_count(1)
        expect(page.locator(".board-card", has_text="Review the facility")).to_have_count(0)
        page.get_by_role("link", name="Table and chart").click()
        page.wait_for_url(re.compile(r"/deliverables/\?.*area=standardization"))
        assert_fits(page)
        assert_inside(page, "table.deliverables td")
        page.screenshot(path=screenshot_dir / f"deliverables{suffix(viewport)}.png", full_page=True)
        context.close()


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=IDS)
def test_the_chart_draws_windows_milestones_and_today_with_a_text_alternative(
    world: str, browser: Any, screenshot_dir: Path, viewport: dict[str, int]
) -> None:
    with time_machine.travel(TODAY, tick=True):
        context, page = open_page(browser, viewport)
        page.goto(f"{world}/deliverables/")
        chart = page.locator("svg.timeline-chart")
        expect(chart).to_be_visible()
        assert chart.get_attribute("role") == "img"
        assert "A dashed line marks today, 24 November 2026" in chart.locator("desc").text_content()
        assert page.locator(".chart-label").count() == 3  # the seed and the two initiatives
        assert page.locator(".chart-milestone").count() >= 2
        assert page.locator(".chart-bar.bar-overdue").count() >= 1
        today = page.locator(".chart-today line").bounding_box()
        assert today is not None and today["height"] > 50
        # Drawn with a width, for real: the CSP refuses inline style, not SVG geometry.
        for n in range(page.locator(".chart-bar").count()):
            assert page.locator(".chart-bar").nth(n).bounding_box()["width"] > 1
        assert_fits(page)
        page.screenshot(path=screenshot_dir / f"chart{suffix(viewport)}.png", full_page=False)
        page.locator(".chart").screenshot(path=screenshot_dir / f"chart-only{suffix(viewport)}.png")

        # The text alternative: the same facts in a table.
        page.get_by_text("The chart as a table").click()
        table = page.locator("table.chart-table")
        expect(table).to_be_visible()
        assert "Publish the draft standards" in table.inner_text()
        assert "Milestone: Loan agreement signed" in table.inner_text()
        assert_fits(page)

        # One initiative on its page: a row per owner, with its milestones.
        page.goto(f"{world}/deliverables/?q=&area=standardization")
        page.locator(".chart-label", has_text="Common standards").click()
        page.wait_for_url(re.compile(r"/initiatives/[\w-]+/$"))
        labels = page.locator(".chart-label").all_text_contents()
        assert labels[0] == "Milestones"
        assert "Council of the EU" in labels
        # Its undated action has no bar, and the caption says so.
        assert "European Investment Bank" not in labels
        assert (
            "1 action with no date is not drawn" in page.locator(".chart figcaption").inner_text()
        )
        assert_fits(page)
        page.screenshot(path=screenshot_dir / f"detail-chart{suffix(viewport)}.png", full_page=True)

        # A window still running is drawn across the Today line, not among past entries.
        page.goto(f"{world}/deliverables/?q=&owner=european-investment-bank")
        page.locator(".chart-label", has_text="Loan facility").click()
        page.wait_for_url(re.compile(r"/initiatives/[\w-]+/$"))
        running = page.locator(".timeline-today .entry")
        expect(running).to_have_count(1)
        assert "Disburse the first tranche" in running.inner_text()
        assert "Disburse" not in " ".join(
            page.locator("ol.timeline:not(.timeline-current) > .entry").all_inner_texts()
        )
        assert_fits(page)
        page.locator("#timeline-heading").scroll_into_view_if_needed()
        page.locator("section[aria-labelledby=timeline-heading]").screenshot(
            path=screenshot_dir / f"detail-timeline{suffix(viewport)}.png"
        )
        context.close()


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=IDS)
def test_the_matrix_shows_what_each_initiative_covers_and_links_to_the_quote(
    world: str, browser: Any, screenshot_dir: Path, viewport: dict[str, int]
) -> None:
    with time_machine.travel(TODAY, tick=True):
        context, page = open_page(browser, viewport)
        page.goto(f"{world}/")
        page.get_by_role("link", name=re.compile("the coverage matrix")).click()
        page.wait_for_url(re.compile(r"/coverage/$"))
        seed = page.locator("tr", has_text="Defense Industry")
        marks = seed.locator("a.mark")
        assert marks.count() >= 1
        assert_fits(page)
        page.screenshot(path=screenshot_dir / f"matrix{suffix(viewport)}.png", full_page=True)
        page.locator("#results").screenshot(
            path=screenshot_dir / f"matrix-results{suffix(viewport)}.png"
        )

        # Which initiatives cover standardization?
        page.get_by_role("checkbox", name="Standardization").check()
        page.wait_for_url(re.compile(r"area=standardization"))
        expect(page.locator(".coverage-matrix tbody tr")).to_have_count(2)
        rows = page.locator(".coverage-matrix tbody").inner_text()
        assert "Common standards" in rows and "Defense Industry" in rows
        assert "Loan facility" not in rows

        # A mark leads to the quote that says so.
        page.goto(f"{world}/coverage/")
        mark = page.locator("tr", has_text="Defense Industry").locator("a.mark").first
        mark.click()
        page.wait_for_url(re.compile(r"/documents/\d+/#ev-\d+$"))
        anchor = page.url.split("#")[1]
        expect(page.locator(f"mark#{anchor}")).to_be_visible()
        context.close()
