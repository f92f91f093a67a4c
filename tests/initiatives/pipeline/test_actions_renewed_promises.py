"""Session 24 round 2 (recall): promises in the words of communiqués and pledging
conferences ("we reaffirm our resolve to", "renew our pledge to", "remain determined to"),
a name's own intent ("the Hill Growers Federation promised to train…"), and a time
between the cue and its verb ("will from January extend…"). A standing stance ("remains
committed to supporting") stays no promise. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 5, 6)
TODAY = dt.date(2026, 11, 24)
LEAD = "The Ministry of Lakes announced a wetlands programme on Wednesday.\n\n"


def actions(text: str) -> dict[str, tuple[str | None, str | None]]:
    extraction = extract_text(LEAD + text, today=TODAY, published=PUBLISHED)
    if extraction.initiative is None:
        return {}
    return {
        a.description: (a.owner, a.due.text if a.due else None)
        for a in extraction.initiative.actions
        if "wetlands programme" not in a.description
    }


def test_a_renewed_resolve_or_pledge_is_a_promise() -> None:
    found = actions("We reaffirm our resolve to restore 400 hectares of reed beds by 2030.")
    assert "Restore 400 hectares of reed beds" in found
    found = actions("We renew our pledge to fund clean water points in every lakeside village.")
    assert "Fund clean water points in every lakeside village" in found


def test_remaining_determined_to_do_work_is_a_promise_but_a_stance_is_not() -> None:
    found = actions("We remain determined to clear the invasive weed from Lake Orun by 2028.")
    assert "Clear the invasive weed from Lake Orun" in found
    assert actions("The ministry remains committed to supporting lakeside farmers.") == {}


def test_a_name_s_own_intent_makes_it_the_owner() -> None:
    found = actions(
        "For its part, the Hill Growers Federation promised to train 900 farmers in "
        "water-saving irrigation."
    )
    assert found.get("Train 900 farmers in water-saving irrigation", (None,))[0] == (
        "Hill Growers Federation"
    )


def test_a_time_between_the_cue_and_its_verb() -> None:
    found = actions(
        "The Ministry of Lakes will from January extend the fishing permits scheme to 12 "
        "more villages."
    )
    assert found.get("Extend the fishing permits scheme to 12 more villages") == (
        "Ministry of Lakes",
        "from January",
    )
    # a time word that opens no verb stays none: "Prices will from January rise"
    assert actions("Fish prices will from January rise.") == {}
