"""An analyst follows an initiative and narrows what it tells them, in a real browser."""

from __future__ import annotations

from typing import Any

import pytest

from notifications.models import EventFilter, Follow
from tests.factories import InitiativeFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_an_analyst_chooses_deadlines_only_on_the_follow_button(
    browser: Any, live_server: Any, screenshot_dir: Any
) -> None:
    analyst = UserFactory(username="reader")
    analyst.set_password("correct horse battery")
    analyst.save()
    initiative = InitiativeFactory(title="Joint ammunition procurement", slug="ammunition")
    base = live_server.url
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(f"{base}/accounts/login/?next=/initiatives/ammunition/")
        page.get_by_label("Username").fill("reader")
        page.get_by_label("Password").fill("correct horse battery")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(f"{base}/initiatives/ammunition/")
        page.get_by_role("button", name="Follow").first.click()
        page.wait_for_load_state()
        page.get_by_label("Tell me about").select_option(label="New or changed deadlines")
        page.locator(".follow-events-form").get_by_role("button", name="Save").click()
        page.wait_for_load_state()
        assert "you now hear about: new or changed deadlines" in page.content()
        page.screenshot(path=screenshot_dir / "follow-events.png")
        assert Follow.objects.get(initiative=initiative).events == EventFilter.DEADLINES
    finally:
        page.close()
