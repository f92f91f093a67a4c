"""Sums stated as nouns (a package of so much, a sum broken down by purpose, sums in
"yen" or "euros") and aims stated as "the goal is to": each read from the phrasing class,
in the styles of several publishers."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def actions(text: str, url: str = "") -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def test_it_reads_each_share_of_a_sum_broken_down_after_a_dash() -> None:
    found = actions(
        "# Battery strategy approved\n\nThe German cabinet approved a battery strategy on "
        "3 March 2026. The government has earmarked €5bn ($5.4bn) in new support – €3bn for "
        "cell factories in Germany and another €2bn for recycling projects abroad.\n"
    )
    assert [(a.description, a.rule) for a in found] == [
        ("Provide €3bn for cell factories in Germany", "action.funding.share"),
        ("Provide €2bn for recycling projects abroad", "action.funding.share"),
    ]


def test_it_reads_a_sum_broken_down_after_a_colon_in_a_uk_release() -> None:
    found = actions(
        "# Flood defences funding\n\nThe Environment Agency announced on 3 March 2026 "
        "£900 million for flood defences: £600 million to rebuild sea walls and £300 million "
        "for natural flood management.\n",
        url="https://www.gov.uk/government/news/flood-defences",
    )
    assert [a.description for a in found] == [
        "Provide £600 million to rebuild sea walls",
        "Provide £300 million for natural flood management",
    ]
    assert {a.owner for a in found} == {"Environment Agency"}


def test_it_reads_one_sum_for_an_undivided_grant() -> None:
    found = actions(
        "# Flood defences funding\n\nThe Environment Agency announced on 3 March 2026 "
        "£900 million for flood defences in coastal towns.\n",
        url="https://www.gov.uk/government/news/flood-defences",
    )
    assert [a.description for a in found] == [
        "Provide £900 million for flood defences in coastal towns"
    ]


def test_it_reads_a_plan_of_a_sum_in_euros_announced_by_a_president() -> None:
    found = actions(
        "# Innovation plan\n\nParis (AFP) - The French government announced on Tuesday at "
        "the Elysee a ten-year plan of 20 billion euros aimed at building new battery plants.\n"
    )
    assert len(found) == 1
    assert found[0].description.startswith("Provide 20 billion euros aimed at building")


def test_it_reads_a_dated_goal_as_a_target_of_the_text_body() -> None:
    found = actions(
        "# Commission work programme\n\nBRUSSELS - The European Commission on Tuesday adopted "
        "its work programme. A key goal is to better connect national power grids by 2029.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Connect national power grids", "European Commission")
    ]
    due = found[0].due
    assert due is not None and due.latest == dt.date(2029, 12, 31)


def test_it_reads_an_undated_goal_of_a_plan_as_no_promise() -> None:
    found = actions(
        "# Fact sheet: standards engagement\n\nThe Department of Commerce published a plan on "
        "3 March 2026. The goal is to drive cooperation and information sharing.\n",
        url="https://www.commerce.gov/news/fact-sheets/x",
    )
    assert found == []


def test_it_reads_an_aim_a_government_states_as_its_own() -> None:
    found = actions(
        "# Hydrogen strategy update\n\nThe Federal Cabinet adopted the updated strategy on "
        "3 March 2026. The declared aim of the German government is to secure a steady "
        "supply of green ammonia.\n",
        url="https://www.bundesregierung.de/breg-en/news/x",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Secure a steady supply of green ammonia", "Germany")
    ]


def test_it_reads_the_shares_of_a_sum_set_aside_before_a_colon() -> None:
    found = actions(
        "# Budget statement\n\nThe Treasury set out the budget on 3 March 2026. The Treasury "
        "has set aside £10bn: £6bn for schools and £4bn for hospitals.\n",
        url="https://www.gov.uk/government/news/budget",
    )
    assert [a.description for a in found] == [
        "Provide £6bn for schools",
        "Provide £4bn for hospitals",
    ]
