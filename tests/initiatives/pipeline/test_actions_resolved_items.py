"""Session 24 (recall): a resolution's items in the subjunctive (`action.resolved`). "That
£X be allocated…" is work of the body that resolves; "That the Head of Libraries report
to Cabinet…" is the officer's; "That the plan be adopted" and "be noted" are the
decision itself. Minutes written for these tests."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

MINUTES = """Fenwick Vale District Council

Cabinet decisions, 9 April 2026

Library Renewal Plan 2026-2031

RESOLVED:

(1) That the Library Renewal Plan 2026-2031 be adopted;

(2) That £650,000 be allocated from the capital reserve for the refit of Elmford library over the next two years;

(3) That a reading-hour offer be made to every care home in the district;

(4) That the Head of Libraries report to Cabinet annually on visitor numbers and loans;

(5) That the results of the consultation be noted.
"""


def found() -> list[tuple[str, str | None, str]]:
    extraction = extract_text(MINUTES, today=dt.date(2026, 11, 24), published=dt.date(2026, 4, 9))
    assert extraction.initiative is not None
    return [(a.description, a.owner, a.rule) for a in extraction.initiative.actions]


def test_a_sum_to_be_allocated_is_the_resolving_body_s_work() -> None:
    assert (
        "Allocate £650,000 from the capital reserve for the refit of Elmford library",
        "Fenwick Vale District Council",
        "action.resolved",
    ) in found()


def test_an_offer_to_be_made_is_the_resolving_body_s_work() -> None:
    assert (
        "Make a reading-hour offer to every care home in the district",
        "Fenwick Vale District Council",
        "action.resolved",
    ) in found()


def test_an_officer_in_the_subjunctive_is_given_the_work() -> None:
    assert any(
        d.startswith("Report to Cabinet") and o == "Head of Libraries" for d, o, _ in found()
    )


def test_the_decision_itself_is_no_follow_up() -> None:
    assert not [d for d, _, _ in found() if d.startswith(("Adopt the Library", "Note"))]
