"""An order's own words ("is directed to"), an agreement that binds its parties ("commits
both sides to"), a company named again as "the company", a scheme that opens on a date
against a body that opens something, and WHO written in capitals at a sentence start."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def actions(text: str, url: str = "") -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def test_it_reads_the_officers_an_order_directs() -> None:
    found = actions(
        "# Executive order on grid permits\n\nThe President signed an executive order on "
        "3 March 2026. The Secretary of Energy is directed to issue permitting guidance within "
        "90 days. Agencies are instructed to report progress by June.\n",
        url="https://www.whitehouse.gov/presidential-actions/x",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Issue permitting guidance", "Secretary of Energy"),
        ("Report progress", "Agencies"),
    ]


def test_it_reads_what_an_agreement_commits_both_sides_to() -> None:
    found = actions(
        "# Green alliance signed\n\nThe EU and Japan signed a green alliance on 3 March 2026. "
        "The agreement commits both sides to cutting methane emissions by 30% by 2030.\n"
    )
    assert [(a.description, a.rule) for a in found] == [
        ("Cut methane emissions by 30%", "action.commitment_of")
    ]
    assert found[0].owner is not None and found[0].owner != "Sides"


def test_it_gives_the_company_named_again_its_promise() -> None:
    found = actions(
        "# Skills pledges\n\nG7 leaders adopted a statement on 3 March 2026. Microsoft pledged "
        "$1bn for AI skills training in Africa. The company will also open two data centres "
        "in Kenya by 2028.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Provide $1bn for AI skills training in Africa", "Microsoft"),
        ("Open two data centres in Kenya", "Microsoft"),
    ]


def test_it_reads_who_in_capitals_as_the_organisation() -> None:
    found = actions(
        "# Pandemic talks extended\n\nWHO Member States agreed on 3 March 2026 to extend the "
        "talks. WHO will convene an expert group next month to review the evidence.\n",
        url="https://www.who.int/news/item/x",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Convene an expert group to review the evidence", "World Health Organization")
    ]
