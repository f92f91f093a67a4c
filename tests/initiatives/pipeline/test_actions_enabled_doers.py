"""Session 25 (recall): work that a grant, a loan or a deal enables a named body to do
("The loan will allow the Tana Water Board to lay pipes", "The deal will see Orrin Solar
install panels") is that body's promise (`action.enabled_doer`); a body that allows
others to act, and a beneficiary that a project helps, own no such work. Also: a
one-word company name that the text writes in lower case only inside an e-mail or web
address is still a name. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import ActionRow, due_rows, text_actions

PUBLISHED = dt.date(2026, 3, 11)
TODAY = dt.date(2026, 9, 30)
LEAD = "The Ministry of Water and Sanitation announced new financing on Wednesday.\n\n"


def actions(text: str) -> list[ActionRow]:
    return due_rows(text_actions(LEAD + text, today=TODAY, published=PUBLISHED))


def owners(text: str) -> dict[str, str | None]:
    return {d: o for d, o, _, _ in actions(text)}


def test_a_loan_that_allows_a_named_board_to_work_gives_the_board_the_promise() -> None:
    found = actions(
        "The new loan will allow the Tana Water Board to lay 90 km of pipes by June 2028."
    )
    assert (
        "Lay 90 km of pipes",
        "Tana Water Board",
        dt.date(2028, 6, 30),
        "action.enabled_doer",
    ) in found


def test_a_deal_that_will_see_a_company_work_gives_the_company_the_promise() -> None:
    found = owners(
        "The partnership will see Orrin Solar install rooftop panels on 25 district hospitals."
    )
    assert found.get("Install rooftop panels on 25 district hospitals") == "Orrin Solar"


def test_an_acronym_enabled_by_a_grant_owns_its_work() -> None:
    found = owners("The grant will enable UNHCR to register 40,000 new arrivals this year.")
    assert found.get("Register 40,000 new arrivals") == "UNHCR"


def test_a_body_that_allows_others_to_act_gives_them_no_promise() -> None:
    found = owners(
        "The Ministry will allow county water companies to use their reserves for repairs."
    )
    assert not [d for d in found if d.startswith("Use their reserves")]


def test_whom_a_project_helps_owns_no_work() -> None:
    found = owners("He said the two projects will help Malawi to raise farm incomes in the south.")
    assert not [d for d in found if d.startswith("Raise farm incomes")]


def test_no_named_body_after_allow_gives_no_promise() -> None:
    found = owners("The funds will allow farmers to buy drip kits before the dry season.")
    assert not [d for d in found if d.startswith("Buy drip kits")]


def test_enabling_with_no_object_gives_no_promise() -> None:
    found = owners("The grant will allow Orrin Solar to grow in the region.")
    assert not [d for d in found if d.startswith("Grow")]


def test_a_company_name_in_a_contact_address_is_still_a_name() -> None:
    text = (
        "Under the deal, Pelltrix will drill 60 boreholes in the northern districts by "
        "March 2027.\n\nMedia enquiries: media@pelltrix.example"
    )
    assert owners(text).get("Drill 60 boreholes in the northern districts") == "Pelltrix"


def test_a_confederation_named_in_lower_case_owns_its_pledge() -> None:
    found = owners(
        "The hoteliers' confederation pledged to train 900 kitchen staff in food hygiene by "
        "May 2027, and the dockworkers' federation will open two legal advice desks in Tema."
    )
    assert found.get("Train 900 kitchen staff in food hygiene") == "Hoteliers' confederation"
    assert found.get("Open two legal advice desks in Tema") == "Dockworkers' federation"


def test_a_chamber_of_commerce_is_a_chamber() -> None:
    found = owners("The regional chamber of commerce will run export clinics for bakeries.")
    assert found.get("Run export clinics for bakeries") == "Regional chamber of commerce"
