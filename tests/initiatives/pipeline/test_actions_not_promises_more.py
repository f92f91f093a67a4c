"""What is said in the future tense but promises nothing: a request that others do the
same, another country's pledge on a condition, and what a document contains."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_actions

LEAD = (
    "# Clean energy strategy\n\nThe UK Government published its clean energy strategy on "
    "3 March 2026.\n\n"
)


def actions(paragraph: str) -> list[ExtractedAction]:
    return published_actions(LEAD, paragraph)


def test_it_takes_no_promise_from_a_request_that_others_do_the_same() -> None:
    assert actions("Other countries are being asked to do the same.") == []


def test_it_takes_no_promise_from_another_countrys_conditional_pledge() -> None:
    found = actions(
        "Norway will contribute $500 million if other donors match its pledge. The "
        "government will act if prices rise."
    )
    assert [(a.description, a.owner) for a in found] == [("Act if prices rise", "United Kingdom")]


def test_it_takes_no_promise_from_what_the_strategy_contains() -> None:
    found = actions(
        "The strategy was published on Monday. It will set binding measures for the sector. "
        "They aim to guide investment in clean energy. The government will publish a "
        "delivery plan by June."
    )
    assert [a.description for a in found] == ["Publish a delivery plan"]


def test_a_body_named_in_the_text_keeps_a_promise_made_if_needed() -> None:
    found = actions("The European Commission will propose further measures if needed.")
    assert [(a.description, a.owner) for a in found] == [
        ("Propose further measures if needed", "European Commission")
    ]
