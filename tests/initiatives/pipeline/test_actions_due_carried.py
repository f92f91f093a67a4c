"""Which deadline a promise takes when its own sentence gives none: the one written before
the verb of the promise just before it ("The agency in 2027 will finalise X, and it will
propose Y"), the one that opens the sentence before ("In 2027, … It will also …"), or a
heading that is a deadline ("## By the end of 2027")."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative

LEAD = "# Agenda\n\nThe Environmental Protection Agency announced its agenda on 16 January 2026. "


def dues(text: str) -> list[tuple[str, dt.date | None]]:
    found: list[ExtractedAction] = published_initiative(text, fmt="md").actions
    return [(a.description, a.due.latest if a.due else None) for a in found]


def test_a_year_between_subject_and_verb_dates_both_clauses_of_the_body() -> None:
    assert dues(
        LEAD + "The agency in 2027 will finalise rules on power plants, and it will "
        "propose rules for heavy trucks.\n"
    ) == [
        ("Finalise rules on power plants", dt.date(2027, 12, 31)),
        ("Propose rules for heavy trucks", dt.date(2027, 12, 31)),
    ]


def test_a_deadline_opening_a_sentence_dates_the_next_one_that_says_also() -> None:
    assert dues(
        LEAD + "In 2027, the agency will finalise rules on power plants. It will also "
        "propose rules for heavy trucks.\n"
    ) == [
        ("Finalise rules on power plants", dt.date(2027, 12, 31)),
        ("Propose rules for heavy trucks", dt.date(2027, 12, 31)),
    ]


def test_a_deadline_at_the_end_of_a_sentence_is_that_promise_s_alone() -> None:
    assert dues(
        LEAD + "The agency will finalise rules on power plants in 2027. It will also propose "
        "rules for heavy trucks.\n"
    ) == [
        ("Finalise rules on power plants", dt.date(2027, 12, 31)),
        ("Propose rules for heavy trucks", None),
    ]


def test_a_sentence_without_also_keeps_no_deadline_from_the_one_before() -> None:
    assert dues(
        LEAD + "In 2027, the agency will finalise rules on power plants. It will propose "
        "rules for heavy trucks.\n"
    ) == [
        ("Finalise rules on power plants", dt.date(2027, 12, 31)),
        ("Propose rules for heavy trucks", None),
    ]


def test_a_heading_that_is_a_deadline_dates_the_undated_promises_under_it() -> None:
    assert dues(
        LEAD + "\n\n## By the end of 2027\n\nThe agency will finalise rules on power plants. "
        "It will propose rules for heavy trucks by June 2026.\n\n## Later\n\nThe agency will "
        "review the rules.\n"
    ) == [
        ("Finalise rules on power plants", dt.date(2027, 12, 31)),
        ("Propose rules for heavy trucks", dt.date(2026, 6, 30)),
        ("Review the rules", None),
    ]


def test_a_heading_that_names_its_subject_too_dates_nothing() -> None:
    assert dues(
        LEAD + "\n\n## Cleaner power plants and trucks across the country by 2027\n\nThe "
        "agency will finalise rules on power plants.\n"
    ) == [("Finalise rules on power plants", None)]


def test_a_heading_that_dates_the_news_dates_no_promise() -> None:
    assert dues(
        LEAD + "\n\n## Friday 16 January 2026\n\nThe agency will finalise rules on power plants.\n"
    ) == [("Finalise rules on power plants", None)]
