"""A body the gazetteer does not know is kept as the text names it, whole: names with
"of", "on", "and" and commas inside, and "the Department" for the one last named."""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_initiative


def owners(text: str, url: str) -> list[str]:
    return [a.owner for a in published_initiative(text, url=url).actions]


def test_it_keeps_an_irish_department_whose_name_holds_commas() -> None:
    found = published_initiative(
        "Minister publishes housing plan\n"
        "The Minister launched the housing plan on 3 March 2026.\n"
        "The Department of Housing, Local Government and Heritage will publish the guidance "
        "by June 2026.",
        url="https://www.gov.ie/en/press-release/housing-plan/",
    )
    (action,) = found.actions
    assert (action.owner, action.description) == (
        "Department of Housing, Local Government and Heritage",
        "Publish the guidance",
    )


def test_the_department_is_the_department_last_named() -> None:
    assert (
        owners(
            "Minister publishes housing plan\n"
            "The Minister launched the housing plan on 3 March 2026.\n"
            "The Department of Housing, Local Government and Heritage will publish the guidance "
            "by June 2026. The Department will also review the grants in the autumn.",
            "https://www.gov.ie/en/press-release/housing-plan/",
        )
        == ["Department of Housing, Local Government and Heritage"] * 2
    )


def test_the_department_with_none_named_is_still_the_publishing_government() -> None:
    assert owners(
        "Minister publishes housing plan\n"
        "The Minister launched the housing plan on 3 March 2026.\n"
        "The Department will review the grants in the autumn.",
        "https://www.gov.ie/en/press-release/housing-plan/",
    ) == ["Ireland"]


def test_it_keeps_a_south_african_department_named_with_and() -> None:
    assert owners(
        "Cabinet statement on the energy plan\n"
        "Cabinet approved the energy plan on 3 March 2026.\n"
        "The Department of Mineral Resources and Energy will publish the regulations by "
        "June 2026.",
        "https://www.gov.za/news/statements/cabinet-meeting",
    ) == ["Department of Mineral Resources and Energy"]


def test_it_still_splits_two_named_officers_joined_by_and() -> None:
    assert owners(
        "Aid programme approved\nThe Council adopted the aid programme on 3 March 2026.\n"
        "The Secretary of State and the Administrator of the Agency will publish a report by "
        "June 2026.",
        "https://www.state.gov/aid",
    ) == ["Secretary of State"]


def test_it_keeps_an_indian_cabinet_committee_named_with_on() -> None:
    assert owners(
        "Cabinet approves rail scheme\nThe Union Cabinet approved the rail scheme on "
        "3 March 2026.\nThe Cabinet Committee on Economic Affairs will review the scheme by "
        "June 2026.",
        "https://pib.gov.in/PressReleasePage.aspx?PRID=2",
    ) == ["Cabinet Committee on Economic Affairs"]


def test_a_date_after_on_is_no_part_of_a_name() -> None:
    found = published_initiative(
        "Fisheries talks\nWTO members on 20 November 2025 agreed to postpone the conference.\n"
        "The chair will convene meetings in small groups by April 2026.",
        url="https://www.wto.org/english/news_e/news26_e/fish.htm",
    )
    assert "WTO members on 20 November 2025" not in [a.owner for a in found.actions]


def test_a_canadian_agency_named_after_its_country_is_kept_as_named() -> None:
    found = published_initiative(
        "Census programme renewed\nThe Government of Canada renewed the census programme on "
        "3 March 2026.\nStatistics Canada will publish the first results in May 2026.",
        url="https://www.canada.ca/en/news/census.html",
    )
    (action,) = found.actions
    assert action.owner == "Statistics Canada"
    assert found.actors and "Statistics Canada" in [a.name for a in found.actors]


def test_a_passives_agent_named_after_its_country_owns_it() -> None:
    assert owners(
        "Census programme renewed\nThe Government of Canada renewed the census programme on "
        "3 March 2026.\nThe first results will be published by Statistics Canada in May 2026.",
        "https://www.canada.ca/en/news/census.html",
    ) == ["Statistics Canada"]


def test_a_passives_unknown_agency_owns_it() -> None:
    assert owners(
        "Recovery forum opens\nThe Cabinet of Ministers of Ukraine approved the recovery plan "
        "on 3 March 2026.\nA press briefing will be organised by the National News Agency in "
        "April 2026.",
        "https://www.kmu.gov.ua/en/news/forum",
    ) == ["National News Agency"]


def test_the_country_alone_is_still_its_government() -> None:
    assert owners(
        "Census programme renewed\nThe Government of Canada renewed the census programme on "
        "3 March 2026.\nCanada will publish the first results in May 2026.",
        "https://www.canada.ca/en/news/census.html",
    ) == ["Canada"]
