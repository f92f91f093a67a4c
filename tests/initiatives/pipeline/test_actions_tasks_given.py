"""Work given to a named body in words the probes showed missing (session 21): "is asking
X to", "requesting X to", and a statement of expectations ("expects the regulator to
publish"), which gives work only when what follows is work ("expects Germany to grow"
forecasts). Sentences written for these tests in the styles of a minister's letter, a
UN resolution's news item and a government's statement of expectations."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 3, 4)
TODAY = dt.date(2026, 11, 24)
LEAD = "The Government of Ireland published its energy plan on 3 March 2026.\n\n"


def owned(paragraph: str) -> list[tuple[str, str | None]]:
    extraction = extract_text(LEAD + paragraph, today=TODAY, published=PUBLISHED)
    assert extraction.initiative is not None, extraction.warnings
    return [(a.description, a.owner) for a in extraction.initiative.actions]


def test_a_body_asked_in_the_present_does_the_work() -> None:
    assert owned("The minister is asking the Grid Authority to review connection fees.") == [
        ("Review connection fees", "Grid Authority")
    ]


def test_a_body_requested_to_act_does_the_work() -> None:
    assert owned("Ministers are requesting the Energy Agency to map heat networks by May.") == [
        ("Map heat networks", "Energy Agency")
    ]


def test_a_statement_of_expectations_gives_work() -> None:
    assert owned("The Government expects the Utility Regulator to publish a tariff review.") == [
        ("Publish a tariff review", "Utility Regulator")
    ]


def test_an_expected_outcome_is_no_work() -> None:
    assert owned("The Government expects Ireland to grow faster than its neighbours.") == []
