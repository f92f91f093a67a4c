"""Bylines, "From:" lines, author credits, long annex lines and month-year date lines are
set aside: a summary never starts with one nor ends with an annex line."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.run import extract_text
from initiatives.pipeline.structure import structure

PUBLISHED = dt.date(2027, 3, 10)
TODAY = dt.date(2027, 6, 1)


@pytest.mark.parametrize(
    "line",
    [
        "From: Department for Transport and The Rt Hon Sam Hill MP",
        "Written by Maria Rossi",
        "Posted by Maria Rossi | Trade desk",
        "Author: Priya Shah",
        "Tom Roe, Political Editor",
        "Ana Lima, Environment correspondent",
    ],
)
def test_it_sets_aside_a_byline_under_the_headline(line: str) -> None:
    text = (
        f"Ports strategy published\n{line}\n\nThe UK government today published a ports "
        "strategy. It will consult on new berth rules by June."
    )
    parsed = structure(text)
    assert [p.reason for p in parsed.set_aside] == ["byline"]
    initiative = extract_text(text, today=TODAY, published=PUBLISHED).initiative
    assert initiative is not None
    assert initiative.summary.startswith("The UK government today published")


def test_a_long_annex_line_never_ends_the_summary() -> None:
    text = (
        "Council adopts conclusions on water reuse\n\nThe Council today adopted conclusions "
        "on water reuse. Member states will report on progress by the end of 2028.\n\n"
        "ANNEX II - Overview of the national water reuse plans and the indicators agreed "
        "for the first reporting period\n"
    )
    extraction = extract_text(text, today=TODAY, published=PUBLISHED)
    assert "annex line" in [p.reason for p in extraction.set_aside]
    assert extraction.initiative is not None
    assert extraction.initiative.summary.endswith("by the end of 2028.")


def test_initials_over_a_month_and_year_are_a_date_line_and_the_lead_stays() -> None:
    text = (
        "Commission work programme\nWhat is planned for next year?\nJK – 10/2027\n"
        "On 20 October 2027, the Commission\npresented its work programme for 2028. It "
        "will propose a circular economy act.\n"
    )
    extraction = extract_text(text, today=dt.date(2027, 11, 1), published=None)
    assert [p.reason for p in extraction.set_aside] == ["publication date line"]
    assert extraction.initiative is not None
    assert "On 20 October 2027, the Commission" in extraction.initiative.summary
    assert "JK" not in extraction.initiative.summary


def test_a_date_line_that_names_its_author_still_dates_the_page() -> None:
    text = (
        "Tariff talks to resume\nPosted on March 9, 2027 by Maria Rossi\n\nThe trade "
        "ministers agreed on Tuesday to resume talks in April. The secretariat will "
        "circulate a draft text within two weeks.\n"
    )
    extraction = extract_text(text, today=TODAY)
    assert extraction.reference_date == dt.date(2027, 3, 9)
    assert extraction.initiative is not None
    # The talks are in April; the deal was struck on the Tuesday before the page's date.
    assert extraction.initiative.decided_on == dt.date(2027, 3, 9)


@pytest.mark.parametrize(
    "lead",
    [
        "12 March 2027 | Geneva — WHO today launched a plan to expand vaccine production.",
        "Geneva — WHO today launched a plan to expand vaccine production.",
        "Geneva, Switzerland, 12 March 2027 - WHO today launched a plan to expand vaccine "
        "production.",
    ],
)
def test_a_summary_starts_after_the_date_and_place_of_a_release(lead: str) -> None:
    text = f"Vaccine plan launched\n\n{lead} The plan will be reviewed by June.\n"
    initiative = extract_text(text, today=TODAY, published=PUBLISHED).initiative
    assert initiative is not None
    assert initiative.summary.startswith("WHO today launched")


def test_a_summary_leaves_out_the_words_of_a_link() -> None:
    text = (
        "Grid plan launched\n\nThe UK government today launched a plan to speed up grid "
        "connections. More information is available here. Read Draft Publication\n"
    )
    initiative = extract_text(text, today=TODAY, published=PUBLISHED).initiative
    assert initiative is not None
    assert initiative.summary == (
        "The UK government today launched a plan to speed up grid connections."
    )
