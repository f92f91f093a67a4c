"""Two area classes missed on real-looking pages (session 22): standards named with their
field between "common" and "standards", or as performance standards; and a regulation or
directive adopted. A rule not adopted carries no area. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import sentence_areas


def _areas(sentence: str) -> set[str]:
    return set(sentence_areas(sentence))


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("Ports will meet common cybersecurity performance standards by 2028.", "standardization"),
        ("The partners agreed shared hydrogen purity standards for buses.", "standardization"),
        ("New homes must meet minimum energy performance standards.", "standardization"),
        ("The Council today formally adopted a regulation on battery passports.", "regulation"),
        ("Parliament approved the directive on platform work on Tuesday.", "regulation"),
        ("The ministers adopted a new regulation on methane leaks.", "regulation"),
    ],
)
def test_the_sentence_carries_its_area(sentence: str, area: str) -> None:
    assert area in _areas(sentence)


def test_a_regulation_not_yet_adopted_carries_no_area() -> None:
    assert "regulation" not in _areas("Member states have not yet adopted the ports regulation.")
