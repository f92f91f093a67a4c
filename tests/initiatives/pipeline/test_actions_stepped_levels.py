"""Session 27: a target set in levels, each with its own deadline ("raise supply to 3
million tons by 2030 and to 12 million tons by 2040", "cut emissions from 2.0 billion
tons in 2022 to 1.2 billion tons by 2030, and to between 850 million and 1.05 billion
tons by 2035"), is one promise per level, each with the deadline that ends it, as
`stepped_target` reads "by 45% for 2030-2034, 65% for 2035-2039"; the level a target
starts from ("from … in 2022") is no deadline. A level without a deadline of its own
stays in one target. Sentences written for these tests, in a wire's, a national news
agency's and a ministry's manner."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import text_actions

PUBLISHED = dt.date(2026, 3, 10)
TODAY = dt.date(2026, 8, 1)


def rows(text: str) -> list[tuple[str, str | None]]:
    found = text_actions(text, today=TODAY, published=PUBLISHED)
    return [(a.description, a.due.text if a.due else None) for a in found]


def test_two_steps_of_a_supply_target_are_two_promises_with_their_years() -> None:
    found = rows(
        "The Government of Japan approved a hydrogen strategy on Tuesday.\n\n"
        "The Government of Japan aims to raise the country's annual ammonia supply to 2 "
        "million tons by 2030 and to 9 million tons by 2040."
    )
    assert ("Raise the country's annual ammonia supply to 2 million tons", "by 2030") in found
    assert ("Raise the country's annual ammonia supply to 9 million tons", "by 2040") in found


def test_a_range_step_after_a_baseline_year_is_dated_by_its_own_deadline() -> None:
    found = rows(
        "The Government of Chile approved its climate plan on Monday.\n\n"
        "Chile aims to cut emissions from 110 million tons in 2022 to 95 million tons by "
        "2030, and to between 70 million and 80 million tons by 2035."
    )
    # The baseline's year is no deadline (dates_due._baselines_dropped), so it stays in the
    # first level's words, as the text gives it.
    assert ("Cut emissions from 110 million tons in 2022 to 95 million tons", "by 2030") in found
    assert ("Cut emissions to between 70 million and 80 million tons", "by 2035") in found
    assert not [d for d, _ in found if d.startswith("Between")]


def test_a_second_level_without_its_own_deadline_stays_one_target() -> None:
    found = rows(
        "The Ministry of Energy of Kenya announced a geothermal plan on Friday.\n\n"
        "The Ministry of Energy of Kenya will raise geothermal output to 1,600 MW and to "
        "2,000 MW in peak months by 2030."
    )
    assert [d for d, due in found if d.startswith("Raise geothermal output") and due == "by 2030"]
    assert len([d for d, _ in found if d.startswith("Raise geothermal output")]) == 1
