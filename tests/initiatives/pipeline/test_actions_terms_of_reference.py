"""Tasks given in terms of reference and remits: a remit named by its noun ("The Task
Force's brief is to…"), a list of tasks inside one sentence ("will: (a)…; (b)…"), a
taskforce "asked to" report, and the bullets a minister asks a department to do."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative

GOV_UK = "https://www.gov.uk/government/news/tenancy-review"


def actions(text: str, url: str = GOV_UK) -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def test_it_reads_one_action_per_task_of_a_lettered_list_in_one_sentence() -> None:
    found = actions(
        "# Review of tenancy law\n\nThe Minister for Housing today announced an independent "
        "panel to review tenancy law. The panel's terms of reference are to: (a) examine how "
        "notice periods work in practice; (b) recommend changes to the Residential Tenancies "
        "Act by 30 June 2027; and (c) report to the Minister on enforcement.\n"
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        ("Examine how notice periods work in practice", "Panel", "action.task_list"),
        ("Recommend changes to the Residential Tenancies Act", "Panel", "action.task_list"),
        ("Report to the Minister on enforcement", "Panel", "action.task_list"),
    ]
    due = found[1].due
    assert due is not None and due.latest == dt.date(2027, 6, 30)
    quote = found[0].evidence.quote
    assert quote.startswith("The panel's terms of reference are to: (a) examine")


def test_it_reads_a_list_of_tasks_separated_by_semicolons_after_will() -> None:
    found = actions(
        "# Skills council\n\nThe Department for Education set up a Skills Board on 3 March "
        "2026. The Board will: map shortages in the building trades; advise ministers on "
        "apprenticeship funding; and publish an annual skills report.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        # "The Board" is the Skills Board the text named before it.
        ("Map shortages in the building trades", "Skills Board"),
        ("Advise ministers on apprenticeship funding", "Skills Board"),
        ("Publish an annual skills report", "Skills Board"),
    ]


def test_it_reads_a_remit_named_by_its_noun_as_the_holders_work() -> None:
    found = actions(
        "# Coastal flooding taskforce\n\nThe Government announced a Coastal Flooding "
        "Taskforce on 3 March 2026. The overall purpose of the Taskforce will be to assess "
        "flood defences along the east coast and identify the areas most at risk.\n\n"
        "Its remit is to coordinate the work of local councils and the Environment Agency.\n"
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        ("Assess flood defences along the east coast", "Taskforce", "action.remit"),
        ("Identify the areas most at risk", "Taskforce", "action.remit"),
        (
            "Coordinate the work of local councils and the Environment Agency",
            "Taskforce",
            "action.remit",
        ),
    ]


def test_it_gives_a_brief_to_the_body_named_before_it() -> None:
    found = actions(
        "# Rural affairs\n\nFOR MEDIA 3 March 2026\n\nThe Prime Minister today announced a "
        "Rural Services Task Force. The Task Force's brief is to listen, assess and report to me on the "
        "closure of rural bank branches.\n",
        url="https://www.pm.gov.au/media/rural-services-task-force",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Listen, assess and report to me on the closure of rural bank branches", "Task Force")
    ]


def test_it_reads_work_a_taskforce_has_been_asked_to_do() -> None:
    found = actions(
        "# Housing taskforce\n\nThe Minister for Housing today announced a Housing Supply "
        "Taskforce. The taskforce has been asked to deliver its final report by March 2027.\n"
    )
    assert [(a.description, a.owner) for a in found] == [("Deliver its final report", "Taskforce")]
    due = found[0].due
    assert due is not None and due.latest == dt.date(2027, 3, 31)


def test_it_splits_the_tasks_a_taskforce_will_do_into_one_action_each() -> None:
    found = actions(
        "# Critical minerals taskforce\n\nThe Minister for Resources announced a Critical "
        "Minerals Taskforce on 3 March 2026. The taskforce will advise ministers on supply "
        "risks, oversee the stockpile review and liaise with industry on new projects.\n",
        url="https://www.industry.gov.au/news/critical-minerals-taskforce",
    )
    assert [a.description for a in found] == [
        "Advise ministers on supply risks",
        "Oversee the stockpile review",
        "Liaise with industry on new projects",
    ]


def test_it_reads_tasks_that_open_with_verbs_of_a_remit_in_a_bulleted_list() -> None:
    found = actions(
        "# Critical minerals taskforce\n\nThe Minister for Resources announced a Critical "
        "Minerals Taskforce on 3 March 2026. The Taskforce will:\n\n"
        "- Advise the Minister on export controls\n"
        "- Oversee the national stockpile\n"
        "- Liaise with state governments on approvals\n",
        url="https://www.industry.gov.au/news/critical-minerals-taskforce",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Advise the Minister on export controls", "Taskforce"),
        ("Oversee the national stockpile", "Taskforce"),
        ("Liaise with state governments on approvals", "Taskforce"),
    ]


def test_it_gives_the_bullets_to_the_body_a_minister_asked_to_do_them() -> None:
    found = actions(
        "# Heat networks\n\nThe Secretary of State announced a review of heat networks on "
        "3 March 2026. The Secretary of State has asked Ofgem to:\n\n"
        "- publish draft price rules by the end of the year\n"
        "- consult suppliers on consumer protection\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Publish draft price rules", "Ofgem"),
        ("Consult suppliers on consumer protection", "Ofgem"),
    ]


def test_it_reads_no_task_in_a_laws_purpose_a_past_request_or_a_speculation() -> None:
    found = actions(
        "# Review of tenancy law\n\nThe Minister for Housing today announced an independent "
        "panel to review tenancy law. The purpose of the new law is to give tenants more "
        "security. Last year the panel was asked to comment on notice periods, and it "
        "reported in May. The council may consider the report next year.\n"
    )
    assert found == []


def test_it_reads_the_items_of_terms_of_reference_given_as_paragraphs() -> None:
    found = actions(
        "# Review of public service broadcasting\n\nThe Secretary of State today announced an "
        "independent review of public service broadcasting. The terms of reference for the "
        "review are:\n\n"
        "To examine how public service broadcasters are funded.\n\n"
        "In the light of changes in viewing habits, to recommend options for the licence fee "
        "by March 2027.\n\n"
        "Chair: Professor Ann Smith\n"
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        (
            "Examine how public service broadcasters are funded",
            "Secretary of State",
            "action.remit_item",
        ),
        ("Recommend options for the licence fee", "Secretary of State", "action.remit_item"),
    ]
    due = found[1].due
    assert due is not None and due.latest == dt.date(2027, 3, 31)
