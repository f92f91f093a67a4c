"""What a budget gives, in the present tense, is its holder's promise: "Council's 2026-27
budget, adopted in June, allocates $3.2 million to footpath renewal" (a local paper),
"Budget 2026 provides $150 million over three years to repair bridges" (a federal release).
The budget's year dates it unless the sentence gives a deadline of its own."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import quoted_actions

SHIRE = (
    "# Council adopts plan\n\n"
    "By Jo Marsh\n\n"
    "Ashby Shire Council formally adopted its Council Plan 2026-2030 on Tuesday night.\n\n"
)
RELEASE = (
    "# Government of Canada invests in bridges\n\n"
    "March 4, 2026 — Ottawa — Transport Canada announced $22 million to repair three "
    "bridges in Ontario.\n\n"
)


def last(text: str) -> tuple[str, str | None, dt.date | None, str]:
    found = quoted_actions(text)[-1]
    return (
        found.description,
        found.owner,
        found.due.latest if found.due else None,
        found.rule,
    )


def test_it_reads_a_councils_budget_allocation_in_the_budgets_year() -> None:
    description, owner, latest, rule = last(
        SHIRE + "Council's 2026-27 budget, adopted in June, allocates $3.2 million to "
        "footpath renewal.\n"
    )
    assert (description, rule) == (
        "Allocate $3.2 million to footpath renewal",
        "action.budget_gives",
    )
    assert owner is not None
    assert latest is not None and latest.year == 2027


def test_it_reads_a_federal_budgets_provision_with_its_own_deadline() -> None:
    assert last(
        RELEASE + "Budget 2026 provides $150 million over three years to repair bridges "
        "damaged by floods.\n"
    )[0::2] == ("Provide $150 million to repair bridges damaged by floods", dt.date(2029, 3, 4))


def test_it_takes_no_cut_and_no_other_governments_budget_for_the_texts_promise() -> None:
    assert [
        a.rule for a in quoted_actions(SHIRE + "The budget includes cuts of 5 per cent.\n")
    ] == []
    found = quoted_actions(SHIRE + "The state budget invests $40 million in school repairs.\n")
    assert [a for a in found if a.rule == "action.budget_gives"] == []
