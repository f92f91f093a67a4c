"""Reading what a later document reports: done, moved, or a new stage. No database."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.extract_progress import best_action, find_progress

PUBLISHED = dt.date(2026, 2, 10)
ACTIONS = {
    1: "Outline specific funding mechanisms",
    2: "Outline co-production guidelines",
    3: "Outline implementation structures",
    4: "Coordinate with Kyiv to identify priority sectors, including ammunition production",
}


def test_it_reads_a_completion_with_its_own_day_and_finds_the_action_by_meaning() -> None:
    text = "EU agencies published the co-production guidelines on 19 January."
    (done,) = find_progress(text, reference=PUBLISHED).completions
    assert done.completed_on == dt.date(2026, 1, 19)
    assert done.dated
    assert text[done.span.start : done.span.end] == done.span.quote
    assert best_action(done, ACTIONS) == (2, 1.0)


def test_an_undated_completion_is_dated_by_the_document() -> None:
    text = "Member states and Kyiv agreed the priority sectors."
    (done,) = find_progress(text, reference=PUBLISHED).completions
    assert (done.completed_on, done.dated) == (PUBLISHED, False)
    assert best_action(done, ACTIONS) == (4, 1.0)


def test_a_promise_of_future_work_is_not_a_completion() -> None:
    text = "EU agencies will publish the co-production guidelines in the coming months."
    assert find_progress(text, reference=PUBLISHED).completions == ()


def test_it_reads_a_firmer_window_and_a_delay() -> None:
    text = (
        "Funding mechanisms are now expected by the end of March. "
        "The implementation structures were postponed to the autumn."
    )
    firmer, delay = find_progress(text, reference=PUBLISHED).windows
    assert (firmer.due.latest, firmer.delay) == (dt.date(2026, 3, 31), False)
    assert best_action(firmer, ACTIONS) is not None
    assert best_action(firmer, ACTIONS)[0] == 1
    assert (delay.due.earliest, delay.due.latest, delay.delay) == (
        dt.date(2026, 9, 1),
        dt.date(2026, 11, 30),
        True,
    )
    assert best_action(delay, ACTIONS) == (3, 1.0)


def test_it_reads_entry_into_force_with_its_own_day_not_the_decision_day() -> None:
    text = "The framework, approved on 25 November 2025, entered into force on 1 February 2026."
    (status,) = find_progress(text, reference=PUBLISHED).statuses
    assert status.status == "in_implementation"
    assert status.entry_into_force_on == dt.date(2026, 2, 1)


def test_it_reads_completion_and_withdrawal_of_the_whole_initiative() -> None:
    done = find_progress("All the promised measures have been delivered.", reference=PUBLISHED)
    assert [s.status for s in done.statuses] == ["completed"]
    dropped = find_progress("The roadmap was formally withdrawn in January.", reference=PUBLISHED)
    assert [s.status for s in dropped.statuses] == ["withdrawn"]


def test_a_clause_that_speaks_of_two_actions_alike_names_neither() -> None:
    text = "EU agencies published the guidelines and structures on 19 January."
    (done,) = find_progress(text, reference=PUBLISHED).completions
    actions = {1: "Outline guidelines", 2: "Outline structures"}
    assert best_action(done, actions) is None
