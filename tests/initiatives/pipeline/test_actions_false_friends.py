"""Sentences that look like promises and are not: forecasts, past work, conditions,
questions, capacities and purposes."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.run import extract_text

TODAY = dt.date(2026, 11, 24)
HEAD = "Council adopts battery plan\nThe Council adopted the battery plan on 2 June 2025.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan is expected to influence investment decisions.",
        "Battery demand will become a driver of growth.",
        "The market will grow by a third in the coming years.",
        "Prices would fall if supply improved.",
        "The Commission published a battery passport in 2024.",
        "If talks fail, the Commission will propose tariffs.",
        "Will the Commission publish a new strategy?",
        "The new plants have the potential to deliver 40 GWh a year.",
        "Member states agreed on the need to strengthen recycling.",
        "Regions will be affected by the closures.",
        "Kyiv hopes the Commission will open talks soon.",
        "Industry groups urged the Council to publish guidance.",
        "The measure, which will mobilise €2 billion, was welcomed by industry.",
        "The Commission will meet with industry next week.",
        "Member states should consider joint purchases of batteries.",
        "Some analysts argued that the Commission needs to publish a new strategy.",
        "The Cabinet's Programme of Activities will set the priorities for the year.",
    ],
)
def test_it_takes_no_action_from_a_false_friend(sentence: str) -> None:
    extraction = extract_text(HEAD + sentence, today=TODAY, published=dt.date(2025, 6, 3))
    assert extraction.initiative is not None
    assert [a.description for a in extraction.initiative.actions] == []


@pytest.mark.parametrize(
    ("sentence", "description"),
    [
        ("The Commission will expand the battery alliance.", "Expand the battery alliance"),
        ("The Council is set to start talks with Japan.", "Start talks with Japan"),
        ("The Commission has committed to reducing red tape.", "Reduce red tape"),
    ],
)
def test_it_takes_a_forecast_verb_as_a_promise_when_a_body_does_it_to_something(
    sentence: str, description: str
) -> None:
    extraction = extract_text(HEAD + sentence, today=TODAY, published=dt.date(2025, 6, 3))
    assert extraction.initiative is not None
    assert [a.description for a in extraction.initiative.actions] == [description]
