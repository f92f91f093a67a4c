"""Two promises in one sentence that our own probes showed merged or lost (session 21): a
second cue after "and" ("… by March and plans to launch…"), the same body after a
deadline and "and", work given "to do X and to do Y", and "fly", a verb that ends like an
adverb. Sentences written for these tests in the styles of an agency's announcement and a
regulator's order."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 3, 4)
TODAY = dt.date(2026, 11, 24)
LEAD = "The European Space Agency announced a new Mars programme on 3 March 2026.\n\n"


def described(paragraph: str) -> list[tuple[str, str | None]]:
    extraction = extract_text(LEAD + paragraph, today=TODAY, published=PUBLISHED)
    assert extraction.initiative is not None, extraction.warnings
    return [(a.description, a.owner) for a in extraction.initiative.actions]


def test_a_second_cue_after_and_is_a_second_promise() -> None:
    assert described(
        "ESA will select two landing sites by June and aims to launch an orbiter in 2031."
    ) == [
        ("Select two landing sites", "ESA"),
        ("Launch an orbiter", "ESA"),
    ]


def test_work_given_to_do_two_things_is_two_actions() -> None:
    found = described(
        "The regulator ordered the operator to repair the launch pad within two months and "
        "to publish an incident report within ten days."
    )
    assert [d for d, _ in found] == ["Repair the launch pad", "Publish an incident report"]


def test_fly_is_a_verb_that_the_promise_rule_reads() -> None:
    extraction = extract_text(
        LEAD + "ESA plans to fly a test capsule in 2029.", today=TODAY, published=PUBLISHED
    )
    assert extraction.initiative is not None
    assert [(a.description, a.rule) for a in extraction.initiative.actions] == [
        ("Fly a test capsule", "action.promise")
    ]
