"""A president and "the government" of the text's own country, not of the country the
tables file a shared bare name under ("Congress" is the United States', "the Treasury"
the United Kingdom's)."""

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
