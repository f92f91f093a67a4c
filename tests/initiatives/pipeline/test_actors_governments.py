"""National governments, their ministries and agencies, and international bodies; who
"the government" is; roles read from the sentence, not from a list of countries."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_owners import publisher_of
from initiatives.pipeline.gazetteer import ACTORS_BY_NAME, find_actors
from initiatives.pipeline.types import ExtractedInitiative
from tests.initiatives.pipeline.published import published_initiative

TODAY = dt.date(2026, 11, 24)


def names(text: str) -> list[str]:
    return [m.entry.name for m in find_actors(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DESNZ and DHSC", ["Department for Energy Security and Net Zero",
                            "Department of Health and Social Care"]),
        ("HM Treasury and the White House", ["HM Treasury", "United States"]),
        ("NIST and the EPA", ["NIST", "Environmental Protection Agency"]),
        ("Global Affairs Canada and METI", ["Global Affairs Canada",
                                            "Ministry of Economy, Trade and Industry"]),
        ("the G20, the OECD and the WTO", ["G20", "OECD", "WTO"]),
        ("the World Health Assembly and the INB", ["World Health Assembly",
                                                   "Intergovernmental Negotiating Body"]),
        ("WHO Member States", ["WHO Member States"]),
        ("the Verkhovna Rada and the Bundestag", ["Verkhovna Rada", "Bundestag"]),
    ],
)  # fmt: skip
def test_it_knows_ministries_agencies_and_international_bodies(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_it_tells_each_national_body_its_government() -> None:
    assert ACTORS_BY_NAME["Department for Transport"].country == "United Kingdom"
    assert ACTORS_BY_NAME["NIST"].country == "United States"
    assert ACTORS_BY_NAME["World Health Organization"].country == ""


@pytest.mark.parametrize(
    ("url", "site", "text", "expected"),
    [
        ("https://www.gov.uk/government/news/x", "", "", "United Kingdom"),
        ("https://www.canada.ca/en/news.html", "", "", "Canada"),
        ("https://www.who.int/news/item/x", "", "", "World Health Organization"),
        ("", "Australian Government", "", "Australia"),
        ("", "", "Yesterday DfT confirmed the plan.", "United Kingdom"),
        ("https://example.org/news", "", "Prices rose.", None),
    ],
)
def test_it_finds_the_publishing_government(
    url: str, site: str, text: str, expected: str | None
) -> None:
    found = publisher_of(text, source_url=url, site_name=site)
    assert (found.name if found else None) == expected


def initiative(text: str, url: str = "") -> ExtractedInitiative:
    return published_initiative(text, url=url)


def test_it_keeps_the_government_as_given_when_the_text_says_not_whose() -> None:
    (action,) = initiative(
        "New housing plan\nThe Council adopted a housing plan on 3 March 2026.\n"
        "The government will publish a planning reform bill in the spring."
    ).actions
    assert action.owner == "Government"


def test_it_reads_who_member_states_as_whos_not_the_eus() -> None:
    found = initiative(
        "World Health Assembly agrees negotiating timetable\n"
        "The World Health Assembly agreed a timetable on 3 March 2026 in Geneva.\n"
        "Member States will continue negotiations in the Intergovernmental Negotiating Body.",
        url="https://www.who.int/news/item/x",
    )
    (action,) = found.actions
    assert action.owner == "WHO Member States"
    assert "EU member states" not in {a.name for a in found.actors}


def test_it_does_not_make_a_country_named_in_the_headline_a_partner_for_being_named() -> None:
    roles = {
        (a.name, a.role)
        for a in initiative(
            "G7 moves to cut dependence on Russia\n"
            "G7 leaders agreed on 3 March 2026 to cut their dependence on Russian gas."
        ).actors
    }
    assert ("Russia", "partner") not in roles


def test_it_still_makes_a_country_the_headline_pairs_with_a_partner() -> None:
    roles = {
        (a.name, a.role)
        for a in initiative(
            "EU deepens energy ties with Norway\nThe Council adopted a partnership on 3 March 2026."
        ).actors
    }
    assert ("Norway", "partner") in roles


def test_it_reads_member_states_in_a_news_story_on_the_assembly_as_whos() -> None:
    (action,) = initiative(
        "Health assembly opens pandemic talks\n"
        "The World Health Assembly agreed on 3 March 2026 to open pandemic talks.\n"
        "Member States will hold informal consultations on the draft in Geneva."
    ).actions
    assert action.owner == "WHO Member States"


def test_it_does_not_make_the_target_of_sanctions_a_partner() -> None:
    roles = {
        (a.name, a.role)
        for a in initiative(
            "Council adopts new package\n"
            "The Council adopted on 3 March 2026 a new package of sanctions against Russia "
            "and agreed closer cooperation with Moldova."
        ).actors
    }
    assert ("Russia", "partner") not in roles and ("Russia", "mentioned") in roles
    assert ("Moldova", "partner") in roles


def test_it_reads_the_secretary_general_as_the_organisation_publishing() -> None:
    found = initiative(
        "Allies agree investment pledge\n"
        "At their summit on 3 March 2026, NATO Allies agreed to raise defence spending.\n"
        "The Secretary General will report on progress at the next summit.",
        url="https://www.nato.int/cps/en/natohq/news.htm",
    )
    owners = {a.description: a.owner for a in found.actions}
    assert owners["Report on progress at the next summit"] == "NATO"


def test_it_reads_a_government_named_after_its_leader_as_the_publishers() -> None:
    (action,) = initiative(
        "Minerals reserve established\nThe government set up a minerals reserve on 3 March "
        "2026.\nThe Albanese Government will consult industry on offtake agreements.",
        url="https://www.minister.industry.gov.au/x",
    ).actions
    assert action.owner == "Australia"
