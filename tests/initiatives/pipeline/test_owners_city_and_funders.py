"""A government the page's body deals with ("financed by the Government of Japan", "a
grant to the Government of Grenada") does not publish the page; "the city", "the town" or
"the county" of a local story is an owner, its local government."""

from __future__ import annotations

import pytest

from initiatives.pipeline.extract_owners import publisher_of
from tests.initiatives.pipeline.published import published_initiative


@pytest.mark.parametrize(
    "sentence",
    [
        "The project, financed by the Government of Japan, builds on earlier work.",
        "The agency is granting $4 million to the Government of Grenada for sea walls.",
        "The programme was agreed after talks with the Japanese government in May.",
    ],
)
def test_a_government_the_body_deals_with_does_not_publish_the_page(sentence: str) -> None:
    text = f"Water for schools\n\nA new project will bring clean water to 40 schools. {sentence}\n"
    assert publisher_of(text) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The Government of Jamaica will extend the school meals scheme to 200 schools.",
        "Statement by the Government of Jamaica on the school meals scheme.",
        "The Japanese government will fund twelve new lifeboats.",
    ],
)
def test_a_government_that_speaks_or_acts_still_publishes(sentence: str) -> None:
    publisher = publisher_of(f"{sentence}\n\nMore details will follow.\n")
    assert publisher is not None and publisher.name in ("Jamaica", "Japan")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Staff said the city will install 18 speed humps between April and July.",
            ("Install 18 speed humps", "City"),
        ),
        (
            "The town will resurface the harbour car park in the autumn.",
            ("Resurface the harbour car park", "Town"),
        ),
        (
            "The county will open two new recycling centres by the end of 2027.",
            ("Open two new recycling centres", "County"),
        ),
    ],
)
def test_a_local_government_named_by_its_kind_owns_its_promise(
    sentence: str, expected: tuple[str, str]
) -> None:
    text = (
        "Traffic calming\n\nCouncillors approved the neighbourhood traffic plan on "
        f"3 March 2026.\n\n{sentence}\n"
    )
    found = [(a.description, a.owner) for a in published_initiative(text).actions]
    assert expected in found


def test_a_towns_bare_council_is_not_the_eus() -> None:
    initiative = published_initiative(
        "Green bins from 2027\n\nWestbrook councillors voted on Tuesday to start green bin "
        "collection in 2027.\n\nCouncil will recover the cost through a fee of $6 per "
        "household per month.\n"
    )
    assert [(a.description, a.owner) for a in initiative.actions] == [
        ("Recover the cost through a fee of $6 per household per month", "Council")
    ]
    assert "Council of the EU" not in [a.name for a in initiative.actors]


def test_a_bare_council_beside_the_commission_is_still_the_eus() -> None:
    initiative = published_initiative(
        "Battery rules agreed\n\nThe Council adopted new rules on battery recycling on 3 "
        "March 2026. The Commission will publish implementing guidance by June.\n\n"
        "Council will review the rules in 2030.\n"
    )
    assert ("Review the rules", "Council of the EU") in [
        (a.description, a.owner) for a in initiative.actions
    ]


@pytest.mark.parametrize(
    ("page", "council"),
    [
        # a city's news release: the council by the city's whole name (session 24)
        (
            "City of Maple Bay\n\nCouncil approves climate strategy\n\nAt its regular "
            "meeting on 3 March 2026, Council approved the city's first climate strategy.\n\n"
            "Staff will report back to Council on progress every year.\n",
            "City of Maple Bay",
        ),
        # a county's meeting summary, which does not name the county
        (
            "Meeting summary\n\nCouncil voted 7-2 on 3 March 2026 to adopt the county's road "
            "safety plan, the mayor said.\n\nStaff will report back to Council on progress "
            "every year.\n",
            "Council",
        ),
    ],
)
def test_a_local_councils_decision_is_its_own_not_the_eus(page: str, council: str) -> None:
    initiative = published_initiative(page)
    assert "Council of the EU" not in [a.name for a in initiative.actors]
    assert ("Report back to Council on progress", council) in [
        (a.description, a.owner) for a in initiative.actions
    ]
