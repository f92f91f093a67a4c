"""Owners on pages that give no address: a department heading a minister's written
answer owns "my Department" and its passive promises; the first body that starts a
sentence is the text's body ("Kenya welcomes…", not "the leaders of Sudan"); a demonym
before a head of government names that government ("Spanish Prime Minister…" makes "the
government" Spain's); a known body's name inside a longer name is not that body."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.extract_owners import publisher_of
from initiatives.pipeline.gazetteer import ACTORS_BY_NAME, find_actors
from initiatives.pipeline.run import extract_read
from initiatives.pipeline.types import ExtractedAction, ReadResult


def actions(text: str) -> list[ExtractedAction]:
    read = ReadResult(text=text, format="txt", source_url="", site_name="")
    extraction = extract_read(read, today=dt.date(2027, 6, 1), published=dt.date(2027, 5, 4))
    assert extraction.initiative is not None, extraction.warnings
    return extraction.initiative.actions


def rows(found: list[ExtractedAction]) -> list[tuple[str, str | None, str | None]]:
    return [(a.description, a.owner, a.due.text if a.due else None) for a in found]


def test_a_department_heading_a_written_answer_owns_its_passive_promises() -> None:
    found = actions(
        "Parliamentary questions\n\nTuesday, 4 May 2027\n\n"
        "Department of Rural Affairs, Fisheries and Coastal Communities\n\n"
        "Question 118 asked the Minister for an update on the coastal plan.\n\n"
        "Reply: My Department is preparing the Coastal Resilience Plan. A public "
        "consultation will be launched in the coming weeks. The final plan will be "
        "submitted to Cabinet in the latter part of the year.\n"
    )
    department = "Department of Rural Affairs, Fisheries and Coastal Communities"
    assert rows(found) == [
        ("Prepare the Coastal Resilience Plan", department, None),
        ("Launch a public consultation", department, "in the coming weeks"),
        ("Submit the final plan to Cabinet", department, "in the latter part of the year"),
    ]
    assert found[2].due is not None and found[2].due.earliest == dt.date(2027, 9, 1)


def test_the_body_that_starts_a_sentence_speaks_for_we_not_a_country_named_before() -> None:
    found = actions(
        "Cabinet statement, 4 May 2027\n\nAt its meeting yesterday, Cabinet welcomed the "
        "peace talks between the leaders of Sudan. Kenya welcomes the talks. Proceeding from "
        "the view that peace is best built by the people of Sudan, we will continue to "
        "assist where we can.\n"
    )
    assert rows(found) == [("Continue to assist where we can", "Kenya", None)]


def test_a_demonym_before_a_head_of_government_makes_the_government_that_countrys() -> None:
    found = actions(
        "Spanish Prime Minister Ana Ruiz has set out the government's plan for housing. "
        "The government will build 20,000 rental homes by 2030. A new housing agency will "
        "be created next year.\n"
    )
    assert rows(found) == [
        ("Build 20,000 rental homes", "Spain", "by 2030"),
        ("Create a new housing agency", "Spain", "next year"),
    ]


def test_a_known_bodys_name_inside_a_longer_name_is_not_that_body() -> None:
    def names(text: str) -> list[str]:
        return [m.entry.name for m in find_actors(text)]

    assert names("Members of the Kenya National Defence Force will train.") == ["Kenya"]
    assert names("The Department of National Defence will buy ships.") == [
        "Department of National Defence"
    ]
    assert names("Staff of National Defence Headquarters met.") == [
        "Department of National Defence"
    ]


def test_a_groups_member_countries_are_the_group_whatever_list_follows() -> None:
    found = actions(
        "G20 leaders agree on debt relief\n\nThe Group of Twenty agreed on Sunday to a debt "
        "relief plan. The twenty economies (among them Brazil, India, Japan and the United "
        "States) will extend the repayment pause until 2029. The countries of the group "
        "will review the plan at their next summit.\n"
    )
    assert {a.owner for a in found} == {"G20"}
    assert len(found) == 2


def test_two_countries_in_a_bilateral_text_are_not_read_as_a_group() -> None:
    found = actions(
        "Japan and Canada sign a minerals pact\n\nJapan and Canada signed a minerals pact "
        "on 3 May 2027. The two countries will set up a joint stockpile by 2029.\n"
    )
    assert "G20" not in {a.owner for a in found}
    assert all(a.owner != "Japan and Canada" for a in found)


def test_a_story_about_the_prime_minister_of_the_only_country_it_names_is_that_governments() -> (
    None
):
    found = actions(
        "Coal power stations will be closed by 2029, as part of the Prime Minister's energy "
        "plan.\n\nThere is also funding to build Ireland's first offshore wind port by the "
        "end of the decade.\n"
    )
    assert rows(found)[0][1:] == ("Ireland", "by 2029")
    assert {a.owner for a in found} == {"Ireland"}
    assert "There" not in {a.owner for a in found}


def test_a_story_naming_two_countries_does_not_place_an_unplaced_prime_minister() -> None:
    lead = "Coal plants will close by 2029, as part of the Prime Minister's energy plan"
    assert publisher_of(lead + ", like plants in Ireland and Denmark.") is None
    assert publisher_of(lead + ", like plants elsewhere in Ireland.") == ACTORS_BY_NAME["Ireland"]
    eu = "The President of the European Commission will visit Ukraine, the Commission said."
    assert publisher_of(eu) is None


def test_a_bodys_member_countries_are_that_bodys_members_not_the_eus() -> None:
    found = actions(
        "LONDON – The International Grains Council's (IGC) 29 member countries will "
        "release 2 million tonnes of wheat in the coming month. IMF member "
        "countries plan to double emergency lending by 2028. EU member states will report "
        "their stocks by June. G20 member countries will cut fossil subsidies by 2030.\n"
    )
    assert [a.owner for a in found] == [
        "IGC member countries",
        "IMF member countries",
        "EU member states",
        "G20",
    ]
