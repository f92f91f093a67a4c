"""Promise against delivery and the sources, as a browser shows them: the seed's
initiative after a progress report marked one action done and another stalled."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.core.management import call_command

from tests.factories import ensure_areas
from tests.web.test_analyst_journey import DESKTOP, PHONE, SEED, TODAY, assert_fits

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
REPORT = (
    "EU agencies published the co-production guidelines on 3 March 2026. "
    "Work on the funding mechanisms has stalled."
)


@pytest.fixture
def reported(live_server: Any) -> Any:
    from initiatives.models import Document, Evidence, Initiative
    from timeline.models import ActionStatus, EventVia
    from timeline.services import action_set_status

    with time_machine.travel(TODAY, tick=True):
        ensure_areas()
        call_command("import_documents", SEED, verbosity=0)
        initiative = Initiative.objects.get()
        report = Document.objects.create(
            initiative=initiative,
            title="EU agencies publish the co-production guidelines",
            text=REPORT,
            sha256="f" * 64,
            format="txt",
            published_on=dt.date(2026, 3, 4),
        )
        quote = Evidence.for_span(report, 0, REPORT.index(".") + 1)
        quote.save()
        first = initiative.actions.get(description__icontains="co-production guidelines")
        second = initiative.actions.get(description__icontains="funding mechanisms")
        action_set_status(
            action=first,
            status=ActionStatus.DONE,
            completed_on=dt.date(2026, 3, 3),
            via=EventVia.IMPORT,
            evidence=quote,
        )
        action_set_status(
            action=second, status=ActionStatus.STALLED, via=EventVia.IMPORT, document=report
        )
        yield live_server.url, initiative.get_absolute_url()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_detail_page_shows_the_delivery_bar_and_the_sources(
    reported: Any, browser: Any, screenshot_dir: Path, viewport: dict[str, int]
) -> None:
    base, path = reported
    suffix = "" if viewport is DESKTOP else "-phone"
    with time_machine.travel(TODAY, tick=True):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(base + path)
        delivery = page.get_by_role("heading", name="Promise against delivery")
        assert delivery.is_visible()
        legend = page.locator(".delivery-legend").inner_text()
        assert "1 done on time" in legend and "1 stalled" in legend
        # Each bucket is drawn, with a width a reader sees (the strict CSP refuses
        # inline style, so widths are SVG geometry).
        segments = page.locator(".delivery-bar rect")
        assert segments.count() >= 3
        for n in range(segments.count()):
            assert segments.nth(n).bounding_box()["width"] > 5
        sources = page.locator(".sources > li")
        assert sources.count() == 2
        assert "Marked 1 action done" in sources.nth(1).inner_text()
        assert page.locator(".entry.state-done .entry-source").first.is_visible()
        assert_fits(page)
        page.screenshot(path=screenshot_dir / f"detail-delivery{suffix}.png", full_page=True)
        page.get_by_role("link", name=re.compile("Dashboard")).first.click()
        # The initiative page has a heading of the same name: wait for the dashboard
        # itself, styles loaded, before measuring it.
        page.wait_for_url(base + "/", wait_until="load")
        page.get_by_role("heading", name="Promise against delivery").wait_for()
        assert page.locator(".delivery-table tbody tr").count() == 5
        assert_fits(page)
        page.screenshot(path=screenshot_dir / f"dashboard-delivery{suffix}.png", full_page=True)
        context.close()
