"""Session 26 (recall): a dated purpose participle hung on a decision ("approved a draft
plan, aiming to finalise it by the end of next month", "adopted its strategy, seeking to
double exports within five years") is the deciding body's next piece of work
(`action.aimed_participle`); an undated one is the decision's purpose, and one inside a
promise's own object is that promise's end, not a second promise. Sentences written for
these tests, in a wire's, a ministry's and a regulator's manner."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import ActionRow, due_rows, text_actions

PUBLISHED = dt.date(2026, 3, 6)
TODAY = dt.date(2026, 8, 1)
RULE = "action.aimed_participle"


def actions(text: str) -> list[ActionRow]:
    return due_rows(text_actions(text, today=TODAY, published=PUBLISHED))


def aimed(found: list[ActionRow]) -> list[ActionRow]:
    return [row for row in found if row[3] == RULE]


def test_a_wire_s_dated_aim_after_a_cabinet_decision_is_work_ahead() -> None:
    found = actions(
        "OSLO, March 6 (Nordwire) - The Norwegian government on Friday approved a draft "
        "coastal fisheries plan, aiming to put the plan into force by the end of next month."
    )
    assert [(d, owner, due) for d, owner, due, _ in aimed(found)] == [
        ("Put the plan into force", "Norway", dt.date(2026, 4, 30))
    ]


def test_a_ministry_s_aim_within_a_span_keeps_the_span() -> None:
    found = actions(
        "The Ministry of Trade of Kenya adopted its export strategy on Thursday, seeking to "
        "double horticulture exports to the Gulf within five years."
    )
    assert [(d, due) for d, _, due, _ in aimed(found)] == [
        ("Double horticulture exports to the Gulf", dt.date(2031, 3, 5))
    ]


def test_an_undated_aim_is_the_decision_s_purpose() -> None:
    found = actions(
        "The Energy Regulation Board opened a review of network charges on Monday, aiming "
        "to determine whether the current formula still reflects costs."
    )
    assert aimed(found) == []


def test_the_aim_of_a_promise_is_that_promise_s_end() -> None:
    found = actions(
        "The Pacific Ocean Commission agreed on Friday to resume talks during 4 to 15 May, "
        "aiming to conclude a treaty on deep-sea mining in time for its summit in September."
    )
    assert aimed(found) == []
    assert [d for d, *_ in found if d.startswith("Resume talks")]


def test_an_aim_already_past_is_no_work_ahead() -> None:
    found = actions(
        "The Finance Ministry of Ghana revised the budget in March, seeking to close the "
        "financing gap by December 2025."
    )
    assert aimed(found) == []
