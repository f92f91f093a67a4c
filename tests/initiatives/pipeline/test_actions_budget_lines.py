"""Budget and plan lines without a verb, in the shapes fact sheets and wire summaries
give them: a sum with its period or its sector before its purpose, a gerund line in
prose, and a numbered plan's labelled bullets."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def actions(text: str, url: str = "https://example.org/budget") -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def rows(found: list[ExtractedAction]) -> list[tuple[str, str | None]]:
    return [(a.description, a.rule) for a in found]


def test_it_reads_a_sum_whose_period_or_sector_comes_before_its_purpose() -> None:
    # a news agency's list of highlights from an Australian budget
    found = actions(
        "# Budget 2027: the highlights\n\nThe Australian Government delivered its budget on "
        "9 May 2027.\n\n$4 billion over four years, starting in 2027-28, to the states to "
        "cut hospital waiting lists.\n\n$700 million in grants for families buying their "
        "first electric car.\n\n$1.1 billion in the country's shipbuilding and defence "
        "industry to build six patrol boats.\n\nIn 2026, $2 billion was spent on roads.\n"
    )
    assert rows(found) == [
        ("Provide $4 billion to the states to cut hospital waiting lists", "action.sum_line"),
        ("Provide $700 million in grants for families buying their first electric car",
         "action.sum_line"),
        ("Provide $1.1 billion in the country's shipbuilding and defence industry to build six "
         "patrol boats", "action.sum_line"),
    ]  # fmt: skip
    due = found[0].due
    assert due is not None and due.text == "over four years, starting in 2027-28"
    # Australia's fiscal years run from July to June
    assert (due.earliest, due.latest) == (dt.date(2027, 7, 1), dt.date(2031, 6, 30))


def test_it_reads_no_sum_line_in_a_sentence_with_a_verb() -> None:
    found = actions(
        "# Budget 2027\n\nThe Australian Government delivered its budget on 9 May 2027.\n\n"
        "$3 billion in unspent grants was returned to the Treasury.\n"
    )
    assert [a.rule for a in found if a.rule.startswith("action.sum_line")] == []


def test_it_reads_a_line_of_prose_that_starts_with_a_gerund_of_work() -> None:
    # a G20-style leaders' summary, one commitment per paragraph
    found = actions(
        "# Leaders' statement\n\nThe G20 leaders adopted a statement on 10 September 2027."
        "\n\nStrengthening early-warning systems for floods in every member country, with "
        "support for those that have none.\n\nSpeaking in Rio, the chair thanked the "
        "delegations.\n\nBuilding on last year's work, the leaders met again.\n"
    )
    assert rows(found) == [
        ("Strengthen early-warning systems for floods in every member country, with support "
         "for those that have none", "action.gerund_line"),
    ]  # fmt: skip


def test_it_reads_a_numbered_plans_labelled_bullets() -> None:
    # a British local paper's copy of a ten-point plan
    found = actions(
        "# Ten-point plan\n\nThe UK Government published a ten-point plan on 3 March 2027."
        "\n\nThe plan includes\n\n  1. Tidal power: Producing enough tidal power for two "
        "million homes by 2032.\n  2. Skills: Working with colleges to train 8,000 "
        "technicians.\n"
    )
    assert rows(found) == [
        ("Produce enough tidal power for two million homes", "action.gerund_line"),
        ("Work with colleges to train 8,000 technicians", "action.gerund_line"),
    ]
    assert found[0].due is not None and found[0].due.text == "by 2032"


def test_it_reads_a_timetable_row_that_lost_its_column_rule() -> None:
    # a regulator's case page whose timetable was copied as plain lines
    found = actions(
        "# Review of old undertakings\n\nThe Competition and Markets Authority launched a "
        "review on 4 March 2027.\n\nTimetable:\n\nSummer 2027 Publish final decisions on each "
        "undertaking.\n\nAutumn 2027 Consult on any variation of the order.\n\nIn 2027 "
        "Ministers met twice.\n",
        url="https://www.gov.uk/cma-cases/review",
    )
    assert [(a.description, a.due and a.due.text, a.rule) for a in found] == [
        ("Publish final decisions on each undertaking", "Summer 2027", "action.timetable_line"),
        ("Consult on any variation of the order", "Autumn 2027", "action.timetable_line"),
    ]
