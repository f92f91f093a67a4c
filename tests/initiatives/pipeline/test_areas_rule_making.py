"""Rules made, not only rules changed, are the regulation area: bans, caps, duties laid on
companies, legislation introduced, trade areas. Sentences written for these tests in
several publishers' styles; each link quotes its sentence, and background does not count."""

from __future__ import annotations

import pytest

from initiatives.pipeline.extract_areas import find_areas
from initiatives.pipeline.extract_segments import segments
from initiatives.pipeline.structure import structure


def _areas(sentence: str) -> dict[str, str]:
    text = f"A statement\n\n{sentence}"
    return {a.area: a.evidence.quote for a in find_areas(text, segments(text, structure(text)))}


@pytest.mark.parametrize(
    "sentence",
    [
        # UK government release.
        "The government will ban the sale of disposable vapes from next June.",
        "Ministers will introduce legislation to give tenants a right to keep pets.",
        # Australian ministerial release.
        "The changes place new obligations on online platforms to remove scam adverts.",
        # White House fact sheet.
        "The rule will require large employers to report their emissions every year.",
        # EU Council press release.
        "The Council today extended the embargo on arms exports for another year.",
        "The package adds 19 people to the sanctions regime against the junta.",
        # African Union communiqué.
        "Leaders agreed to speed up the continental free trade area.",
        # Wire story from Berlin.
        "The coalition plans a cap on rent rises in cities with tight housing markets.",
        "Parliament passed stricter immigration laws on Thursday.",
        # Canadian news release.
        "The minimum wage will rise to $17.75 an hour on 1 April.",
    ],
)
def test_a_rule_made_links_regulation_with_its_sentence(sentence):
    areas = _areas(sentence)

    assert areas.get("regulation") == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # Background: a rule made before the measure.
        "France has already banned short domestic flights where a train takes under two hours.",
        # An EU act named by its type, about money.
        "The regulation sets up a fund of €5 billion for reconstruction.",
    ],
)
def test_background_and_an_act_type_are_not_regulation(sentence):
    assert "regulation" not in _areas(sentence)


def test_investment_forbidden_is_a_rule_not_money():
    sentence = "The measures add prohibitions on all investment in the country's mining sector."

    areas = _areas(sentence)

    assert "investment" not in areas
    assert areas.get("regulation") == sentence


def test_rules_not_made_are_not_regulation():
    assert "regulation" not in _areas("The agency has not yet adopted new rules for drones.")
