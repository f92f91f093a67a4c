"""The sections of a government or agency site around the story (kickers above the
headline, page tools, topic lists, end marks) are set aside, so the headline is the
title and nothing of them becomes a fact. Pages written for these tests in the styles of
GOV.UK, the White House, WHO, a Korean wire and Reuters."""

from __future__ import annotations

from initiatives.pipeline.structure import structure
from tests.initiatives.pipeline.published import published_initiative


def _cut(text: str) -> tuple[str, dict[str, str]]:
    cut = structure(text)
    title = text[cut.title.start : cut.title.end] if cut.title else ""
    return title, {text[a.start : a.end]: a.reason for a in cut.set_aside}


def test_gov_uk_page_tools_are_set_aside() -> None:
    text = (
        "Press release\n\nMinistry of Ports sets out harbour plan\n\nPart of: Maritime and "
        "Ports\n\nContents\n\nThe Ministry of Ports has today published a harbour plan.\n\n"
        "Is this page useful?\nYes No\nReport a problem with this page\n\nExplore the topic\n"
        "Shipping and investment\n"
    )
    title, aside = _cut(text)
    assert title == "Ministry of Ports sets out harbour plan"
    assert aside["Part of: Maritime and Ports"] == "navigation link"
    assert aside["Contents"] == "navigation link"
    assert aside["Explore the topic\nShipping and investment"] == "related articles"


def test_white_house_sections_over_the_headline_are_set_aside() -> None:
    text = (
        "Briefing Room\nStatements and Releases\n\nMarch 3, 2026\n\nFACT SHEET: The "
        "Administration Launches a Grid Initiative\n\nThe Administration today launched a "
        "grid resilience initiative.\n\n###\n"
    )
    title, aside = _cut(text)
    assert title.startswith("FACT SHEET: The Administration Launches")
    assert aside["Briefing Room\nStatements and Releases"] == "page kicker"
    assert aside["###"] == "navigation link"


def test_an_agency_kicker_and_a_wire_end_mark_are_set_aside() -> None:
    who = (
        "Departmental news\n\nWHO issues guidance on antibiotics\n\nGeneva – The WHO "
        "today issued guidance on antibiotics.\n"
    )
    title, aside = _cut(who)
    assert (title, aside["Departmental news"]) == (
        "WHO issues guidance on antibiotics",
        "page kicker",
    )
    wire = (
        "SEOUL, Nov. 5 (Yonhap) -- South Korea and Japan agreed to expand cooperation on "
        "hydrogen.\n\n(END)\n"
    )
    assert _cut(wire)[1]["(END)"] == "navigation link"


def test_a_topics_list_under_a_wire_story_gives_no_area() -> None:
    initiative = published_initiative(
        "BRUSSELS, March 4 (Reuters) - EU ministers on Wednesday adopted rules on ship "
        "recycling.\n\nSign up here.\n\nSuggested Topics:\nCritical minerals supply chains\n"
        "Green investment\n"
    )
    assert initiative.areas == []
