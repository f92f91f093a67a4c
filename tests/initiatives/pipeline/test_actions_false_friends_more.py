"""More sentences that look like promises and are not, one per class met in real texts:
what a document will say, what happens now, a speaker's own wish, an undated goal of a
plan, how a strategy is delivered, what a report includes, a measure the decision takes."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.run import extract_text

TODAY = dt.date(2026, 11, 24)
HEAD = "Council adopts battery plan\nThe Council adopted the battery plan on 2 June 2025.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The strategy will set out how member states will cut their imports.",
        "The annex explains when the Commission will review the rules.",
        "Billions of euros are being wasted on duplicated programmes.",
        "Battery prices are increasingly falling across Europe.",
        "“I want to thank the rapporteurs for their work,” the minister said.",
        "The goal is to drive cooperation and information sharing.",
        "The plan will be delivered through coordinated action across all levels of government.",
        "The next report will include regional data.",
        "The Council also adopted measures to cut red tape for recyclers.",
        "The chair will convene the next round of talks in June.",
        "The programme, which aims to accelerate recycling, was welcomed by industry.",
    ],
)
def test_it_takes_no_action_from_a_false_friend(sentence: str) -> None:
    extraction = extract_text(HEAD + sentence, today=TODAY, published=dt.date(2025, 6, 3))
    assert extraction.initiative is not None
    assert [a.description for a in extraction.initiative.actions] == []
