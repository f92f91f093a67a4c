"""Areas committed to in wording the term lists missed: a sum a body provides or
earmarks, talks on subsidies, supply disruptions, joint development and production.
Sentences written for these tests, in several publishers' styles; each area link quotes
its own sentence."""

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
        # White House fact sheet.
        ("The Act provides $52 billion for semiconductor manufacturing.", "investment"),
        # UK government release.
        ("The department has earmarked £300m for insulation in social housing.", "investment"),
        # Australian ministerial release.
        ("The Government is committing more than A$2 billion to the program.", "investment"),
        # EU Council press release.
        ("The member states made available €150 million for the new scheme.", "investment"),
        # WTO news item.
        (
            "The chair circulated a draft agreement on fisheries subsidies to ministers.",
            "regulation",
        ),
        ("Members resumed negotiations on farm subsidies in Geneva.", "regulation"),
        # G7 communiqué.
        ("We will coordinate to prevent supply disruptions of critical inputs.", "supply-chain"),
        ("Leaders will work to secure the supply of graphite and cobalt.", "supply-chain"),
        ("The partners will pursue de-risking of their energy supplies.", "supply-chain"),
        # Japanese and Korean wires.
        (
            "Tokyo and Seoul agreed on the joint development and production of trainer jets.",
            "co-production",
        ),
        (
            "The shipyard signed a production partnership with a Canadian firm.",
            "co-production",
        ),
    ],
)
def test_it_reads_the_area_and_quotes_its_sentence(sentence: str, area: str) -> None:
    assert _areas(sentence).get(area) == sentence


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("Ticket prices rose to $52 for the final.", "investment"),
        ("The minister provided details on the timetable.", "investment"),
        ("Subsidies for students were discussed at length.", "regulation"),
        ("The company's production partners met on Monday.", "co-production"),
        ("The supply teacher was praised by parents.", "supply-chain"),
    ],
)
def test_it_reads_no_area_from_look_alike_wording(sentence: str, area: str) -> None:
    assert area not in _areas(sentence)


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # UK spending announcement.
        ("£400 million will also go to households from 2025.", "investment"),
        ("The government will spend £5bn on new reactors.", "investment"),
        # US agency release.
        ("The programme is backed by $3bn of federal money.", "investment"),
        ("The bank will lend up to $2 billion to small firms.", "investment"),
        # Japanese wire: the currency after the sum.
        ("Support worth 600 billion yen will be paid to municipalities.", "investment"),
        ("The state will subsidise heat pumps for low-income homes.", "investment"),
        # Rules changed, in either voice.
        ("The partners will ease licensing requirements for exporters.", "regulation"),
        ("The government will overhaul planning laws to speed up housebuilding.", "regulation"),
        ("The rules on state aid will be relaxed for clean tech.", "regulation"),
        ("The countries will mutually recognise conformity assessments.", "standardization"),
        # Australian minerals strategy.
        ("The strategy will boost domestic processing of lithium.", "supply-chain"),
    ],
)
def test_it_reads_sums_rule_changes_and_processing(sentence: str, area: str) -> None:
    assert _areas(sentence).get(area) == sentence


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("The war caused 400 billion dollars of damage to the grid.", "investment"),
        ("China heavily subsidises its steel makers, the leaders said.", "investment"),
        ("Exports worth 30 billion euros fell last year.", "investment"),
        ("The committee discussed the rules of procedure.", "regulation"),
    ],
)
def test_it_reads_no_area_from_a_sum_or_rule_in_passing(sentence: str, area: str) -> None:
    assert area not in _areas(sentence)


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # UK local-government trade press.
        ("The plan contains no new funding for councils.", "investment"),
        ("Critics said the package lacks investment in skills.", "investment"),
        # Think-tank comment on a trade deal.
        ("The deal does not address supply chains.", "supply-chain"),
        ("The accord is without any common standards for testing.", "standardization"),
    ],
)
def test_a_measure_said_to_lack_the_area_does_not_cover_it(sentence: str, area: str) -> None:
    assert area not in _areas(sentence)


def test_a_loan_with_no_interest_is_still_funding() -> None:
    sentence = "The plan provides no-interest loans to farmers."
    assert _areas(sentence).get("investment") == sentence
