"""Tasks joined by "and" or commas with one deadline after the last all have it (rule
`due_shared`), unless the last one recurs; a speech to an assembly is an event, not
work. Sentences written for these tests in the styles of a Commission release and a
summit's communiqué (session 21)."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 3, 4)
TODAY = dt.date(2026, 11, 24)
LEAD = "The European Commission adopted a water resilience strategy on 3 March 2026.\n\n"


def dated(paragraph: str) -> list[tuple[str, dt.date | None]]:
    extraction = extract_text(LEAD + paragraph, today=TODAY, published=PUBLISHED)
    assert extraction.initiative is not None, extraction.warnings
    return [(a.description, a.due.latest if a.due else None) for a in extraction.initiative.actions]


def test_two_tasks_share_the_deadline_written_after_the_last() -> None:
    assert dated(
        "The Commission will review the national water plans and publish a report by 2028."
    ) == [
        ("Review the national water plans", dt.date(2028, 12, 31)),
        ("Publish a report", dt.date(2028, 12, 31)),
    ]


def test_a_task_with_its_own_deadline_keeps_it() -> None:
    assert dated(
        "The Commission will review the national water plans by June and publish a report by 2028."
    ) == [
        ("Review the national water plans", dt.date(2026, 6, 30)),
        ("Publish a report", dt.date(2028, 12, 31)),
    ]


def test_a_recurring_last_task_lends_no_deadline() -> None:
    found = dated(
        "The Commission will set up a water observatory and report to ministers every year."
    )
    assert found[0][1] is None


def test_a_speech_to_an_assembly_is_no_action() -> None:
    assert dated("The Commissioner will address the European Parliament on 10 March.") == []


def test_a_list_object_before_the_last_task_shares_its_deadline_with_each_item() -> None:
    # the first task gives three actions, the last one
    assert dated(
        "The Commission will publish guidelines, templates and checklists, and report to "
        "Parliament by June 2027."
    ) == [
        ("Publish guidelines", dt.date(2027, 6, 30)),
        ("Publish templates", dt.date(2027, 6, 30)),
        ("Publish checklists", dt.date(2027, 6, 30)),
        ("Report to Parliament", dt.date(2027, 6, 30)),
    ]


def test_a_last_task_with_a_list_object_shares_its_deadline() -> None:
    # the last task gives three actions, each with the deadline written after them
    assert dated(
        "The Commission will review the directive and publish guidelines, templates and "
        "checklists by June 2027."
    )[0] == ("Review the directive", dt.date(2027, 6, 30))
