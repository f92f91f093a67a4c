"""Session 26 (round 2): a thing promised in a state of readiness by a date ("the depots
will be ready by October", "the new portal will be operational in 2027", "the scheme will
be in place by the end of the year", "grants will be available from 1 May") is work a
reader follows to its end (`action.ready_by`): someone makes it ready, puts it in place.
Undated, or in a relative clause, or negated, it only describes. Sentences written for
these tests, in a ministry's, a regulator's, a city's and a wire's manner."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import ActionRow, due_rows, text_actions

PUBLISHED = dt.date(2026, 3, 6)
TODAY = dt.date(2026, 8, 1)
RULE = "action.ready_by"


def actions(text: str) -> list[ActionRow]:
    return due_rows(text_actions(text, today=TODAY, published=PUBLISHED))


def ready(found: list[ActionRow]) -> list[ActionRow]:
    return [row for row in found if row[3] == RULE]


def test_a_ministry_s_depots_ready_by_a_month_are_work_ahead() -> None:
    found = actions(
        "The Ministry of Agriculture of Zambia adopted a grain storage plan on Friday.\n\n"
        "Twelve new district depots will be ready for the harvest by October, the plan says."
    )
    assert [(d, due) for d, _, due, _ in ready(found)] == [
        ("Make twelve new district depots ready for the harvest", dt.date(2026, 10, 31))
    ]


def test_a_regulator_who_says_a_scheme_will_be_in_place_owns_it() -> None:
    found = actions(
        "The Ministry of Finance of Peru launched a review of pension rules on Monday.\n\n"
        "The SBS said the new supervision scheme will be in place by the end of the year, "
        "once the rules have been published."
    )
    assert [(d, owner, due) for d, owner, due, _ in ready(found)] == [
        ("Put the new supervision scheme in place", "SBS", dt.date(2026, 12, 31))
    ]


def test_a_city_s_portal_operational_in_a_year_is_dated_to_that_year() -> None:
    found = actions(
        "The City of Leeds approved its digital services strategy on Tuesday.\n\n"
        "The new permits portal will be operational in 2027, officials said."
    )
    assert [(d, due) for d, _, due, _ in ready(found)] == [
        ("Make the new permits portal operational", dt.date(2027, 12, 31))
    ]


def test_a_window_opened_and_closed_is_one_window() -> None:
    found = actions(
        "The Government of Chile announced drought relief for farmers on Wednesday.\n\n"
        "Relief grants will be available from 1 April 2026 and until 30 September 2026."
    )
    assert [(d, due) for d, _, due, _ in ready(found)] == [
        ("Make relief grants available", dt.date(2026, 9, 30))
    ]


def test_an_undated_state_only_describes() -> None:
    found = actions(
        "The Ministry of Health of Ghana launched a clinic programme on Friday.\n\n"
        "The funding will be available to district hospitals in tandem with the existing "
        "maternal health grants."
    )
    assert ready(found) == []


def test_a_relative_clause_qualifies_its_noun() -> None:
    found = actions(
        "The Department of Transport of Ireland launched a consultation on Monday.\n\n"
        "It also opened an online survey, which will be available to the public by June."
    )
    assert ready(found) == []


def test_a_negated_or_capacity_state_is_no_promise() -> None:
    found = actions(
        "The Ministry of Energy of Kenya adopted a grid plan on Thursday.\n\n"
        "The new substations will not be ready by December. The utility will be ready to "
        "connect new customers by March."
    )
    assert ready(found) == []


def test_a_subject_pointing_back_at_told_promises_adds_none() -> None:
    found = actions(
        "The Ministry of Labour of Ghana announced apprenticeship reforms on Monday.\n\n"
        "The ministry will double wage subsidies for apprentices. Both schemes will be in "
        "place by September."
    )
    assert ready(found) == []
