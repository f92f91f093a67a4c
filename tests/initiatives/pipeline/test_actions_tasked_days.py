"""Work given with its day ("instructed federal agencies Monday to begin", "invited the
Commission on 12 March to present"): the day is a weekday or a date with a month's name,
never any capitalised word, so a body named with a number keeps its whole name."""

from __future__ import annotations

import pytest

from initiatives.pipeline.extract_action_forms import forms


def given(sentence: str) -> list[tuple[str, str]]:
    return [(f.who.quote, f.lemma) for f in forms(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    ("sentence", "who", "verb"),
    [
        (
            "The President instructed federal agencies Monday to begin the review.",
            "federal agencies",
            "begin",
        ),
        (
            "The Council invited the Commission 12 March to present a plan.",
            "the Commission",
            "present",
        ),
        ("The cabinet tasked the ministry on Sept. 3 to draft a bill.", "the ministry", "draft"),
        (
            "Leaders asked the secretariat on May 4, 2027 to prepare options.",
            "the secretariat",
            "prepare",
        ),
    ],
)
def test_it_reads_the_day_between_who_and_the_work(sentence: str, who: str, verb: str) -> None:
    assert given(sentence) == [(who, verb)]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "The summit asked the members of Group 20 to review the rules.",
            "the members of Group 20",
        ),
        (
            "The board directed agencies in 2 Provinces to report each quarter.",
            "agencies in 2 Provinces",
        ),
        (
            "Ministers tasked the Article 6 Supervisory Body to draft standards.",
            "the Article 6 Supervisory Body",
        ),
    ],
)
def test_it_takes_no_capitalised_word_for_a_month(sentence: str, who: str) -> None:
    assert [w for w, _ in given(sentence)] == [who]
