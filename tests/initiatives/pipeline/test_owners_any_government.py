"""Owners on pages from any government: "the government" of the address's country in
its own domain, and each country's demonym designating its government."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import published_initiative


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://www2.pm.gov.au/media/clean-energy-bill", "Australia"),
        ("https://www.doh.gov.ph/press-releases/health-law-rules", "Philippines"),
        ("https://www.mygov.go.ke/cabinet-dispatch", "Kenya"),
        ("https://statehouse.gov.ng/news/solar-plan", "Nigeria"),
        ("https://www.gob.mx/sre/prensa/plan", "Mexico"),
        ("https://www.gov.br/planalto/en/news/plan", "Brazil"),
        ("https://www.pmo.gov.my/2026/03/plan", "Malaysia"),
        ("https://mohfw.nic.in/release/plan", "India"),
    ],
)
def test_the_government_is_the_country_of_a_government_address(url: str, country: str) -> None:
    # The text names a UK body first; the address says whose page it is.
    found = published_initiative(
        "Bill introduced\nThe plan was launched on 3 March 2026, modelled on HM Treasury's.\n"
        "The Government will publish the rules in May 2026.",
        url=url,
    )
    assert [a.owner for a in found.actions] == [country]


def test_a_news_site_address_does_not_say_whose_government_it_is() -> None:
    found = published_initiative(
        "Plan launched\nThe Kenyan government launched the plan on 3 March 2026.\n"
        "The government will publish the rules in May 2026.",
        url="https://www.the-daily-ledger.co.uk/news/plan",
    )
    assert [a.owner for a in found.actions] == ["Kenya"]


@pytest.mark.parametrize(
    ("said", "country"),
    [
        ("The Malaysian government", "Malaysia"),
        ("The Kenyan government", "Kenya"),
        ("The Nigerian government", "Nigeria"),
        ("The Pakistani government", "Pakistan"),
        ("The Chilean government", "Chile"),
        ("The Saudi government", "Saudi Arabia"),
        ("Emirati officials", "United Arab Emirates"),
        ("The South African government", "South Africa"),
        ("Filipino officials", "Philippines"),
    ],
)
def test_a_demonym_names_its_government(said: str, country: str) -> None:
    found = published_initiative(
        f"Plan approved\n{said} approved the plan on 3 March 2026 and will table the bill "
        "in parliament by June 2026."
    )
    assert [a.owner for a in found.actions] == [country]


def test_a_state_of_a_country_is_not_the_countrys_government() -> None:
    found = published_initiative(
        "State approves school plan\nThe Government of the Brazilian state of Amapá approved "
        "the school plan on 3 March 2026.\nThe government will train 5,000 teachers by the end "
        "of 2027."
    )
    assert [a.owner for a in found.actions] != ["Brazil"]
