"""A body that "said it would" do something owns the promise, even when the tables do not
know it, and a wire's dateline before it is no part of its name.

Sentences written for these tests in the style of wire stories on company investments.
"""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 3, 4)  # a Wednesday
TODAY = dt.date(2026, 11, 24)


def owned(text: str) -> list[tuple[str, str | None]]:
    extraction = extract_text(text, today=TODAY, published=PUBLISHED)
    if extraction.initiative is None:
        return []
    return [(a.description, a.owner) for a in extraction.initiative.actions]


def test_a_company_that_said_it_would_act_owns_the_work() -> None:
    text = "Skoda Auto said on Wednesday it would open a battery assembly line in Mlada Boleslav."
    assert owned(text) == [("Open a battery assembly line in Mlada Boleslav", "Skoda Auto")]


def test_a_hyphen_after_the_wire_s_name_ends_the_dateline() -> None:
    text = (
        "PRAGUE (Reuters) - Skoda Auto said on Wednesday it would open a battery assembly "
        "line in Mlada Boleslav."
    )
    assert owned(text) == [("Open a battery assembly line in Mlada Boleslav", "Skoda Auto")]


def test_a_text_that_said_it_would_happen_is_no_body() -> None:
    # A decision first, so that an initiative is read and its actions are what is tested.
    lead = "The Environment Agency today launched a river restoration plan. "
    text = "The study said it would take a decade to clean the river, officials said on Wednesday."
    assert extract_text(lead, today=TODAY, published=PUBLISHED).initiative is not None
    assert owned(lead + text) == []
