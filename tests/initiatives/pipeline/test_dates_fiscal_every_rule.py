"""A fiscal year is the publishing government's whichever rule found the promise: a
timetable line or a clause of a wire story in a Japanese text runs from April."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import published_initiative


def windows(text: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    found = published_initiative(text, fmt="md").actions
    return [(a.description, a.due and a.due.earliest, a.due and a.due.latest) for a in found]


def test_it_reads_a_japanese_timetable_line_in_japans_fiscal_year() -> None:
    assert windows(
        "# Chip plant subsidy\n\nJapan's Ministry of Economy, Trade and Industry announced "
        "a subsidy for a chip plant in Hokkaido on 3 March 2026.\n\n"
        "Fiscal 2026 – start construction of the plant\n"
    ) == [
        ("Start construction of the plant", dt.date(2026, 4, 1), dt.date(2027, 3, 31)),
    ]


def test_it_reads_a_clause_of_a_tokyo_wire_story_in_japans_fiscal_year() -> None:
    assert windows(
        "# Foundry plan\n\nTOKYO, March 3 (Kyodo) -- Japan's industry ministry approved a "
        "subsidy on Tuesday. Rapidus will begin mass production in fiscal 2027, the "
        "ministry said.\n"
    ) == [("Begin mass production", dt.date(2027, 4, 1), dt.date(2028, 3, 31))]
