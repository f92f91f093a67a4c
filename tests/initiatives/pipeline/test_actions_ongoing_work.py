"""Session 25 (recall): work a body says it is doing now ("Orrin Solar is putting $20
million into a second plant", "Coastal officials are drafting a treaty…") is that body's
action (`action.ongoing_work`); a forecast or a state ("prices are hitting records"), a
deliberation ("is considering a levy") and the announcement itself ("is announcing a
hearing") are none. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import ActionRow, due_rows, text_actions

PUBLISHED = dt.date(2026, 2, 4)
TODAY = dt.date(2026, 8, 1)
LEAD = "The Ministry of Energy and Mines announced a new investment plan on Wednesday.\n\n"


def actions(text: str) -> list[ActionRow]:
    return due_rows(text_actions(LEAD + text, today=TODAY, published=PUBLISHED))


def test_a_named_company_putting_money_into_a_plant_is_at_work() -> None:
    found = actions("Orrin Solar is putting $20 million into a second plant in Thika.")
    assert (
        "Put $20 million into a second plant in Thika",
        "Orrin Solar",
        None,
        "action.ongoing_work",
    ) in found


def test_work_under_way_keeps_the_deadline_of_its_sentence() -> None:
    found = actions(
        "The Ministry of Fisheries is drafting a treaty on shared lake stocks, to be handed "
        "to the Ugandan side by March 2027."
    )
    assert [
        (owner, due, rule)
        for description, owner, due, rule in found
        if description.startswith("Draft a treaty on shared lake stocks")
    ] == [("Ministry of Fisheries", dt.date(2027, 3, 31), "action.ongoing_work")]


def test_a_rising_price_is_no_work() -> None:
    found = actions("Fertiliser prices are hitting records across the region this season.")
    assert not [d for d, *_ in found if d.startswith("Hit")]


def test_a_deliberation_is_no_work() -> None:
    found = actions("The Ministry of Energy and Mines is considering a levy on diesel generators.")
    assert not [d for d, *_ in found if d.startswith("Consider")]


def test_the_announcement_itself_is_no_work() -> None:
    found = actions(
        "The Ministry of Energy and Mines is announcing a public hearing on the tariff."
    )
    assert not [d for d, *_ in found if d.startswith("Announce")]
