"""A city's own page: its promises are the city's, not those of the country whose
national bodies or capital it names in passing."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import published_initiative


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (  # a South African metro's release opening with its own capital's name
            "City says coastal road upgrade on track\nCape Town - The City of Cape Town says "
            "it has finished half of the coastal road upgrade, announced in March 2025.\nThe "
            "works will resume on 11 January 2027 after the holiday break.\nMayoral Committee "
            "Member for Urban Mobility Sipho Dlamini thanked residents.",
            "City of Cape Town",
        ),
        (  # a Canadian city's news page naming a federal department first
            "Bus lanes plan approved\nCouncil, committees and City Hall\nCanada's transit "
            "fund has approved the City's action plan on 4 March 2026.\nThe first 4 "
            "kilometres of bus lanes will be painted by September 2026.",
            "City",
        ),
        (  # a Philippine city's page
            "City opens flood pumps tender\nThe City of Quezon City announced on 3 March 2026 "
            "that the Department of Public Works and Highways approved its flood plan, and "
            "that it will open the pumping stations tender by June 2026. Mayor Reyes "
            "signed the order.",
            "City of Quezon City",
        ),
    ],
)
def test_a_citys_page_owns_its_promises(text: str, city: str) -> None:
    found = published_initiative(text)
    assert [a.owner for a in found.actions] == [city]


def test_the_city_of_london_is_no_citys_page() -> None:
    found = published_initiative(
        "Listing reforms\nHM Treasury announced on 3 March 2026 reforms to keep the City of "
        "London competitive, after talks with the Council of the City.\nThe Treasury will "
        "publish the new listing rules by June 2026."
    )
    assert [a.owner for a in found.actions] == ["HM Treasury"]
