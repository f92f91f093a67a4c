"""The main pages work in a real browser under the strict Content-Security-Policy, and
the browser reports no violation: no inline script, style or handler is left."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth.models import User

from tests.factories import UserFactory, make_listed_initiative

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Runs before any page script; Playwright injects it whatever the page's policy says.
LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(e.violatedDirective + " " + (e.blockedURI || "inline"));
});
"""


@pytest.fixture
def site(live_server: Any) -> tuple[str, User, str]:
    from tests.factories import ensure_areas

    ensure_areas()
    make_listed_initiative("Joint ammunition procurement", areas=("investment",))
    make_listed_initiative("Drone supply chain", areas=("supply-chain",), slug="drones")
    UserFactory(username="root", is_staff=True, is_superuser=True)
    return live_server.url, User.objects.get(username="root"), "drones"


def test_it_serves_the_main_pages_with_no_csp_violation(
    browser: Any, site: tuple[str, User, str], screenshot_dir: Any
) -> None:
    base, _, slug = site
    page = browser.new_page()
    page.add_init_script(LISTEN)
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    seen: list[str] = []

    def check(label: str) -> None:
        seen.extend(f"{label}: {v}" for v in page.evaluate("window.__violations"))

    page.goto(f"{base}/")
    assert page.get_by_role("heading", name="Dashboard").is_visible()
    check("dashboard")

    page.goto(f"{base}/initiatives/")
    with page.expect_response(re.compile(r"/initiatives/\?.*area=supply-chain")) as answer:
        page.get_by_label("Supply chain").check()  # htmx filters on change
    assert answer.value.request.headers.get("hx-request") == "true"
    page.wait_for_url(re.compile(r"area=supply-chain"))
    page.get_by_role("link", name="Drone supply chain").wait_for()
    assert page.get_by_role("link", name="Joint ammunition procurement").count() == 0
    check("list")

    page.goto(f"{base}/initiatives/{slug}/")
    assert page.get_by_role("heading", name="Drone supply chain").is_visible()
    check("detail")

    page.goto(f"{base}/admin/login/?next=/admin/")
    page.get_by_label("Username").fill("root")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(f"{base}/admin/initiatives/initiative/")
    page.get_by_role("link", name="Drone supply chain").click()
    page.wait_for_url(re.compile(r"/change/$"))
    assert page.locator("#initiative_form").is_visible()
    page.screenshot(path=screenshot_dir / "admin-change-csp.png", full_page=True)
    check("admin change")

    assert seen == []
    assert [m for m in console if "Content Security Policy" in m] == []
    page.close()
