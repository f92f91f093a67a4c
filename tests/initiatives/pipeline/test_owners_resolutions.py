"""A council's or a board's resolutions give work to the officer they name, in the
resolution's own mood ("City Council direct the General Manager to…", "That Council
authorise the Chief Executive to…", "Council resolved to instruct the Director to…"), also
as the numbered items of "adopted the following:"; an item that gives no work is none."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import published_initiative


def owners(text: str) -> list[tuple[str, str | None]]:
    return [(a.description, a.owner) for a in published_initiative(text).actions]


DECISION_PAGE = (
    "Item 2026.PW3.1 - Street trees on arterial roads\n\n"
    "Council Decision\n\n"
    "Harbour City Council on 3 March 2026 adopted the following:\n\n"
    "1. City Council direct the General Manager, Parks and Forestry to plant 500 street "
    "trees on arterial roads by the end of 2027.\n\n"
    "2. City Council request the Chief Financial Officer to include the cost of the "
    "planting in the 2027 budget submission.\n\n"
    "3. City Council receive the staff report for information.\n"
)


def test_each_numbered_item_is_the_directed_officers_work() -> None:
    found = owners(DECISION_PAGE)
    assert ("Plant 500 street trees on arterial roads", "General Manager") in found
    assert (
        "Include the cost of the planting in the 2027 budget submission",
        "Chief Financial Officer",
    ) in found


def test_an_item_that_gives_no_work_is_no_action() -> None:
    assert not any("staff report" in description for description, _ in owners(DECISION_PAGE))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "That Council authorise the Chief Executive to sign the lease for the depot.",
            ("Sign the lease for the depot", "Chief Executive"),
        ),
        (
            "Council resolved to instruct the Director of Works to prepare a footpath "
            "repair plan by June.",
            ("Prepare a footpath repair plan", "Director of Works"),
        ),
        (
            "The Board also request the Chief Engineer to report on the pump failures at "
            "its next meeting.",
            ("Report on the pump failures at its next meeting", "Chief Engineer"),
        ),
    ],
)
def test_a_resolution_in_its_own_mood_gives_work_to_the_named_officer(
    sentence: str, expected: tuple[str, str]
) -> None:
    text = (
        "Council meeting, 3 March 2026\n\nThe Riverside District Council met on 3 March "
        f"2026 and adopted its capital plan.\n\n{sentence}\n"
    )
    assert expected in owners(text)


def test_money_sent_to_a_place_is_no_resolution() -> None:
    text = (
        "Farm support\n\nThe Council adopted its rural plan on 3 March 2026. The plan will "
        "direct investment to farms to modernise irrigation over five years.\n"
    )
    assert all(owner != "Investment" for _, owner in owners(text))
