"""Promises the probes showed lost (session 21): an order's deadline set off between
"shall" and its verb ("shall, within 90 days of this order, submit"), and a company that
"is to" do something, which is its planned work; a sentence's first word that is a
common noun ("Construction is to begin") is no body. Sentences written for these tests
in the styles of an executive order and a joint press release."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 3, 4)
TODAY = dt.date(2026, 11, 24)


def actions(text: str) -> list[tuple[str, str | None, dt.date | None]]:
    extraction = extract_text(text, today=TODAY, published=PUBLISHED)
    assert extraction.initiative is not None, extraction.warnings
    return [
        (a.description, a.owner, a.due.latest if a.due else None)
        for a in extraction.initiative.actions
    ]


def test_a_deadline_set_off_after_shall_dates_the_order() -> None:
    assert actions(
        "The Secretary of Transportation shall, within 90 days of the date of this order, "
        "publish a plan to repair rural bridges."
    ) == [
        ("Publish a plan to repair rural bridges", "Secretary of Transportation",
         dt.date(2026, 6, 2)),
    ]  # fmt: skip


def test_a_company_that_is_to_act_owns_the_work() -> None:
    extraction = extract_text(
        "Denmark and Poland signed an offshore wind partnership on 3 March 2026. Under the "
        "deal, Orsted is to build two wind farms in the Baltic.",
        today=TODAY,
        published=PUBLISHED,
    )
    assert extraction.initiative is not None, extraction.warnings
    # read as the company's promise ("action.promise"); the clause reader would find the
    # same work, so the rule is what shows that "is to" made Orsted a body
    assert ("Build two wind farms in the Baltic", "Orsted", "action.promise") in [
        (a.description, a.owner, a.rule) for a in extraction.initiative.actions
    ]


def test_a_common_noun_that_starts_the_sentence_is_no_body() -> None:
    found = actions(
        "Denmark and Poland signed an offshore wind partnership on 3 March 2026. "
        "Construction is to begin in 2027."
    )
    assert all(owner != "Construction" for _, owner, _ in found)
