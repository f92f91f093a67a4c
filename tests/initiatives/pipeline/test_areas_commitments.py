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
