"""A deadline given in the sentence after a promise ("This will be done by June.")
dates that promise; a sentence about something else dates nothing."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_actions

LEAD = "# Heat pump grants\n\nThe UK Government announced new heat pump grants on 3 March 2026.\n\n"


def actions(paragraph: str) -> list[ExtractedAction]:
    return published_actions(LEAD, paragraph)


def test_it_dates_a_promise_by_the_pronoun_sentence_after_it() -> None:
    found = actions(
        "The Department for Energy Security and Net Zero will publish guidance for "
        "installers. This will be done by June."
    )
    assert [(a.description, a.rule) for a in found] == [
        ("Publish guidance for installers", "action.promise.due_next")
    ]
    assert found[0].due is not None
    assert (found[0].due.text, found[0].due.latest) == ("by June", dt.date(2026, 6, 30))
    assert found[0].evidence.quote.endswith("guidance for installers.")


def test_it_dates_a_promise_by_a_sentence_naming_it() -> None:
    found = actions(
        "The government will review the grant scheme. The review covers the period 2027 to 2029."
    )
    assert found[0].due is not None
    assert (found[0].due.earliest, found[0].due.latest) == (
        dt.date(2027, 1, 1),
        dt.date(2029, 12, 31),
    )


def test_it_keeps_a_promise_undated_when_the_next_sentence_is_about_something_else() -> None:
    found = actions(
        "The government will expand the training programme. "
        "The market is expected to double by 2027."
    )
    assert [(a.description, a.due) for a in found] == [("Expand the training programme", None)]


def test_it_keeps_the_promise_of_its_own_deadline_over_the_next_sentence() -> None:
    found = actions("The government will open the fund in April. This will be done by June.")
    assert [(a.description, a.due and a.due.text) for a in found] == [("Open the fund", "in April")]


def test_it_reads_a_new_promise_by_it_as_a_promise_not_a_date() -> None:
    found = actions(
        "The government will publish the roadmap. It will also launch a grant fund by 2027."
    )
    assert [(a.description, a.due and a.due.text) for a in found] == [
        ("Publish the roadmap", None),
        ("Launch a grant fund", "by 2027"),
    ]
