"""The API's docs page works in a real browser from this server alone: every asset comes
from the django-ninja package through our static files, and the strict CSP holds."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.factories import make_listed_initiative

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(e.violatedDirective + " " + (e.blockedURI || "inline"));
});
"""


def test_the_docs_page_loads_nothing_from_elsewhere(
    browser: Any, live_server: Any, screenshot_dir: Any
) -> None:
    from tests.factories import ensure_areas

    ensure_areas()
    make_listed_initiative("Joint ammunition procurement")
    page = browser.new_page()
    page.add_init_script(LISTEN)
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(f"{live_server.url}/api/v1/docs")
    page.get_by_text("/api/v1/initiatives", exact=True).first.wait_for()
    # Try one operation from the page, as a reader would.
    page.get_by_text("/api/v1/areas", exact=True).first.click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    page.get_by_text('"slug": "investment"').first.wait_for()
    page.screenshot(path=str(screenshot_dir / "api-docs.png"), full_page=False)
    hosts = {urlsplit(url).netloc for url in requested if not url.startswith("data:")}
    assert hosts == {urlsplit(live_server.url).netloc}
    assert any("/static/ninja/swagger-ui-bundle" in url for url in requested)
    assert page.evaluate("window.__violations") == []
