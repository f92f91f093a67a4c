"""Reading one text twice gives the same deadlines twice: the calendar rules' budgets of
look-backs belong to one reading, not to the text object."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline import dates_due_calendar
from initiatives.pipeline.run import extract_text

TODAY = dt.date(2026, 3, 3)


def test_a_second_reading_of_the_same_text_finds_the_same_deadlines(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # One look-back allowed per reading: the first reading spends it.
    monkeypatch.setattr(dates_due_calendar, "THEN_READS", 1)
    text = (
        "# Port upgrade\n\nThe Ministry of Transport announced a port plan on 3 March 2026. "
        "The ministry will hold its next review in November. By then, the ministry will "
        "publish a dredging schedule.\n"
    )

    def deadlines() -> list[tuple[str, dt.date | None]]:
        result = extract_text(text, today=TODAY)
        assert result.initiative is not None
        return [(a.description, a.due.latest if a.due else None) for a in result.initiative.actions]

    first = deadlines()
    assert any(latest == dt.date(2026, 11, 30) for _, latest in first), first
    assert deadlines() == first
