"""Owners whose country the name alone does not give: a department named only by its
portfolio ("Department of Education", "Ministry of Justice", "the Environment Agency") is
whoever's page it is on, named as written where the page does not say, and never makes the
page a US or UK one; a firm "of the United Kingdom" is the firm's home, not the signer; the
signatories or participants of a story told from one capital are not that country."""

from __future__ import annotations

import pytest

from initiatives.pipeline.extract_owners import publisher_of
from tests.initiatives.pipeline.published import published_initiative


def owners(text: str, url: str = "") -> list[tuple[str, str | None]]:
    return [(a.description, a.owner) for a in published_initiative(text, url=url).actions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a provincial department relayed by a school bulletin
            "Term 3 bulletin\n\nThe province has announced new reading standards for "
            "primary schools.\n\nThe Department of Education will publish the new reading "
            "guides by the end of June.\n",
            ("Publish the new reading guides", "Department of Education"),
        ),
        (
            # an Indian state's farm department, in a relay with no address
            "Crop insurance extended\n\nThe state cabinet approved an extension of the crop "
            "insurance scheme on Monday.\n\nThe Department of Agriculture will enrol "
            "50,000 more growers before the monsoon.\n",
            ("Enrol 50,000 more growers before the monsoon", "Department of Agriculture"),
        ),
        (
            # a release headed by its department's line, as Irish pages are
            "From: Ministry of Justice\nPublished on: 2 March 2026\n\nNew family courts "
            "approved\n\nThe Cabinet approved two new family courts today. The Ministry of "
            "Justice will open the first court in Galway in 2027.\n",
            ("Open the first court in Galway", "Ministry of Justice"),
        ),
    ],
)
def test_a_portfolio_name_with_no_government_said_is_named_as_written(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in owners(text)


def test_a_portfolio_name_never_makes_a_page_american() -> None:
    text = (
        "Curriculum update\n\nThe Department of Education has announced a revised "
        "timetable. The government will consult on three new syllabuses in the autumn.\n"
    )
    assert publisher_of(text) is None
    assert ("Consult on three new syllabuses", "United States") not in owners(text)


def test_a_page_headed_from_a_portfolio_department_is_that_departments() -> None:
    text = (
        "From: Department of Justice\nPublished on: 2 March 2026\n\nMore judges approved\n\n"
        "The Minister received Cabinet approval for eight more judges. The new judges will "
        "be appointed by the end of 2026.\n"
    )
    publisher = publisher_of(text)
    assert publisher is not None and publisher.name == "Department of Justice"
    assert publisher.found_by_pipeline
    assert ("Appoint the new judges", "Department of Justice") in owners(text)


@pytest.mark.parametrize(
    ("url", "said", "expected"),
    [
        # the address or the name says whose it is: the table's body
        ("https://www.usda.gov/media/x", "The Department of Agriculture", "US Department of Agriculture"),
        ("", "The U.S. Department of Agriculture", "US Department of Agriculture"),
        # a name that is one government's alone keeps its country with no address at all
        ("", "USDA", "US Department of Agriculture"),
    ],
)  # fmt: skip
def test_a_portfolio_name_whose_government_is_said_stays_that_governments(
    url: str, said: str, expected: str
) -> None:
    text = (
        "Storage grants opened\n\nNew grants for cold storage were announced on Monday.\n\n"
        f"{said} will open applications for cold storage grants in May.\n"
    )
    assert ("Open applications for cold storage grants", expected) in owners(text, url)


def test_a_firm_of_a_country_is_not_that_country_signing() -> None:
    text = (
        "Launch booked\n\nOn 18 August, Northwind Satellites Ltd (NWS) of the United "
        "Kingdom signed an agreement with a launch provider for two satellites. NWS will "
        "ship both satellites to the launch site in January.\n"
    )
    initiative = published_initiative(text)
    makers = [a.name for a in initiative.actors if a.role == "decision_maker"]
    assert "United Kingdom" not in makers
    assert ("Ship both satellites to the launch site", "NWS") in owners(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Under the text, signatories commit to accept electronic invoices by 2029.",
            ("Accept electronic invoices", "Signatories"),
        ),
        (
            "The participants will present the text to all members at the next conference.",
            ("Present the text to all members at the next conference", "Participants"),
        ),
        (
            "The co-convenors will also launch a fund for small island states.",
            ("Launch a fund for small island states", "Co-convenors"),
        ),
    ],
)
def test_several_parties_of_a_story_told_by_one_country_are_not_that_country(
    sentence: str, expected: tuple[str, str]
) -> None:
    text = (
        "Talks end with a text\n\nDozens of countries finalised a text on digital trade, "
        f"the Singapore government said on Friday.\n\n{sentence}\n"
    )
    assert owners(text)[-1] == expected


def test_ministers_of_a_countrys_page_are_still_its_government() -> None:
    text = (
        "Heat plan\n\nThe government published its heat plan today.\n\n"
        "Ministers will extend the voucher scheme to small firms.\n"
    )
    found = owners(text, "https://www.gov.uk/government/news/heat")
    assert ("Extend the voucher scheme to small firms", "United Kingdom") in found


def test_northern_ireland_is_not_ireland() -> None:
    text = (
        "Final decision\n\nThe Water Pricing Authority published its final decision on "
        "Northern Ireland's water charges on 2 March 2026. We will publish the new charges "
        "by June.\n"
    )
    names = [a.name for a in published_initiative(text).actors]
    assert "Ireland" not in names


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        (
            # a city's staff, as western Canadian councils call them
            "Parking bylaw\n\nCouncillors approved a new parking strategy on 3 March 2026."
            "\n\nThe Administration will table a revised parking bylaw in June.\n",
            "",
            ("Table a revised parking bylaw", "Administration"),
        ),
        (
            # the same words on the White House's own page are the United States
            "Fact sheet\n\nThe President signed an order on grid security on 3 March 2026."
            "\n\nThe Administration will table a revised grid code in June.\n",
            "https://www.whitehouse.gov/briefing-room/x",
            ("Table a revised grid code", "United States"),
        ),
        (
            # named with its president, it says whose it is
            "Grid security\n\nThe White House set out a grid plan on 3 March 2026.\n\n"
            "The Trump administration will publish a revised grid code in June.\n",
            "",
            ("Publish a revised grid code", "United States"),
        ),
    ],
)
def test_the_administration_is_whoevers_page_it_is_on(
    text: str, url: str, expected: tuple[str, str]
) -> None:
    assert expected in owners(text, url)
