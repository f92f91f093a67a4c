"""A summary starts with the news, never with the dateline in front of it, however a
wire or a government writes that dateline; the dateline's city is the venue. Texts
written for these tests, in several publishers' styles."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import published_initiative

NEWS = "adopted a plan to cut tariffs on solar glass."


@pytest.mark.parametrize(
    ("lead", "subject", "venue"),
    [
        # A G7 leaders' statement.
        ("Kananaskis, Alberta — June 17, 2025 — ", "G7 leaders today", "Kananaskis"),
        # A Canadian government release.
        ("Ottawa, Ontario, March 3, 2026 — ", "The Government of Canada today", "Ottawa"),
        # An Australian wire without brackets.
        ("CANBERRA, AAP - ", "Australia today", "Canberra"),
        # An Indian wire with no dash after the agency.
        ("NEW DELHI, March 4 (IANS) ", "India on Wednesday", "New Delhi"),
        # A Ukrainian ministry's page.
        ("Kyiv • 4 March 2026 • ", "Ukraine today", "Kyiv"),
        # An EU institution's page header.
        ("March 3, 2026 | Brussels — ", "The Council today", "Brussels"),
        # A Korean wire.
        ("SEOUL, March 4 (Yonhap) -- ", "South Korea on Wednesday", "Seoul"),
    ],
)
def test_the_summary_starts_after_the_dateline_whose_city_is_the_venue(
    lead: str, subject: str, venue: str
) -> None:
    initiative = published_initiative(
        f"Plan adopted\n\n{lead}{subject} {NEWS}\n\nThe plan will be reviewed in a year.\n"
    )
    assert initiative.summary.startswith(f"{subject} {NEWS}")
    assert initiative.venue == venue


def test_a_legislature_the_tables_do_not_know_decides() -> None:
    # An AP-style story.
    initiative = published_initiative(
        "Plan adopted\n\nWASHINGTON (AP) — The Senate on Tuesday adopted a plan to cut "
        "tariffs on solar glass.\n"
    )
    makers = [a for a in initiative.actors if a.role == "decision_maker"]
    assert [(a.name, a.found_by_pipeline) for a in makers] == [("Senate", True)]
