"""A list under "has decided to:" is what was decided, not work still to do: a rate set,
a weighting kept, a shortfall spread. An item that makes something ("draw up a code")
or is dated ahead ("publish the schedules by 15 September") stays a promise, as in prose.
"""

from __future__ import annotations

from tests.initiatives.pipeline.published import action_rows, quoted_actions


def rows(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return action_rows(quoted_actions(text))


def test_a_regulators_decided_rates_are_no_actions() -> None:
    # an energy regulator's decision paper, in bullets
    found = rows(
        "# Decision: network tariffs 2026-27\n\nThe Water and Energy Board published its "
        "decision on 2 March 2026.\n\nThe Water and Energy Board has decided to:\n\n"
        "- set the network charge at £14.20 per MWh, a cut of 4 per cent on 2024-25;\n"
        "- keep the existing peak weighting;\n"
        "- recover the £12 million deficit of 2023-24 from all suppliers.\n"
    )
    assert found == []


def test_a_decided_list_inline_is_no_action() -> None:
    # a city council's decision summary, items in one sentence after a colon
    found = rows(
        "# Council decision on parking\n\nLakeport City Council met on 2 March 2026. "
        "The Council decided the following: retain the current evening rates; "
        "freeze the resident permit fee; and end the late-night surcharge.\n"
    )
    assert found == []


def test_work_a_body_decided_to_make_or_dated_ahead_stays_an_action() -> None:
    # a ministry's decision list that also sets future work
    found = rows(
        "# Decisions on rail safety\n\nThe Ministry of Transport announced its decisions on "
        "2 March 2026.\n\nThe Ministry of Transport has decided to:\n\n"
        "- keep the current inspection interval;\n"
        "- draw up a code of practice for level crossings;\n"
        "- publish the revised standards by 30 September 2026.\n"
    )
    assert [(r[0], r[2]) for r in found] == [
        ("Draw up a code of practice for level crossings", None),
        ("Publish the revised standards", "by 30 September 2026"),
    ]


def test_a_list_the_body_will_carry_out_is_still_promised() -> None:
    # the same items, promised rather than decided
    found = rows(
        "# Next steps on tariffs\n\nThe Water and Energy Board published a consultation on "
        "2 March 2026.\n\nThe Water and Energy Board will:\n\n"
        "- review the network charge by June 2026;\n"
        "- consult on the peak weighting later this year.\n"
    )
    assert [r[0] for r in found] == [
        "Review the network charge",
        "Consult on the peak weighting",
    ]


def test_a_decision_in_prose_compared_with_a_past_year_is_no_action() -> None:
    # a central bank's statement: the past year compares, it dates nothing
    found = rows(
        "# Policy rate decision\n\nThe Central Bank of Lesotho announced its decision on "
        "2 March 2026. The Monetary Policy Committee decided to keep the rate at 7 per cent, "
        "unchanged from 2025.\n"
    )
    assert found == []
