"""Promises read by the structure of their clause (`action.clause_future`): a body, or a
person speaking for one, as the subject of a future or obligation predicate, whatever the
verb; and what has that shape without being a promise."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.clauses import read_clauses
from initiatives.pipeline.run import extract_text
from initiatives.pipeline.types import ExtractedAction

TODAY = dt.date(2026, 11, 24)
HEAD = "Council adopts harbour plan\nThe Council adopted the harbour plan on 2 June 2025.\n"
RULE = "action.clause_future"


def actions(sentence: str) -> list[ExtractedAction]:
    extraction = extract_text(HEAD + sentence, today=TODAY, published=dt.date(2025, 6, 3))
    assert extraction.initiative is not None
    return list(extraction.initiative.actions)


def clause_actions(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (a.description, a.owner, a.due.text if a.due else None)
        for a in actions(sentence)
        if a.rule.startswith(RULE)
    ]


def test_it_reads_a_named_body_doing_dated_work_whatever_the_verb() -> None:
    sentence = "In the second half of 2026, Harbour Co will overhaul the cranes."
    (action,) = actions(sentence)
    # The cue rule reads a name's work to an object first (`action_named_doer`)
    assert (action.description, action.owner, action.rule) == (
        "Overhaul the cranes",
        "Harbour Co",
        "action.named_doer",
    )
    assert action.due is not None and action.due.text == "In the second half of 2026"
    assert action.evidence.quote == sentence


def test_it_reads_a_plan_that_a_body_confirmed_in_the_past_tense() -> None:
    assert clause_actions(
        "The Port Authority confirmed it planned to widen the channel by 2028."
    ) == [("Widen the channel", "Port Authority", "by 2028")]


def test_it_reads_the_work_of_a_body_named_before_which() -> None:
    assert clause_actions(
        "The minister today named a harbour taskforce which will advise her on dredging."
    ) == [("Advise her on dredging", "Harbour taskforce", None)]


def test_it_gives_a_passive_to_the_body_named_as_its_agent() -> None:
    assert clause_actions(
        "The dredging levy will be collected by Harbourco for funding new berths."
    ) == [("Collect the dredging levy", "Harbourco", None)]


def test_it_reads_a_second_clause_hung_on_the_first_with_for_which() -> None:
    found = [
        (a.description, a.owner, a.due.text if a.due else None, a.rule)
        for a in actions(
            "The Port Authority plans to build 12 berths, for which it will spend €40 million by 2027."
        )
    ]
    assert ("Spend €40 million", "Port Authority", "by 2027", RULE) in found
    assert ("Build 12 berths", "Port Authority", None, "action.promise") in found


def test_it_reads_the_work_after_continue_to_in_a_quoted_speakers_we() -> None:
    assert clause_actions(
        "That is why we will continue to modernise these piers, the minister said."
    ) == [("Modernise these piers", "Council of the EU", None)]


def test_it_reads_leading_work_and_not_an_office_held() -> None:
    # The cue rule reads a name's work to an object first (`action_named_doer`)
    assert [
        (a.description, a.owner) for a in actions("Harbour Co will lead the talks on fees in 2026.")
    ] == [("Lead the talks on fees", "Harbour Co")]
    assert actions("The Harbour Party will lead the Ministry of Transport in 2026.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tourism will recover in 2026.",  # a forecast: no body
        "Brexit will hit exports in 2026.",
        "The deal means that shipowners will be paying higher fees.",  # a consequence
        "Critics said Harbour Co would repaint the lighthouses in 2026.",  # an opponent
        "Harbour Co, the analysts said, will probably cut jobs in 2026.",
        "Harbour Co would have repainted the lighthouses in 2024.",  # unreal past
        "Harbour Co will not repaint the lighthouses in 2026.",  # a negation
        "Harbour Co repainted the lighthouses in 2024.",  # past work
        "Will Harbour Co repaint the lighthouses in 2026?",  # a question
        "The levy, which will fund new berths, was welcomed by shipowners.",  # a thing
        "The old scheme, which Harbour Co had intended to extend in 2020, was closed.",
    ],
)
def test_it_takes_no_promise_from_a_sentence_of_that_shape_that_promises_nothing(
    sentence: str,
) -> None:
    assert clause_actions(sentence) == []


def test_it_reads_subject_marker_verb_and_predicate_of_each_clause() -> None:
    text = (
        "The agency in 2026 will finalise the rules on moorings, and it will propose fees "
        "for ferries, the director told reporters."
    )
    first, second = read_clauses(text, 0, len(text))
    assert (first.subject.quote, first.marker.quote, first.lemma) == (
        "The agency",
        "will",
        "finalise",
    )
    assert text[first.verb_end : first.end] == " the rules on moorings"
    assert (second.subject.quote, second.lemma, second.passive) == ("it", "propose", False)
    assert text[second.verb_end : second.end] == " fees for ferries"
    assert second.speaker is not None and second.speaker.quote == "the director"


def test_it_marks_negated_unreal_relative_and_passive_clauses() -> None:
    text = "The fund, which will open in May, would have been set up earlier but will not be cut."
    opening, unreal, negated = read_clauses(text, 0, len(text))
    assert opening.relative and opening.subject.quote == "The fund"
    assert unreal.hypothetical
    assert negated.negated and negated.passive and negated.lemma == "cut"
