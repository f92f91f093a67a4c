"""A target in steps ("by 30% for 2028-2031, 55% for 2032-2035 and 80% as of 2036") is
one action per step, each with its own period; one share with one period stays one."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_actions

LEAD = (
    "# Council adopts cleaner ferry rules\n\n"
    "The Council of the EU adopted the regulation on ferries on 4 May 2026.\n\n"
)


def actions(paragraph: str) -> list[ExtractedAction]:
    return published_actions(LEAD, paragraph)


def test_it_reads_each_step_of_a_stepped_target_with_its_period() -> None:
    found = actions(
        "Sulphur emissions from ferries will have to be cut by 30% for the period "
        "2028-2031, 55% for 2032-2035 and 80% as of 2036."
    )
    assert [(a.description, a.rule) for a in found] == [
        ("Cut sulphur emissions from ferries by 30%", "action.promise.stepped_target"),
        ("Cut sulphur emissions from ferries by 55%", "action.promise.stepped_target"),
        ("Cut sulphur emissions from ferries by 80%", "action.promise.stepped_target"),
    ]
    assert [(a.due.earliest, a.due.latest) for a in found if a.due] == [
        (dt.date(2028, 1, 1), dt.date(2031, 12, 31)),
        (dt.date(2032, 1, 1), dt.date(2035, 12, 31)),
        (dt.date(2036, 1, 1), None),
    ]
    assert {a.owner for a in found} == {"Council of the EU"}
    assert {a.evidence.quote for a in found} == {
        "Sulphur emissions from ferries will have to be cut by 30% for the period "
        "2028-2031, 55% for 2032-2035 and 80% as of 2036."
    }


def test_it_keeps_one_share_with_one_period_as_one_action() -> None:
    found = actions("Sulphur emissions from ferries will have to be cut by 30% by 2030.")
    assert [(a.description, a.rule) for a in found] == [
        ("Cut sulphur emissions from ferries by 30%", "action.promise")
    ]


def test_it_takes_no_shares_without_periods_for_steps() -> None:
    found = actions(
        "The Council will cut port fees by 10%, 20% and 30% for small, medium and large ferries."
    )
    assert len(found) == 1
