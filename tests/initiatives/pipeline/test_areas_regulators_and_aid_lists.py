"""Areas on regulators' pages and in lists of State aid decisions: an economic regulator's
own instruments (a price control, licence modifications, a regulated tariff, a charging
methodology, draft guidance, a cost-based price formula) are regulation; aid cleared
"under State aid rules" is the aid, not a change of rules; deliveries kept for home
customers in a supply crisis are supply security, while jobs "in the supply chain" and a
school's water supply are not. Sentences written for these tests in the styles of several
publishers; each area link quotes its own sentence."""

from __future__ import annotations

import pytest

from initiatives.pipeline.extract_areas import find_areas
from initiatives.pipeline.extract_segments import segments
from initiatives.pipeline.structure import structure


def _areas(sentence: str) -> dict[str, str]:
    text = f"A statement\n\n{sentence}"
    return {a.area: a.evidence.quote for a in find_areas(text, segments(text, structure(text)))}


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # A water and energy regulator's determination page.
        (
            "The Authority today published its final decision on the price control for the "
            "two water companies for the five years from April 2027.",
            "regulation",
        ),
        ("We will consult on the revenue controls for electricity networks in June.", "regulation"),
        (
            "We will issue statutory notices of the licence modifications needed to give "
            "effect to the decision within ten days.",
            "regulation",
        ),
        # A state economic regulator's roll-forward notice.
        (
            "The regulated solar export rate will apply from 1 August until 30 June.",
            "regulation",
        ),
        # A market committee's decision paper.
        (
            "The decision sets the final network charge and the supplier charging "
            "methodology for the year beginning 1 October.",
            "regulation",
        ),
        # A competition authority's newsroom.
        (
            "The authority invited comments on its draft guidance on rebates for large "
            "electricity users.",
            "regulation",
        ),
        # An IMF mission statement relayed by a newspaper.
        (
            "The authorities will move the diesel price to a monthly, cost-based formula "
            "from July.",
            "regulation",
        ),
        (
            "The government will table an amended Public Procurement Bill in the next sitting.",
            "regulation",
        ),
        # A State aid decision on a chip plant.
        (
            "The firm has committed to prioritise deliveries to European customers in the "
            "event of a supply crisis.",
            "supply-chain",
        ),
    ],
)
def test_a_regulators_instrument_or_a_supply_crisis_names_its_area(
    sentence: str, area: str
) -> None:
    assert _areas(sentence).get(area) == sentence


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # A newsroom list: the aid is cleared, no rule changes.
        (
            "The European Commission has approved under EU State aid rules a Greek scheme "
            "for rural broadband.",
            "regulation",
        ),
        ("The Commission found that the loans are in line with EU State aid rules.", "regulation"),
        (
            "The Commission fears the compensation may exceed the cost of the public service "
            "obligations.",
            "regulation",
        ),
        # A contractor's release on jobs.
        (
            "The contract will support 250 jobs on site and another 90 in the supply chain.",
            "supply-chain",
        ),
        # A development agency's school project.
        (
            "The project will provide a safe and climate-resilient water supply for 30 schools.",
            "supply-chain",
        ),
        # Guidance that is only new is not yet a rule put to the public.
        ("The Treasury will issue new guidance on the tax credit within weeks.", "regulation"),
    ],
)
def test_words_near_an_area_that_do_not_make_it(sentence: str, area: str) -> None:
    assert area not in _areas(sentence)


def test_an_aid_list_still_names_regulation_where_rules_change() -> None:
    found = _areas(
        "The European Commission has approved under EU State aid rules a Greek scheme for "
        "rural broadband. Greece will also amend its spectrum licensing rules next year."
    )
    assert found.get("regulation") == (
        "Greece will also amend its spectrum licensing rules next year."
    )
