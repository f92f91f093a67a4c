"""Statements compiled once with stand-ins, run with each call's own values."""

from __future__ import annotations

import datetime as dt

from initiatives.statements import IDS, IDS_STAND_IN, id_stand_ins, ids_given, stand_ins_replaced


def test_each_stand_in_id_takes_the_real_id_of_its_place() -> None:
    params = (*id_stand_ins(3), "adopted", dt.date(2026, 3, 3), [-1, -2])
    replaced = stand_ins_replaced(params, ids_given([40, 7, 12]))
    # The list is one parameter (an array), not a stand-in: left as it was.
    assert replaced == [40, 7, 12, "adopted", dt.date(2026, 3, 3), [-1, -2]]


def test_a_string_stand_in_takes_its_value_and_other_strings_stay() -> None:
    given = {"\x00sha256": "ab12", "\x00source": "https://example.org/a"}
    params = ["\x00sha256", "\x00source", "\x00other", -1]
    assert stand_ins_replaced(params, given) == ["ab12", "https://example.org/a", "\x00other", -1]


def test_the_list_stand_in_takes_the_ids_as_one_array_and_other_lists_stay() -> None:
    params = [IDS_STAND_IN, [-1, -2], -1, "\x00other"]
    replaced = stand_ins_replaced(params, {IDS: [40, 7], -1: 12})
    assert replaced == ["{40,7}", [-1, -2], 12, "\x00other"]
    assert stand_ins_replaced(params, {}) == params


def test_its_values_are_each_calls_rows_converted_as_the_queryset_reads_them(db: None) -> None:
    from initiatives.statements import Statement
    from tests.factories import FollowUpActionFactory
    from timeline.models import FollowUpAction

    columns = ("description", "due_latest", "due_confidence", "initiative__title")
    first, second = FollowUpActionFactory(), FollowUpActionFactory(due_latest=dt.date(2027, 1, 2))
    statement = Statement(
        lambda: FollowUpAction.objects.filter(pk=id_stand_ins(1)[0]).values_list(*columns)
    )
    for action in (first, second, first):
        expected = list(FollowUpAction.objects.filter(pk=action.pk).values_list(*columns))
        assert statement.values({-1: action.pk}) == expected
        assert type(expected[0][1]) is dt.date
