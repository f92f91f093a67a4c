"""The owner is the body as the page names it. A regulator's page speaks for the
regulator: its "we will monitor compliance" is the regulator's promise, not its country's
government's; a page whose head names the government or a minister stays the
government's. A listed company's release is the company's, whatever regulator its legal
notice names; "the Federal Government" is that body, as German and Nigerian pages name
it. Texts written for these tests."""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_initiative


def test_a_telecoms_regulators_we_is_the_regulator() -> None:
    found = published_initiative(
        "Making number porting faster\n\n"
        "Statement published 2 March 2026\n\n"
        "Ofcom has decided to shorten the time a provider may take to move a customer's "
        "number.\n\n"
        "We will publish a report on compliance with the new condition by March 2027."
    )
    owners = {a.owner for a in found.actions}
    assert owners == {"Ofcom"}


def test_a_financial_regulators_we_is_the_regulator() -> None:
    found = published_initiative(
        "Consumer credit: our final rules\n\n"
        "The Financial Conduct Authority today confirmed new rules for buy-now-pay-later "
        "lenders.\n\n"
        "We will review how firms apply the rules by the end of 2027."
    )
    assert [a.owner for a in found.actions] == ["Financial Conduct Authority"]


def test_a_ministry_page_that_names_a_regulator_first_stays_the_governments() -> None:
    found = published_initiative(
        "Media release\n\nMinister for Consumer Affairs\n\n"
        "Faster refunds for air travellers\n\n"
        "The Government will give Ofcom and the Civil Aviation Authority new powers. "
        "We will introduce the bill by June 2027."
    )
    assert {a.owner for a in found.actions} == {"United Kingdom"}


def test_a_listed_companys_we_is_the_company_not_the_regulator_in_its_notice() -> None:
    found = published_initiative(
        "Harrow Foods pledges $10 million for school kitchens\n\n"
        "DAYTON--(BUSINESS WIRE)-- Harrow Foods (NYSE: HRWF) today announced a $10 million "
        "pledge for school kitchens.\n\n"
        '"We will equip 200 school kitchens by 2028," said chief executive Ana Ruiz.\n\n'
        "Forward-looking statements are described in our filings with the Securities and "
        "Exchange Commission."
    )
    assert {a.owner for a in found.actions} == {"Harrow Foods"}


def test_the_federal_government_is_named_as_the_page_names_it() -> None:
    found = published_initiative(
        "Cabinet adopts housing agenda\n\n"
        "The Federal Cabinet adopted a housing agenda on Wednesday, 3 March 2027, the Federal "
        "Ministry of Finance said. The Federal Government will halve the time taken to "
        "approve new homes by the end of 2028."
    )
    assert [a.owner for a in found.actions] == ["Federal Government"]


def test_a_lower_case_federal_government_is_still_the_countrys() -> None:
    found = published_initiative(
        "Ottawa to fund transit\n\n"
        "The Government of Canada announced on 3 March 2027 that the federal government will "
        "fund 300 electric buses by 2029."
    )
    assert [a.owner for a in found.actions] == ["Canada"]


def test_her_ministry_is_the_ministry_of_the_minister_just_named() -> None:
    found = published_initiative(
        "Cabinet adopts housing agenda\n\n"
        "The Federal Cabinet adopted a housing agenda on Wednesday, 3 March 2027, the Federal "
        "Ministry of Finance said.\n\n"
        "The Federal Minister for Housing and Building said the agenda was overdue. Her "
        "ministry will set up a permits task force by June 2027."
    )
    assert [a.owner for a in found.actions] == ["Federal Ministry for Housing and Building"]


def test_her_ministry_with_no_minister_named_before_stays_the_governments() -> None:
    found = published_initiative(
        "Rail plan\n\nThe UK government published its rail plan on 3 March 2027. The Secretary "
        "of State said her department will publish new timetables by May 2027."
    )
    assert [a.owner for a in found.actions] == ["United Kingdom"]
