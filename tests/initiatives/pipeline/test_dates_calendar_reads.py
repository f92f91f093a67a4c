"""A phrase that looks elsewhere in its text ("By then", "ahead of the summit") gives the
same window however many times the pipeline reads its sentence: the look-back budget
counts phrases, not readings."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline import dates_due_calendar
from initiatives.pipeline.run import extract_text

TODAY = dt.date(2026, 3, 3)
# Two "By then" phrases, each dated by the sentence before it.
TWO_BY_THENS = (
    "# Port upgrade\n\nThe Ministry of Transport announced a port plan on 3 March 2026. "
    "The ministry will hold its next review in November. By then, the ministry will "
    "publish a dredging schedule.\n\nThe harbour board meets again in July. By then, the "
    "board will appoint a contractor.\n"
)


def test_two_phrases_within_a_budget_of_two_both_keep_their_windows(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dates_due_calendar, "THEN_READS", 2)
    result = extract_text(TWO_BY_THENS, today=TODAY)
    assert result.initiative is not None
    dues = {a.description: a.due.latest if a.due else None for a in result.initiative.actions}
    assert dues["Publish a dredging schedule"] == dt.date(2026, 11, 30)
    assert dues["Appoint a contractor"] == dt.date(2026, 7, 31)


def test_a_second_phrase_beyond_a_budget_of_one_gets_no_window(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dates_due_calendar, "THEN_READS", 1)
    result = extract_text(TWO_BY_THENS, today=TODAY)
    assert result.initiative is not None
    dues = {a.description: a.due.latest if a.due else None for a in result.initiative.actions}
    assert dues["Publish a dredging schedule"] == dt.date(2026, 11, 30)
    assert dues["Appoint a contractor"] is None


def test_a_sentence_read_again_gives_its_by_then_the_same_window(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from initiatives.pipeline.dates_due import find_due_windows

    monkeypatch.setattr(dates_due_calendar, "THEN_READS", 1)
    text = "The board meets again in July. By then, the board will appoint a contractor."
    dates_due_calendar.text_read_afresh()
    readings = [
        [(w.text, w.latest) for w in find_due_windows(text, reference=TODAY) if w.rule == "by_then"]
        for _ in range(3)
    ]
    assert readings == [[("By then", dt.date(2026, 7, 31))]] * 3
