"""Areas told in plain words (issue 9): mutual recognition described rather than named and
a technical code shared across borders are standardization; a regulator writing about its
own rules, rulebook or guidance on what firms must do is regulation. The same words with
no such sense carry no area. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import sentence_areas


def _areas(sentence: str) -> set[str]:
    return set(sentence_areas(sentence))


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        (
            "The states will set up one register, so that a fertiliser approved in one state "
            "can be sold in all of them.",
            "standardization",
        ),
        (
            "A tractor approved in one province will be accepted in every other.",
            "standardization",
        ),
        ("The three operators will write a common grid code for offshore wind.", "standardization"),
        ("Regulators agreed harmonised network codes for gas pipelines.", "standardization"),
        ("The Rail Regulator today published changes to its rulebook for operators.", "regulation"),
        ("The agency set out how it will apply its rules to delivery drones.", "regulation"),
        (
            "The Data Commissioner issued guidance on how hospitals must store scans.",
            "regulation",
        ),
        ("The authority published revised merger guidelines on Monday.", "regulation"),
    ],
)
def test_the_sentence_carries_its_area(sentence: str, area: str) -> None:
    assert area in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A farmer registered in one state can sell seed at the border market.",
        "The grid operator will publish a postcode map of outages.",
        "The agency published guidance on how to apply for the grant.",
    ],
)
def test_the_same_words_in_another_sense_carry_no_area(sentence: str) -> None:
    assert not _areas(sentence) & {"standardization", "regulation"}
