"""Session 24 round 2 (recall): works that start on a date are the work of the body the
text is about ("Construction at the depot will start in the second quarter"), as the
text's own scheme that starts is ("The new scheme will begin in March 2027"). An undated
start, or a start of something that is no work ("The storm season will start in June"),
stays no promise. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 5, 6)
TODAY = dt.date(2026, 11, 24)
LEAD = "The Department of Harbours announced a ferry terminal programme on Wednesday.\n\n"


def actions(text: str) -> list[tuple[str, str | None, str | None]]:
    extraction = extract_text(LEAD + text, today=TODAY, published=PUBLISHED)
    if extraction.initiative is None:
        return []
    return [
        (a.description, a.owner, a.rule)
        for a in extraction.initiative.actions
        if "ferry terminal programme" not in a.description
    ]


def test_dated_works_that_start_are_the_body_s_work() -> None:
    found = actions("Construction at the Kelby depot will start in the first quarter of 2027.")
    assert (
        "Start construction at the Kelby depot",
        "Department of Harbours",
        "action.scheduled_start",
    ) in found


def test_works_that_resume_on_a_date() -> None:
    found = actions("Works on the northern breakwater will resume in January 2027.")
    assert [d for d, _, _ in found] == ["Resume works on the northern breakwater"]


def test_an_undated_start_or_a_season_is_no_promise() -> None:
    assert actions("Construction at the Kelby depot will start.") == []
    assert actions("The storm season will start in June 2027.") == []


def test_a_date_before_the_start_is_the_day_it_was_said() -> None:
    found = actions(
        "At the signing on 24 March, both agencies agreed that the work will start on the "
        "islands of Orra and Tavi."
    )
    assert not [d for d, _, _ in found if d.startswith("Start")]


def test_the_text_s_project_does_work_to_an_object_whatever_the_verb() -> None:
    found = actions("The project will pilot a ferry voucher on three island routes.")
    assert (
        "Pilot a ferry voucher on three island routes",
        "Department of Harbours",
        "action.instrument_work",
    ) in found


def test_what_a_project_gives_or_powers_is_its_effect() -> None:
    assert actions("The project will give island traders years of certainty.") == []
    assert actions("The project will power 5,000 homes on the islands.") == []


def test_a_quote_that_opens_on_the_works_is_left_out() -> None:
    found = actions('"Construction at the Kelby depot will begin in March 2027," she said.')
    assert [d for d, _, _ in found] == ["Begin construction at the Kelby depot"]
