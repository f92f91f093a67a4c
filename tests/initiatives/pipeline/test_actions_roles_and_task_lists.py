"""Tasks given as a body's role ("will be responsible for licensing…") and lists of tasks
("The plan is to: cut…, build… and train…", "measures to …, to … and to …"): one action
per task, in the styles of several publishers."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative

UK = "https://www.gov.uk/government/news/x"


def actions(text: str, url: str = "") -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def test_it_reads_each_task_of_a_new_bodys_role() -> None:
    found = actions(
        "# Water regulator created\n\nThe government announced a new water regulator on "
        "3 March 2026. The new regulator will be responsible for licensing water companies "
        "and setting price limits from 2027.\n",
        url=UK,
    )
    assert [(a.description, a.owner) for a in found] == [
        ("License water companies", "New regulator"),
        ("Set price limits", "New regulator"),
    ]


def test_it_reads_no_task_in_a_remit_without_a_verb() -> None:
    found = actions(
        "# Water regulator created\n\nThe government announced a new water regulator on "
        "3 March 2026. The new regulator will be responsible for water security. The "
        "department will publish its charter by June.\n",
        url=UK,
    )
    assert [a.description for a in found] == ["Publish its charter"]


def test_it_reads_a_plan_of_bare_verbs_after_a_colon_as_one_action_each() -> None:
    found = actions(
        "# Housing plan\n\nThe government published its housing plan on 3 March 2026. The plan "
        "is to: cut planning delays, build 300,000 homes a year and train 10,000 bricklayers.\n",
        url=UK,
    )
    assert [a.description for a in found] == [
        "Cut planning delays",
        "Build 300,000 homes a year",
        "Train 10,000 bricklayers",
    ]
    assert {a.owner for a in found} == {"United Kingdom"}


def test_it_reads_measures_to_do_several_things_as_one_action_each() -> None:
    found = actions(
        "# Housing measures\n\nThe Housing Secretary announced measures to cut planning delays, "
        "to build more social homes and to train bricklayers. The department will publish "
        "guidance by June.\n",
        url=UK,
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Cut planning delays", "Housing Secretary"),
        ("Build more social homes", "Housing Secretary"),
        ("Train bricklayers", "Housing Secretary"),
        ("Publish guidance", "United Kingdom"),
    ]


def test_it_leaves_one_measure_to_the_decision() -> None:
    found = actions(
        "# Council conclusions\n\nThe Council of the EU on 3 March 2026 adopted measures to "
        "cut red tape for farmers. The Commission will present a report in 2027.\n"
    )
    assert [a.description for a in found] == ["Present a report"]


def test_it_keeps_a_to_item_whole_in_a_list_of_tasks() -> None:
    found = actions(
        "# Cabinet programme\n\nKYIV - The Ukrainian government adopted its programme on Tuesday. The prime "
        "minister said the main tasks are to raise output, to carry out deregulation and "
        "free up investment, and to pay pensions on time.\n"
    )
    assert [a.description for a in found] == [
        "Raise output",
        "Carry out deregulation and free up investment",
        "Pay pensions on time",
    ]
