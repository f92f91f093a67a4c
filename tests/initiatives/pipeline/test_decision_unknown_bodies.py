"""A decision taken by a body the tables do not know still makes an initiative: the body
is named as the text names it, marked as found by the pipeline for a curator to confirm.
Texts written for these tests, in several publishers' styles."""

from __future__ import annotations

import pytest

from initiatives.pipeline.extract_decision import decide
from initiatives.pipeline.extract_segments import segments
from initiatives.pipeline.run import extract_text
from initiatives.pipeline.structure import structure
from tests.initiatives.pipeline.published import PUBLISHED, TODAY, published_initiative


@pytest.mark.parametrize(
    ("text", "name", "aliases"),
    [
        # A UK trade-press report of a department's announcement.
        (
            "The Department for Coastal Towns, Ports and Islands (DCTPI) has today announced it is "
            "investing £12m in village halls.\n\nThe money goes to 300 halls.",
            "Department for Coastal Towns, Ports and Islands",
            ("DCTPI",),
        ),
        # A White House release.
        (
            "Yesterday the President signed into law the Rural Clinics Act, which provides "
            "$2 billion for clinics.",
            "President",
            (),
        ),
        # An agency's own news item.
        (
            "The Office of Rail Safety on Tuesday published the revised inspection "
            "guidance for level crossings.",
            "Office of Rail Safety",
            (),
        ),
        # A regulator in a Reuters-style story.
        (
            "LONDON, March 4 (Reuters) - The Water Services Regulation Authority approved "
            "higher bills for five companies.",
            "Water Services Regulation Authority",
            (),
        ),
    ],
)
def test_it_names_a_deciding_body_the_tables_do_not_know(
    text: str, name: str, aliases: tuple[str, ...]
) -> None:
    initiative = published_initiative(text)
    makers = [a for a in initiative.actors if a.role == "decision_maker"]
    assert [(a.name, a.aliases, a.found_by_pipeline) for a in makers] == [(name, aliases, True)]
    assert makers[0].rule.startswith("actor.found_subject_of.")
    assert initiative.decided_on is not None


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this year many people approved of the idea, a survey found.",
        "The Big Quiet Field on Monday launched nothing at all, locals joked.",
    ],
)
def test_it_takes_no_body_from_a_subject_that_names_none(text: str) -> None:
    extraction = extract_text(text, today=TODAY, published=PUBLISHED)
    assert extraction.initiative is None


def test_a_bare_government_is_left_for_the_publisher_to_name() -> None:
    text = "Government launches apprenticeship drive\n\nThe Government today launched it."
    decision = decide(text, segments(text, structure(text)), reference=PUBLISHED)
    assert decision.makers == []
