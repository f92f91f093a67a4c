"""A summit or a session that decides to make something, and a project that does counted
work: each is work of the body the text is about. A decision done by deciding, a meeting
forecast with "will", and a project's size or effect give nothing; a buyer that "will take
delivery of" things is a body."""

from __future__ import annotations

from tests.initiatives.pipeline.published import action_rows as rows
from tests.initiatives.pipeline.published import quoted_actions as actions


def test_a_meeting_that_decides_to_make_something_tasks_the_body_behind_it() -> None:
    found = actions(
        "# Pacific fisheries summit\n\nThe Pacific Islands Forum adopted a fisheries declaration "
        "in Suva on 3 March 2026.\n\nThe summit decided to create a shared register of "
        "fishing vessels. The closing session agreed to draw up a tuna catch protocol by "
        "October. The summit decided to extend the observer mission. The conference will "
        "draft a new charter.\n"
    )
    assert rows(found) == [
        (
            "Create a shared register of fishing vessels",
            "Pacific Islands Forum",
            None,
            "action.meeting_decision",
        ),
        (
            "Draw up a tuna catch protocol",
            "Pacific Islands Forum",
            "by October",
            "action.meeting_decision",
        ),
    ]


def test_a_project_that_does_counted_work_is_the_work_of_its_body() -> None:
    found = actions(
        "# Irrigation upgrade\n\nThe Government of Kenya announced an "
        "irrigation upgrade on 3 March 2026.\n\nThe canal project will line 310 km of "
        "feeder channels by 2029. The resettlement programme will relocate 900 families "
        "from the floodplain. The project will employ 450 people. The project will affect "
        "3,000 farms.\n"
    )
    assert [(d, due, rule) for d, _, due, rule in rows(found)] == [
        ("Line 310 km of feeder channels", "by 2029", "action.instrument_counted_work"),
        ("Relocate 900 families from the floodplain", None, "action.instrument_counted_work"),
    ]
    assert {a.owner for a in found} == {found[0].owner} and found[0].owner is not None


def test_a_body_that_will_take_delivery_of_things_owns_that_promise() -> None:
    found = actions(
        "# Patrol fleet\n\nThe Department of Defence announced a patrol fleet renewal on "
        "3 March 2026.\n\nThe Coast Guard will take delivery of four cutters by the end "
        "of the year.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Take delivery of four cutters", "Coast Guard")
    ]


def test_an_impersonal_decision_and_a_mandate_given_as_a_noun_are_tasks() -> None:
    found = actions(
        "# River basin council\n\nThe Mekong River Commission adopted a basin declaration "
        "on 3 March 2026.\n\nIt was decided to set up a joint flood forecasting centre. It "
        "was decided to renew the chair's term. Ministers gave the Secretariat a mandate "
        "to prepare a sediment monitoring plan.\n"
    )
    assert [(a.description, a.rule) for a in found] == [
        ("Set up a joint flood forecasting centre", "action.meeting_decision"),
        ("Prepare a sediment monitoring plan", "action.tasked"),
    ]
    assert found[0].owner == "Mekong River Commission"
