"""A list lead-in that carries a deadline ("From 1 July 2026, the Government is:") dates
every bullet after it that has none of its own."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.dates_due import covering_deadlines
from tests.initiatives.pipeline.published import published_initiative

URL = "https://www.pm.gov.au/media/cost-of-living"


def dues(text: str) -> dict[str, tuple[dt.date | None, dt.date | None] | None]:
    found = published_initiative(text, url=URL)
    return {a.description: (a.due.earliest, a.due.latest) if a.due else None for a in found.actions}


def test_a_dated_lead_in_dates_its_bullets() -> None:
    got = dues(
        "Cost-of-living measures start\n"
        "The Government announced its cost-of-living measures on 3 March 2026.\n\n"
        "From 1 July 2026, the Government is:\n\n"
        "- Expanding the energy rebate to every household.\n"
        "- Cutting the price of prescription medicines.\n"
        "- Raising the childcare subsidy by December 2026.\n"
    )
    assert got == {
        "Expand the energy rebate to every household": (dt.date(2026, 7, 1), None),
        "Cut the price of prescription medicines": (dt.date(2026, 7, 1), None),
        "Raise the childcare subsidy": (dt.date(2026, 3, 3), dt.date(2026, 12, 31)),
    }


def test_an_undated_lead_in_leaves_its_bullets_undated() -> None:
    got = dues(
        "Cost-of-living measures start\n"
        "The Government announced its cost-of-living measures on 3 March 2026.\n\n"
        "The Government is:\n\n"
        "- Expanding the energy rebate to every household.\n"
        "- Cutting the price of prescription medicines.\n"
    )
    assert set(got.values()) == {None}


def _units(text: str) -> list[tuple[int, int, str, int]]:
    """Each line as a unit: a bullet when it opens with "- ", else a paragraph."""
    units, at = [], 0
    for block, line in enumerate(text.split("\n")):
        kind = "bullet" if line.startswith("- ") else "paragraph"
        units.append((at, at + len(line), kind, block))
        at += len(line) + 1
    return units


def test_a_lead_in_dated_by_a_deadline_covers_the_bullets_after_it() -> None:
    text = "By the end of 2027, the Agency will:\n- map every river\n- fund wardens\nOther news."
    ((start, end, window, _lead),) = covering_deadlines(
        text, _units(text), reference=dt.date(2026, 3, 4)
    )
    assert text[start:end].strip() == "- map every river\n- fund wardens"
    assert window.latest == dt.date(2027, 12, 31)


def test_the_day_of_a_lead_ins_own_event_covers_nothing() -> None:
    text = "Cabinet agreed on 3 March the following steps:\n- map every river\n- fund wardens"
    assert covering_deadlines(text, _units(text), reference=dt.date(2026, 3, 4)) == []
