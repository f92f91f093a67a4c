"""Session 27: what a body "decided to" buy or give, counted in money or in large numbers
("decided to purchase one million wheat bags", "decided to provide a subsidy of up to 98
billion yen"), is work still to do, not the decision itself; a decision's own terms
("decided to keep the rate at 4.5%", "decided to withdraw two proposals") stay the
decision. Sentences written for these tests, in a provincial cabinet's, a ministry's and
a central bank's manner."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import text_actions

PUBLISHED = dt.date(2026, 2, 26)
TODAY = dt.date(2026, 8, 1)


def descriptions(text: str) -> list[str]:
    return [a.description for a in text_actions(text, today=TODAY, published=PUBLISHED)]


def test_a_cabinet_that_decided_to_purchase_a_million_bags_has_that_work() -> None:
    found = descriptions(
        "The Sindh cabinet on Tuesday approved the rice procurement policy.\n\n"
        "The Sindh cabinet decided to purchase two million rice bags from the provincial "
        "food department."
    )
    assert "Purchase two million rice bags from the provincial food department" in found


def test_a_ministry_that_decided_to_provide_a_subsidy_has_that_work() -> None:
    found = descriptions(
        "The Ministry of Economy, Trade and Industry today certified a plan for a battery "
        "plant in Aichi Prefecture.\n\n"
        "The Ministry of Economy, Trade and Industry decided to provide a subsidy of up to "
        "45 billion yen for the plant."
    )
    assert [d for d in found if d.startswith("Provide a subsidy of up to 45 billion yen")]


def test_a_decision_to_keep_a_rate_or_withdraw_proposals_is_the_decision() -> None:
    found = descriptions(
        "The European Commission today adopted its work programme.\n\n"
        "The European Commission decided to withdraw two proposals on packaging. The "
        "European Central Bank decided to keep the deposit rate at 2.5%."
    )
    assert not [d for d in found if d.startswith(("Withdraw", "Keep"))]
