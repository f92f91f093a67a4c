"""A sum pledged in a currency written by its code ("NOK 5 billion", "CHF 300 million")
or named after the number ("5 billion kroner") is funding promised, as a sum in euros or
pounds is. Sentences written for these tests in the style of Nordic and Swiss government
press releases (session 21)."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 3, 4)
TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("sentence", "description"),
    [
        (
            "Sweden pledged SEK 2 billion to the Ukraine energy fund on Tuesday.",
            "Provide SEK 2 billion to the Ukraine energy fund",
        ),
        (
            "Switzerland has committed CHF 300 million to rebuilding schools in Kharkiv.",
            "Provide CHF 300 million to rebuilding schools in Kharkiv",
        ),
        (
            "Denmark pledged 4 billion kroner for air defence on Tuesday.",
            "Provide 4 billion kroner for air defence",
        ),
    ],
)
def test_a_sum_in_any_currency_is_funding_promised(sentence: str, description: str) -> None:
    extraction = extract_text(sentence, today=TODAY, published=PUBLISHED)
    assert extraction.initiative is not None, extraction.warnings
    assert [a.description for a in extraction.initiative.actions] == [description]


def test_a_sum_by_its_code_buys_a_counted_output() -> None:
    extraction = extract_text(
        "The Norwegian government will spend NOK 5 billion on rail, creating 3,000 jobs by 2029.",
        today=TODAY,
        published=PUBLISHED,
    )
    assert extraction.initiative is not None, extraction.warnings
    assert ("Create 3,000 jobs", "action.output_target") in [
        (a.description, a.rule) for a in extraction.initiative.actions
    ]


def test_a_listed_line_of_a_sum_by_its_code_is_funding_promised() -> None:
    extraction = extract_text(
        "The Canadian government announced its northern plan on 3 March 2026.\n\n"
        "- CAD 2 million to expand rural broadband in Nunavut\n"
        "- NOK 5 billion for new rail lines in the north\n",
        today=TODAY,
        published=PUBLISHED,
    )
    assert extraction.initiative is not None, extraction.warnings
    assert [(a.description, a.rule) for a in extraction.initiative.actions] == [
        ("Provide CAD 2 million to expand rural broadband in Nunavut", "action.sum_line"),
        ("Provide NOK 5 billion for new rail lines in the north", "action.sum_line"),
    ]
