"""A dated goal that an agreed act keeps ("the agreement maintains the non-binding goal to
… by 2050") is the target of the body that made the act; undated or outside a rule, not."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_actions

LEAD = (
    "# Deal on river water quality\n\n"
    "The Council of the EU reached a provisional agreement on the directive on 4 May 2026.\n\n"
)


def actions(paragraph: str) -> list[ExtractedAction]:
    return published_actions(LEAD, paragraph)


def test_it_reads_a_dated_goal_kept_by_an_act_as_its_makers_target() -> None:
    found = actions(
        "The provisional agreement maintains the ambitious, non-binding goal to restore "
        "clean rivers by 2045."
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        ("Reach the goal to restore clean rivers", "Council of the EU", "action.target")
    ]
    assert found[0].due is not None and found[0].due.latest == dt.date(2045, 12, 31)


def test_it_takes_no_undated_goal_of_an_act_for_a_target() -> None:
    found = actions("The provisional agreement maintains the goal to restore clean rivers.")
    assert found == []
