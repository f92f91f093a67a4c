"""A plan's tasks listed in one sentence ("The main tasks are to …") take the period the
text gave those tasks before ("tasks for the next six months"), and no other."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def actions(text: str) -> list[ExtractedAction]:
    return published_initiative(text, url="", fmt="md").actions


def test_it_dates_the_tasks_by_the_period_given_them_before() -> None:
    found = actions(
        "# Premier sets the cabinet's agenda\n\n"
        "The Prime Minister of Ukraine announced on 3 March 2026 the tasks for the new "
        "ministers for the next three months.\n\n"
        "The main tasks are to expand the power grid, to build new schools and to "
        "fund demining of farmland.\n"
    )
    assert [a.description for a in found] == [
        "Expand the power grid",
        "Build new schools",
        "Fund demining of farmland",
    ]
    assert {(a.due.text, a.due.latest) for a in found if a.due} == {
        ("for the next three months", dt.date(2026, 6, 3))
    }
    assert all(a.due is not None for a in found)


def test_it_leaves_the_tasks_undated_when_their_earlier_mention_has_no_period() -> None:
    found = actions(
        "# Premier sets the cabinet's agenda\n\n"
        "The Prime Minister of Ukraine announced the tasks of the new ministers on 3 March "
        "2026. Elections are due in 2027.\n\n"
        "The main tasks are to expand the power grid and to build new schools.\n"
    )
    assert [a.description for a in found] == ["Expand the power grid", "Build new schools"]
    assert [a.due for a in found] == [None, None]
