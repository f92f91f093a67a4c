"""The deliverables page past its numbered pages: by cursor, in due order, nulls last."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from django.db import connection
from django.db.models import F
from django.test import Client
from django.test.utils import CaptureQueriesContext

from initiatives.paging import COUNT_CAP, PAGE_SIZE
from tests.factories import ActorFactory, InitiativeFactory
from timeline.models import FollowUpAction

pytestmark = pytest.mark.django_db
NUMBERED_PAGES = COUNT_CAP // PAGE_SIZE


@pytest.fixture
def actions(db: None) -> None:
    initiative, owner = InitiativeFactory(), ActorFactory()
    FollowUpAction.objects.bulk_create(
        FollowUpAction(
            initiative=initiative,
            owner=owner,
            description=f"Step {n}",
            # three a day, a few with no firm date (listed last), statuses mixed
            due_latest=None if n % 89 == 0 else dt.date(2026, 1, 1) + dt.timedelta(days=n // 3),
            status=["open", "in_progress", "stalled"][n % 3],
        )
        for n in range(COUNT_CAP + 70)
    )


def in_due_order() -> list[str]:
    order = (F("due_latest").asc(nulls_last=True), "pk")
    return list(FollowUpAction.objects.order_by(*order).values_list("description", flat=True))


def steps(page: str) -> list[str]:
    return re.findall(r"<td data-label=\"Action\">(Step \d+)</td>", page)


def next_link(page: str) -> str:
    found = re.search(r'<a href="([^"]+)" rel="next">', page)
    assert found
    return "/deliverables/" + unescape(found[1])


def test_it_pages_past_the_numbered_pages_to_the_last_action(client: Client, actions: None) -> None:
    page = client.get("/deliverables/", {"page": NUMBERED_PAGES}).content.decode()
    seen, counts = [], set()
    while 'rel="next"' in page:
        with CaptureQueriesContext(connection) as captured:
            page = client.get(next_link(page)).content.decode()
        counts.add(len(captured))
        seen += steps(page)
    assert seen == in_due_order()[COUNT_CAP:]
    assert len(counts) == 1  # every cursor page, in the null tail or not, alike
