"""Plans a wire story reports without "will": a "would" attributed after it ("…,
officials said"), a package being drafted or planned, and work said to be under way."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative

REUTERS = "https://www.reuters.com/world/europe/italy-tax-package"


def actions(text: str, url: str = REUTERS) -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def test_it_reads_a_would_attributed_after_the_promise() -> None:
    found = actions(
        "# Budget talks\n\nROME (Reuters) - Italy's government announced a budget review on "
        "Tuesday. The economy ministry would present a tax package to cabinet in April, "
        "two officials said.\n"
    )
    assert [(a.description, a.rule) for a in found] == [
        ("Present a tax package to cabinet", "action.promise")
    ]
    assert found[0].due is not None and found[0].due.text == "in April"


def test_it_reads_a_package_being_drafted_and_work_under_way() -> None:
    found = actions(
        "# Budget talks\n\nROME (Reuters) - Italy's government is drafting a new package of "
        "tax cuts for families, two officials said on Tuesday. Work is under way to simplify "
        "the tax code for the self-employed.\n"
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        ("Draft a new package of tax cuts for families", "Italy", "action.plans_object"),
        ("Simplify the tax code for the self-employed", "Italy", "action.efforts_under_way"),
    ]


def test_it_reads_a_planned_package_as_a_plan_to_introduce_it() -> None:
    found = actions(
        "# Stimulus\n\nCANBERRA (AAP) - The Australian Government reportedly plans a $4 "
        "billion package to support regional airlines.\n",
        url="https://www.aap.com.au/news/stimulus-package",
    )
    assert [a.description for a in found] == [
        "Introduce a $4 billion package to support regional airlines"
    ]


def test_it_reads_no_plan_in_a_forecast_an_unattributed_would_or_a_consideration() -> None:
    found = actions(
        "# Budget talks\n\nROME (Reuters) - Italy's government announced a budget review on "
        "Tuesday. The measures would cost about 4 billion euros, the budget office said. A "
        "deal would ease pressure on families. The government is considering a cut to "
        "fuel duty.\n"
    )
    assert found == []


def test_it_reads_a_dated_goal_named_as_a_noun_of_work() -> None:
    found = actions(
        "# Reintegration plan\n\nKYIV - The Ukrainian government announced a reintegration "
        "strategy on 3 March 2026. The plan is the return of the occupied districts to "
        "Ukrainian administration by 2030, the minister said. The goal is the completion of "
        "a new power line. The aim of the talks is the position of both sides.\n",
        url="https://www.kmu.gov.ua/en/news/reintegration-strategy",
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        (
            "Return of the occupied districts to Ukrainian administration",
            "Ukraine",
            "action.nominal_goal",
        )
    ]
    assert found[0].due is not None and found[0].due.text == "by 2030"
