"""An initiative with 5,000 actions (old data, or a curator's work) still gets a page, a
feed and a calendar of bounded size: the first ones, then "and N more" with a link."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from initiatives.views import DETAIL_FACTS_SHOWN
from tests.factories import ActorFactory, InitiativeFactory, MilestoneFactory
from timeline.feeds import FEED_ITEMS, MAX_CALENDAR_ITEMS
from timeline.models import FollowUpAction, Milestone

pytestmark = pytest.mark.django_db
MANY = 5_000


@pytest.fixture
def crowded() -> object:
    initiative = InitiativeFactory(title="Crowded initiative", slug="crowded")
    owner = ActorFactory(name="EU agencies")
    start = dt.date(2026, 1, 1)
    FollowUpAction.objects.bulk_create(
        FollowUpAction(
            initiative=initiative,
            owner=owner,
            description=f"Promised step number {n:05d}",
            due_text="in the coming months",
            due_earliest=start,
            due_latest=start + dt.timedelta(days=n % 900),
        )
        for n in range(MANY)
    )
    Milestone.objects.bulk_create(
        MilestoneFactory.build(initiative=initiative, title=f"Milestone {n:04d}")
        for n in range(DETAIL_FACTS_SHOWN + 7)
    )
    return initiative


def test_the_detail_page_shows_a_bounded_timeline_and_links_to_the_rest(
    client: Client, crowded: object, django_assert_max_num_queries: object
) -> None:
    with django_assert_max_num_queries(15):
        response = client.get("/initiatives/crowded/")
    page = response.content.decode()
    assert response.status_code == 200
    # The list under the chart (the chart draws the same facts and has them in a table).
    html = page[page.index('<ol class="timeline">') :]
    assert html.count("Promised step number") == DETAIL_FACTS_SHOWN
    assert html.count("Milestone 0") == DETAIL_FACTS_SHOWN
    assert f"And {MANY - DETAIL_FACTS_SHOWN} more actions" in html
    assert 'href="/deliverables/?initiative=crowded"' in html
    assert "And 7 more milestones" in html
    assert len(response.content) < 400_000


def test_the_and_more_link_pages_through_that_initiatives_actions(
    client: Client, crowded: object
) -> None:
    InitiativeFactory(slug="other")
    response = client.get("/deliverables/?initiative=crowded&page=2")
    assert response.status_code == 200
    page = response.content.decode()
    table = page[page.index('<table class="deliverables">') :]
    assert table.count("Promised step number") == 25


def test_the_feeds_of_a_crowded_initiative_stay_bounded(client: Client, crowded: object) -> None:
    calendar = client.get("/feeds/initiatives/crowded.ics").content.decode()
    assert calendar.count("BEGIN:VEVENT") <= 2 * MAX_CALENDAR_ITEMS
    assert calendar.count("SUMMARY:Due: Promised step number") == MAX_CALENDAR_ITEMS
    atom = client.get("/feeds/initiatives/crowded.atom").content.decode()
    assert atom.count("<entry>") <= FEED_ITEMS
