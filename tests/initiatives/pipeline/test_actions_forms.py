"""Promises in other shapes: bulleted lists, work given to someone, work under way,
task lists, reported commitments and schemes that open on a date."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedInitiative
from tests.initiatives.pipeline.published import published_initiative

TODAY = dt.date(2026, 11, 24)


def initiative(text: str, url: str = "") -> ExtractedInitiative:
    return published_initiative(text, url=url, fmt="md")


def test_it_reads_each_bullet_after_a_will_lead_in_as_a_promise_of_its_subject() -> None:
    found = initiative(
        "# Skills plan for clean heat\n\n"
        "The Department for Education published a skills plan on 3 March 2026.\n\n"
        "The Department for Education will:\n\n"
        "- fund 5,000 new apprenticeships by 2028\n"
        "- publish a curriculum for installers in the autumn\n"
        "- Review the plan after two years\n"
    ).actions
    assert [(a.description, a.owner, a.rule) for a in found] == [
        ("Fund 5,000 new apprenticeships", "Department for Education", "action.bulleted"),
        ("Publish a curriculum for installers", "Department for Education", "action.bulleted"),
        ("Review the plan after two years", "Department for Education", "action.bulleted"),
    ]
    assert found[0].due is not None and found[0].due.latest == dt.date(2028, 12, 31)


def test_it_takes_no_noun_bullet_for_a_promise() -> None:
    found = initiative(
        "# Pandemic talks\n\nWHO Member States agreed on 3 March 2026 to continue talks, "
        "with the aim to:\n\n"
        "- finalise the amendments to the regulations\n"
        "- Work Programme on Data – decision text\n",
        url="https://www.who.int/news/item/x",
    ).actions
    assert [(a.description, a.owner) for a in found] == [
        ("Finalise the amendments to the regulations", "WHO Member States")
    ]


def test_it_reads_work_given_to_an_agency_and_work_under_way() -> None:
    found = initiative(
        "# Transition memo issued\n\n"
        "The White House instructed federal agencies on 3 March 2026 to appoint transition "
        "directors by 31 March 2026. Separately, the Department of Energy is expanding its grid "
        "resilience programme.",
        url="https://www.whitehouse.gov/x",
    ).actions
    owners = {a.description: (a.owner, a.rule) for a in found}
    assert owners["Appoint transition directors"] == ("Federal agencies", "action.tasked")
    assert owners["Expand its grid resilience programme"] == (
        "US Department of Energy",
        "action.under_way",
    )


def test_it_reads_a_list_of_tasks_as_one_promise_each() -> None:
    found = initiative(
        "# Cabinet priorities set\n\n"
        "The Ukrainian government adopted its programme on 3 March 2026. The prime minister "
        "said that the main tasks are to raise arms production, to fully ensure drone "
        "supplies and to carry out deregulation."
    ).actions
    assert [a.description for a in found] == [
        "Raise arms production",
        "Ensure drone supplies",
        "Carry out deregulation",
    ]
    assert {a.owner for a in found} == {"Ukraine"}


def test_it_reads_a_passive_progressive_and_a_dated_opening() -> None:
    found = initiative(
        "# Heat pump support\n\nThe government announced heat pump support on 3 March 2026. "
        "£5 million is being devoted to training installers. A new retrofit scheme will "
        "also open in 2027.",
        url="https://www.gov.uk/government/news/heat",
    ).actions
    assert [(a.description, a.owner, a.rule) for a in found] == [
        ("Devote £5 million to training installers", "United Kingdom", "action.promise"),
        ("Open a new retrofit scheme", "United Kingdom", "action.scheduled_start"),
    ]


def test_it_reads_a_head_of_government_as_the_government_of_the_text() -> None:
    (action,) = initiative(
        "# France 2030 plan\n\nThe French government unveiled an investment plan on 3 March "
        "2026. The president promised to double support for start-ups."
    ).actions
    assert (action.description, action.owner) == ("Double support for start-ups", "France")


def test_it_reads_money_that_will_go_somewhere_as_an_allocation() -> None:
    found = initiative(
        "# Energy schemes funded\n\nThe government announced the schemes on 3 March 2026. "
        "A new £400 million efficiency grant will also go to households from 2027. "
        "Savings will go further than before.",
        url="https://www.gov.uk/government/news/energy",
    ).actions
    assert [(a.description, a.owner) for a in found] == [
        ("Allocate a new £400 million efficiency grant to households", "United Kingdom")
    ]
    assert found[0].due is not None and found[0].due.text == "from 2027"


def test_it_reads_a_commitment_named_with_its_makers_as_theirs() -> None:
    (action,) = initiative(
        "# Tax talks continue\n\nThe OECD Secretary-General on 3 March 2026 welcomed the "
        "commitment of the members of the Inclusive Framework to resolve the remaining "
        "issues by the end of June.",
        url="https://www.oecd.org/en/about/news/x.html",
    ).actions
    assert action.rule == "action.commitment_of"
    assert action.owner == "Members of the Inclusive Framework"
    assert action.description == "Resolve the remaining issues"
