"""Two promises in one sentence: a second verb with its particle, a second sum with its
own deadline, the means listed as gerunds after "such as by", and a promise in a
relative clause ("for which it will invest")."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_actions

LEAD = (
    "# Chip strategy\n\nThe UK Government announced a semiconductor strategy on 3 March 2026.\n\n"
)


def rows(paragraph: str) -> list[tuple[str, str | None, str]]:
    found: list[ExtractedAction] = published_actions(LEAD, paragraph)
    return [(a.description, a.due.text if a.due else None, a.rule) for a in found]


def test_it_reads_a_second_verb_with_its_particle_as_a_second_action() -> None:
    assert rows(
        "Ministers agreed to designate ten new national parks and set up a new body to manage them."
    ) == [
        ("Designate ten new national parks", None, "action.promise"),
        ("Set up a new body to manage them", None, "action.promise.second_verb"),
    ]


def test_it_reads_two_sums_each_with_its_deadline_as_two_actions() -> None:
    assert rows(
        "The ministry announced the plan on Tuesday, for which it will invest 6.2 trillion "
        "won by 2027 and an additional 7.3 trillion won by 2030."
    ) == [
        ("Invest 6.2 trillion won", "by 2027", "action.promise"),
        ("Invest an additional 7.3 trillion won", "by 2030", "action.promise.second_sum"),
    ]


def test_it_reads_each_means_listed_after_such_as_by_as_an_action() -> None:
    assert rows(
        "The government will step up support for chip makers, such as by submitting bills "
        "and selecting industries for tax breaks."
    ) == [
        ("Step up support for chip makers", None, "action.promise"),
        ("Submit bills", None, "action.promise.means"),
        ("Select industries for tax breaks", None, "action.promise.means"),
    ]


def test_it_keeps_one_action_when_the_second_verb_has_no_object_of_its_own() -> None:
    assert rows("The government will draw and set up the new fab plans by 2028.") == [
        ("Draw and set up the new fab plans", "by 2028", "action.promise")
    ]
