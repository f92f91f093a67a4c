"""A long run of dates costs work in proportion to its length, not to its square.

Work is counted, not timed: the Python calls made (a profile hook) and the characters
that the tense patterns are asked to scan. Twice the dates must cost about twice the work.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from initiatives.pipeline import dates
from initiatives.pipeline.dates import choose_reference_date, find_dates
from initiatives.pipeline.dates_due import find_due_windows
from initiatives.pipeline.run import extract_text

R = dt.date(2026, 3, 2)
# Twice the input may cost a little more than twice the work (warm caches, list growth),
# never four times.
LINEAR_SLACK = 2.3
SHAPES = {
    "one endless sentence": "by 31 December 2026, ",
    "short sentences": "The report will be ready by 31 December 2026. ",
    "yearless dates": "Ministers met on 3 March and signed the plan. ",
}


def _python_calls(work: Callable[[], object]) -> int:
    calls = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        work()
    finally:
        sys.setprofile(None)
    return calls


class _CountingPattern:
    """A compiled pattern that adds up the length of every stretch it is asked to scan."""

    def __init__(self, pattern: re.Pattern[str], tally: list[int]) -> None:
        self._pattern, self._tally = pattern, tally

    def _stretch(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int]:
        endpos = len(text) if endpos is None else min(endpos, len(text))
        self._tally[0] += max(0, endpos - pos)
        return pos, endpos

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self._pattern.search(text, *self._stretch(text, pos, endpos))

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self._pattern.match(text, *self._stretch(text, pos, endpos))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator:
        return self._pattern.finditer(text, *self._stretch(text, pos, endpos))


@pytest.mark.parametrize("shape", SHAPES.values(), ids=SHAPES.keys())
@pytest.mark.parametrize(
    "finder",
    [
        lambda text: find_dates(text, reference=R),
        lambda text: find_due_windows(text, reference=R),
        lambda text: choose_reference_date(published=None, text=text, today=R),
    ],
    ids=["dates", "deadlines", "reference date"],
)
def test_it_makes_calls_in_proportion_to_the_number_of_dates(
    shape: str, finder: Callable[[str], object]
) -> None:
    small = _python_calls(lambda: finder(shape * 150))
    large = _python_calls(lambda: finder(shape * 300))
    assert large <= LINEAR_SLACK * small


def test_it_scans_a_bounded_stretch_around_each_date_for_its_tense(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tally = [0]
    for name in ("_SENTENCE_END", "_LAST_SENTENCE_END", "FUTURE_MARKERS", "PAST_MARKERS"):
        if hasattr(dates, name):
            monkeypatch.setattr(dates, name, _CountingPattern(getattr(dates, name), tally))
    scanned = []
    for repeats in (200, 400):
        tally[0] = 0
        find_dates(SHAPES["yearless dates"] * repeats, reference=R)
        scanned.append(tally[0])
    assert scanned[0] > 0
    assert scanned[1] <= LINEAR_SLACK * scanned[0]


def test_it_still_reads_every_date_of_a_long_run() -> None:
    found = find_dates(SHAPES["one endless sentence"] * 2000, reference=R)
    assert len(found) == 2000
    assert {f.value for f in found} == {dt.date(2026, 12, 31)}


def test_it_still_reads_the_tense_of_a_yearless_date_in_a_long_document() -> None:
    text = "Ministers met on 3 March. " * 500 + "The plan will be signed on 3 March."
    last = find_dates(text, reference=R)[-1]
    assert (last.span.quote, last.value) == ("3 March", dt.date(2026, 3, 3))


def test_it_runs_the_whole_pipeline_with_calls_in_proportion_to_the_length() -> None:
    seed = (Path(__file__).parents[3] / "seeds").glob("*.txt")
    article = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(seed))
    small = _python_calls(lambda: extract_text(article * 4, today=R))
    large = _python_calls(lambda: extract_text(article * 8, today=R))
    assert large <= LINEAR_SLACK * small


def test_announced_deadlines_and_the_paragraphs_they_date_cost_work_in_proportion() -> None:
    block = (
        "The Premier announced the following changes. These changes take effect on 1 July "
        "2027. Tomorrow the list will be published from mid-June.\n\nA new Office of Ports "
        "will be created.\n\nThe Department of Energy will gain responsibility for water.\n\n"
    )
    small = _python_calls(lambda: extract_text("# Changes\n\n" + block * 40, today=R))
    large = _python_calls(lambda: extract_text("# Changes\n\n" + block * 80, today=R))
    assert large <= LINEAR_SLACK * small
