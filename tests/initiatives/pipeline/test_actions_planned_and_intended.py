"""Work that is planned or intended without "will": a thing "to be done" by a date, work
"planned" by the text's body, an intention reported of someone ("said he wanted to"), and
the members of an organisation that is not the EU."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def actions(text: str, url: str = "") -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def test_it_reads_a_dated_thing_to_be_done_as_a_promise() -> None:
    found = actions(
        "# Flood recovery framework\n\nCANBERRA (AAP) - The Minister for Agriculture said on "
        "3 March 2026 that ministers had finalised the framework for a recovery fund to be "
        "launched from 1 July.\n"
    )
    assert [(a.description, a.rule) for a in found] == [
        ("Launch a recovery fund", "action.to_be_done")
    ]
    due = found[0].due
    assert due is not None and due.earliest == dt.date(2026, 7, 1)


def test_it_reads_no_promise_in_an_undated_thing_to_be_done() -> None:
    found = actions(
        "# Flood recovery framework\n\nThe Australian Government announced a recovery "
        "framework on 3 March 2026. Ministers discussed a recovery fund to be launched later. "
        "The department will publish guidelines by June.\n",
        url="https://minister.agriculture.gov.au/media/recovery-framework",
    )
    assert [a.description for a in found] == ["Publish guidelines"]


def test_it_reads_proposals_planned_by_the_commission_as_its_work() -> None:
    found = actions(
        "# Commission work programme\n\nBRUSSELS - The European Commission on Tuesday adopted "
        "its work programme for 2027. Several simplification proposals are planned for the "
        "chemicals and transport sectors.\n"
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        (
            "Several simplification proposals for the chemicals and transport sectors",
            "European Commission",
            "action.planned",
        )
    ]


def test_it_reads_no_promise_in_a_planned_meeting() -> None:
    found = actions(
        "# Commission work programme\n\nBRUSSELS - The European Commission on Tuesday adopted "
        "its work programme for 2027. A meeting with social partners is planned for May.\n"
    )
    assert found == []


def test_it_reads_an_intention_reported_of_a_head_of_state() -> None:
    found = actions(
        "# Investment plan\n\nParis (AFP) - The French government announced an investment "
        "plan on Tuesday. The head of state said he wanted to invest two billion euros in "
        "battery research by 2030.\n",
        url="https://www.elysee.fr/en/news/investment-plan",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Invest two billion euros in battery research", "France")
    ]


def test_it_reads_no_promise_in_a_speakers_own_wishes() -> None:
    found = actions(
        "# Remarks by the President\n\nThe White House announced a review on 3 March 2026. "
        "“I want to thank everybody here, and we want to empower our agencies,” he said. "
        "The Office of Management and Budget will lead the review.\n",
        url="https://www.whitehouse.gov/briefings/remarks",
    )
    assert [a.description for a in found] == ["Lead the review"]


def test_it_gives_a_nato_pledge_to_nato_member_states() -> None:
    found = actions(
        "# Defence spending pledge\n\nNATO leaders met in The Hague on 3 March 2026. NATO "
        "Member States pledged to spend 4% of their GDP on defence by 2032.\n",
        url="https://www.nato.int/cps/en/natohq/news.htm",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Spend 4% of their GDP on defence", "NATO member states")
    ]
