"""Mandate letters give a minister work in the second person: "As Minister of Housing,
you will…", "I expect you to deliver on the following commitments:". The promises are
the addressee's; "you" in a text addressed to no one promises nothing."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative

LETTER = "https://www.pm.gc.ca/en/mandate-letters/minister-housing-mandate-letter"


def actions(text: str, url: str = LETTER) -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def test_it_gives_the_work_of_a_mandate_letter_to_the_minister_it_addresses() -> None:
    found = actions(
        "# Minister of Housing Mandate Letter\n\nDear Minister Reyes,\n\nI am honoured that "
        "you have agreed to serve as Minister of Housing. As Minister of Housing, you will "
        "work with provinces and territories to build 100,000 new homes by 2028. I expect "
        "you to deliver on the following commitments:\n\n"
        "- Introduce legislation to protect renters by the end of 2026.\n"
        "- Lead the review of building codes.\n\n"
        "You will also publish an annual report on homelessness.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Build 100,000 new homes", "Minister of Housing"),
        ("Introduce legislation to protect renters", "Minister of Housing"),
        ("Lead the review of building codes", "Minister of Housing"),
        ("Publish an annual report on homelessness", "Minister of Housing"),
    ]
    due = found[0].due
    assert due is not None and due.latest == dt.date(2028, 12, 31)


def test_it_reads_no_promise_in_you_addressed_to_readers() -> None:
    found = actions(
        "# Housing survey\n\nThe Department of Housing announced a national housing survey on "
        "3 March 2026. If you rent your home, you will receive a letter in the post. You "
        "will need to answer 20 questions.\n",
        url="https://www.housing.gov.example/news/survey",
    )
    assert found == []
