"""Promises in the style of a Council of the EU press release on a provisional deal,
written for these tests: a transposition period given to member states, an objective the
agreement keeps, and ambassadors expected to endorse the text."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative

DEAL = (
    "# Packaging law: Council and Parliament strike deal\n\n"
    "The Council and the European Parliament reached a provisional agreement on the "
    "packaging law on 3 March 2026.\n\n"
)
COUNCIL = "https://www.consilium.europa.eu/en/press/press-releases/2026/03/03/packaging/"


def found(paragraph: str) -> list[ExtractedAction]:
    return published_initiative(DEAL + paragraph + "\n", url=COUNCIL, fmt="md").actions


def test_years_given_to_transpose_a_directive_are_a_promise() -> None:
    items = found("Member states will have two years to transpose the directive into law.")
    assert [(a.description, a.owner) for a in items] == [
        ("Transpose the directive into law", "EU member states")
    ]


def test_an_objective_the_agreement_keeps_is_a_dated_target() -> None:
    items = found("The agreement retains the objective of recycling all packaging by 2035.")
    assert [(a.description, a.rule) for a in items] == [
        ("Reach the objective of recycling all packaging", "action.target")
    ]
    assert items[0].due is not None and items[0].due.latest is not None
    assert items[0].due.latest.year == 2035


def test_ambassadors_of_a_body_act_for_it() -> None:
    items = found("EU ambassadors are expected to endorse the text on Friday.")
    assert [(a.description, a.owner) for a in items] == [("Endorse the text", "European Union")]
