"""A regulator's page speaks for the regulator: its "we will monitor compliance" is the
regulator's promise, not its country's government's. A page whose head names the
government or a minister stays the government's, whichever body it names first. Texts
written for these tests."""

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
