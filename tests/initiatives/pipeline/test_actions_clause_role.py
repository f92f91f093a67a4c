"""A modal in a clause that gives a reason or a time for the main clause, and "make"
with an object and a quality ("make refunds faster"), promise no work; the same verbs in
a main clause, or "make" with a status ("make the reports public"), still do."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.action_clause_role import in_subordinate_clause, makes_a_quality
from initiatives.pipeline.run import extract_text

TODAY = dt.date(2026, 11, 24)
HEAD = "Ministry sets out port plan\nThe Ministry of Transport published its port plan.\n"


def _actions(sentence: str) -> list[str]:
    extraction = extract_text(HEAD + sentence, today=TODAY, published=dt.date(2026, 11, 2))
    assert extraction.initiative is not None
    return [a.description for a in extraction.initiative.actions]


@pytest.mark.parametrize(
    "sentence",
    [
        # a reason, concession or time clause after the main clause
        "Ammonia is harder to move than diesel because the Ministry of Transport must "
        "store it under pressure.",
        "The levy, which parliament reviews before a final version must be approved by "
        "March, raised 40 million last year.",
        "Dredging costs rose although the Ministry of Transport will cover half of them.",
        # make + object + a quality: an outcome hoped for
        "The Ministry of Transport will make customs checks faster and more predictable.",
        "“We will make berth booking simpler for small hauliers,” the minister said.",
        "The Ministry of Transport will make refunds automatic, and it will make them quick.",
    ],
)
def test_it_takes_no_action_from_a_reason_clause_or_a_hoped_quality(sentence: str) -> None:
    assert _actions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "description"),
    [
        # fronted reason or time: the main clause still promises
        (
            "Because of the storm damage, the Ministry of Transport will rebuild the "
            "north pier by June 2027.",
            "Rebuild the north pier",
        ),
        (
            "Before 2028 the Ministry of Transport will dredge the inner harbour.",
            "Dredge the inner harbour",
        ),
        # the subordinate clause after the promise is its condition, not the promise
        (
            "The Ministry of Transport will reopen the tender before the old contract "
            "ends in March 2027.",
            "Reopen the tender",
        ),
        # a "before" in the sentence before is no clause of this one
        (
            "The Ministry of Transport will remake the berth rules before 1 July 2027. "
            "Draft rules will be shared with the pilots for comment in October 2026.",
            "Share draft rules with the pilots",
        ),
        # make + a status is work
        (
            "The Ministry of Transport will make the port audits public by May 2027.",
            "Make the port audits public",
        ),
        (
            "The Ministry of Transport will make a fair offer to the pilots' union by "
            "January 2027.",
            "Make a fair offer to the pilots' union",
        ),
    ],
)
def test_it_still_takes_the_main_clause_promise(sentence: str, description: str) -> None:
    assert any(found.startswith(description) for found in _actions(sentence)), _actions(sentence)


def test_a_subordinator_at_the_start_belongs_to_a_fronted_clause() -> None:
    text = "Since the port grew, the agency will hire pilots."
    assert not in_subordinate_clause(text, 0, text.index("will"))
    text = "Fees rose because the agency will hire pilots."
    assert in_subordinate_clause(text, 0, text.index("will"))


def test_make_sure_and_make_with_a_preposition_are_not_a_quality() -> None:
    text = "will make sure that refunds are faster"
    assert not makes_a_quality(text, "make", False, len("will make"), len(text))
    text = "will make loans to more small firms"
    assert not makes_a_quality(text, "make", False, len("will make"), len(text))
    text = "will make loans cheaper"
    assert makes_a_quality(text, "make", False, len("will make"), len(text))
    assert not makes_a_quality(text, "make", True, len("will make"), len(text))


PORT = "Port authority opens dredging tender\nThe Port Authority opened the dredging tender.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "In March 2024, the assembly asked the Port Authority to draft a berth code.",
        "In 2025, the member ports agreed to cut harbour emissions by half by 2035.",
        "In September, the Port Authority announced a plan to deepen the channel.",
        "“When I took office, I promised that the quay would be rebuilt,” the mayor said.",
    ],
)
def test_a_sentence_opening_in_the_past_tells_background(sentence: str) -> None:
    extraction = extract_text(PORT + sentence, today=TODAY, published=dt.date(2026, 11, 2))
    assert extraction.initiative is not None
    assert [a.description for a in extraction.initiative.actions] == []


@pytest.mark.parametrize(
    ("sentence", "description"),
    [
        # a fronted time in the text's own year, or ahead of it, dates a promise
        ("In 2027, the Port Authority will deepen the outer channel.", "Deepen the outer"),
        ("In December, the Port Authority will publish the berth code.", "Publish the berth"),
        # the text's own month: the decision it reports
        ("In November, the Port Authority agreed to deepen the channel by 2028.", "Deepen"),
    ],
)
def test_a_fronted_time_of_the_text_s_own_day_still_dates_a_promise(
    sentence: str, description: str
) -> None:
    extraction = extract_text(PORT + sentence, today=TODAY, published=dt.date(2026, 11, 2))
    assert extraction.initiative is not None
    found = [a.description for a in extraction.initiative.actions]
    assert any(d.startswith(description) for d in found), found
