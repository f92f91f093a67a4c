"""One strange file gives at most MAX_ACTIONS actions and MAX_MILESTONES milestones, and
says how many more it held."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.extract import MAX_ACTIONS, MAX_MILESTONES
from initiatives.pipeline.run import extract_text

TODAY = dt.date(2026, 11, 24)
HEAD = "Council adopts reporting plan\nThe Council adopted the plan on 2 June 2025.\n"


def test_it_keeps_the_first_forty_actions_of_five_thousand_and_warns() -> None:
    body = "".join(
        f"The Commission will publish progress report number {n} in the coming months.\n"
        for n in range(5000)
    )
    extraction = extract_text(HEAD + body, today=TODAY, published=dt.date(2025, 6, 3))
    assert extraction.initiative is not None
    actions = extraction.initiative.actions
    assert len(actions) == MAX_ACTIONS == 40
    assert actions[0].description == "Publish progress report number 0"
    assert actions[-1].description == "Publish progress report number 39"
    assert any("4,960 more actions were not kept" in w for w in extraction.warnings)


def test_it_keeps_forty_milestones_and_warns_about_the_rest() -> None:
    body = "".join(
        f"Working group {n} will meet again on {day} July 2025.\n"
        for n, day in enumerate([*range(3, 32)] * 2)
    )
    extraction = extract_text(HEAD + body, today=TODAY, published=dt.date(2025, 6, 3))
    assert extraction.initiative is not None
    assert len(extraction.initiative.milestones) == MAX_MILESTONES == 40
    assert any("more milestones were not kept" in w for w in extraction.warnings)


def test_it_gives_no_warning_under_the_caps() -> None:
    extraction = extract_text(
        HEAD + "The Commission will publish a report in the coming months.",
        today=TODAY,
        published=dt.date(2025, 6, 3),
    )
    assert not any("were not kept" in w for w in extraction.warnings)
