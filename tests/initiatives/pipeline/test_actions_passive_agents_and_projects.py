"""A passive whose agent is a named body is that body's work, even with a participle that
mostly says how a subject is ("will be determined by the General Council", "will be paid
by the Treasury"); the market or buyers, no body, give nothing. A project known by its
full name ("the Lower Shire Rural Feeder Roads Upgrading Project") that does work is the
work of the body behind it, as a shorter name is; its effects are no work."""

from __future__ import annotations

from tests.initiatives.pipeline.published import action_rows as rows
from tests.initiatives.pipeline.published import quoted_actions as actions


def test_a_participle_of_state_is_work_when_a_named_body_does_it() -> None:
    found = actions(
        "# Trade talks close\n\nThe World Trade Organization closed its ministerial "
        "conference in Geneva on 3 March 2026.\n\nThe venue of the next conference will be "
        "determined by the WTO General Council. Tariff rates will be determined by the "
        "market.\n"
    )
    assert [(d, owner) for d, owner, _, _ in rows(found)] == [
        ("Determine the venue of the next conference", "WTO General Council")
    ]


def test_a_sum_paid_by_a_named_body_is_its_promise_and_a_payment_by_buyers_is_not() -> None:
    found = actions(
        "# Drought relief\n\nThe Ministry of Agriculture announced drought relief on "
        "3 March 2026.\n\nThe relief grants will be paid by the Ministry of Agriculture "
        "by June. Growers will be paid by the processors at harvest.\n"
    )
    assert [(d, owner, due) for d, owner, due, _ in rows(found)] == [
        ("Pay the relief grants", "Ministry of Agriculture", "by June")
    ]


def test_a_project_known_by_its_full_name_does_the_work_of_its_lender() -> None:
    found = actions(
        "# Rural roads loan\n\nThe Asian Development Bank approved a loan for rural roads "
        "on 3 March 2026.\n\nThe Lower Shire Rural Feeder Roads Upgrading Project will "
        "rebuild about 640 kilometres of feeder roads by 2029. The Northern Hills Rural "
        "Water Supply Project will benefit 2 million people.\n"
    )
    assert [(d, owner, due) for d, owner, due, _ in rows(found)] == [
        ("Rebuild about 640 kilometres of feeder roads", "Asian Development Bank", "by 2029")
    ]
