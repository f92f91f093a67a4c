"""The owner is the subject the text gives, not its publisher: platforms bound by
undertakings a regulator accepted, cities a law binds, the BRICS leaders' "we" in a
story filed from New Delhi."""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_initiative


def owned(text: str) -> list[tuple[str, str | None]]:
    return [(a.description, a.owner) for a in published_initiative(text, fmt="md").actions]


def test_bullets_of_undertakings_belong_to_the_platforms_that_gave_them() -> None:
    assert owned(
        "# Regulator secures commitments from ticket sites\n\nThe Competition and Markets "
        "Authority announced on 3 March 2026 that it has accepted undertakings from two "
        "ticket resale platforms.\n\nUnder the undertakings, both platforms will:\n\n"
        "- show the full price of a ticket up front\n"
    ) == [("Show the full price of a ticket up front", "Platforms")]


def test_a_duty_a_law_lays_on_cities_belongs_to_the_cities() -> None:
    assert owned(
        "# Heat planning law\n\nThe German cabinet approved a heat planning law on 3 March "
        "2026. Under the law, large cities with more than 100,000 residents must present "
        "their municipal heat plans by mid-2028.\n"
    ) == [("Present their municipal heat plans", "Large cities")]


def test_a_groups_we_in_a_wire_story_is_the_group_not_the_datelines_country() -> None:
    assert owned(
        "# BRICS leaders' declaration\n\nNEW DELHI, March 3 (Reuters) - BRICS leaders "
        'adopted a declaration on Tuesday. "We will establish a grain exchange among our '
        'members by 2027," the leaders said.\n'
    ) == [("Establish a grain exchange among our members", "BRICS")]


def test_a_press_release_dateline_still_names_its_government() -> None:
    assert owned(
        "# Ports plan\n\nPRETORIA, 3 March 2026 – The cabinet approved a ports plan. "
        "BRICS leaders welcomed it. We will open two new berths by 2027.\n"
    ) == [("Open two new berths", "South Africa")]
