"""`actions_add`: new actions stored together, as `action_save` stores each one."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ActorFactory, DocumentFactory, InitiativeFactory
from timeline.models import ChangeEvent, EventKind, EventVia, FollowUpAction
from timeline.services import action_save, actions_add

pytestmark = pytest.mark.django_db


def new_actions(initiative, count: int, owner=None) -> list[FollowUpAction]:
    owner = owner or ActorFactory()
    return [
        FollowUpAction(
            initiative=initiative,
            description=f"Adopt plan {n}",
            owner=owner,
            due_text="by June 2026",
            due_earliest=dt.date(2026, 1, 1),
            due_latest=dt.date(2026, 6, 30),
        )
        for n in range(count)
    ]


def stored(initiative) -> list[tuple]:
    """What an added action leaves behind: the action, its history and its event."""
    return [
        (
            action.description,
            action.owner.name,
            action.due_latest,
            [h.history_type for h in action.history.all()],
            [
                (e.kind, e.summary, e.via, e.document_id, e.new_value)
                for e in ChangeEvent.objects.filter(action=action)
            ],
        )
        for action in FollowUpAction.objects.filter(initiative=initiative).order_by("description")
    ]


def test_it_stores_what_action_save_stores_for_each() -> None:
    one, other, owner = InitiativeFactory(), InitiativeFactory(), ActorFactory()
    document = DocumentFactory(initiative=one)
    for action in new_actions(one, 3, owner):
        action_save(action=action, via=EventVia.IMPORT, document=document)

    actions_add(actions=new_actions(other, 3, owner), via=EventVia.IMPORT, document=document)

    assert stored(other) == stored(one)
    assert ChangeEvent.objects.filter(kind=EventKind.ACTION_ADDED).count() == 6


@pytest.mark.skipif(
    not connection.features.can_return_rows_from_bulk_insert,
    reason="without ids from a bulk insert, simple_history reads each new row back",
)
def test_it_makes_as_many_queries_for_five_actions_as_for_one() -> None:
    initiative, document = InitiativeFactory(), DocumentFactory()
    with CaptureQueriesContext(connection) as one:
        actions_add(actions=new_actions(initiative, 1), via=EventVia.IMPORT, document=document)
    with CaptureQueriesContext(connection) as five:
        actions_add(actions=new_actions(initiative, 5), via=EventVia.IMPORT, document=document)

    assert len(five) == len(one)


def test_it_stores_none_when_one_breaks_a_rule_and_says_which() -> None:
    initiative = InitiativeFactory()
    actions = new_actions(initiative, 3)
    actions[1].due_earliest, actions[1].due_latest = dt.date(2026, 6, 30), dt.date(2026, 1, 1)

    with pytest.raises(ValidationError, match="earliest due date must be on or before"):
        actions_add(actions=actions, via=EventVia.IMPORT)

    assert not FollowUpAction.objects.filter(initiative=initiative).exists()
