"""A company's own commitments page: numbered commitments ("Commitment 1: Help 50,000
customers… by 2028"), work under way in its own voice ("We're working with the charity X
to deliver…", "We're piloting…") and a list under "By 2028 we will:" are the company's
actions, the company being the site that publishes the page."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative

# A utility's sustainability page and a retailer's community page, as their sites show them.
UTILITY = ("https://www.brookfieldwater.example/communities", "Brookfield Water Group")
RETAILER = ("https://www.hollins.example/our-impact", "Hollins Retail Group")


def actions(text: str, site: tuple[str, str]) -> list[ExtractedAction]:
    url, name = site
    found = published_initiative(text, url=url, site=name).actions
    for action in found:
        assert text[action.evidence.start : action.evidence.end] == action.evidence.quote
    return found


def rows(found: list[ExtractedAction]) -> list[tuple[str, str | None, dt.date | None]]:
    return [(a.description, a.owner, a.due.latest if a.due else None) for a in found]


def test_it_reads_numbered_commitments_with_a_figure_as_the_companys_actions() -> None:
    found = actions(
        "Thriving towns\n\n"
        "We want every town we serve to thrive. We've set ourselves two commitments.\n\n"
        "Commitment 1: Help 50,000 customers cut their water bills by 2028.\n\n"
        "Commitment 2: Achieve 12,000 hours of volunteering a year by 2027.\n",
        UTILITY,
    )
    assert rows(found) == [
        (
            "Help 50,000 customers cut their water bills",
            "Brookfield Water Group",
            dt.date(2028, 12, 31),
        ),
        (
            "Achieve 12,000 hours of volunteering a year",
            "Brookfield Water Group",
            dt.date(2027, 12, 31),
        ),
    ]


def test_it_reads_work_under_way_in_the_companys_own_voice() -> None:
    found = actions(
        "Our impact\n\n"
        "Hollins Retail Group has stores in 140 towns.\n\n"
        "- We're working with the charity FoodLink to deliver free cookery classes in 25 "
        "towns.\n"
        "- We're piloting refill stations for cleaning products in Leeds and Derby.\n",
        RETAILER,
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        (
            "Deliver free cookery classes in 25 towns",
            "Hollins Retail Group",
            "action.under_way",
        ),
        (
            "Pilot refill stations for cleaning products in Leeds and Derby",
            "Hollins Retail Group",
            "action.under_way",
        ),
    ]


def test_it_reads_a_dated_list_of_what_the_company_will_do() -> None:
    found = actions(
        "Thriving towns\n\n"
        "Brookfield Water Group supplies 1.2 million homes.\n\n"
        "By 2028 we will:\n\n"
        "- help 50,000 customers cut their water bills\n"
        "- deliver free leak checks in 30 towns\n",
        UTILITY,
    )
    assert rows(found) == [
        (
            "Help 50,000 customers cut their water bills",
            "Brookfield Water Group",
            dt.date(2028, 12, 31),
        ),
        ("Deliver free leak checks in 30 towns", "Brookfield Water Group", dt.date(2028, 12, 31)),
    ]


def test_it_takes_no_announcement_and_no_unnumbered_aim_for_a_commitment() -> None:
    found = actions(
        "Our impact\n\n"
        "Hollins Retail Group has stores in 140 towns.\n\n"
        "We're launching the Hollins Community Fund today.\n\n"
        "Commitment: Help local schools.\n\n"
        "Commitment 3: Help local schools.\n\n"
        "We will open ten new stores by 2027.\n",
        RETAILER,
    )
    assert [a.description for a in found] == ["Open ten new stores"]
