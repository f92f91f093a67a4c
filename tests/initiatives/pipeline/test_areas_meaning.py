"""More of each area's meaning, written as ministries, agencies and alliances write it, and
outcomes or bystanders that name an area's word without committing to the area."""

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
        ("The loans aim to cut reliance on a single supplier of graphite.", "supply-chain"),
        ("The fund will help firms bring production of medicines back home.", "supply-chain"),
        ("The scheme targets bottlenecks in the supply of transformers.", "supply-chain"),
        (
            "Ministers want to secure access to lithium and nickel for battery plants.",
            "supply-chain",
        ),
        ("The plan tackles shortages of chips and medicines.", "supply-chain"),
        (
            "The agency will publish test methods and technical specifications for heat pumps.",
            "standardization",
        ),
        (
            "Regulators will align the technical requirements for medical devices.",
            "standardization",
        ),
        ("The government will offer tax credits for heat pump installers.", "investment"),
        ("Allies will invest 3.5% of GDP on core defence.", "investment"),
        ("The facility will mobilise private capital through blended finance.", "investment"),
        ("The scheme will be co-financed by the regions.", "investment"),
        (
            "The agreement lifts tariffs on machinery and opens procurement markets to partner "
            "firms.",
            "regulation",
        ),
        ("The bill amends the planning rules to speed up housebuilding.", "regulation"),
        ("The Commission will reduce administrative burdens for small firms by 25%.", "regulation"),
        ("The programme will cut bureaucracy for citizens and businesses.", "regulation"),
        ("Partners will co-manufacture the drones in Poland.", "co-production"),
        ("The two firms will manufacture the shells together in Ukraine.", "co-production"),
    ],
)
def test_it_links_an_area_by_its_meaning(sentence: str, area: str) -> None:
    assert _areas(sentence)[area] == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The portal gives councils better data, allowing better investment in local services.",
        "Officials said the talks would also touch on investment banks' concerns.",
    ],
)
def test_an_outcome_or_a_bystander_links_no_area(sentence: str) -> None:
    assert _areas(sentence) == {}
