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


def test_it_reads_a_body_known_only_by_its_capitals_doing_concrete_work() -> None:
    found = actions(
        "# Reactor plan\n\nPARIS (AFP) - The French government on Tuesday unveiled a plan to "
        "build six reactors. EDF will submit a detailed cost estimate by the end of the year. "
        "AI will transform the grid.\n"
    )
    assert ("Submit a detailed cost estimate", "EDF") in [(a.description, a.owner) for a in found]
    assert not any("transform" in a.description.lower() for a in found)


def test_it_gives_a_second_will_after_and_to_the_same_body() -> None:
    found = actions(
        "# Minimum tax update\n\nThe OECD Secretary-General presented the report on 3 March "
        "2026. The OECD will continue to support countries in applying the minimum tax and "
        "will publish updated guidance in the first half of 2027.\n",
        url="https://www.oecd.org/en/about/news/x.html",
    )
    assert [(a.description, a.owner) for a in found][-1] == ("Publish updated guidance", "OECD")


def test_it_gives_no_body_to_a_second_will_after_a_thing() -> None:
    found = actions(
        "# Immigration engagement\n\nThe Government of Canada launched an engagement on "
        "3 March 2026. The input gathered will inform future policies, and will help shape a "
        "system that serves communities.\n",
        url="https://www.canada.ca/en/immigration/news/x.html",
    )
    assert not any(a.description.startswith("Help shape") for a in found)
