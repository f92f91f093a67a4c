"""A page of many "Related articles" sections costs work in proportion to its length.

Work is counted, not timed: the Python calls that `structure` makes (a profile hook).
Each section used to list every line below it before reading its own few, so twice the
sections cost four times the work.
"""

from __future__ import annotations

import sys

from initiatives.pipeline.structure import structure

# Twice the input may cost a little more than twice the work, never four times.
LINEAR_SLACK = 2.3
SECTION = (
    "Related articles\n"
    "Ministers agree on a new fund\n"
    "Talks on the budget resume\n"
    "\n"
    "The ministers also agreed that the fund would open to applications from regions "
    "that lost jobs in the coal industry over the past decade.\n"
    "\n"
)


def _page(sections: int) -> str:
    return "Ministers agree on a regional fund\n\n" + SECTION * sections


def _python_calls(text: str) -> int:
    calls = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        structure(text)
    finally:
        sys.setprofile(None)
    return calls


def test_it_sets_each_related_section_aside_up_to_the_heading_over_prose() -> None:
    text = _page(3)
    cut = structure(text)
    related = [text[p.start : p.end] for p in cut.set_aside if p.reason == "related articles"]
    assert related == ["Related articles\nMinisters agree on a new fund"] * 3


def test_it_makes_calls_in_proportion_to_the_number_of_sections() -> None:
    small, large = _python_calls(_page(150)), _python_calls(_page(300))
    assert large <= LINEAR_SLACK * small, (small, large)
