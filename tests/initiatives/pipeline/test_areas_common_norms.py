"""Standardization told by the shared norm itself (areas_common_norms): one form, format,
method or set of criteria for all, a standard template, the standards of a trade or a
data set, a certificate recognised across borders. The same words for a habit, a high bar
or a range of awards carry no such area. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import sentence_areas


def _areas(sentence: str) -> set[str]:
    return set(sentence_areas(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Port authorities will roll out a common electronic cargo manifest form next year.",
        "Each county will measure flood risk using a single national method by 2028.",
        "The directive sets harmonised criteria for when used tyres become waste.",
        "The ten banks agreed to use the same data formats for fraud reports.",
        "Grocers will adopt a standard template for allergen labels.",
        "The agency will write competency standards for 25 building trades.",
        "The ministry will publish a data standard for school records.",
        "A nursing certificate earned in one province will be recognised in another.",
        "The partners will create a welding certificate recognised in all four countries.",
    ],
)
def test_a_norm_shared_by_all_is_standardization(sentence: str) -> None:
    assert "standardization" in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two bakeries share the same methods of work.",
        "The plan replaces twenty awards with a single family of certificates.",
        "The council will keep raising standards of customer care.",
    ],
)
def test_a_habit_or_a_high_bar_is_no_standardization(sentence: str) -> None:
    assert "standardization" not in _areas(sentence)
