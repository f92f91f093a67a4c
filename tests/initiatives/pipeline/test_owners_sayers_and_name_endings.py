"""Owners of promises that name no doer: the body that says what will be done owns it
("The harbour board says the new quay will be dredged by May"); and a country's name that
begins a fund's longer name ("the Norway Green Shipping Fund") is not that country, so it
is not taken for the text's body."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.gazetteer import find_actors
from initiatives.pipeline.run import extract_read
from initiatives.pipeline.types import ExtractedAction, ReadResult


def actions(text: str) -> list[ExtractedAction]:
    read = ReadResult(text=text, format="txt", source_url="", site_name="")
    extraction = extract_read(read, today=dt.date(2027, 6, 1), published=dt.date(2027, 5, 4))
    assert extraction.initiative is not None, extraction.warnings
    return extraction.initiative.actions


def names(text: str) -> list[str]:
    return [m.entry.name for m in find_actors(text)]


def test_the_body_that_says_it_owns_the_passive_promise_it_reports() -> None:
    found = actions(
        "Harbour works\n\nThe Ministry of Tourism has approved a new cruise terminal for "
        "Port Vila.\n\nThe Harbour Board says the shipping channel will be dredged by the "
        "end of 2028.\n"
    )
    assert [(a.description, a.owner) for a in found if "channel" in a.description] == [
        ("Dredge the shipping channel", "Harbour Board")
    ]


def test_the_body_that_says_it_owns_the_start_of_works_it_reports() -> None:
    found = actions(
        "Island news\n\nTuvalu expands solar power\n\nTuvalu's government has signed a "
        "contract for a new solar farm.\n\nKiribati harbour\n\nThe Kiribati government said "
        "construction of the new harbour wall will start in October.\n"
    )
    starts = [a for a in found if "harbour wall" in a.description]
    assert [(a.owner, a.due.text if a.due else None) for a in starts] == [
        ("Kiribati", "in October")
    ]


def test_a_sayer_the_text_does_not_know_as_a_body_leaves_the_promise_to_the_texts_body() -> None:
    found = actions(
        "The Ministry of Works has approved the bypass.\n\nOfficials said the bypass will "
        "be opened by March 2028.\n"
    )
    assert [(a.description, a.owner) for a in found if "bypass" in a.description] == [
        ("Open the bypass", "Ministry of Works")
    ]


def test_a_country_inside_the_name_of_a_fund_is_not_the_country() -> None:
    assert names("Ports will apply to the new Norway Green Shipping Fund this year.") == []
    assert names("Norway Opens Green Shipping Fund") == ["Norway"]


def test_the_ministry_of_a_minister_named_by_a_portfolio_word() -> None:
    found = actions(
        "Parliament news\n\nLISBON, May 4 — Deputy Transport Minister Rui Costa said the "
        "ministry would publish new rail safety rules next year.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Publish new rail safety rules", "Transport Ministry")
    ]


def test_a_minister_who_says_a_passive_promise_speaks_for_the_ministry() -> None:
    found = actions(
        "Villages online\n\nThe Ministry of Finance has approved the 2028 budget.\n\nMinister "
        "of Rural Broadband Datuk Aminah Yusof said 300 village halls would be connected to "
        "fibre by the end of 2028. Her ministry will also train 500 volunteers.\n"
    )
    assert [a.owner for a in found] == [
        "Ministry of Rural Broadband",
        "Ministry of Rural Broadband",
    ]


def test_a_quoted_officer_speaks_for_the_body_named_with_the_title() -> None:
    found = actions(
        "Plant deal\n\nThe Ministry of Industry has signed an agreement with Vesta Motors.\n\n"
        'In her remarks, Lina Ortega, Managing Director and CEO of Vesta Motors, said: "We '
        'will build a battery plant in Oruro by 2029."\n\n'
        'Separately, "we will open a training centre in Sucre," said Tomas Ruiz, Andes '
        "Cement's president.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Build a battery plant in Oruro", "Vesta Motors"),
        ("Open a training centre in Sucre", "Andes Cement"),
    ]
