"""Statement: a queryset compiled once with stand-ins gives, for each call's values,
the rows the queryset itself gives."""

from __future__ import annotations

import pytest

from initiatives.statements import Statement, id_stand_ins
from tests.factories import ActorFactory, FollowUpActionFactory, InitiativeFactory
from timeline.models import FollowUpAction

pytestmark = pytest.mark.django_db
ANY_ID = id_stand_ins(1)[0]


def actions_of(initiative_id: int):  # type: ignore[no-untyped-def]
    return (
        FollowUpAction.objects.filter(initiative=initiative_id)
        .select_related("owner")
        .defer("description")
        .order_by("pk")
    )


ACTIONS = Statement(lambda: actions_of(ANY_ID))


def test_it_gives_each_initiative_its_own_rows_as_the_queryset_does() -> None:
    first, second = InitiativeFactory(), InitiativeFactory()
    owner = ActorFactory(name="Commission")
    FollowUpActionFactory.create_batch(2, initiative=first, owner=owner)
    FollowUpActionFactory(initiative=second)
    for initiative in (first, second, first):
        rows = ACTIONS.instances({ANY_ID: initiative.pk})
        expected = list(actions_of(initiative.pk))
        assert [r.pk for r in rows] == [e.pk for e in expected]
        assert [r.owner.name for r in rows] == [e.owner.name for e in expected]
        assert all(r.get_deferred_fields() == {"description"} for r in rows)
    assert ACTIONS.instances({ANY_ID: 0}) == []


def test_its_rows_are_joined_and_point_to_the_known_instance_without_a_query(
    django_assert_num_queries,  # type: ignore[no-untyped-def]
) -> None:
    initiative = InitiativeFactory(title="Joint procurement")
    FollowUpActionFactory(initiative=initiative, owner=ActorFactory(name="EDA"))
    with django_assert_num_queries(1):
        (row,) = ACTIONS.instances({ANY_ID: initiative.pk}, known={"initiative": initiative})
        assert row.owner.name == "EDA"
        assert row.initiative is initiative


def test_its_plain_rows_are_those_of_its_instances() -> None:
    initiative = InitiativeFactory()
    FollowUpActionFactory.create_batch(2, initiative=initiative)
    names, rows = ACTIONS.rows({ANY_ID: initiative.pk})
    instances = ACTIONS.instances({ANY_ID: initiative.pk})
    assert [row[names.index("id")] for row in rows] == [i.pk for i in instances]
