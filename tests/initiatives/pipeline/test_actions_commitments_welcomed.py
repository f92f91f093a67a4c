"""Session 24 (recall): a commitment another body holds, welcomed in a statement ("We
welcome Norway's pledge to fund…", "the offer of the Nordic Bank to finance…"); and a
numbered paragraph after a list that a lead-in announced is a sentence of its own, not one
of that list's items. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 6, 16)
TODAY = dt.date(2026, 11, 24)


def found(text: str) -> list[tuple[str, str | None]]:
    extraction = extract_text(text, today=TODAY, published=PUBLISHED)
    if extraction.initiative is None:
        return []
    return [(a.description, a.owner) for a in extraction.initiative.actions]


STATEMENT = """Arctic Council Ministers' Statement on Shipping Safety

Tromsø, 16 June 2026

1. We, the Ministers of the Arctic Council, adopted today an action plan on safe shipping. We will work together to:
- map the busiest sea lanes;
- share ice forecasts in real time.

2. We task our senior officials to report on the plan at the next ministerial meeting.

3. We welcome Norway's pledge to fund two new rescue stations in Svalbard, and the offer of the Nordic Investment Bank to finance a regional pilot training centre.
"""


def test_a_welcomed_pledge_in_the_possessive_is_that_body_s_work() -> None:
    assert ("Fund two new rescue stations in Svalbard", "Norway") in found(STATEMENT)


def test_an_offer_of_a_named_body_is_its_work() -> None:
    assert ("Finance a regional pilot training centre", "Nordic Investment Bank") in found(
        STATEMENT
    )


def test_a_numbered_paragraph_after_a_list_is_read_on_its_own() -> None:
    assert any(d.startswith("Report on the plan") for d, _ in found(STATEMENT))


def test_a_possessive_of_a_forecast_verb_is_no_commitment() -> None:
    assert not [
        d
        for d, _ in found(
            "The Arctic Council adopted a plan on 16 June 2026. Norway's promise to remain "
            "neutral was noted."
        )
        if d.startswith("Remain")
    ]
