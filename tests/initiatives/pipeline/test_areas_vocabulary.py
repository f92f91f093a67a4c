"""Cooperation areas read by meaning, in the wording of any government, with false friends."""

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
        (
            "Leaders will work together to secure critical minerals for the energy transition.",
            "supply-chain",
        ),
        (
            "The plan aims to reduce our strategic dependencies on a single supplier.",
            "supply-chain",
        ),
        ("Allies agreed to build stockpiles of medical countermeasures.", "supply-chain"),
        ("The strategy supports diversification of supply for rare earth magnets.", "supply-chain"),
        ("Ministers will develop a roadmap for standards-based markets.", "standardization"),
        (
            "The institute will lead work on consensus standards for artificial intelligence.",
            "standardization",
        ),
        ("Sampling points will follow a common EU methodology.", "standardization"),
        ("The Department will provide concessional loans to drought-affected farms.", "investment"),
        ("Members pledged to spend 5% of GDP on defence and security by 2035.", "investment"),
        ("A new infrastructure fund will back regional airports.", "investment"),
        (
            "The group will support policy and regulatory reforms in partner countries.",
            "regulation",
        ),
        ("The government will speed up permitting for onshore wind farms.", "regulation"),
        ("States agreed amendments to the International Health Regulations.", "regulation"),
        (
            "Members agreed on disciplines that prohibit certain forms of harmful fishing "
            "subsidies.",
            "regulation",
        ),
        ("The firms will set up a joint venture to build the engines locally.", "co-production"),
    ],
)
def test_it_links_an_area_named_in_other_words(sentence: str, area: str) -> None:
    assert _areas(sentence)[area] == sentence


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("China has a record of weaponizing export controls on gallium.", "regulation"),
        ("The partners promote high labour standards in their trade deals.", "standardization"),
        ("Rising prices hit the standard of living of pensioners.", "standardization"),
        ("Education is an investment in our future, the minister said.", "investment"),
        ("The minister invested time in meeting the farmers.", "investment"),
        ("The plan raises social support programmes for families.", "investment"),
    ],
)
def test_it_links_no_area_from_a_false_friend(sentence: str, area: str) -> None:
    assert area not in _areas(sentence)


def test_it_keeps_a_real_term_beside_a_false_friend() -> None:
    sentence = (
        "Despite Beijing's export controls, the partners agreed on regulatory "
        "cooperation on batteries."
    )
    assert _areas(sentence)["regulation"] == sentence
