"""A quotation attributed by a pronoun alone ('"We will …," she said.') is the person's
whom the paragraph names before it: "we" is the body that person was introduced with,
not the other party the story names, nor the page's own publisher.

Sentences written for these tests in the styles of an agency's news release, a wire
story and a city's newsletter.
"""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 2, 12)
TODAY = dt.date(2026, 11, 24)


def owner_of(text: str, words: str) -> str | None:
    extraction = extract_text(text, today=TODAY, published=PUBLISHED)
    assert extraction.initiative is not None
    found = [a for a in extraction.initiative.actions if words in a.description.lower()]
    assert len(found) == 1, [a.description for a in extraction.initiative.actions]
    return found[0].owner


def test_we_in_a_release_is_the_body_the_speaker_was_introduced_with() -> None:
    text = (
        "The International Labour Organization (ILO) and Ireland's Department of Foreign "
        "Affairs have signed a partnership on apprenticeships in Ghana. The agreement was "
        "signed in Geneva by Mary Doyle of Irish Aid and Tomas Berger, Director of the ILO "
        "Skills Branch.\n\n"
        "Tomas Berger explained that most young people learn a trade in a workshop. "
        '"We will train 500 workshop owners as mentors," he said.\n\n'
        "Ireland will also fund 200 training places each year."
    )
    assert owner_of(text, "workshop owners") == "International Labour Organization"


def test_a_wire_s_title_before_the_name_tells_the_body() -> None:
    text = (
        "NAIROBI, Feb 12 (Wire) - Kenya and the World Bank signed a $90 million loan for "
        "county roads on Thursday, said World Bank country director Ana Lindqvist.\n\n"
        "Ana Lindqvist noted that many feeder roads wash out every rainy season. "
        '"We will fund the first 300 kilometres of all-weather roads," she added.'
    )
    assert owner_of(text, "300 kilometres") == "World Bank"


def test_a_speaker_first_named_in_the_paragraph_is_left_as_before() -> None:
    # Named here for the first time, with no title: nothing says whom they speak for.
    text = (
        "The Board of the Asian Development Bank approved a flood programme for Dhaka "
        "today.\n\n"
        'Rahim Chowdhury welcomed the decision. "We will dredge four canals," he said.'
    )
    assert owner_of(text, "dredge") == "Asian Development Bank"


def test_a_county_page_s_bare_council_is_no_eu_body() -> None:
    text = (
        "The Council of Mayors and the Ministry of Water signed a framework agreement on the "
        "county water programme on Friday.\n\n"
        "Speaking at the signing, the chair of the Council's water committee, Mayor Ruth "
        "Okello, said the county had mapped 900 broken boreholes. "
        '"We will repair the first 200 boreholes before the end of the year," she said.'
    )
    assert owner_of(text, "200 boreholes") == "Council"
