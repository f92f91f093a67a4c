"""A promise in an official's quotation is that official's body's; a third party's
pledge reported in an article is the third party's, never the main actor's."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text
from initiatives.pipeline.types import ExtractedInitiative
from tests.initiatives.pipeline.published import published_initiative

TODAY = dt.date(2026, 11, 24)
PUBLISHED = dt.date(2026, 3, 4)


def initiative(text: str, url: str = "") -> ExtractedInitiative:
    return published_initiative(text, url=url)


def test_it_gives_we_in_a_quotation_to_the_body_named_after_it() -> None:
    found = initiative(
        "EU and Canada agree raw materials partnership\n"
        "The EU and Canada agreed a raw materials partnership on 3 March 2026.\n"
        "“We will open a joint call for refining projects before the summer,” said a "
        "spokesperson for Natural Resources Canada.\n"
    )
    (action,) = found.actions
    assert action.owner == "Natural Resources Canada"
    assert action.description == "Open a joint call for refining projects"


def test_it_gives_we_in_a_quotation_to_the_body_named_before_it() -> None:
    (action,) = initiative(
        "Ministers adopt rail plan\nThe Council adopted the rail plan on 3 March 2026.\n"
        "The European Commission said: “We will table the corridor regulation in May 2026.”\n"
    ).actions
    assert (action.owner, action.description) == (
        "European Commission",
        "Table the corridor regulation",
    )


def test_it_gives_we_outside_quotations_to_the_publishing_government() -> None:
    (action,) = initiative(
        "Clean steel fund opens\nThe government opened the clean steel fund on 3 March 2026.\n"
        "We will publish the list of successful bids in the summer.",
        url="https://www.gov.uk/government/news/clean-steel",
    ).actions
    assert action.owner == "United Kingdom"


def test_it_does_not_give_a_third_partys_pledge_to_the_main_actor() -> None:
    found = initiative(
        "EU adopts tariff response\nThe Council adopted the tariff response on 3 March 2026.\n"
        "US President Jane Doe pledged to lift the steel duties by the end of the year. "
        "The Commission will monitor trade flows.",
    )
    owners = {a.description: a.owner for a in found.actions}
    assert owners["Lift the steel duties"] == "United States"
    assert owners["Monitor trade flows"] == "European Commission"
    assert not any(a.owner in ("European Union", "Council of the EU") for a in found.actions)


def test_it_takes_no_wish_of_a_third_party_for_a_promise() -> None:
    extraction = extract_text(
        "EU adopts tariff response\nThe Council adopted the tariff response on 3 March 2026.\n"
        "Kyiv hopes the Commission will open talks soon. Industry groups urged the "
        "Council to publish guidance.",
        today=TODAY,
        published=PUBLISHED,
    )
    assert extraction.initiative is not None
    assert extraction.initiative.actions == []
