"""Building and rendering one user's digest costs the same queries for 3 items or 60."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from initiatives.models import ActorRole, CooperationArea, Status
from initiatives.services import initiative_save
from notifications.digests import build_digest, render_digest
from notifications.following import interests_of
from tests.factories import (
    ActorFactory,
    FollowUpActionFactory,
    InitiativeFactory,
    SavedSearchFactory,
    follow,
    link_actor,
    link_area,
)
from timeline.models import EventVia, FollowUpAction
from timeline.services import action_save

pytestmark = pytest.mark.django_db
SINCE = dt.datetime(2026, 11, 20, 8, tzinfo=dt.UTC)
UNTIL = dt.datetime(2026, 11, 24, 8, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 24)
# follows, saved searches, changes, due soon, overdue; per saved search: its filter's three
# lists of choices and its matches.
QUERY_BUDGET = 9


def populate(user: User, size: int) -> None:
    area = CooperationArea.objects.all()[size % 5]
    actor = ActorFactory(name=f"Owner {size}")
    follow(user, area)
    follow(user, actor)
    SavedSearchFactory(user=user, name="Adopted", query="status=adopted")
    with time_machine.travel(dt.datetime(2026, 11, 22, tzinfo=dt.UTC), tick=False):
        for n in range(size):
            initiative = InitiativeFactory.build(
                title=f"Initiative {size}-{n}", status=Status.PROPOSED, slug=""
            )
            initiative_save(initiative=initiative, via=EventVia.IMPORT)
            if n % 3 == 0:
                follow(user, initiative)
            else:
                link_area(initiative, area.slug)
            link_actor(initiative, actor, ActorRole.PARTNER)
            for due in (dt.date(2026, 12, 1), dt.date(2026, 11, 1)):
                action_save(
                    action=FollowUpAction(
                        initiative=initiative, description="Step", owner=actor, due_latest=due
                    ),
                    via=EventVia.IMPORT,
                )
            FollowUpActionFactory(initiative=initiative, due_latest=None, due_earliest=None)
            initiative.status = Status.ADOPTED
            initiative_save(initiative=initiative, via=EventVia.ADMIN)


def digest_queries(user: User) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        digest = build_digest(user=user, since=SINCE, until=UNTIL, today=TODAY)
        render_digest(digest, "daily")
    return len(queries), digest.change_count + len(digest.due_soon) + len(digest.overdue)


def test_a_digests_queries_do_not_grow_with_its_items(
    analyst: User, django_assert_max_num_queries: object
) -> None:
    from tests.factories import UserFactory

    small_user, large_user = analyst, UserFactory(username="busy")
    populate(small_user, 1)
    populate(large_user, 20)
    digest_queries(small_user)  # the saved search's filter choices are then kept
    small_queries, small_items = digest_queries(small_user)
    large_queries, large_items = digest_queries(large_user)
    assert large_items >= 10 * small_items > 0, (small_items, large_items)
    assert small_queries == large_queries
    with django_assert_max_num_queries(QUERY_BUDGET):
        render_digest(build_digest(user=large_user, since=SINCE, until=UNTIL, today=TODAY), "daily")


def test_a_run_fetches_what_users_follow_once_per_batch(
    analyst: User, django_assert_max_num_queries: object
) -> None:
    from tests.factories import UserFactory

    users = [analyst, UserFactory(username="busy")]
    populate(users[0], 1)
    populate(users[1], 20)
    with django_assert_max_num_queries(2):
        interests = interests_of([user.pk for user in users])
    for user in users:
        # changes, due soon and overdue (one UNION on PostgreSQL), and the saved search
        with django_assert_max_num_queries(QUERY_BUDGET - 2):
            digest = build_digest(
                user=user, since=SINCE, until=UNTIL, today=TODAY, interests=interests[user.pk]
            )
            render_digest(digest, "daily")
        assert digest.changes


def test_a_saved_search_reports_new_initiatives_it_matches(analyst: User) -> None:
    populate(analyst, 2)
    digest = build_digest(user=analyst, since=SINCE, until=UNTIL, today=TODAY)
    [match] = digest.matches
    assert match.search.name == "Adopted"
    assert sorted(i["title"] for i in match.initiatives) == ["Initiative 2-0", "Initiative 2-1"]
    text = render_digest(digest, "daily").body
    assert "NEW INITIATIVES MATCHING YOUR SAVED SEARCHES\n\nAdopted\n  - Initiative 2-" in text
    early = build_digest(user=analyst, since=SINCE, until=SINCE + dt.timedelta(days=1), today=TODAY)
    assert early.matches == []
