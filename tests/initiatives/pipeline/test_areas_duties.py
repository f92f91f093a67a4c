"""Regulation told by the duty a measure lays (areas_duties): a body that will require a
party to act, an instrument amended by its name, rules adopted in a revised form, a
sector's code, undertakings accepted from firms, compliance with amendments, a deal struck
on a law. A thing one needs, a code one types and a report's advice to others carry no
such area. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import sentence_areas


def _areas(sentence: str) -> set[str]:
    return set(sentence_areas(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The rail safety board voted on Tuesday to require freight operators to fit new brakes.",
        "The maritime agency is set to require tracking beacons on all fishing boats.",
        "The markets commission adopted amendments to Form QX on Monday.",
        "Staff will prepare amendments to the Parks Use By-law before the spring.",
        "The island will adopt updated food hygiene regulations within a year.",
        "The ministry published the draft industry code for electricity retailers.",
        "The watchdog will enforce the code with fines of up to $2 million.",
        "The competition authority accepted binding undertakings from three ferry operators.",
        "Compliance with the amendments is required by 1 July.",
        "Negotiators struck a provisional deal on the packaging waste law.",
    ],
)
def test_a_duty_laid_on_others_is_regulation(sentence: str) -> None:
    assert "regulation" in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Visitors will require a permit card to enter the park.",
        "The new bridge will require more time to finish.",
        "Delegates discussed the draft code of the data exchange.",
        "The review recommends that the province require sprinklers in all new homes.",
        "The review recommends that the city study its flood maps, and that the province "
        "update the building code to require valves in all new homes.",
    ],
)
def test_a_need_or_advice_to_others_is_no_regulation(sentence: str) -> None:
    assert "regulation" not in _areas(sentence)
