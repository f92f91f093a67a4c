"""Owners in the styles of more publishers: "the government" of the address's country,
and "member states" of the organisation the text is about."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import published_initiative


@pytest.mark.parametrize(
    ("url", "lead", "country"),
    [
        (
            "https://www.gov.ie/en/press-release/housing/",
            "The Minister launched the housing plan on 3 March 2026.",
            "Ireland",
        ),
        (
            "https://www.gov.za/news/statements/cabinet",
            "Cabinet approved the energy plan on 3 March 2026.",
            "South Africa",
        ),
        (
            "https://pib.gov.in/PressReleasePage.aspx?PRID=1",
            "The Union Cabinet approved the scheme on 3 March 2026.",
            "India",
        ),
        (
            "https://www.beehive.govt.nz/release/plan",
            "The plan was launched on 3 March 2026.",
            "New Zealand",
        ),
    ],
)
def test_the_government_is_the_country_of_the_address(url: str, lead: str, country: str) -> None:
    found = published_initiative(
        f"Plan launched\n{lead}\nThe government will publish the rules in May 2026.", url=url
    )
    assert [a.owner for a in found.actions] == [country]


def test_member_states_in_an_african_union_text_are_the_aus() -> None:
    (action,) = published_initiative(
        "AU adopts protocol\nThe African Union adopted the protocol on 3 March 2026.\n"
        "Member states will ratify the protocol by June 2027.",
        url="https://au.int/en/pressreleases/protocol",
    ).actions
    assert action.owner == "AU member states"


def test_member_states_in_a_who_text_are_whos() -> None:
    (action,) = published_initiative(
        "Assembly adopts treaty\nThe World Health Assembly adopted the treaty on 3 March 2026.\n"
        "Member States will report on progress by May 2027.",
        url="https://www.who.int/news/item/treaty",
    ).actions
    assert action.owner == "WHO Member States"


def test_member_states_on_a_who_page_naming_an_eu_body_are_still_whos() -> None:
    (action,) = published_initiative(
        "Assembly adopts pandemic annex\n"
        "The World Health Assembly adopted the annex on 3 March 2026, with support from the "
        "European Commission.\nMember States will report on progress by May 2027.",
        url="https://www.who.int/news/item/annex",
    ).actions
    assert action.owner == "WHO Member States"


def test_member_states_on_a_un_agency_page_are_the_uns() -> None:
    found = published_initiative(
        "Appeal launched\nThe European Commission pledged support to the appeal on "
        "3 March 2026.\nMember states will fund the appeal by May 2026.",
        url="https://www.unicef.org/press-releases/appeal",
    )
    assert [a.owner for a in found.actions] == ["UN member states"]


def test_eu_member_states_said_as_such_stay_the_eus_on_a_who_page() -> None:
    found = published_initiative(
        "Assembly adopts treaty\nThe World Health Assembly adopted the treaty on "
        "3 March 2026.\nEU member states will report on progress by May 2027.",
        url="https://www.who.int/news/item/treaty",
    )
    assert [a.owner for a in found.actions] == ["EU member states"]


def test_member_states_on_a_commission_page_are_the_eus() -> None:
    found = published_initiative(
        "Directive adopted\nThe Council adopted the directive on 3 March 2026.\n"
        "Member States will transpose the directive by June 2027.",
        url="https://ec.europa.eu/commission/presscorner/detail/en/ip_26_1",
    )
    assert [a.owner for a in found.actions] == ["EU member states"]


@pytest.mark.parametrize(
    ("dateline", "country"),
    [
        ("PRETORIA, 3 March 2026 –", "South Africa"),
        ("Dublin, 3 March 2026 -", "Ireland"),
        ("NEW DELHI, 3 March 2026 —", "India"),
        ("Wellington, 3 March 2026 –", "New Zealand"),
        ("KYIV, 3 March 2026 -", "Ukraine"),
    ],
)
def test_the_government_is_the_country_of_the_datelines_capital(
    dateline: str, country: str
) -> None:
    found = published_initiative(
        f"Plan launched\n{dateline} The Minister launched the plan on 3 March 2026.\n"
        "The government will publish the rules in May 2026."
    )
    assert [a.owner for a in found.actions] == [country]


def test_a_wires_dateline_names_no_publishing_government() -> None:
    found = published_initiative(
        "Plan launched\nLONDON (Wire) – The European Commission launched the plan on "
        "3 March 2026.\nThe government will publish the rules in May 2026."
    )
    assert [a.owner for a in found.actions] != ["United Kingdom"]


def test_a_capital_named_later_is_no_dateline() -> None:
    found = published_initiative(
        "Plan launched\nThe Minister launched the plan on 3 March 2026 in Dublin, with "
        "partners.\nThe government will publish the rules in May 2026."
    )
    assert [a.owner for a in found.actions] != ["Ireland"]
