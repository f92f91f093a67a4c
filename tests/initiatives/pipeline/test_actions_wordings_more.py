"""More wordings of promises, written for these tests in the style of a UK department's
press notice, a US executive order and a financial wire story."""

from __future__ import annotations

import pytest

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative

ROADS = "# Road repair fund\n\nThe UK government announced a road repair fund on 3 March 2026.\n\n"
GOV_UK = "https://www.gov.uk/government/news/road-repair-fund"
ORDER = (
    "# Executive order on grid security\n\n"
    "The President signed an executive order on grid security on 3 March 2026.\n\n"
)
WIRE = (
    "# Trade talks\n\n"
    "BRUSSELS (Reuters) - The EU and Canada agreed a steel quota deal on Tuesday, 3 March "
    "2026.\n\n"
)


def found(lead: str, paragraph: str, url: str = "") -> list[ExtractedAction]:
    return published_initiative(lead + paragraph + "\n", url=url, fmt="md").actions


@pytest.mark.parametrize(
    ("lead", "sentence", "url", "expected"),
    [
        (
            ROADS,
            "Officials will now work with industry to develop a code of practice for street works.",
            GOV_UK,
            ("Develop a code of practice for street works", "United Kingdom"),
        ),
        (
            ROADS,
            "Local councils will receive £250 million to repair potholes from April.",
            GOV_UK,
            ("Fund local councils £250 million to repair potholes", "United Kingdom"),
        ),
        (
            ROADS,
            "A new roads body will be set up by spring 2027.",
            GOV_UK,
            ("Set up a new roads body", "United Kingdom"),
        ),
        (
            ORDER,
            "The Secretary of Energy shall submit a report to the President within 90 days "
            "of the date of this order.",
            "",
            ("Submit a report to the President", "Secretary of Energy"),
        ),
        (
            WIRE,
            "The EU has until Friday to respond to the Canadian offer.",
            "",
            ("Respond to the Canadian offer", "European Union"),
        ),
        (
            WIRE,
            "The European Central Bank is widely expected to publish a review of the euro's role.",
            "",
            ("Publish a review of the euro's role", "European Central Bank"),
        ),
    ],
)
def test_wordings_of_promises(
    lead: str, sentence: str, url: str, expected: tuple[str, str | None]
) -> None:
    assert [(a.description, a.owner) for a in found(lead, sentence, url)][:1] == [expected]


def test_a_passive_subject_is_what_is_made_not_who_makes_it() -> None:
    items = found(ROADS, "The new inspection body will be established by spring 2027.", GOV_UK)
    assert [a.owner for a in items] == ["United Kingdom"]


def test_a_deadline_at_the_end_of_a_fiscal_year_leaves_no_dangling_words() -> None:
    items = found(ORDER, "The agency plans to finalize the rule by the end of fiscal year 2027.")
    assert [a.description for a in items] == ["Finalize the rule"]


def test_a_dated_commitment_the_subject_holds_is_its_promise() -> None:
    items = found(
        ORDER,
        "The Department of Energy is taking action on its commitment to run federal "
        "data centres on clean electricity by 2030.",
        # the address says whose department it is: many governments have one of Energy
        "https://www.whitehouse.gov/presidential-actions/x",
    )
    assert [(a.description, a.owner, a.rule) for a in items] == [
        (
            "Run federal data centres on clean electricity",
            "US Department of Energy",
            "action.commitment_held",
        )
    ]


def test_an_undated_commitment_the_subject_holds_is_a_value() -> None:
    items = found(ORDER, "The Department of Energy restated its commitment to protect consumers.")
    assert items == []


def test_the_period_a_funding_package_covers_dates_the_sums_that_follow() -> None:
    items = found(
        ROADS,
        "The funding covers the period 2027 to 2030.\n\n"
        "Bus services will benefit, with £600 million also going to a rural bus fund.",
        GOV_UK,
    )
    assert [(a.description, a.due.text if a.due else None) for a in items] == [
        ("Allocate £600 million to a rural bus fund", "the period 2027 to 2030")
    ]
    assert items[0].rule.endswith(".due_period")


def test_a_period_is_not_lent_to_promises_without_money() -> None:
    items = found(
        ROADS,
        "The funding covers the period 2027 to 2030.\n\n"
        "The department will publish guidance for councils.",
        GOV_UK,
    )
    assert [a.due for a in items] == [None]
