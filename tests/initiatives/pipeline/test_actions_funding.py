"""Money promised in other shapes than "X will provide £N": a scheme that will benefit
from a sum, and a sum going to a fund; but not a benefit without money."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_actions

LEAD = (
    "# Warm homes money\n\nThe UK Government announced new money for warm homes on "
    "3 March 2026.\n\n"
)


def actions(paragraph: str) -> list[ExtractedAction]:
    return published_actions(LEAD, paragraph)


def test_it_reads_a_scheme_that_will_benefit_from_a_sum_as_funded_by_the_publisher() -> None:
    found = actions(
        "The loft insulation scheme is set to benefit from a further £800 million in funding."
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        (
            "Fund the loft insulation scheme from a further £800 million in funding",
            "United Kingdom",
            "action.promise",
        )
    ]
    assert found[0].evidence.quote.startswith("The loft insulation scheme is set to benefit")


def test_it_reads_projects_that_will_benefit_from_a_sum_with_its_purpose() -> None:
    found = actions("Six councils will benefit from £12 million to train heat pump fitters.")
    assert [a.description for a in found] == [
        "Fund six councils from £12 million to train heat pump fitters"
    ]


def test_it_takes_no_benefit_without_money_for_a_promise() -> None:
    found = actions("Tenants will benefit from lower bills. Families will benefit from the scheme.")
    assert found == []


def test_it_reads_a_sum_announced_for_a_purpose_as_the_announcers_promise() -> None:
    found = actions(
        "The Treasury announced a £2 billion package to support tenant farmers. "
        "The government confirmed £300 million more funding for rural bus routes."
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        ("Provide a £2 billion package to support tenant farmers", "HM Treasury", "action.funding"),
        (
            "Provide £300 million more funding for rural bus routes",
            "United Kingdom",
            "action.funding",
        ),
    ]


def test_it_reads_a_sum_going_to_a_fund_as_allocated_by_the_publisher() -> None:
    found = actions(
        "The boiler scheme will open in May, with £400 million also going to a district "
        "heating fund."
    )
    assert [(a.description, a.rule, a.due and a.due.text) for a in found] == [
        ("Open the boiler scheme", "action.scheduled_start", "in May"),
        ("Allocate £400 million to a district heating fund", "action.money_to", None),
    ]
    assert found[1].evidence.quote.startswith("The boiler scheme will open in May")


def test_it_takes_no_price_nor_cut_for_a_sum_given() -> None:
    found = actions(
        "A heat pump costs £10,000 for most homes. "
        "The Treasury announced £3 billion of cuts to the transport budget."
    )
    assert found == []
