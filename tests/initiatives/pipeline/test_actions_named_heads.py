"""A head of government named in wire copy ("Tokyo, Sept. 25 (Kyodo)--Japanese Prime
Minister Taro Aso will…") promises for the government; another country's head does not."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_actions

LEAD = (
    "# Cabinet adopts relief plan\n\n"
    "The Government of Japan decided the relief plan on 20 September 2026.\n\n"
)


def actions(paragraph: str) -> list[ExtractedAction]:
    return published_actions(LEAD, paragraph)


def test_it_reads_a_named_prime_minister_after_a_dateline_as_the_government() -> None:
    found = actions(
        "Osaka, Sept. 22 (Kyodo)--Japanese Prime Minister Taro Aso will present the "
        "budget outline to ministers, officials said."
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Present the budget outline to ministers", "Japan")
    ]
    assert found[0].evidence.quote.startswith("Osaka, Sept. 22 (Kyodo)--Japanese")


def test_it_takes_no_foreign_president_for_the_government() -> None:
    found = actions("French President Claire Martin will present a trade plan in Paris.")
    assert [a.owner for a in found] != ["Japan"]
