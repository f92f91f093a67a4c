"""Promises written without a finite verb: a budget's sum lines, a fact sheet's gerund
bullets, "announced work to …", a list of tasks named as nouns, and a plan's priorities
given as infinitives. Each is the text's body's promise, with its own deadline."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import action_rows, published_initiative


def actions(text: str, url: str) -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


CANADA_BUDGET = (
    "# Budget 2027: Homes and Families\n\nThe Government of Canada tabled Budget 2027 on "
    "16 April 2027.\n\nBudget 2027 highlights:\n\n"
    "- $12 billion over the next five years for affordable child care.\n"
    "- $2.4 billion to expand dental coverage to seniors.\n"
    "- Up to $800 million in new funding for rural broadband.\n\n"
    "In 2026, $3 billion was spent on housing.\n"
)


def test_it_reads_each_sum_line_of_a_budget_as_the_governments_promise() -> None:
    found = actions(CANADA_BUDGET, "https://www.budget.canada.ca/2027/home-accueil-en.html")
    assert action_rows(found) == [
        ("Provide $12 billion for affordable child care", "Canada", "over the next five years",
         "action.sum_line"),
        ("Provide $2.4 billion to expand dental coverage to seniors", "Canada", None,
         "action.sum_line"),
        ("Provide up to $800 million in new funding for rural broadband", "Canada", None,
         "action.sum_line"),
    ]  # fmt: skip
    assert (
        found[0].evidence.quote == "$12 billion over the next five years for affordable child care."
    )


def test_it_reads_a_sum_to_be_spent_but_not_a_sum_already_spent() -> None:
    found = actions(
        "# Youth services\n\nThe UK Government announced a youth strategy on 3 March 2027.\n\n"
        "Nearly £500 million to be spent in the next four years on youth clubs. "
        "Last year £200 million was spent on youth clubs.\n",
        "https://www.gov.uk/government/news/youth",
    )
    assert action_rows(found) == [
        ("Provide nearly £500 million to be spent on youth clubs", "United Kingdom",
         "in the next four years", "action.sum_line"),
    ]  # fmt: skip


WHITE_HOUSE = (
    "# FACT SHEET: The President Announces New Actions on Pandemic Preparedness\n\n"
    "Today, the President announced new actions to protect Americans from pandemics. "
    "The Administration is:\n\n"
    "- Investing in global health security in 50 countries.\n"
    "- Expanding vaccine manufacturing capacity at home.\n"
    "- Building on the success of earlier programmes.\n"
)


def test_it_reads_a_fact_sheets_gerund_bullets_as_promises_but_not_building_on() -> None:
    found = actions(WHITE_HOUSE, "https://www.whitehouse.gov/briefing-room/2027/03/fact-sheet")
    assert action_rows(found) == [
        ("Invest in global health security in 50 countries", "United States", None,
         "action.gerund_line"),
        ("Expand vaccine manufacturing capacity at home", "United States", None,
         "action.gerund_line"),
    ]  # fmt: skip


def test_it_takes_no_promise_from_bullets_that_name_a_plans_themes() -> None:
    found = actions(
        "# Minerals plan\n\nThe Australian Government released its minerals plan on "
        "20 June 2027.\n\nThe plan highlights four focus areas:\n\n"
        "- Developing strategic projects, with targeted support\n"
        "- Promoting Australia as a leader in mining standards\n",
        "https://www.industry.gov.au/news/minerals-plan",
    )
    assert found == []


def test_it_reads_announced_work_and_a_list_of_tasks_named_as_nouns() -> None:
    found = actions(
        "# Council agrees migration package\n\nOn 10 May 2027 the Council agreed a migration "
        "package. Ministers also announced the promotion of legal pathways, the "
        "strengthening of return cooperation and the modernisation of visa systems. The "
        "Council announced work to promote language training for newcomers.\n",
        "https://www.consilium.europa.eu/en/press/press-releases/2027/05/10/",
    )
    assert action_rows(found) == [
        ("Promotion of legal pathways", "Council of the EU", None, "action.nominal_task"),
        ("Strengthening of return cooperation", "Council of the EU", None, "action.nominal_task"),
        ("Modernisation of visa systems", "Council of the EU", None, "action.nominal_task"),
        ("Promote language training for newcomers", "Council of the EU", None,
         "action.announced_work"),
    ]  # fmt: skip


def test_it_reads_each_priority_given_as_an_infinitive_as_one_action() -> None:
    found = actions(
        "# WHO adopts new strategy\n\nThe World Health Assembly adopted on 28 May 2027 a new "
        "five-year strategy. The strategy rests on three strategic priorities, namely, to "
        "help 500 million more people gain health coverage, to protect 500 million more "
        "people from health emergencies, and to give 500 million more people better health.\n",
        "https://www.who.int/news/item/28-05-2027-strategy",
    )
    assert [(a.description, a.rule) for a in found] == [
        ("Help 500 million more people gain health coverage", "action.priorities"),
        ("Protect 500 million more people from health emergencies", "action.priorities"),
        ("Give 500 million more people better health", "action.priorities"),
    ]
    assert {a.owner for a in found} == {"World Health Organization"}
