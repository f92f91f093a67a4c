"""Session 26 (recall): "if any" after what a body will work on ("remove loopholes, if
any") qualifies the work's object, it sets no condition: the promise stays, whoever makes
it; a real condition on another's act ("if other donors match it") still takes it away.
Sentences written for these tests, in a wire's and a regulator's manner."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_actions

LEAD = (
    "# Cannabis policy review\n\nThe Federal Cabinet of Pakistan approved a review of the "
    "cannabis policy on 4 August 2025.\n\n"
)


def actions(paragraph: str) -> list[ExtractedAction]:
    return published_actions(LEAD, paragraph)


def test_a_committee_s_work_on_loopholes_if_any_is_a_promise() -> None:
    found = actions(
        "The review committee will scrutinise the draft licensing rules to identify and "
        "close loopholes, if any."
    )
    assert [a.description for a in found] == [
        "Scrutinise the draft licensing rules to identify and close loopholes, if any"
    ]


def test_a_regulator_s_refund_of_overcharges_if_any_is_a_promise() -> None:
    found = actions(
        "The Water Services Regulation Authority will refund overcharged customers, if any, "
        "by March 2026."
    )
    assert [a.description for a in found if a.description.startswith("Refund")]


def test_another_s_pledge_on_a_condition_stays_out() -> None:
    found = actions("Norway will contribute $500 million if other donors match its pledge.")
    assert found == []
