"""A president and "the government" of the text's own country, not of the country the
tables file a shared bare name under ("Congress" is the United States', "the Treasury"
the United Kingdom's); and a ministry's release on its government's address is the
ministry's."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import published_initiative


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (  # a Chilean paper: the country is named late in the lead
            "Executive floods Congress with bills\nThe executive sent 20 bills to Congress on "
            "3 March 2026 to end the legislative drought in Chile. President Piñera will sign "
            "the pension reform by June 2026.",
            "Chile",
        ),
        (  # a Nigerian daily: "the Treasury" first, the country after it
            "Council to start work\nThe Treasury released the funds on 3 March 2026 in Nigeria. "
            "President Tinubu will inaugurate the council by June 2026.",
            "Nigeria",
        ),
        (  # a Brazilian wire: the Senate first
            "Senate passes budget\nThe Senate approved the budget of Brazil on 3 March 2026. "
            "The President will sign the law by June 2026.",
            "Brazil",
        ),
        (  # a Philippine paper's dateline, a capital before its date
            "Manila, 3 March 2026: President Marcos will sign the rice law by July 2026, "
            "Congress leaders said.",
            "Philippines",
        ),
        (  # a Kenyan paper's dateline in capitals
            "NAIROBI — The Treasury approved the fund on 3 March 2026. President Ruto will "
            "sign the fund bill by June 2026.",
            "Kenya",
        ),
        (  # a Korean paper
            "SEOUL, 3 March 2026 — Congress in Washington aside, President Lee will send the "
            "budget bill to the National Assembly by September 2026.",
            "South Korea",
        ),
    ],
)
def test_a_president_is_the_texts_own_countrys(text: str, country: str) -> None:
    found = published_initiative(text)
    assert [a.owner for a in found.actions] == [country]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (  # the US named too: Congress is the US's
            "Bill signed\nCongress passed the bill on 3 March 2026, the United States said, "
            "and the President will sign it by June 2026.",
            "United States",
        ),
        (  # a country acted against is not the text's own
            "Sanctions announced\nThe Treasury announced sanctions on Russia on 3 March 2026. "
            "The Treasury will publish the list of firms by June 2026.",
            "HM Treasury",
        ),
    ],
)
def test_a_shared_name_keeps_its_country_when_the_text_gives_no_other(
    text: str, country: str
) -> None:
    found = published_initiative(text)
    assert [a.owner for a in found.actions] == [country]


@pytest.mark.parametrize(
    ("text", "url", "ministry"),
    [
        (
            "2026 work plan announced\nThe Ministry of Oceans and Fisheries announced its 2026 "
            "work plan on 9 January 2026.\nWe will open a marine data centre in June 2026.",
            "https://www.mof.go.kr/eng/news/9",
            "Ministry of Oceans and Fisheries",
        ),
        (
            "Maize plan\nThe Ministry of Agriculture and Livestock Development announced on 3 "
            "March 2026 a plan to buy maize.\nWe will pay farmers within 14 days of delivery "
            "from June 2026.",
            "https://www.kilimo.go.ke/news/plan",
            "Ministry of Agriculture and Livestock Development",
        ),
        (
            "Energy plan launched\nThe Ministry of Mines and Energy announced on 3 March 2026 "
            "its energy transition plan.\nWe will auction 10 GW of wind power by 2028.",
            "https://www.gov.br/mme/en/news/plan",
            "Ministry of Mines and Energy",
        ),
    ],
)
def test_a_ministrys_release_at_its_governments_address_is_the_ministrys(
    text: str, url: str, ministry: str
) -> None:
    found = published_initiative(text, url=url)
    assert [a.owner for a in found.actions] == [ministry]


def test_the_government_on_a_ministrys_page_is_still_the_country() -> None:
    found = published_initiative(
        "Rail plan\nThe Ministry of Land, Infrastructure and Transport said on 3 March 2026 "
        "that it will build 12 rail lines by 2030.\nThe government will spend 5 trillion won "
        "on the lines by 2030.",
        url="https://www.molit.go.kr/eng/news/1",
    )
    assert [a.owner for a in found.actions] == [
        "Ministry of Land, Infrastructure and Transport",
        "South Korea",
    ]
