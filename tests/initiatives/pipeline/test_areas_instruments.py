"""Areas named by their instrument rather than by the area's own words: border duties
cut, trade restrictions lifted, trade-distorting subsidies ended, a buy-national rule for
public purchasing, a regulator set up, duties laid on those a law binds, rules aligned
with a partner's, access to capital, production kept at home, conformity assessments
recognised across a border, consent for building made quicker, production spread over
places, know-how handed over with technology. Sentences written for these tests in the styles of several
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
        # Wire story on a trade pact.
        (
            "Chile and Norway agreed to lower customs duties on machine tools by a fifth.",
            "regulation",
        ),
        # WTO news item.
        ("The text commits members to reducing import duties on industrial goods.", "regulation"),
        ("Ministers agreed to end export subsidies on dairy products.", "regulation"),
        ("Members agreed to cut fishing subsidies that drain stocks.", "regulation"),
        # Ministry of commerce release.
        ("Beijing will lift restrictions on exports of rare metals from May.", "regulation"),
        # Canadian budget release.
        (
            "The policy will ensure that government procurement focuses on Canadian-made goods.",
            "regulation",
        ),
        ("The plan introduces a Buy Australian Policy for federal departments.", "regulation"),
        (
            "Agencies must give preference to locally made steel in public works.",
            "regulation",
        ),
        # UK legislative programme.
        ("Ministers will establish an independent regulator for ambulance services.", "regulation"),
        (
            "The act will place a statutory duty on councils to house rough sleepers.",
            "regulation",
        ),
        # EU enlargement release.
        ("Moldova will align its rules on food safety with the EU's.", "regulation"),
        ("Albania will approximate its legislation to the acquis by 2027.", "regulation"),
        # Regional development agency.
        (
            "The programme will improve access to capital for small manufacturers.",
            "investment",
        ),
        ("The bank will widen access to finance for young farmers.", "investment"),
        # Defence industrial strategy.
        ("The strategy aims to make more of the navy's equipment at home.", "supply-chain"),
        ("The fund is about anchoring more production in Quebec.", "supply-chain"),
        # UK legislative programme: consent made quicker, a duty named by its content.
        ("Ministers will speed up planning decisions for grid connections.", "regulation"),
        ("The act creates a duty of candour on police officers.", "regulation"),
        # Health body's negotiating text.
        (
            "Parties will promote geographically diversified production of medical oxygen.",
            "supply-chain",
        ),
        (
            "The accord provides for the transfer of technology and know-how to produce "
            "insulin in the region.",
            "co-production",
        ),
        # Joint statements on economic security.
        (
            "Both sides will guard against risky acquisitions through investment screening.",
            "regulation",
        ),
        ("The ministry will screen foreign takeovers of chip designers.", "regulation"),
        ("The ministers will strengthen the supply of gallium and antimony.", "supply-chain"),
        (
            "The task force will look at expanding vaccine and insulin production capacity.",
            "supply-chain",
        ),
        (
            "A working group will take forward standards cooperation on batteries.",
            "standardization",
        ),
        # Federal strategy summary; clean-technology council readout.
        ("The strategy aims to mitigate supply risks tied to rare metals.", "supply-chain"),
        ("The agencies will map risks to the supply of medical isotopes.", "supply-chain"),
        # Trade and technology council statement.
        (
            "The two sides will recognise each other's conformity assessments for machinery.",
            "standardization",
        ),
    ],
)
def test_it_reads_the_area_from_its_instrument_and_quotes_the_sentence(
    sentence: str, area: str
) -> None:
    assert _areas(sentence).get(area) == sentence


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # An official's duties are not a border duty.
        ("The officials will carry out their duties in Geneva.", "regulation"),
        ("The minister cut short her visit to the port.", "regulation"),
        # A life built at home is not production kept at home.
        ("The couple built a new life at home after the war.", "supply-chain"),
        # Access to a service is not access to money.
        ("Families will get better access to childcare.", "investment"),
        ("The council will speed up its decisions on school places.", "regulation"),
        ("The bakery diversified its product range last year.", "supply-chain"),
        ("The clinic will screen patients for diabetes.", "regulation"),
        ("The bakery will expand its bread production capacity.", "supply-chain"),
        ("The utility will increase the supply of drinking water.", "supply-chain"),
        ("The pact relies on investment screening to deter hostile buyers.", "investment"),
        # A risk a firm faces, named in passing, is not a measure on supply.
        ("The retailer faces supply risk from a single vendor.", "supply-chain"),
        ("Beijing's export restrictions on gallium have hit chipmakers.", "regulation"),
        ("Ministers will respond to China's new export curbs on graphite.", "regulation"),
        # A rival's curbs, named as the threat, are not the partners' rule.
        ("Leaders called on Beijing to lift restrictions on exports of gallium.", "regulation"),
    ],
)
def test_it_does_not_read_the_area_from_lookalike_wording(sentence: str, area: str) -> None:
    assert area not in _areas(sentence)
