"""Supply chain and co-production told by what is done (areas_supply_partners): stocks
released from a state's reserves, supply partnerships signed for inputs, two named
partners who agree to build a plant or produce together. A utility's supply and people
building a house carry no such area. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import sentence_areas


def _areas(sentence: str) -> set[str]:
    return set(sentence_areas(sentence))


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("The ministry will release 50,000 tonnes of wheat from state reserves.", "supply-chain"),
        ("The agency began to sell diesel from its strategic fuel stocks.", "supply-chain"),
        ("The country will sign cobalt supply partnerships with two neighbours.", "supply-chain"),
        (
            "Nordic Steelworks and Baltic Forge have agreed to build a new rolling mill.",
            "co-production",
        ),
        (
            "Aster Aero and Kestrel Systems will jointly manufacture the wing panels.",
            "co-production",
        ),
    ],
)
def test_what_is_done_carries_the_area(sentence: str, area: str) -> None:
    assert area in _areas(sentence)


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("The village's water supply agreements with the utility were renewed.", "supply-chain"),
        ("Peter and Mary will build a new house by the lake.", "co-production"),
    ],
)
def test_a_utility_or_a_household_carries_no_such_area(sentence: str, area: str) -> None:
    assert area not in _areas(sentence)
