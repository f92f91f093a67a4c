"""The time a body is given to do a thing is dated by one rule, whether the text says the
body "has" the time or another body "allows" it."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.dates_due import parse_due
from initiatives.pipeline.dates_due_calendar import time_given
from tests.initiatives.pipeline.published import published_initiative

R = dt.date(2026, 3, 4)


def test_the_time_a_firm_has_and_the_time_it_is_allowed_are_one_rule() -> None:
    had = parse_due("Suppliers now have six months to publish tariffs.", reference=R)
    text = "The regulator will allow suppliers a further six months to publish tariffs."
    allowed = time_given(text, text.index("a further"), len(text), R)
    assert had is not None and allowed is not None
    assert (
        (had.rule, had.latest)
        == (allowed.rule, allowed.latest)
        == (
            "given_units_to",
            dt.date(2026, 9, 4),
        )
    )
    assert allowed.text == "six months"


def test_a_work_a_regulator_allows_is_due_when_the_time_given_ends() -> None:
    found = published_initiative(
        "# Tariffs\n\nThe regulator announced new rules on 4 March 2026. The regulator will "
        "allow suppliers one year to publish their tariff plans.\n",
        fmt="md",
    ).actions
    assert [(a.owner, a.due.rule if a.due else None) for a in found] == [
        ("Suppliers", "given_units_to")
    ]
    assert found[0].due is not None and found[0].due.latest == dt.date(2027, 3, 4)


def test_a_span_with_no_number_gives_no_time() -> None:
    assert time_given("allow suppliers time to publish", 0, 31, R) is None
