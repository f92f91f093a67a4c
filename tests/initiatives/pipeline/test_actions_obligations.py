"""Obligations a rule lays on things ("new vans will need to…", "every new school must…"):
promises of the body that made the rule, but only in a text that makes rules."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def actions(text: str) -> list[ExtractedAction]:
    return published_initiative(text, url="", fmt="md").actions


RULE = (
    "# Council adopts cleaner van standards\n\n"
    "The Council of the EU adopted the regulation on new vans on 4 May 2026.\n\n"
)


def test_it_reads_what_a_regulation_requires_of_things_as_its_makers_promise() -> None:
    found = actions(
        RULE + "By 2031, new delivery vans will need to halve their exhaust emissions and "
        "become fully electric by 2036.\n"
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        (
            "New delivery vans to halve their exhaust emissions",
            "Council of the EU",
            "action.obligation",
        ),
        (
            "New delivery vans to become fully electric",
            "Council of the EU",
            "action.obligation.second_promise",
        ),
    ]
    assert [(a.due.text, a.due.latest) for a in found if a.due] == [
        ("By 2031", dt.date(2031, 12, 31)),
        ("by 2036", dt.date(2036, 12, 31)),
    ]
    sentence = "By 2031, new delivery vans will need to halve"
    assert all(a.evidence.quote.startswith(sentence) for a in found)


def test_it_reads_must_on_a_thing_in_a_building_standard() -> None:
    found = actions(
        "# New homes standard\n\nThe UK Government announced the Future Homes "
        "Standard on 2 June 2026.\n\nAll new homes must install low-carbon heating "
        "from 2028.\n"
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        (
            "All new homes to install low-carbon heating",
            "United Kingdom",
            "action.obligation",
        )
    ]


def test_it_takes_no_obligation_on_a_thing_for_a_promise_outside_a_rule() -> None:
    found = actions(
        "# Energy bills rise\n\nThe Treasury announced a price cap on 4 May 2026.\n\n"
        "Households will have to pay more for heating this winter.\n"
    )
    assert found == []


def test_it_takes_no_forecast_in_a_rule_for_an_obligation() -> None:
    found = actions(RULE + "Van prices will have to rise as the market adjusts.\n")
    assert found == []
