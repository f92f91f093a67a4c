"""A day or month written without a year dates a decision in the past, whatever future
the rest of the sentence speaks of. Texts written for these tests, in several
publishers' styles, read early in January."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 1, 5)  # a Tuesday


def _decide(text: str) -> Decision:
    return decision_of(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        # EU Council release read in the new year.
        (
            "Budget deal\n\nMinisters agreed on 20 December to a budget that will take "
            "effect in March.",
            dt.date(2026, 12, 20),
            "day",
        ),
        # Japanese wire.
        (
            "TOKYO (Jiji Press)--In late December the cabinet approved a plan that will "
            "double grants to regions.",
            dt.date(2026, 12, 1),
            "month",
        ),
        # US agency release, American order.
        (
            "Rule finalized\n\nThe agency finalized on December 30 a rule that will cut "
            "methane leaks.",
            dt.date(2026, 12, 30),
            "day",
        ),
    ],
)
def test_a_yearless_date_of_a_decision_is_the_one_gone_by(
    text: str, day: dt.date, precision: str
) -> None:
    decision = _decide(text)
    assert (decision.decided_on, decision.precision, decision.year_inferred) == (
        day,
        precision,
        True,
    )


def test_a_date_of_what_was_agreed_to_is_not_the_decision_day() -> None:
    decision = _decide(
        "Talks\n\nMinisters agreed on Tuesday to hold the next round on 20 December."
    )
    assert (decision.decided_on, decision.date_rule) == (PUBLISHED, "decided_on.weekday")
