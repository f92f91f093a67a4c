"""The venue from a dateline with any city, as wires and leaders' statements write it;
never from a word before a dash that is no known city, nor from a kicker. Texts written
for these tests, in several publishers' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import decide
from initiatives.pipeline.extract_segments import segments
from initiatives.pipeline.structure import structure

PUBLISHED = dt.date(2027, 3, 11)


def _venue(text: str) -> str | None:
    return decide(
        text, segments(text, structure(text)), reference=PUBLISHED, published=PUBLISHED
    ).venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "SEOUL, Nov. 5 (Yonhap) -- South Korea and Japan agreed to pool hydrogen research.",
            "Seoul",
        ),
        (
            "Statement\n\nKananaskis, Alberta — June 17, 2025 — G7 leaders today launched an "
            "action plan.",
            "Kananaskis",
        ),
        ("WHO news\n\nGeneva – The World Health Assembly today adopted a resolution.", "Geneva"),
        (
            "Canberra, March 11 (AAP) - The government today announced a drought package.",
            "Canberra",
        ),
        (
            "Johannesburg, 23 November 2025 - G20 leaders adopted a declaration on debt.",
            "Johannesburg",
        ),
    ],
)
def test_it_reads_the_venue_from_a_dateline_with_any_city(text: str, venue: str) -> None:
    assert _venue(text) == venue


@pytest.mark.parametrize(
    "text",
    [
        "Update – The ministry today adopted a plan.",
        "FACT SHEET: The President today launched a plan.",
        "Breaking – Ministers adopted the plan on Tuesday.",
    ],
)
def test_a_word_before_a_dash_is_no_venue(text: str) -> None:
    assert _venue(text) is None
