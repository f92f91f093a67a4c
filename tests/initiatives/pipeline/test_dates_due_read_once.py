"""The action finders ask for the deadlines of one sentence in turn: during an extraction
each range of the text is read once, and every finder gets the same windows."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from initiatives.pipeline import dates_due
from initiatives.pipeline.dates_due import find_due_windows
from initiatives.pipeline.dates_due_calendar import text_read_afresh
from initiatives.pipeline.run import extract_text

TODAY = dt.date(2026, 3, 3)
TEXT = (
    "# Port upgrade\n\nThe Ministry of Transport announced a port plan on 3 March 2026. "
    "The ministry will publish a dredging schedule by the end of the year. By then, the "
    "board will appoint a contractor.\n\nThe ministry must also consult the harbour "
    "board within six months.\n"
)


def test_it_reads_each_range_once_in_an_extraction(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    reads: Counter[tuple[int, int]] = Counter()
    read = dates_due._read_due_windows

    def counted(text: str, reference: dt.date, start: int, end: int) -> list:
        reads[(start, end)] += 1
        return read(text, reference, start, end)

    monkeypatch.setattr(dates_due, "_read_due_windows", counted)
    result = extract_text(TEXT, today=TODAY)
    assert result.initiative is not None
    dues = {a.description: a.due.latest if a.due else None for a in result.initiative.actions}
    assert dues["Publish a dredging schedule"] == dt.date(2026, 12, 31)
    assert dues["Appoint a contractor"] == dt.date(2026, 12, 31)
    assert reads and max(reads.values()) == 1, reads


def test_the_windows_kept_are_the_windows_read_afresh() -> None:
    text_read_afresh(TEXT)
    kept = [find_due_windows(TEXT, reference=TODAY, start=0, end=len(TEXT)) for _ in range(2)]
    text_read_afresh()
    afresh = find_due_windows(TEXT, reference=TODAY, start=0, end=len(TEXT))
    assert kept[0] == kept[1] == afresh
    assert [w.text for w in afresh][1:] == [
        "by the end of the year",
        "By then",
        "within six months",
    ]
